use leptos::prelude::*;

use crate::reading::link::Target;
use crate::reading::provenance::{describe, uses_of};
use crate::state::{use_brief, use_reader_state};

/// The line under a paragraph that says what the brief takes from it; choosing it selects the
/// paragraph, which lights up those statements in the timeline and facts on the cards.
#[component]
pub fn ParagraphUses(
    /// The paragraph's id.
    paragraph: String,
) -> impl IntoView {
    let brief = use_brief();
    let state = use_reader_state();
    let what = describe(&uses_of(&brief, &paragraph));
    let number = brief.paragraph_number(&paragraph).unwrap_or(0);
    let target = Target::Paragraph(paragraph);
    let href = {
        let target = target.clone();
        move || state.href(&target)
    };
    view! {
        <p class="paragraph-uses">
            <a href=href on:click=move |ev| state.follow(&ev, target.clone()) data-testid="paragraph-uses">
                <span class="visually-hidden">"Show what comes from paragraph "{number}": "</span>
                {format!("In this brief: {what}")}
            </a>
        </p>
    }
}
