use leptos::prelude::*;

use crate::components::{use_brief, SourceParagraph};

/// The report itself: headline, date line, outlet, byline and every paragraph, verbatim.
#[component]
pub fn ArticleView() -> impl IntoView {
    let brief = use_brief();
    let article = &brief.article;
    let section = article.breadcrumb.get(1).cloned();
    let datetime = format!("{}T{}", article.date_line.date, article.date_line.time);
    let attribution = article.attribution.paragraph.clone();
    view! {
        <article id="article" class="article-view" aria-labelledby="headline" data-testid="article">
            <header class="article-header">
                <p class="kicker">
                    <span class="outlet">{article.outlet.clone()}</span>
                    {section.map(|s| view! { <span class="section">{s}</span> })}
                </p>
                <h1 id="headline">{article.headline.clone()}</h1>
                <p class="article-meta">
                    <time datetime=datetime>{article.date_line.text.clone()}</time>
                    <span class="meta-note">" (date line as printed)"</span>
                    <span class="byline">" · By "{article.byline.clone()}</span>
                </p>
            </header>
            <div class="article-body">
                {article.paragraphs.iter().enumerate().map(|(i, paragraph)| {
                    let label = (paragraph.id == attribution).then_some("Attribution");
                    view! { <SourceParagraph paragraph=paragraph.clone() number=i + 1 label/> }
                }).collect_view()}
            </div>
            <footer class="article-footer">
                <p>
                    "Text as published by "{article.outlet.clone()}
                    ", verbatim. The page’s comment form and “Recent Posts” list are left out."
                </p>
            </footer>
        </article>
    }
}
