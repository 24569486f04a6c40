use leptos::prelude::*;

use crate::components::{use_brief, SourceLink};

/// The editor's remarks on the source: where it contradicts itself or leaves something out.
#[component]
pub fn EditorNotes() -> impl IntoView {
    let brief = use_brief();
    view! {
        <aside id="editor-notes" class="editor-notes" aria-labelledby="editor-notes-heading">
            <h2 id="editor-notes-heading">"Editor’s notes"</h2>
            <p class="day-note">"The source is kept as printed; these notes say where it is unclear or contradicts itself."</p>
            <ol>
                {brief.editor_notes.iter().cloned().map(|note| view! {
                    <li id=format!("note-{}", note.id) tabindex="-1">
                        {note.text}" "
                        {note.paragraphs.into_iter().map(|p| view! { <SourceLink paragraph=p/>" " }).collect_view()}
                    </li>
                }).collect_view()}
            </ol>
        </aside>
    }
}
