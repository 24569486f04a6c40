use leptos::prelude::*;

use crate::components::{use_brief, NotReported, ObserverChart, SourceLink};
use crate::model::{Mission, Sourced};

/// One observer mission: organisation, head, observers, principles and methods, each fact
/// with a link to its paragraph, and "not reported" where the source is silent.
#[component]
pub fn MissionCard(
    /// The mission.
    mission: Mission,
) -> impl IntoView {
    let brief = use_brief();
    let head = brief.person(&mission.head).cloned();
    let org = mission.organisation.clone();
    view! {
        <article class="card mission-card" id=format!("mission-{}", mission.id) data-testid="mission-card"
            aria-labelledby=format!("mission-{}-name", mission.id)>
            <h3 id=format!("mission-{}-name", mission.id)>
                {mission.name.text.clone()}" "<SourceLink paragraph=mission.name.paragraph.clone()/>
            </h3>
            <dl class="facts">
                <dt>"Organisation"</dt>
                <dd>
                    {org.name}" ("<abbr>{org.abbreviation}</abbr>") "
                    <SourceLink paragraph=org.paragraph/>
                </dd>
                <dt>"Head of mission"</dt>
                <dd>
                    {head.map(|p| view! {
                        <span class="person-name">{p.name}</span>", "{p.role.text}" "
                        <SourceLink paragraph=p.role.paragraph/>
                    })}
                </dd>
                <dt>"Observers"</dt>
                <dd data-testid="observers">
                    {match mission.observers.clone() {
                        Some(count) => view! {
                            <span class="count">{count.total}" in all"</span>
                            {count.long_term.map(|n| view! { ", "<span class="count">{n}" long-term"</span> })}
                            " "<SourceLink paragraph=count.paragraph.clone()/>
                            <ObserverChart count/>
                        }.into_any(),
                        None => view! { <NotReported/> }.into_any(),
                    }}
                </dd>
                <dt>"Principles of work"</dt>
                <dd><FactList facts=mission.principles.clone()/></dd>
                <dt>"Working methods"</dt>
                <dd><FactList facts=mission.methods.clone()/></dd>
                {(!mission.also_stated.is_empty()).then(|| view! {
                    <dt>"Also stated"</dt>
                    <dd><FactList facts=mission.also_stated.clone()/></dd>
                })}
            </dl>
        </article>
    }
}

/// A list of sourced facts, or "not reported" when there are none.
#[component]
fn FactList(facts: Vec<Sourced>) -> impl IntoView {
    if facts.is_empty() {
        return view! { <NotReported/> }.into_any();
    }
    view! {
        <ul class="fact-list">
            {facts.into_iter().map(|f| view! {
                <li>"“"{f.text}"” "<SourceLink paragraph=f.paragraph/></li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
