use leptos::prelude::*;

use crate::components::use_brief;
use crate::timeline::speaker_label;

/// Credits a fact to the statement it comes from and links to that statement in the timeline.
#[component]
pub fn StatementLink(
    /// The statement's id.
    statement: String,
) -> impl IntoView {
    let brief = use_brief();
    let speaker = brief
        .statements
        .iter()
        .find(|s| s.id == statement)
        .map(|s| speaker_label(&brief, s).name);
    speaker.map(|name| {
        view! {
            <a class="statement-link" href=format!("#statement-{statement}")>"according to "{name}</a>
        }
    })
}
