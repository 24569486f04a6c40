use crate::state::use_locale;
use crate::words::words;
use leptos::prelude::*;

/// Marks a fact the source does not give, so that an absence is never mistaken for a zero.
#[component]
pub fn NotReported() -> impl IntoView {
    view! { <span class="not-reported">{words!(use_locale(), not_reported)}</span> }
}
