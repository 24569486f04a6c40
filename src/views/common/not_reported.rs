use leptos::prelude::*;

/// Marks a fact the source does not give, so that an absence is never mistaken for a zero.
#[component]
pub fn NotReported() -> impl IntoView {
    view! { <span class="not-reported">"not reported"</span> }
}
