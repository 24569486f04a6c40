//! The article view: the report as printed, paragraph by paragraph.

use leptos::prelude::*;

use crate::data::draft::paths;
use crate::state::use_brief;
use crate::views::common::{NotReported, SourceLink, Unconfirmed};

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
    let attribution = article.attribution.as_ref().map(|a| a.paragraph.clone());
    view! {
        <article id="article" class="article-view" aria-labelledby="headline" data-testid="article">
            <header class="article-header">
                {section.map(|s| view! { <p class="kicker">{s}</p> })}
                <h1 id="headline">{article.headline.clone()}<Unconfirmed path=paths::HEADLINE/></h1>
                <p class="article-meta">
                    {match article.date_line.clone() {
                        Some(line) => view! {
                            <time datetime=format!("{}T{}", line.date, line.time)>{line.text}</time>
                            <span class="meta-note">" (date line as printed)"</span>
                        }.into_any(),
                        None => view! { "Date line: "<NotReported/> }.into_any(),
                    }}
                    <Unconfirmed path=paths::DATE_LINE/>
                </p>
                <p class="article-meta">
                    <span class="byline">
                        "Author named on the page: "
                        {match article.byline.clone() {
                            Some(name) => view! { {name} }.into_any(),
                            None => view! { <NotReported/> }.into_any(),
                        }}
                    </span>
                    <span class="credit">
                        " · Credited to "
                        {match (article.outlet.clone(), attribution.clone()) {
                            (Some(outlet), Some(paragraph)) => view! { {outlet}" "<SourceLink paragraph/> }.into_any(),
                            (Some(outlet), None) => view! { {outlet} }.into_any(),
                            (None, _) => view! { <NotReported/> }.into_any(),
                        }}
                    </span>
                </p>
            </header>
            <div class="article-body">
                {(0..article.paragraphs.len()).map(|index| {
                    let label = (attribution.as_deref() == Some(article.paragraphs[index].id.as_str())).then_some("Attribution");
                    view! { <SourceParagraph index label/> }
                }).collect_view()}
            </div>
            <footer class="article-footer">
                <p>
                    "The text as printed on the captured page, verbatim, without the page’s "
                    "furniture (its menus, author box, comment form and lists of other posts)."
                    <Unconfirmed path=paths::PARAGRAPHS/>
                </p>
            </footer>
        </article>
    }
}
