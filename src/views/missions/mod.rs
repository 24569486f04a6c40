//! The mission cards: one per observer mission, and one for the meeting itself.

use leptos::prelude::*;

use crate::data::model::EventKind;
use crate::state::use_brief;
use crate::state::use_locale;
use crate::views::common::InTurn;
use crate::words::words;

mod fact_list;
mod meeting_card;
mod mission_card;
mod observer_chart;
mod person_with_role;

pub use fact_list::FactList;
pub use meeting_card::MeetingCard;
pub use mission_card::MissionCard;
pub use observer_chart::ObserverChart;
pub use person_with_role::PersonWithRole;

/// The "Missions" section: a card for each mission, then the meeting's card.
#[component]
pub fn MissionsSection() -> impl IntoView {
    let brief = use_brief();
    let locale = use_locale();
    let meeting = brief
        .events
        .iter()
        .position(|e| e.kind == EventKind::Meeting);
    view! {
        <section id="missions" class="missions" aria-labelledby="missions-heading">
            <h2 id="missions-heading">{words!(locale, missions_heading)}</h2>
            {(brief.missions.is_empty() && meeting.is_none()).then(|| view! {
                <p class="empty-note">{words!(locale, missions_empty)}</p>
            })}
            <div class="card-list">
                {(0..brief.missions.len()).map(|index| InTurn::new(move || view! { <MissionCard index/> })).collect_view()}
                {meeting.map(|index| InTurn::new(move || view! { <MeetingCard index/> }))}
            </div>
        </section>
    }
}
