use leptos::prelude::*;

use crate::data::draft::paths;
use crate::data::model::Person;
use crate::state::use_brief;
use crate::views::common::{SourceLink, Unconfirmed};

/// A person's name with the title the report gives them and where it gives it.
#[component]
pub fn PersonWithRole(
    /// The person.
    person: Person,
) -> impl IntoView {
    let brief = use_brief();
    let index = brief.person_index(&person.id);
    let printed = brief.language.tag();
    view! {
        <span lang=printed><span class="person-name">{person.name}</span>", "{person.role.text}</span>" "
        <SourceLink paragraph=person.role.paragraph/>
        {index.map(|i| view! { <Unconfirmed path=paths::person(i)/> })}
    }
}
