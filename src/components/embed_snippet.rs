use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// One piece of embed code, shown as text, with a Copy button that says whether it worked.
#[component]
pub fn EmbedSnippet(
    /// What kind of embed this is.
    title: &'static str,
    /// When to choose it.
    hint: &'static str,
    /// The code itself.
    #[prop(into)]
    code: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new("");
    let code_block = NodeRef::<leptos::html::Code>::new();
    // A new choice of view or theme makes an old "Copied" untrue.
    Effect::new(move |_| {
        code.track();
        status.set("");
    });
    let copy = move |_| {
        let text = code.get_untracked();
        spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok();
            if copied {
                status.set("Copied to the clipboard.");
            } else {
                // Without clipboard access (an insecure page, a refused permission) the reader
                // can still copy the selected text by hand.
                if let Some(block) = code_block.get_untracked() {
                    select_contents(block.unchecked_ref());
                }
                status.set("Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).");
            }
        });
    };
    view! {
        <div class="embed-snippet" data-testid="embed-snippet">
            <h3>{title}</h3>
            <p class="embed-hint">{hint}</p>
            <pre><code node_ref=code_block>{code}</code></pre>
            <p class="embed-actions">
                // The name starts with the visible words, so speech control finds it by them.
                <button type="button" aria-label=format!("Copy code: {title}") on:click=copy>"Copy code"</button>
                <span class="copy-status" role="status">{status}</span>
            </p>
        </div>
    }
}

/// Selects all text inside `element`, for copying by hand.
fn select_contents(element: &web_sys::Node) {
    let selection = window().get_selection().ok().flatten();
    if let (Some(selection), Ok(range)) = (selection, document().create_range()) {
        if range.select_node_contents(element).is_ok() {
            let _ = selection.remove_all_ranges();
            let _ = selection.add_range(&range);
        }
    }
}
