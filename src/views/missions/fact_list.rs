use leptos::prelude::*;

use crate::data::model::Sourced;
use crate::state::{use_brief, use_locale};
use crate::views::common::{NotReported, SourceLink, StatementLink};
use crate::words::quoted;

/// Sourced facts as quoted words, each with its paragraph and, where it is someone's claim,
/// who said it; "not reported" when there are none.
#[component]
pub fn FactList(
    /// The facts.
    facts: Vec<Sourced>,
) -> impl IntoView {
    let locale = use_locale();
    let printed = use_brief().language.tag();
    if facts.is_empty() {
        return view! { <NotReported/> }.into_any();
    }
    // When one statement gives every fact, credit it once under the list rather than on each line.
    let shared = facts[0]
        .statement
        .clone()
        .filter(|first| facts.iter().all(|f| f.statement.as_ref() == Some(first)));
    let per_fact = shared.is_none();
    view! {
        <ul class="fact-list">
            {facts.into_iter().map(|f| view! {
                <li>
                    <span lang=printed>{quoted(locale, &f.text)}</span>" "<SourceLink paragraph=f.paragraph/>
                    {f.statement.filter(|_| per_fact).map(|statement| view! { " "<StatementLink statement/> })}
                </li>
            }).collect_view()}
        </ul>
        {shared.map(|statement| view! { <p class="fact-credit"><StatementLink statement/></p> })}
    }
    .into_any()
}
