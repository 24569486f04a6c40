use leptos::prelude::*;

use crate::components::{use_brief, NoteLinks, SourceLink};
use crate::model::{Statement, StatementKind};
use crate::selection::{use_selection, Target};
use crate::timeline::speaker_label;

/// One statement: who said it, whether it is a direct quote or reported speech, the words,
/// and a link to the paragraph they stand in.
#[component]
pub fn StatementEntry(
    /// The statement.
    statement: Statement,
) -> impl IntoView {
    let brief = use_brief();
    let selection = use_selection();
    let speaker = speaker_label(&brief, &statement);
    let (kind_class, kind_label) = match statement.kind {
        StatementKind::DirectQuote => ("direct-quote", "Direct quote"),
        StatementKind::ReportedSpeech => ("reported-speech", "Reported speech"),
    };
    let words = match statement.kind {
        StatementKind::DirectQuote => view! {
            <blockquote class="statement-text"><p><q>{statement.text.clone()}</q></p></blockquote>
        }
        .into_any(),
        StatementKind::ReportedSpeech => view! {
            <p class="statement-text">{statement.text.clone()}</p>
        }
        .into_any(),
    };
    view! {
        <li
            class=format!("statement {kind_class}")
            class:highlighted={
                let id = statement.id.clone();
                move || selection.is_statement_selected(&id)
            }
            id=Target::Statement(statement.id.clone()).dom_id()
            // Focusable from a link or a shared link, so that keyboard and screen-reader
            // readers land on it.
            tabindex="-1"
            data-testid="statement"
        >
            <p class="speaker">
                <span class="speaker-name">{speaker.name}</span>
                {speaker.detail.map(|d| view! { <span class="speaker-detail">{d}</span> })}
                <span class="speaker-detail">"named in the article as “"{speaker.as_printed}"”"</span>
            </p>
            <p class="kind-badge">{kind_label}</p>
            {words}
            <p class="statement-links">
                <SourceLink paragraph=statement.paragraph.clone()/>
                <NoteLinks notes=statement.notes.clone()/>
            </p>
        </li>
    }
}
