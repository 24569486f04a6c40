//! The timeline of statements: a date axis, search and filters, and the statements grouped by
//! the day they were made, with the dated events that give them context.

use leptos::prelude::*;

use crate::reading::filter::{Filter, FilterIndex};
use crate::reading::timeline::timeline;
use crate::state::reader::{History, LISTED_AT_FIRST};
use crate::state::{use_brief, use_reader_state};

mod context_event;
mod date_axis;
mod day;
mod filters;
mod listing;
mod roving;
mod statement_entry;

pub use context_event::ContextEvent;
pub use date_axis::DateAxis;
pub use filters::{TimelineFilters, KIND_FIELD, MISSION_FIELD, SEARCH_FIELD, SPEAKER_FIELD};
pub use statement_entry::StatementEntry;

use crate::state::use_locale;
use crate::views::common::InTurn;
use crate::words::{number, words};
use day::TimelineDaySection;
use listing::Listing;
use roving::RovingFocus;

/// Every statement, grouped by the day it was made, with the meeting, election day and the
/// page's date as context; searchable and filterable, and walkable with the arrow keys.
#[component]
pub fn StatementTimeline() -> impl IntoView {
    let brief = use_brief();
    let state = use_reader_state();
    let search_box = NodeRef::<leptos::html::Input>::new();
    let status_line = NodeRef::<leptos::html::P>::new();

    let days = timeline(&brief);
    let order = days.iter().flat_map(|day| day.statements.clone()).collect();
    let locale = use_locale();
    let index = FilterIndex::new(locale, order);
    let listing = Listing::new(brief, index, state);
    let roving = RovingFocus::new(listing);
    roving.keep_focus_in(status_line);

    // What the reader changes in the filters is answered by drawing the first entries of the
    // new listing at once, and the rest after that frame.
    let draw_first = Callback::new(move |()| listing.draw_first());
    let reset = move |_| {
        listing.draw_first();
        state.set_filter(Filter::default(), History::Push);
        if let Some(input) = search_box.get_untracked() {
            let _ = input.focus();
        }
    };

    let axis_days = days.clone();
    let days = days
        .into_iter()
        .map(|day| InTurn::new(move || view! { <TimelineDaySection day listing roving/> }))
        .collect_view();
    let shown = Signal::derive(move || listing.matching.with(|m| m.statements.len()));
    let more = move || shown.get().saturating_sub(listing.count.get());
    let show_more = move |_| state.list_more(listing.count.get_untracked());
    view! {
        <section id="timeline" class="timeline" aria-labelledby="timeline-heading" data-testid="timeline">
            <h2 id="timeline-heading">{words!(locale, timeline_heading)}</h2>
            {InTurn::new(move || view! { <DateAxis days=axis_days/> })}
            <TimelineFilters shown search_box status_line on_change=draw_first/>
            <Show when=move || shown.get() == 0>
                <div class="empty-state" data-testid="empty-state">
                    <p>{words!(locale, no_match)}</p>
                    <button type="button" on:click=reset>{words!(locale, show_all)}</button>
                </div>
            </Show>
            <div class="timeline-days" on:keydown=roving.on_keydown()>
                {days}
            </div>
            <Show when=move || { more() > 0 }>
                <p class="show-more">
                    <button type="button" on:click=show_more data-testid="show-more">
                        {move || {
                            let (more, shown) = (more().min(LISTED_AT_FIRST), shown.get());
                            let (more, n) = (number(locale, more), number(locale, shown));
                            words!(locale, show_more, count = shown, more, n).to_string()
                        }}
                    </button>
                </p>
            </Show>
        </section>
    }
}
