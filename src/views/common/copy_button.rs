use crate::state::use_locale;
use crate::words::words;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// A button that copies text to the clipboard and says, visibly and to screen readers, whether
/// it worked; where it cannot (an insecure page, a refused permission, no Clipboard API) it
/// says how to copy by hand.
#[component]
pub fn CopyButton(
    /// The visible label, e.g. "Copy link".
    label: &'static str,
    /// The accessible name; it starts with the label, so speech control finds the button by it.
    #[prop(into)]
    name: String,
    /// What to copy.
    #[prop(into)]
    text: Signal<String>,
    /// Said once copied, e.g. "Link copied."
    copied: &'static str,
    /// Show the text itself when it cannot be copied (it is not on screen elsewhere).
    #[prop(optional)]
    show_text_on_failure: bool,
) -> impl IntoView {
    // What was copied, and what the attempt said about it: the message only stands while the
    // text is still the one it speaks of, so a change of what would be copied clears it.
    let outcome = RwSignal::new(None::<(String, String)>);
    let locale = use_locale();
    let status = move || {
        outcome.with(|o| match o {
            Some((about, message)) if text.with(|t| t == about) => message.clone(),
            _ => String::new(),
        })
    };
    let copy = move |_| {
        let text = text.get_untracked();
        spawn_local(async move {
            let done = match clipboard() {
                Some(clipboard) => {
                    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                        .await
                        .is_ok()
                }
                None => false,
            };
            let message = match (done, show_text_on_failure) {
                (true, _) => copied.to_string(),
                (false, true) => words!(locale, copy_failed_show, text = &text).to_string(),
                (false, false) => words!(locale, copy_failed).to_string(),
            };
            outcome.set(Some((text, message)));
        });
    };
    view! {
        <span class="copy-control">
            <button type="button" class="copy-button" aria-label=name on:click=copy>{label}</button>
            <span class="copy-status" role="status">{status}</span>
        </span>
    }
}

/// The page's Clipboard API, where there is one: pages that are not secure (plain http, or
/// framed by one) have none, and calling it there would throw.
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|c| c.unchecked_into())
}
