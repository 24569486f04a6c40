use leptos::prelude::*;

use crate::components::{NotReported, SourceLink, StatementLink};
use crate::model::Sourced;

/// Sourced facts as quoted words, each with its paragraph and, where it is someone's claim,
/// who said it; "not reported" when there are none.
#[component]
pub fn FactList(
    /// The facts.
    facts: Vec<Sourced>,
) -> impl IntoView {
    if facts.is_empty() {
        return view! { <NotReported/> }.into_any();
    }
    view! {
        <ul class="fact-list">
            {facts.into_iter().map(|f| view! {
                <li>
                    "“"{f.text}"” "<SourceLink paragraph=f.paragraph/>
                    {f.statement.map(|statement| view! { " "<StatementLink statement/> })}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
