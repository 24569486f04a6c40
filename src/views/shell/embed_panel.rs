use leptos::prelude::*;

use crate::data::model::Language;
use crate::embed::code::embed_code;
use crate::embed::code::{EmbedChoice, EmbedWords};
use crate::embed::options::{Theme, View};
use crate::state::use_placement;
use crate::state::{use_brief, use_locale};
use crate::views::shell::EmbedSnippet;
use crate::words::{language_name, locale_of, view_label, view_title, words};

/// The "Embed" control: copy-ready code that puts the chosen part of the brief on another page,
/// as a self-sizing iframe, a plain iframe or a direct mount.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let placement = use_placement();
    let locale = use_locale();
    let brief_language = use_brief().language;
    let open = RwSignal::new(false);
    let view = RwSignal::new(placement.options.view);
    let theme = RwSignal::new(placement.options.theme);
    let lang = RwSignal::new(placement.options.lang);
    let base = placement.base.clone();
    let src = placement.options.src.clone();
    let code = Memo::new(move |_| {
        let choice = EmbedChoice {
            view: view.get(),
            theme: theme.get(),
            src: src.clone(),
            lang: lang.get(),
        };
        // The code's own words (the frame's title, the host's loading line) are in the
        // language the embed will show.
        let shown = locale_of(choice.lang.unwrap_or(brief_language));
        let words = EmbedWords {
            title: view_title(shown, choice.view).to_string(),
            loading: words!(shown, loading_embed).to_string(),
        };
        embed_code(&base, &choice, &words)
    });
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
                        {view_label(locale, choice)}
                    </label>
                }
            })
            .collect_view()
    };
    let theme_choices = move || {
        [
            (Theme::Auto, words!(locale, theme_auto)),
            (Theme::Light, words!(locale, theme_light)),
            (Theme::Dark, words!(locale, theme_dark)),
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
    // Each language by its own name; the first choice leaves the brief's own.
    let own = words!(
        locale,
        embed_language_brief,
        language = language_name(locale, brief_language)
    )
    .to_string();
    let language_choices = move || {
        std::iter::once((None, own.clone()))
            .chain(
                Language::ALL
                    .into_iter()
                    .map(|l| (Some(l), words!(locale_of(l), language_name).to_string())),
            )
            .map(|(choice, label)| {
                let key = choice.map_or("", Language::tag);
                let native = choice.map(Language::tag);
                view! {
                    <label>
                        <input
                            type="radio"
                            name="embed-lang"
                            value=key
                            prop:checked=move || lang.get() == choice
                            on:change=move |_| lang.set(choice)
                        />
                        <span lang=native>{label}</span>
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
            {words!(locale, embed)}
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
                <h2 id="embed-heading">{words!(locale, embed_heading)}</h2>
                <button type="button" class="embed-close" on:click=move |_| close()>{words!(locale, close)}</button>
            </div>
            <div class="embed-choices">
                <fieldset>
                    <legend>{words!(locale, embed_part)}</legend>
                    {view_choices()}
                </fieldset>
                <fieldset>
                    <legend>{words!(locale, embed_colours)}</legend>
                    {theme_choices()}
                </fieldset>
                <fieldset>
                    <legend>{words!(locale, embed_language)}</legend>
                    {language_choices()}
                </fieldset>
            </div>
            <EmbedSnippet
                title=words!(locale, embed_pym_title)
                hint=words!(locale, embed_pym_hint)
                code=Signal::derive(move || code.get().pym)
            />
            <EmbedSnippet
                title=words!(locale, embed_iframe_title)
                hint=words!(locale, embed_iframe_hint)
                code=Signal::derive(move || code.get().iframe)
            />
            <EmbedSnippet
                title=words!(locale, embed_direct_title)
                hint=words!(locale, embed_direct_hint)
                code=Signal::derive(move || code.get().direct)
            />
            <p class="embed-hint" data-testid="embed-host-policy">
                {words!(locale, embed_host_policy)}" "
                <code>{move || code.get().host_policy}</code>
            </p>
            </Show>
        </section>
    }
}
