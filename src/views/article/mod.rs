//! The article view: the report as printed, paragraph by paragraph.

use leptos::prelude::*;

use crate::data::draft::paths;
use crate::state::use_brief;
use crate::state::use_locale;
use crate::views::common::{NotReported, SourceLink, Unconfirmed};
use crate::words::words;

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
    let locale = use_locale();
    let attribution_label = words!(locale, attribution_label);
    // The article's own words keep the brief's language; the words around them are the
    // reader's.
    let printed = brief.language.tag();
    view! {
        <article id="article" class="article-view" aria-labelledby="headline" data-testid="article">
            <header class="article-header">
                {section.map(|s| view! { <p class="kicker" lang=printed>{s}</p> })}
                <h1 id="headline" lang=printed>{article.headline.clone()}<Unconfirmed path=paths::HEADLINE/></h1>
                <p class="article-meta">
                    {match article.date_line.clone() {
                        Some(line) => view! {
                            <time datetime=format!("{}T{}", line.date, line.time) lang=printed>{line.text}</time>
                            <span class="meta-note">{words!(locale, date_line_as_printed)}</span>
                        }.into_any(),
                        None => view! { {words!(locale, date_line_label)}<NotReported/> }.into_any(),
                    }}
                    <Unconfirmed path=paths::DATE_LINE/>
                </p>
                <p class="article-meta">
                    <span class="byline">
                        {words!(locale, author_label)}
                        {match article.byline.clone() {
                            Some(name) => view! { <span lang=printed>{name}</span> }.into_any(),
                            None => view! { <NotReported/> }.into_any(),
                        }}
                    </span>
                    <span class="credit">
                        {words!(locale, credited_to)}
                        {match (article.outlet.clone(), attribution.clone()) {
                            (Some(outlet), Some(paragraph)) => view! { <span lang=printed>{outlet}</span>" "<SourceLink paragraph/> }.into_any(),
                            (Some(outlet), None) => view! { <span lang=printed>{outlet}</span> }.into_any(),
                            (None, _) => view! { <NotReported/> }.into_any(),
                        }}
                    </span>
                </p>
            </header>
            <div class="article-body">
                {(0..article.paragraphs.len()).map(|index| {
                    let label = (attribution.as_deref() == Some(article.paragraphs[index].id.as_str())).then_some(attribution_label);
                    view! { <SourceParagraph index label/> }
                }).collect_view()}
            </div>
            <footer class="article-footer">
                <p>
                    {words!(locale, article_footer)}
                    <Unconfirmed path=paths::PARAGRAPHS/>
                </p>
            </footer>
        </article>
    }
}
