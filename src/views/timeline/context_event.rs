use leptos::prelude::*;

use crate::reading::timeline::event_kind_label;
use crate::state::use_brief;
use crate::views::common::{NoteLinks, SourceLink};

/// A dated event shown in the timeline for context, not as a statement.
#[component]
pub fn ContextEvent(
    /// The event's position in the brief.
    index: usize,
) -> impl IntoView {
    let brief = use_brief();
    let event = &brief.events[index];
    let kind = event_kind_label(event.kind);
    view! {
        <div class="context-event" data-testid="context-event">
            <p>
                <span class="event-kind">{kind}</span>
                <span class="event-label">{event.label.clone()}</span>
            </p>
            {event.printed_date.clone().map(|p| view! {
                <p class="meta-note">"Printed as “"{p.text}"” "<SourceLink paragraph=p.paragraph/></p>
            })}
            <p class="statement-links">
                <NoteLinks notes=event.notes.clone()/>
            </p>
        </div>
    }
}
