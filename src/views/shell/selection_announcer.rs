use leptos::prelude::*;

use crate::reading::link::Target;
use crate::reading::provenance::describe;
use crate::reading::timeline::speaker_label;
use crate::state::use_locale;
use crate::state::{use_brief, use_paragraph_uses, use_reader_state};
use crate::words::words;

/// Tells screen-reader users what a selection lit up elsewhere on the page.
#[component]
pub fn SelectionAnnouncer() -> impl IntoView {
    let state = use_reader_state();
    let brief = use_brief();
    let paragraph_uses = use_paragraph_uses();
    let locale = use_locale();
    let message = move || {
        let paragraph_number = |id: &str| brief.paragraph_number(id).unwrap_or(0);
        match state.target()? {
            Target::Paragraph(id) => {
                let n = paragraph_number(&id);
                let uses = &paragraph_uses[n.checked_sub(1)?];
                Some(if uses.is_empty() {
                    words!(locale, paragraph_selected, n).to_string()
                } else {
                    words!(
                        locale,
                        paragraph_selected_uses,
                        n,
                        uses = describe(locale, uses)
                    )
                    .to_string()
                })
            }
            Target::Statement(_) | Target::Quote(_) => {
                let statement = &brief.statements[state.selected_statement()?];
                let name = speaker_label(locale, &brief, statement).name;
                let n = paragraph_number(&statement.paragraph);
                Some(words!(locale, statement_selected, name, n).to_string())
            }
        }
    };
    view! { <p class="visually-hidden" role="status" data-testid="selection-status">{message}</p> }
}
