use leptos::prelude::*;

use crate::model::Paragraph;
use crate::selection::{use_selection, Target};

/// One article paragraph, verbatim, numbered, and highlighted when a source link selects it.
#[component]
pub fn SourceParagraph(
    /// The paragraph.
    paragraph: Paragraph,
    /// Its 1-based number in the article.
    number: usize,
    /// A short label shown before it, e.g. "Attribution".
    label: Option<&'static str>,
) -> impl IntoView {
    let selection = use_selection();
    let id = paragraph.id.clone();
    view! {
        <p
            id=Target::Paragraph(paragraph.id.clone()).dom_id()
            class="source-paragraph"
            class:highlighted=move || selection.is_paragraph_selected(&id)
            tabindex="-1"
            data-testid="source-paragraph"
        >
            <span class="para-number" aria-hidden="true">{number}</span>
            {label.map(|l| view! { <span class="para-label">{l}</span> })}
            {paragraph.text}
        </p>
    }
}
