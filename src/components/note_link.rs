use leptos::prelude::*;

use crate::components::use_brief;

/// A link to an editor's note, numbered as the notes list numbers it.
#[component]
pub fn NoteLink(
    /// The note's id.
    note: String,
) -> impl IntoView {
    let number = use_brief().note_number(&note).unwrap_or(0);
    view! {
        <a class="note-link" href=format!("#note-{note}")>{format!("Editor’s note {number}")}</a>
    }
}
