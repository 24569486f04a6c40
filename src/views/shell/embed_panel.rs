use leptos::prelude::*;

use crate::embed::code::embed_code;
use crate::embed::options::{Theme, View};
use crate::state::use_placement;
use crate::views::shell::EmbedSnippet;

/// The "Embed" control: copy-ready code that puts the chosen part of the brief on another page,
/// as a self-sizing iframe, a plain iframe or a direct mount.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let placement = use_placement();
    let open = RwSignal::new(false);
    let view = RwSignal::new(placement.options.view);
    let theme = RwSignal::new(placement.options.theme);
    let base = placement.base.clone();
    let src = placement.options.src.clone();
    let code = Memo::new(move |_| embed_code(&base, view.get(), theme.get(), src.as_deref()));
    let toggle = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        open.set(false);
        if let Some(button) = toggle.get() {
            let _ = button.focus();
        }
    };
    let view_choices = move || {
        View::ALL
            .into_iter()
            .map(|choice| {
                view! {
                    <label>
                        <input
                            type="radio"
                            name="embed-view"
                            value=choice.key()
                            prop:checked=move || view.get() == choice
                            on:change=move |_| view.set(choice)
                        />
                        {choice.label()}
                    </label>
                }
            })
            .collect_view()
    };
    let theme_choices = move || {
        [
            (Theme::Auto, "Follow the reader’s setting"),
            (Theme::Light, "Light"),
            (Theme::Dark, "Dark"),
        ]
        .into_iter()
        .map(|(choice, label)| {
            view! {
                <label>
                    <input
                        type="radio"
                        name="embed-theme"
                        value=choice.key()
                        prop:checked=move || theme.get() == choice
                        on:change=move |_| theme.set(choice)
                    />
                    {label}
                </label>
            }
        })
        .collect_view()
    };
    view! {
        <button
            type="button"
            class="embed-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="embed-panel"
            node_ref=toggle
            on:click=move |_| open.update(|o| *o = !*o)
        >
            "Embed"
        </button>
        <section
            id="embed-panel"
            class="embed-panel"
            aria-labelledby="embed-heading"
            hidden=move || !open.get()
            data-testid="embed-panel"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    close();
                }
            }
        >
            // Drawn when opened: the code names the brief's own address, which only the browser
            // knows (the page rendered at build time does not).
            <Show when=move || open.get()>
            <div class="embed-panel-head">
                <h2 id="embed-heading">"Embed this brief on your page"</h2>
                <button type="button" class="embed-close" on:click=move |_| close()>"Close"</button>
            </div>
            <div class="embed-choices">
                <fieldset>
                    <legend>"Part to embed"</legend>
                    {view_choices()}
                </fieldset>
                <fieldset>
                    <legend>"Colours"</legend>
                    {theme_choices()}
                </fieldset>
            </div>
            <EmbedSnippet
                title="Self-sizing iframe (Pym.js)"
                hint="Recommended. The frame always fits the brief, on phones and after readers expand it; pym.js comes with the brief."
                code=Signal::derive(move || code.get().pym)
            />
            <EmbedSnippet
                title="Plain iframe"
                hint="For pages that allow no scripts. The height fits a phone; adjust it to taste."
                code=Signal::derive(move || code.get().iframe)
            />
            <EmbedSnippet
                title="Direct mount, no iframe"
                hint="The brief renders inside your page, its styles kept apart from yours. Your server must allow it: the brief’s site needs to send CORS headers."
                code=Signal::derive(move || code.get().direct)
            />
            <p class="embed-hint" data-testid="embed-host-policy">
                "If your page sends a Content-Security-Policy, it must allow: "
                <code>{move || code.get().host_policy}</code>
            </p>
            </Show>
        </section>
    }
}
