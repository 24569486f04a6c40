use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{remembered_theme, BriefView, ErrorPanel, LoadingState, ThemeChoice};
use crate::load::{data_url, fetch_brief, LoadError, BRIEF_URL};
use crate::model::Brief;
use crate::mount::remove_snapshot;
use crate::options::Theme;
use crate::placement::Placement;
use crate::reader_state::follow_in_brief_link;

/// Where loading the brief stands.
#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(LoadError),
    Ready(Arc<Brief>),
}

/// The whole app: fetches the brief's data (the bundled file, or an allowed `src`), then shows
/// the view asked for, or says clearly what went wrong.
#[component]
pub fn App(
    /// Where the brief is placed and what its link or mount element asked for.
    #[prop(optional)]
    placement: Placement,
) -> impl IntoView {
    let file = placement
        .options
        .src
        .clone()
        .unwrap_or_else(|| BRIEF_URL.to_string());
    // Checked before any request: a refused origin is never contacted.
    let request = data_url(&file, &placement.base);
    let state = RwSignal::new(LoadState::Loading);
    let owns_url = placement.owns_url();
    // The outcome replaces the page's pre-rendered snapshot, if there is one.
    let settle = move |outcome: LoadState| {
        if owns_url {
            remove_snapshot();
        }
        state.set(outcome);
    };
    let attempts = RwSignal::new(0u32);
    let load = move || {
        attempts.update(|n| *n += 1);
        let url = match &request {
            Ok(url) => url.clone(),
            Err(refused) => return settle(LoadState::Failed(refused.clone())),
        };
        state.set(LoadState::Loading);
        let file = file.clone();
        spawn_local(async move {
            settle(match fetch_brief(&url, &file).await {
                Ok(brief) => LoadState::Ready(Arc::new(brief)),
                Err(e) => LoadState::Failed(e),
            });
        });
    };
    load();
    let retry = Callback::new(move |()| load());

    // A theme in the link or mount element wins; otherwise the reader's remembered choice, on
    // the brief's own page; otherwise the system's.
    let initial = match placement.options.theme {
        Theme::Auto if owns_url && !placement.options.embed => {
            remembered_theme().unwrap_or_default()
        }
        pinned => pinned,
    };
    let theme = RwSignal::new(initial);
    provide_context(ThemeChoice(theme));
    if owns_url {
        // The page's own background follows the brief's theme.
        Effect::new(move |_| {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-theme", theme.get().key());
            }
        });
    }
    let region = placement.options.view.title();
    let links = placement.clone();
    provide_context(placement);
    // A host page has its own main landmark; a mounted brief's messages stay inside its region.
    let frame = move |inner: AnyView| {
        if owns_url {
            view! { <main>{inner}</main> }.into_any()
        } else {
            view! { <section aria-label=region>{inner}</section> }.into_any()
        }
    };
    view! {
        <div class="observer-brief" data-theme=move || theme.get().key() on:click=move |ev| follow_in_brief_link(&ev, &links)>
            {move || match state.get() {
                LoadState::Loading => frame(view! { <LoadingState/> }.into_any()),
                LoadState::Failed(error) => {
                    // After Retry the button that had focus is gone; the new message takes it.
                    let take_focus = attempts.get_untracked() > 1;
                    frame(view! { <ErrorPanel error retry take_focus/> }.into_any())
                }
                LoadState::Ready(brief) => view! { <BriefView brief/> }.into_any(),
            }}
        </div>
    }
}
