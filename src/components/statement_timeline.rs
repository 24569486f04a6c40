use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{
    use_brief, use_placement, ContextEvent, DateAxis, StatementEntry, TimelineFilters,
};
use crate::filter::{searchable, Filter};
use crate::model::Statement;
use crate::reader_state::{use_reader_state, History, Target};
use crate::timeline::timeline;

/// How many statements are listed at a time; more come with "Show more".
pub const PAGE: usize = 100;

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
    let index_of: HashMap<String, usize> = brief
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let order: Vec<usize> = timeline(&brief)
        .iter()
        .flat_map(|day| day.statements.iter().map(|s| index_of[&s.id]))
        .collect();
    let folded: Vec<String> = brief
        .statements
        .iter()
        .map(|s| searchable(&brief, s))
        .collect();
    let matching = {
        let brief = brief.clone();
        Memo::new(move |_| {
            state.with_filter(|filter| {
                order
                    .iter()
                    .copied()
                    .filter(|&i| filter.admits_folded(&brief, &brief.statements[i], &folded[i]))
                    .collect::<Vec<usize>>()
            })
        })
    };
    let limit = RwSignal::new(PAGE);
    // New filters start from the first page again.
    Effect::new(move |_| {
        state.with_filter(|_| ());
        limit.set(PAGE);
    });
    let count = brief.statements.len();
    let listed_mask = Memo::new(move |_| {
        let mut mask = vec![false; count];
        matching.with(|m| m.iter().take(limit.get()).for_each(|&i| mask[i] = true));
        mask
    });
    let visible = {
        let brief = brief.clone();
        Memo::new(move |_| {
            matching.with(|m| {
                m.iter()
                    .take(limit.get())
                    .map(|&i| brief.statements[i].id.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    // Roving tab stop: Tab enters the timeline at one entry (the last one focused, else the
    // first shown); the arrow keys move between entries.
    let current = RwSignal::new(None::<String>);
    let tab_stop = move |id: &str| {
        visible.with(|v| match current.get() {
            Some(c) if v.contains(&c) => c == id,
            _ => v.first().is_some_and(|first| first == id),
        })
    };

    // Focus is never lost to the page: when filtering removes the entry that had focus (Back,
    // a filter changed from the keyboard elsewhere), the count of what is shown takes it.
    Effect::new(move |_| {
        let shown = visible.get();
        let gone = current
            .get_untracked()
            .is_some_and(|id| !shown.contains(&id));
        let lost = document()
            .active_element()
            .is_none_or(|e| e.tag_name() == "BODY");
        if gone && lost {
            if let Some(line) = status_line.get_untracked() {
                let _ = line.focus();
            }
        }
    });

    let focus_entry = move |id: &str| {
        current.set(Some(id.to_string()));
        if let Some(entry) = placement.element_by_id(&Target::Statement(id.into()).dom_id()) {
            let _ = entry.focus();
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(entry) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|e| e.class_list().contains("statement"))
        else {
            return;
        };
        let Some(id) = entry.get_attribute("data-statement") else {
            return;
        };
        let ids = visible.get_untracked();
        let Some(at) = ids.iter().position(|i| *i == id) else {
            return;
        };
        let next = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" => ids.get(at + 1),
            "ArrowUp" | "ArrowLeft" => at.checked_sub(1).and_then(|i| ids.get(i)),
            "Home" => ids.first(),
            "End" => ids.last(),
            "Enter" => {
                ev.prevent_default();
                state.go(Target::Quote(id));
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(next) = next.cloned() {
            focus_entry(&next);
        }
    };
    let on_focusin = move |ev: leptos::ev::FocusEvent| {
        let entry = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-statement"));
        if let Some(id) = entry {
            current.set(Some(id));
        }
    };
    let reset = move |_| {
        state.set_filter(Filter::default(), History::Push);
        if let Some(input) = search_box.get_untracked() {
            let _ = input.focus();
        }
    };

    let days = timeline(&brief)
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
            let events = day.events.into_iter().cloned().map(|event| view! { <ContextEvent event/> }).collect_view();
            let statements: Vec<(usize, Statement)> = day
                .statements
                .into_iter()
                .map(|s| (index_of[&s.id], s.clone()))
                .collect();
            let has_statements = !statements.is_empty();
            let shown = move || {
                listed_mask.with(|listed| {
                    statements
                        .iter()
                        .filter(|(i, _)| listed[*i])
                        .map(|(_, s)| s.clone())
                        .collect::<Vec<_>>()
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
                <section class="timeline-day" data-testid="timeline-day" class:filtered-out=hidden.clone()>
                    <h3 class="day-heading">{heading}</h3>
                    {undated_note}
                    {events}
                    // list-style: none drops list semantics in Safari; the role keeps them.
                    <Show when=any_shown.clone()>
                        <ol class="statement-list" role="list">
                            <For each=shown.clone() key=|s| s.id.clone() let:statement>
                                {
                                    let id = statement.id.clone();
                                    view! { <StatementEntry statement tab_stop=Signal::derive(move || tab_stop(&id))/> }
                                }
                            </For>
                        </ol>
                    </Show>
                </section>
            }
        })
        .collect_view();
    let shown = Signal::derive(move || matching.with(Vec::len));
    let more = move || matching.with(Vec::len).saturating_sub(limit.get());
    let show_more = move |_| limit.update(|l| *l += PAGE);
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
            <div class="timeline-days" on:keydown=on_keydown on:focusin=on_focusin>
                {days}
            </div>
            <Show when=move || { more() > 0 }>
                <p class="show-more">
                    <button type="button" on:click=show_more data-testid="show-more">
                        {move || format!("Show {} more of {} statements", more().min(PAGE), shown.get())}
                    </button>
                </p>
            </Show>
        </section>
    }
}
