use leptos::prelude::*;

use crate::state::use_brief;
use crate::state::use_locale;
use crate::views::common::{NoteLinks, SourceLink};
use crate::words::{event_kind_label, quoted, words};

/// A dated event shown in the timeline for context, not as a statement.
#[component]
pub fn ContextEvent(
    /// The event's position in the brief.
    index: usize,
) -> impl IntoView {
    let brief = use_brief();
    let event = &brief.events[index];
    let locale = use_locale();
    let kind = event_kind_label(locale, event.kind);
    let printed = brief.language.tag();
    view! {
        <div class="context-event" data-testid="context-event">
            <p>
                <span class="event-kind">{kind}</span>
                <span class="event-label" lang=printed>{event.label.clone()}</span>
            </p>
            {event.printed_date.clone().map(|p| view! {
                <p class="meta-note">{words!(locale, printed_as)}" "<span lang=printed>{quoted(locale, &p.text)}</span>" "<SourceLink paragraph=p.paragraph/></p>
            })}
            <p class="statement-links">
                <NoteLinks notes=event.notes.clone()/>
            </p>
        </div>
    }
}
