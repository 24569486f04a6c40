//! The root of one brief: its data, its theme, and the view asked for.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::model::Brief;
use crate::data::parse::BRIEF_URL;
use crate::embed::options::Theme;
use crate::state::placement::Placement;
use crate::state::reader::follow_in_brief_link;
use crate::state::source::brief_resource;
use crate::state::theme::{remembered_theme, ThemeChoice};
use crate::views::shell::{ErrorPanel, LoadingState};
use crate::views::BriefView;
use crate::words::{language_of, locale_of, view_title};

/// The whole app: fetches the brief's data (the bundled file, or an allowed `src`), then shows
/// the view asked for, or says clearly what went wrong. Given the brief already, it shows it at
/// once: that is how the page is rendered at build time and taken over in the browser.
#[component]
pub fn App(
    /// Where the brief is placed and what its link or mount element asked for.
    #[prop(optional)]
    placement: Placement,
    /// The brief, when it has been read already (the pre-rendered page); otherwise it is
    /// fetched.
    #[prop(optional)]
    brief: Option<Arc<Brief>>,
) -> impl IntoView {
    let placement = Arc::new(placement);
    let owns_url = placement.owns_url();

    // A theme in the link or mount element wins; otherwise the reader's remembered choice, on
    // the brief's own page; otherwise the system's. Both are read once the brief is on the
    // page, never while rendering: the page rendered at build time knows neither.
    let pinned = placement.options.theme;
    let theme = ThemeChoice::new(pinned);
    provide_context(theme);
    let remembers = pinned == Theme::Auto && owns_url && !placement.options.embed;
    Effect::new(move |_| {
        theme.follow_system();
        if remembers {
            if let Some(remembered) = remembered_theme() {
                theme.theme.set(remembered);
            }
        }
    });
    if owns_url {
        // The page's own background follows the brief's theme.
        Effect::new(move |_| {
            let key = theme.theme.get().key();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-theme", key);
            }
        });
    }

    // Until the brief says its language, the words (loading, a failed fetch) are in the one
    // the link asks for, else the page's own.
    let locale = locale_of(
        placement
            .options
            .lang
            .or(placement.page_language)
            .unwrap_or_default(),
    );
    provide_context(locale);
    let links = placement.clone();
    provide_context(placement.clone());
    let region = view_title(locale, placement.options.view);
    // A host page has its own main landmark; a mounted brief's messages stay inside its region.
    let lang = language_of(locale).tag();
    let frame = move |inner: AnyView| {
        if owns_url {
            view! { <main lang=lang>{inner}</main> }.into_any()
        } else {
            view! { <section lang=lang aria-label=region>{inner}</section> }.into_any()
        }
    };
    let content = match brief {
        Some(brief) => view! { <BriefView brief/> }.into_any(),
        None => {
            let file = placement
                .options
                .src
                .clone()
                .unwrap_or_else(|| BRIEF_URL.to_string());
            let loaded = brief_resource(file, placement.base.clone());
            // The first failure says itself where it stands; after Retry the button that had
            // focus is gone, so the new message takes focus.
            let retried = StoredValue::new(false);
            let retry = Callback::new(move |()| {
                retried.set_value(true);
                loaded.refetch();
            });
            // Suspense shows the loading notice until the file is read, and again on Retry.
            view! {
                <Suspense fallback=move || frame(view! { <LoadingState/> }.into_any())>
                    {move || {
                        loaded.get().map(|loaded| match loaded {
                            Ok(brief) => view! { <BriefView brief/> }.into_any(),
                            Err(error) => {
                                let take_focus = retried.get_value();
                                frame(view! { <ErrorPanel error retry take_focus/> }.into_any())
                            }
                        })
                    }}
                </Suspense>
            }
            .into_any()
        }
    };
    // On its own page the brief takes the page's theme (set on the root, before the first
    // paint on a pre-rendered page); in a host's shadow root, where the root's rules do not
    // reach, it carries its own.
    let own_theme = move || (!owns_url).then(|| theme.theme.get().key());
    view! {
        <div
            class="observer-brief"
            data-theme=own_theme
            on:click=move |ev| follow_in_brief_link(&ev, &links)
        >
            {content}
        </div>
    }
}
