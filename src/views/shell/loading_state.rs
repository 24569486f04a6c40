use crate::state::use_locale;
use crate::words::words;
use leptos::prelude::*;

/// A visible, announced loading notice while the data file is on its way.
#[component]
pub fn LoadingState() -> impl IntoView {
    view! {
        <p class="loading-state" role="status" data-testid="loading">
            <span class="spinner" aria-hidden="true"></span>
            {words!(use_locale(), loading)}
        </p>
    }
}
