//! The article view: the report as printed, paragraph by paragraph.

use leptos::prelude::*;

use crate::state::use_brief;
use crate::views::common::SourceLink;

mod paragraph;
mod paragraph_uses;

pub use paragraph::SourceParagraph;
pub use paragraph_uses::ParagraphUses;

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
                {section.map(|s| view! { <p class="kicker">{s}</p> })}
                <h1 id="headline">{article.headline.clone()}</h1>
                <p class="article-meta">
                    <time datetime=datetime>{article.date_line.text.clone()}</time>
                    <span class="meta-note">" (date line as printed)"</span>
                </p>
                <p class="article-meta">
                    <span class="byline">"Author named on the page: "{article.byline.clone()}</span>
                    <span class="credit">
                        " · Credited to "{article.outlet.clone()}" "
                        <SourceLink paragraph=article.attribution.paragraph.clone()/>
                    </span>
                </p>
            </header>
            <div class="article-body">
                {(0..article.paragraphs.len()).map(|index| {
                    let label = (article.paragraphs[index].id == attribution).then_some("Attribution");
                    view! { <SourceParagraph index label/> }
                }).collect_view()}
            </div>
            <footer class="article-footer">
                <p>
                    "The text as printed on the captured page, verbatim. The page’s comment form, "
                    "“Recent Posts” list and author biography are left out."
                </p>
            </footer>
        </article>
    }
}
