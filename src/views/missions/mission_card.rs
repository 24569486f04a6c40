use leptos::prelude::*;

use crate::state::use_brief;
use crate::state::use_locale;
use crate::views::common::{NotReported, SourceLink, StatementLink};
use crate::views::missions::{FactList, ObserverChart, PersonWithRole};
use crate::words::{number, words};

/// One observer mission: organisation, head, observers, principles and methods, each fact
/// with a link to its paragraph and to who said it, and "not reported" where the source is silent.
#[component]
pub fn MissionCard(
    /// The mission's position in the brief.
    index: usize,
) -> impl IntoView {
    let brief = use_brief();
    let mission = &brief.missions[index];
    let head = brief.person(&mission.head).cloned();
    let org = mission.organisation.clone();
    let locale = use_locale();
    let printed = brief.language.tag();
    let name_id = format!("mission-name-{}", mission.id);
    let labelled_by = name_id.clone();
    view! {
        <article class="card mission-card" id=format!("mission-{}", mission.id) data-testid="mission-card"
            aria-labelledby=labelled_by>
            <h3>
                <span id=name_id lang=printed>{mission.name.text.clone()}</span>" "
                <SourceLink paragraph=mission.name.paragraph.clone()/>
            </h3>
            <dl class="facts">
                <dt>{words!(locale, organisation)}</dt>
                <dd>
                    <span lang=printed>{org.name}" ("<abbr>{org.abbreviation}</abbr>")"</span>" "
                    <SourceLink paragraph=org.paragraph/>
                </dd>
                <dt>{words!(locale, head_of_mission)}</dt>
                <dd>{head.map(|person| view! { <PersonWithRole person/> })}</dd>
                <dt>{words!(locale, observers)}</dt>
                <dd data-testid="observers">
                    {match mission.observers.clone() {
                        Some(count) => view! {
                            <span class="count">{words!(locale, observers_in_all, n = number(locale, count.total as usize)).to_string()}</span>
                            {count.long_term.map(|n| view! { ", "<span class="count">{words!(locale, observers_long_term, count = n, n = number(locale, n as usize)).to_string()}</span> })}
                            " "<SourceLink paragraph=count.paragraph.clone()/>
                            {count.statement.clone().map(|statement| view! { " "<StatementLink statement/> })}
                            <ObserverChart count/>
                        }.into_any(),
                        None => view! { <NotReported/> }.into_any(),
                    }}
                </dd>
                <dt>{words!(locale, principles)}</dt>
                <dd><FactList facts=mission.principles.clone()/></dd>
                <dt>{words!(locale, methods)}</dt>
                <dd><FactList facts=mission.methods.clone()/></dd>
                {(!mission.also_stated.is_empty()).then(|| view! {
                    <dt>{words!(locale, also_stated)}</dt>
                    <dd><FactList facts=mission.also_stated.clone()/></dd>
                })}
            </dl>
        </article>
    }
}
