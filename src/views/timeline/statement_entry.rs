use leptos::prelude::*;

use crate::data::draft::paths;
use crate::data::model::{Speaker, StatementKind};
use crate::reading::link::Target;
use crate::reading::timeline::speaker_label;
use crate::state::use_locale;
use crate::state::{use_brief, use_reader_state};
use crate::views::common::{CopyButton, MarkedText, NoteLinks, SourceLink, Unconfirmed};
use crate::words::{locale_of, quoted, words};

/// One statement: who said it, whether it is a direct quote or reported speech, the words
/// (search matches marked), a link to the paragraph they stand in (and to the one next to it
/// that names the speaker, when that is another), and a link to share it.
#[component]
pub fn StatementEntry(
    /// The statement's position in the brief.
    index: usize,
    /// Whether Tab stops here: one entry of the timeline at a time, the arrow keys move on.
    #[prop(into)]
    tab_stop: Signal<bool>,
    /// Called when the entry itself takes focus.
    on_focus: impl Fn() + 'static,
) -> impl IntoView {
    let brief = use_brief();
    let state = use_reader_state();
    let statement = &brief.statements[index];
    let locale = use_locale();
    let printed = brief.language.tag();
    let speaker = speaker_label(locale, &brief, statement);
    // A person's name is the brief's words; "The report" and the like are the reader's.
    let name_lang = matches!(statement.speaker, Speaker::Person(_)).then_some(printed);
    let person = match &statement.speaker {
        Speaker::Person(id) => brief.person_index(id),
        _ => None,
    };
    let (kind_class, kind_label) = match statement.kind {
        StatementKind::DirectQuote => ("direct-quote", words!(locale, direct_quote)),
        StatementKind::ReportedSpeech => ("reported-speech", words!(locale, reported_speech)),
    };
    let query = state.folded_query();
    let no_quote = Signal::stored(None::<String>);
    let text = statement.text.clone();
    // The quotation marks are the quotation's own language's, like its words.
    let own = locale_of(brief.language);
    let (open, close) = (words!(own, quote_open), words!(own, quote_close));
    let words = match statement.kind {
        StatementKind::DirectQuote => view! {
            <blockquote class="statement-text" lang=printed><p>{open}<q><MarkedText text quote=no_quote query/></q>{close}</p></blockquote>
        }
        .into_any(),
        StatementKind::ReportedSpeech => view! {
            <p class="statement-text" lang=printed><MarkedText text quote=no_quote query/></p>
        }
        .into_any(),
    };
    let share = {
        let target = Target::Quote(statement.id.clone());
        Signal::derive(move || state.share_url(&target))
    };
    let from_selected = {
        let paragraph = statement.paragraph.clone();
        let attribution = statement.attribution_paragraph.clone();
        move || {
            state.is_paragraph_selected(&paragraph)
                || attribution
                    .as_deref()
                    .is_some_and(|a| state.is_paragraph_selected(a))
        }
    };
    view! {
        <li
            class=format!("statement {kind_class}")
            class:highlighted=move || state.is_statement_selected(index)
            class:from-selected=from_selected
            id=Target::Statement(statement.id.clone()).dom_id()
            tabindex=move || if tab_stop.get() { "0" } else { "-1" }
            on:focus=move |_| on_focus()
            data-testid="statement"
            data-statement=statement.id.clone()
        >
            <p class="speaker">
                <span class="speaker-name" lang=name_lang>{speaker.name.clone()}</span>
                {speaker.detail.map(|d| view! { <span class="speaker-detail">{d}</span> })}
                {(!speaker.as_printed.is_empty()).then(|| view! {
                    <span class="speaker-detail">{words!(locale, named_as, as_printed = quoted(locale, &speaker.as_printed)).to_string()}</span>
                })}
                <Unconfirmed path=paths::speaker(index) what=words!(locale, unconfirmed_speaker)/>
                {person.map(|i| view! { <Unconfirmed path=paths::person(i) what=words!(locale, unconfirmed_person)/> })}
            </p>
            <p class="kind-badge">{kind_label}</p>
            {words}
            <p class="statement-links">
                <SourceLink paragraph=statement.paragraph.clone() statement=statement.id.clone()/>
                // The paragraph next to the words that says who spoke them.
                {statement.attribution_paragraph.clone().map(|paragraph| view! {
                    <span class="attribution-source" data-testid="attribution-link">
                        {words!(locale, attributed_in)}" "<SourceLink paragraph/>
                    </span>
                })}
                <NoteLinks notes=statement.notes.clone()/>
                <CopyButton
                    label=words!(locale, copy_link)
                    name=words!(locale, copy_link_named, name = &speaker.name).to_string()
                    text=share
                    copied=words!(locale, link_copied)
                    show_text_on_failure=true
                />
            </p>
        </li>
    }
}
