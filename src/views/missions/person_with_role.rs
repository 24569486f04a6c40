use leptos::prelude::*;

use crate::data::model::Person;
use crate::views::common::SourceLink;

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
