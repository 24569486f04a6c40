use leptos::prelude::*;

use crate::data::date::IsoDate;
use crate::state::use_brief;
use crate::state::use_locale;
use crate::views::common::{NotReported, NoteLinks, SourceLink};
use crate::views::missions::{FactList, PersonWithRole};
use crate::words::{long_date, quoted, words};

/// The meeting itself: when and where, who took part, what was discussed.
#[component]
pub fn MeetingCard(
    /// The meeting's position in the brief's events.
    index: usize,
) -> impl IntoView {
    let brief = use_brief();
    let event = &brief.events[index];
    let date = IsoDate::parse(&event.date).ok();
    let locale = use_locale();
    let printed = brief.language.tag();
    let participants: Vec<_> = event
        .participants
        .iter()
        .filter_map(|id| brief.person(id).cloned())
        .collect();
    view! {
        <article class="card meeting-card" id="meeting" data-testid="meeting-card" aria-labelledby="meeting-name">
            <h3 id="meeting-name" lang=printed>{event.label.clone()}</h3>
            <dl class="facts">
                <dt>{words!(locale, when_held)}</dt>
                <dd>
                    <time datetime=event.date.clone()>{date.map(|d| long_date(locale, d))}</time>
                    {event.printed_date.clone().map(|p| view! {
                        <span class="meta-note">" ("{words!(locale, printed)}" "<span lang=printed>{quoted(locale, &p.text)}</span>") "</span>
                        <SourceLink paragraph=p.paragraph/>
                    })}
                    " "<NoteLinks notes=event.notes.clone()/>
                </dd>
                <dt>{words!(locale, where_held)}</dt>
                <dd>
                    {match event.place.clone() {
                        Some(p) => view! { <span lang=printed>{p.text}</span>" "<SourceLink paragraph=p.paragraph/> }.into_any(),
                        None => view! { <NotReported/> }.into_any(),
                    }}
                </dd>
                <dt>{words!(locale, taking_part)}</dt>
                <dd>
                    {if participants.is_empty() {
                        view! { <NotReported/> }.into_any()
                    } else {
                        view! {
                            <ul class="fact-list">
                                {participants.into_iter().map(|person| view! { <li><PersonWithRole person/></li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </dd>
                <dt>{words!(locale, discussed)}</dt>
                <dd><FactList facts=event.topics.clone()/></dd>
            </dl>
        </article>
    }
}
