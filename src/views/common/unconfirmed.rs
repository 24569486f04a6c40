use leptos::prelude::*;

use crate::state::use_brief;
use crate::state::use_locale;
use crate::words::words;

/// Marks a value a draft guessed and no editor has confirmed yet, so that a preview never shows
/// a guess as if it were checked; renders nothing for a confirmed value.
#[component]
pub fn Unconfirmed(
    /// The value's path in the brief (see [`crate::data::draft::paths`]).
    #[prop(into)]
    path: String,
    /// What the guess is, when a value carries more than one ("who said it").
    #[prop(optional)]
    what: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    use_brief().is_unconfirmed(&path).then(|| {
        let label = match what {
            Some(what) => format!(" {} ", words!(locale, unconfirmed_what, what)),
            None => format!(" {} ", words!(locale, unconfirmed)),
        };
        view! { <span class="unconfirmed" data-unconfirmed=path>{label}</span> }
    })
}
