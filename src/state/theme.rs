//! The colour theme of one brief: the link's or mount element's choice, else the reader's
//! remembered one (on the brief's own page), else the system's; and whether the system asks
//! for dark colours, kept up to date.

use gloo_events::EventListener;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use crate::embed::options::Theme;

/// Where the reader's choice of dark or light is remembered, on this device only.
pub const THEME_STORAGE_KEY: &str = "observer-brief-theme";

/// The colour theme of one brief, shared through context.
#[derive(Clone, Copy)]
pub struct ThemeChoice {
    /// Light, dark, or following the system.
    pub theme: RwSignal<Theme>,
    /// Whether the system asks for dark colours; false until the page has been read (never
    /// while rendering, so that a page rendered at build time and one rendered in the browser
    /// agree), then kept up to date.
    pub system_dark: RwSignal<bool>,
}

impl ThemeChoice {
    /// A theme that starts as `theme`, with the system assumed light until it has been read.
    pub fn new(theme: Theme) -> Self {
        Self {
            theme: RwSignal::new(theme),
            system_dark: RwSignal::new(false),
        }
    }

    /// Whether the brief shows dark colours (tracked).
    pub fn is_dark(&self) -> bool {
        match self.theme.get() {
            Theme::Dark => true,
            Theme::Light => false,
            Theme::Auto => self.system_dark.get(),
        }
    }

    /// Reads the system's setting now and follows its changes. Call it from an effect: it
    /// touches the browser.
    pub fn follow_system(&self) {
        let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") else {
            return;
        };
        let system_dark = self.system_dark;
        system_dark.set(query.matches());
        let listener = EventListener::new(&query, "change", move |ev| {
            system_dark.set(ev.unchecked_ref::<web_sys::MediaQueryListEvent>().matches())
        });
        // The listener goes with the brief (or the effect that called this, should it run
        // again): a host page that mounts and removes briefs keeps none of their listeners.
        let listener = SendWrapper::new(listener);
        on_cleanup(move || drop(listener));
    }

    /// Chooses `theme` for this visit and remembers it on the device.
    pub fn choose(&self, theme: Theme) {
        if let Some(storage) = window().local_storage().ok().flatten() {
            // Private windows may refuse storage; the switch still works for this visit.
            let _ = storage.set_item(THEME_STORAGE_KEY, theme.key());
        }
        self.theme.set(theme);
    }
}

/// The theme the reader chose on an earlier visit, if any (reads storage: call it from an
/// effect or an event handler).
pub fn remembered_theme() -> Option<Theme> {
    let storage = window().local_storage().ok().flatten()?;
    Theme::parse(&storage.get_item(THEME_STORAGE_KEY).ok().flatten()?)
}

/// The theme of the brief this component belongs to; a brief view rendered on its own (in
/// tests) gets a fresh one.
pub fn use_theme() -> ThemeChoice {
    use_context::<ThemeChoice>().unwrap_or_else(|| ThemeChoice::new(Theme::Auto))
}
