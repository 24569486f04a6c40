use leptos::prelude::*;

use crate::components::SourceLink;
use crate::model::Person;

/// A person's name with the title the report gives them and where it gives it.
#[component]
pub fn PersonWithRole(
    /// The person.
    person: Person,
) -> impl IntoView {
    view! {
        <span class="person-name">{person.name}</span>", "{person.role.text}" "
        <SourceLink paragraph=person.role.paragraph/>
    }
}
