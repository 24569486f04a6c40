use leptos::prelude::*;

use crate::components::{use_brief, ContextEvent, StatementEntry};
use crate::timeline::timeline;

/// Every statement, grouped by the day it was made, with the meeting, election day and the
/// page's date as context.
#[component]
pub fn StatementTimeline() -> impl IntoView {
    let brief = use_brief();
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
            let events = day.events.into_iter().cloned().map(|event| view! { <ContextEvent event/> }).collect_view();
            let statements = (!day.statements.is_empty()).then(|| view! {
                // list-style: none drops list semantics in Safari; the role keeps them.
                <ol class="statement-list" role="list">
                    {day.statements.into_iter().cloned().map(|statement| view! { <StatementEntry statement/> }).collect_view()}
                </ol>
            });
            view! {
                <section class="timeline-day" data-testid="timeline-day">
                    <h3 class="day-heading">{heading}</h3>
                    {undated_note}
                    {events}
                    {statements}
                </section>
            }
        })
        .collect_view();
    view! {
        <section id="timeline" class="timeline" aria-labelledby="timeline-heading" data-testid="timeline">
            <h2 id="timeline-heading">"Timeline of statements"</h2>
            {days}
        </section>
    }
}
