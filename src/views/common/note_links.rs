use leptos::prelude::*;

use crate::state::use_brief;
use crate::state::use_locale;
use crate::words::words;

/// Links to editor's notes, numbered and ordered as the notes list numbers them.
#[component]
pub fn NoteLinks(
    /// The notes' ids.
    notes: Vec<String>,
) -> impl IntoView {
    let brief = use_brief();
    let locale = use_locale();
    let mut numbered: Vec<_> = notes
        .into_iter()
        .filter_map(|id| brief.note_number(&id).map(|n| (n, id)))
        .collect();
    numbered.sort();
    numbered
        .into_iter()
        .map(|(number, id)| {
            view! {
                <a class="note-link" href=format!("#note-{id}")>{words!(locale, editors_note_n, n = number).to_string()}</a>
                " "
            }
        })
        .collect_view()
}
