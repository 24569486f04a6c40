use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{BriefView, ErrorPanel, LoadingState};
use crate::load::{fetch_brief, LoadError, BRIEF_URL};
use crate::model::Brief;

/// Where loading the brief stands.
#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(LoadError),
    Ready(Arc<Brief>),
}

/// The whole app: fetches the brief from `src`, then shows it, or says clearly what went wrong.
#[component]
pub fn App(
    /// The data file, relative to the page.
    #[prop(into, default = BRIEF_URL.to_string())]
    src: String,
) -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    let attempts = RwSignal::new(0u32);
    let load = move || {
        attempts.update(|n| *n += 1);
        state.set(LoadState::Loading);
        let src = src.clone();
        spawn_local(async move {
            state.set(match fetch_brief(&src).await {
                Ok(brief) => LoadState::Ready(Arc::new(brief)),
                Err(e) => LoadState::Failed(e),
            });
        });
    };
    load();
    let retry = Callback::new(move |()| load());

    view! {
        <div class="observer-brief">
            {move || match state.get() {
                LoadState::Loading => view! { <main><LoadingState/></main> }.into_any(),
                LoadState::Failed(error) => {
                    // After Retry the button that had focus is gone; the new message takes it.
                    let take_focus = attempts.get_untracked() > 1;
                    view! { <main><ErrorPanel error retry take_focus/></main> }.into_any()
                }
                LoadState::Ready(brief) => view! { <BriefView brief/> }.into_any(),
            }}
        </div>
    }
}
