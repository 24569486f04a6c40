use leptos::prelude::*;

use crate::state::use_brief;

/// Marks a value a draft guessed and no editor has confirmed yet, so that a preview never shows
/// a guess as if it were checked; renders nothing for a confirmed value.
#[component]
pub fn Unconfirmed(
    /// The value's path in the brief (see [`crate::data::draft::paths`]).
    #[prop(into)]
    path: String,
) -> impl IntoView {
    use_brief().is_unconfirmed(&path).then(|| {
        view! { <span class="unconfirmed" data-unconfirmed=path>" unconfirmed draft value "</span> }
    })
}
