use leptos::prelude::*;

use crate::reading::link::Target;
use crate::state::use_locale;
use crate::state::{use_brief, use_paragraph_uses, use_reader_state};
use crate::views::article::ParagraphUses;
use crate::views::common::MarkedText;
use crate::words::language_of;

/// One article paragraph, verbatim and numbered: highlighted when selected, with the selected
/// statement's exact words and the reader's search matches marked, and a line saying what the
/// brief takes from it.
#[component]
pub fn SourceParagraph(
    /// Its position in the article, from 0.
    index: usize,
    /// A short label shown before it, e.g. "Attribution".
    label: Option<&'static str>,
) -> impl IntoView {
    let state = use_reader_state();
    let brief = use_brief();
    let paragraph = &brief.article.paragraphs[index];
    // The label is the reader's words inside the article's paragraph.
    let reader = language_of(use_locale()).tag();
    let id = paragraph.id.clone();
    let quote = {
        let id = id.clone();
        Signal::derive(move || state.quote_in(&id))
    };
    let has_uses = !use_paragraph_uses()[index].is_empty();
    let selected = {
        let id = id.clone();
        move || state.is_paragraph_selected(&id)
    };
    view! {
        <div class="source-paragraph-block">
            <p
                id=Target::Paragraph(id.clone()).dom_id()
                class="source-paragraph"
                lang=brief.language.tag()
                class:highlighted=selected
                class:holds-quote=move || quote.with(Option::is_some)
                tabindex="-1"
                data-testid="source-paragraph"
            >
                <span class="para-number" aria-hidden="true">{index + 1}</span>
                {label.map(|l| view! { <span class="para-label" lang=reader>{l}</span> })}
                <MarkedText text=paragraph.text.clone() quote query=state.folded_query()/>
            </p>
            {has_uses.then(|| view! { <ParagraphUses index/> })}
        </div>
    }
}
