use leptos::prelude::*;

use crate::state::use_locale;
use crate::state::{use_brief, use_placement};
use crate::views::common::SourceLink;
use crate::words::words;

/// The editor's remarks on the source: where it contradicts itself or leaves something out.
#[component]
pub fn EditorNotes() -> impl IntoView {
    let brief = use_brief();
    let locale = use_locale();
    let brief_lang = brief.language.tag();
    let notes = view! {
        <h2 id="editor-notes-heading">{words!(locale, editors_notes)}</h2>
        <p class="day-note">{words!(locale, editors_notes_intro)}</p>
        <ol lang=brief_lang>
            {brief.editor_notes.iter().cloned().map(|note| view! {
                <li id=format!("note-{}", note.id) tabindex="-1">
                    {note.text}" "
                    {note.paragraphs.into_iter().map(|p| view! { <SourceLink paragraph=p/>" " }).collect_view()}
                </li>
            }).collect_view()}
        </ol>
    };
    // A host page may carry several briefs: their notes are part of each brief's region rather
    // than landmarks of their own, which would repeat under one name.
    if use_placement().owns_url() {
        view! {
            <aside id="editor-notes" class="editor-notes" aria-labelledby="editor-notes-heading">{notes}</aside>
        }
        .into_any()
    } else {
        view! { <div id="editor-notes" class="editor-notes">{notes}</div> }.into_any()
    }
}
