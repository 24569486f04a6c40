use leptos::prelude::*;

use crate::reading::link::Target;
use crate::reading::provenance::describe;
use crate::reading::timeline::speaker_label;
use crate::state::{use_brief, use_paragraph_uses, use_reader_state};

/// Tells screen-reader users what a selection lit up elsewhere on the page.
#[component]
pub fn SelectionAnnouncer() -> impl IntoView {
    let state = use_reader_state();
    let brief = use_brief();
    let paragraph_uses = use_paragraph_uses();
    let message = move || {
        let paragraph_number = |id: &str| brief.paragraph_number(id).unwrap_or(0);
        match state.target()? {
            Target::Paragraph(id) => {
                let n = paragraph_number(&id);
                let uses = &paragraph_uses[n.checked_sub(1)?];
                Some(if uses.is_empty() {
                    format!("Paragraph {n} selected.")
                } else {
                    format!(
                        "Paragraph {n} selected; {} from it are highlighted.",
                        describe(uses)
                    )
                })
            }
            Target::Statement(_) | Target::Quote(_) => {
                let statement = &brief.statements[state.selected_statement()?];
                Some(format!(
                    "Statement by {} selected; its words are marked in paragraph {}.",
                    speaker_label(&brief, statement).name,
                    paragraph_number(&statement.paragraph)
                ))
            }
        }
    };
    view! { <p class="visually-hidden" role="status" data-testid="selection-status">{message}</p> }
}
