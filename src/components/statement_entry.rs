use leptos::prelude::*;

use crate::components::{use_brief, CopyButton, MarkedText, NoteLinks, SourceLink};
use crate::model::{Statement, StatementKind};
use crate::reader_state::{use_reader_state, Target};
use crate::timeline::speaker_label;

/// One statement: who said it, whether it is a direct quote or reported speech, the words
/// (search matches marked), a link to the paragraph they stand in, and a link to share it.
#[component]
pub fn StatementEntry(
    /// The statement.
    statement: Statement,
    /// Whether Tab stops here: one entry of the timeline at a time, the arrow keys move on.
    #[prop(into)]
    tab_stop: Signal<bool>,
) -> impl IntoView {
    let brief = use_brief();
    let state = use_reader_state();
    let speaker = speaker_label(&brief, &statement);
    let (kind_class, kind_label) = match statement.kind {
        StatementKind::DirectQuote => ("direct-quote", "Direct quote"),
        StatementKind::ReportedSpeech => ("reported-speech", "Reported speech"),
    };
    let query = Signal::derive(move || state.with_filter(|f| f.query.clone()));
    let no_quote = Signal::stored(None::<String>);
    let text = statement.text.clone();
    let words = match statement.kind {
        StatementKind::DirectQuote => view! {
            <blockquote class="statement-text"><p><q><MarkedText text quote=no_quote query/></q></p></blockquote>
        }
        .into_any(),
        StatementKind::ReportedSpeech => view! {
            <p class="statement-text"><MarkedText text quote=no_quote query/></p>
        }
        .into_any(),
    };
    let share = {
        let target = Target::Quote(statement.id.clone());
        Signal::derive(move || state.share_url(&target))
    };
    let selected = {
        let statement = statement.clone();
        move || state.is_statement_selected(&statement)
    };
    let from_selected = {
        let paragraph = statement.paragraph.clone();
        move || state.is_paragraph_selected(&paragraph)
    };
    view! {
        <li
            class=format!("statement {kind_class}")
            class:highlighted=selected
            class:from-selected=from_selected
            id=Target::Statement(statement.id.clone()).dom_id()
            tabindex=move || if tab_stop.get() { "0" } else { "-1" }
            data-testid="statement"
            data-statement=statement.id.clone()
        >
            <p class="speaker">
                <span class="speaker-name">{speaker.name}</span>
                {speaker.detail.map(|d| view! { <span class="speaker-detail">{d}</span> })}
                <span class="speaker-detail">"named in the article as “"{speaker.as_printed}"”"</span>
            </p>
            <p class="kind-badge">{kind_label}</p>
            {words}
            <p class="statement-links">
                <SourceLink paragraph=statement.paragraph.clone() statement=statement.id.clone()/>
                <NoteLinks notes=statement.notes.clone()/>
                <CopyButton
                    label="Copy link"
                    name=format!("Copy link to this statement by {}", speaker_label(&brief, &statement).name)
                    text=share
                    copied="Link copied."
                    show_text_on_failure=true
                />
            </p>
        </li>
    }
}
