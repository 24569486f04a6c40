use leptos::prelude::*;

use crate::components::{use_brief, MarkedText, ParagraphUses};
use crate::model::Paragraph;
use crate::reader_state::{use_reader_state, Target};

/// One article paragraph, verbatim and numbered: highlighted when selected, with the selected
/// statement's exact words and the reader's search matches marked, and a line saying what the
/// brief takes from it.
#[component]
pub fn SourceParagraph(
    /// The paragraph.
    paragraph: Paragraph,
    /// Its 1-based number in the article.
    number: usize,
    /// A short label shown before it, e.g. "Attribution".
    label: Option<&'static str>,
) -> impl IntoView {
    let state = use_reader_state();
    let id = paragraph.id.clone();
    let quote = {
        let id = id.clone();
        Signal::derive(move || state.quote_in(&id))
    };
    let query = Signal::derive(move || state.with_filter(|f| f.query.clone()));
    let brief = use_brief();
    let has_uses = !crate::provenance::uses_of(&brief, &id).is_empty();
    view! {
        <div class="source-paragraph-block">
            <p
                id=Target::Paragraph(id.clone()).dom_id()
                class="source-paragraph"
                class:highlighted={
                    let id = id.clone();
                    move || state.is_paragraph_selected(&id)
                }
                class:holds-quote=move || quote.with(Option::is_some)
                tabindex="-1"
                data-testid="source-paragraph"
            >
                <span class="para-number" aria-hidden="true">{number}</span>
                {label.map(|l| view! { <span class="para-label">{l}</span> })}
                <MarkedText text=paragraph.text quote query/>
            </p>
            {has_uses.then(|| view! { <ParagraphUses paragraph=id/> })}
        </div>
    }
}
