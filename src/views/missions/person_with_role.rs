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
    let index = use_brief().person_index(&person.id);
    view! {
        <span class="person-name">{person.name}</span>", "{person.role.text}" "
        <SourceLink paragraph=person.role.paragraph/>
        {index.map(|i| view! { <Unconfirmed path=paths::person(i)/> })}
    }
}
