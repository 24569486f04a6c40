//! The timeline of statements: a date axis, search and filters, and the statements grouped by
//! the day they were made, with the dated events that give them context.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::reading::filter::{Filter, FilterIndex};
use crate::reading::link::Target;
use crate::reading::timeline::timeline;
use crate::state::reader::{History, LISTED_AT_FIRST};
use crate::state::{use_brief, use_placement, use_reader_state};

mod context_event;
mod date_axis;
mod filters;
mod statement_entry;

pub use context_event::ContextEvent;
pub use date_axis::DateAxis;
pub use filters::TimelineFilters;
pub use statement_entry::StatementEntry;

/// Every statement, grouped by the day it was made, with the meeting, election day and the
/// page's date as context; searchable and filterable, and walkable with the arrow keys.
#[component]
pub fn StatementTimeline() -> impl IntoView {
    let brief = use_brief();
    let state = use_reader_state();
    let placement = use_placement();
    let search_box = NodeRef::<leptos::html::Input>::new();
    let status_line = NodeRef::<leptos::html::P>::new();

    // The statements (as indices into the brief) in timeline order, the ones the filters
    // leave, and the ones listed: long results are listed a page at a time, so that a brief
    // of thousands of statements stays quick to filter.
    let days = timeline(&brief);
    let index = FilterIndex::new(
        &brief,
        days.iter().flat_map(|day| day.statements.clone()).collect(),
    );
    let matching = {
        let brief = brief.clone();
        Memo::new(move |_| index.matching(&brief, &state.filter()))
    };
    let limit = move || state.listed();
    let count = brief.statements.len();
    let listed_mask = Memo::new(move |_| {
        let mut mask = vec![false; count];
        matching.with(|m| m.iter().take(limit()).for_each(|&i| mask[i] = true));
        mask
    });
    let visible = Memo::new(move |_| {
        matching.with(|m| m.iter().take(limit()).copied().collect::<Vec<usize>>())
    });
    let is_listed = move |index: usize| listed_mask.with(|listed| listed[index]);
    // Roving tab stop: Tab enters the timeline at one entry (the last one focused, while it is
    // listed, else the first listed); the arrow keys move between entries. The entry with
    // focus is kept here, so that a key press needs no look into the page.
    let focused = RwSignal::new(None::<usize>);
    let tab_stop = Memo::new(move |_| match focused.get() {
        Some(at) if is_listed(at) => Some(at),
        _ => visible.with(|v| v.first().copied()),
    });
    // A move of the tab stop wakes the two entries it concerns, not every entry listed.
    let tab_stop = StoredValue::new(Selector::new(move || tab_stop.get()));

    // Focus is never lost to the page: when filtering removes the entry that had focus (Back,
    // a filter changed from the keyboard elsewhere), the count of what is shown takes it.
    Effect::new(move |_| {
        // Runs on every change of what is listed (tracked whatever has focus).
        let gone = listed_mask.with(|listed| focused.get_untracked().is_some_and(|at| !listed[at]));
        let lost = document()
            .active_element()
            .is_none_or(|e| e.tag_name() == "BODY");
        if gone && lost {
            if let Some(line) = status_line.get_untracked() {
                let _ = line.focus();
            }
        }
    });

    let focus_entry = {
        let brief = brief.clone();
        move |index: usize| {
            focused.set(Some(index));
            let id = Target::Statement(brief.statements[index].id.clone()).dom_id();
            if let Some(entry) = placement.element_by_id(&id) {
                let _ = entry.focus();
            }
        }
    };
    let on_keydown = {
        let brief = brief.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            // Keys act on an entry itself, not on the links and buttons inside it.
            let on_entry = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|e| e.class_list().contains("statement"));
            let Some(index) = focused.get_untracked().filter(|_| on_entry) else {
                return;
            };
            let next = visible.with_untracked(|ids| {
                let at = ids.iter().position(|&i| i == index)?;
                match ev.key().as_str() {
                    "ArrowDown" | "ArrowRight" => ids.get(at + 1).copied(),
                    "ArrowUp" | "ArrowLeft" => at.checked_sub(1).and_then(|i| ids.get(i)).copied(),
                    "Home" => ids.first().copied(),
                    "End" => ids.last().copied(),
                    _ => None,
                }
            });
            match ev.key().as_str() {
                "Enter" => {
                    ev.prevent_default();
                    state.go(Target::Quote(brief.statements[index].id.clone()));
                }
                "ArrowDown" | "ArrowRight" | "ArrowUp" | "ArrowLeft" | "Home" | "End" => {
                    ev.prevent_default();
                    if let Some(next) = next {
                        focus_entry.clone()(next);
                    }
                }
                _ => {}
            }
        }
    };
    let reset = move |_| {
        state.set_filter(Filter::default(), History::Push);
        if let Some(input) = search_box.get_untracked() {
            let _ = input.focus();
        }
    };

    let days = days
        .into_iter()
        .map(|day| {
            let heading = match day.date {
                Some(date) => view! { <time datetime=date.to_string()>{date.long()}</time> }.into_any(),
                None => view! { <span>"Date not reported"</span> }.into_any(),
            };
            let undated_note = day.date.is_none().then(|| view! {
                <p class="day-note">"The article quotes these without saying when they were made."</p>
            });
            let has_events = !day.events.is_empty();
            let events = day.events.into_iter().map(|index| view! { <ContextEvent index/> }).collect_view();
            let statements = day.statements;
            let has_statements = !statements.is_empty();
            let shown = move || {
                listed_mask.with(|listed| {
                    statements.iter().copied().filter(|&i| listed[i]).collect::<Vec<usize>>()
                })
            };
            let any_shown = {
                let shown = shown.clone();
                move || !shown().is_empty()
            };
            // A day with only statements, all filtered out, steps aside.
            let hidden = {
                let any_shown = any_shown.clone();
                move || has_statements && !has_events && !any_shown()
            };
            view! {
                <section class="timeline-day" data-testid="timeline-day" class:filtered-out=hidden>
                    <h3 class="day-heading">{heading}</h3>
                    {undated_note}
                    {events}
                    // list-style: none drops list semantics in Safari; the role keeps them.
                    <Show when=any_shown>
                        <ol class="statement-list" role="list">
                            <For each=shown.clone() key=|index| *index let:index>
                                <StatementEntry
                                    index
                                    tab_stop=Signal::derive(move || {
                                        tab_stop.with_value(|stop| stop.selected(&Some(index)))
                                    })
                                    on_focus=move || focused.set(Some(index))
                                />
                            </For>
                        </ol>
                    </Show>
                </section>
            }
        })
        .collect_view();
    let shown = Signal::derive(move || matching.with(Vec::len));
    let more = move || matching.with(Vec::len).saturating_sub(limit());
    let show_more = move |_| state.list_more();
    view! {
        <section id="timeline" class="timeline" aria-labelledby="timeline-heading" data-testid="timeline">
            <h2 id="timeline-heading">"Timeline of statements"</h2>
            <DateAxis/>
            <TimelineFilters shown search_box status_line/>
            <Show when=move || shown.get() == 0>
                <div class="empty-state" data-testid="empty-state">
                    <p>"No statement matches these filters."</p>
                    <button type="button" on:click=reset>"Show all statements"</button>
                </div>
            </Show>
            <div class="timeline-days" on:keydown=on_keydown>
                {days}
            </div>
            <Show when=move || { more() > 0 }>
                <p class="show-more">
                    <button type="button" on:click=show_more data-testid="show-more">
                        {move || format!("Show {} more of {} statements", more().min(LISTED_AT_FIRST), shown.get())}
                    </button>
                </p>
            </Show>
        </section>
    }
}
