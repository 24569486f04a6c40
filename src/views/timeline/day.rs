use leptos::prelude::*;

use crate::reading::timeline::TimelineDay;

use super::listing::Listing;
use super::roving::RovingFocus;
use super::{ContextEvent, StatementEntry};
use crate::state::use_locale;
use crate::words::{long_date, words};

/// One day of the timeline: its date, the events that give it context, and its statements that
/// are listed. A day with statements only, none of them listed, steps aside.
#[component]
pub fn TimelineDaySection(
    /// The day, from the timeline's grouping.
    day: TimelineDay,
    /// Which statements are listed.
    listing: Listing,
    /// The timeline's tab stop.
    roving: RovingFocus,
) -> impl IntoView {
    let locale = use_locale();
    let heading = match day.date {
        Some(date) => {
            view! { <time datetime=date.to_string()>{long_date(locale, date)}</time> }.into_any()
        }
        None => view! { <span>{words!(locale, date_not_reported)}</span> }.into_any(),
    };
    let undated_note = day.date.is_none().then(|| {
        view! {
            <p class="day-note">{words!(locale, undated_note)}</p>
        }
    });
    let has_events = !day.events.is_empty();
    let has_statements = !day.statements.is_empty();
    let events = day
        .events
        .into_iter()
        .map(|index| view! { <ContextEvent index/> })
        .collect_view();
    let statements = day.statements;
    let shown = Memo::new(move |_| listing.listed_of(&statements));
    let any_shown = move || shown.with(|s| !s.is_empty());
    let hidden = move || has_statements && !has_events && !any_shown();
    view! {
        <section class="timeline-day" data-testid="timeline-day" class:filtered-out=hidden>
            <h3 class="day-heading">{heading}</h3>
            {undated_note}
            {events}
            // list-style: none drops list semantics in Safari; the role keeps them.
            <Show when=any_shown>
                <ol class="statement-list" role="list">
                    <For each=move || shown.get() key=|index| *index let:index>
                        <StatementEntry
                            index
                            tab_stop=Signal::derive(move || roving.is_tab_stop(index))
                            on_focus=move || roving.entered(index)
                        />
                    </For>
                </ol>
            </Show>
        </section>
    }
}
