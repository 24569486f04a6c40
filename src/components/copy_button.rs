use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that copies text to the clipboard and says, visibly and to screen readers, whether
/// it worked; where it cannot (an insecure page, a refused permission) it says how to copy by
/// hand.
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
    let status = RwSignal::new(String::new());
    // A change of what would be copied makes an old "copied" untrue.
    Effect::new(move |_| {
        text.track();
        status.set(String::new());
    });
    let copy = move |_| {
        let text = text.get_untracked();
        spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok();
            status.set(match (done, show_text_on_failure) {
                (true, _) => copied.to_string(),
                (false, true) => format!("Could not copy automatically. Select and copy: {text}"),
                (false, false) => {
                    "Could not copy automatically: select the text and press Ctrl+C (⌘C on a Mac)."
                        .to_string()
                }
            });
        });
    };
    view! {
        <span class="copy-control">
            <button type="button" class="copy-button" aria-label=name on:click=copy>{label}</button>
            <span class="copy-status" role="status">{status}</span>
        </span>
    }
}
