//! The copy-ready code an editor pastes into their own page to embed the brief: a self-sizing
//! Pym.js iframe, a plain iframe, or a direct mount without an iframe.

use crate::data::model::Language;
use crate::embed::options::{Options, Theme, View};
use crate::embed::origin::{origin_of, parse_allowlist, BUILD_ALLOWLIST};

/// The three ways to embed one view of the brief.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedCode {
    /// A Pym.js loader: an iframe that always fits the brief's height.
    pub pym: String,
    /// A plain iframe with a fixed height that fits the view on a phone.
    pub iframe: String,
    /// The brief's script and a mount element: no iframe, styles kept apart by a shadow root.
    pub direct: String,
    /// What a host page's Content-Security-Policy must allow for these: the brief's origin
    /// for frames, scripts, styles and data, and `'wasm-unsafe-eval'` for a direct mount.
    pub host_policy: String,
}

/// The Content-Security-Policy directives a host page needs to embed the brief deployed at
/// `base` (an absolute URL of its folder), whose data may also come from the origins of
/// `data_origins`: frames from the brief's origin (the iframes); scripts from it and
/// `'wasm-unsafe-eval'`, its stylesheet, and data from it and the allowed origins (a direct
/// mount). Without `'wasm-unsafe-eval'` a direct mount cannot start at all.
pub fn host_policy(base: &str, data_origins: &[String]) -> String {
    let own = origin_of(base).unwrap_or_default();
    let mut connect = own.clone();
    for origin in data_origins.iter().filter(|o| **o != own) {
        connect.push(' ');
        connect.push_str(origin);
    }
    format!(
        "frame-src {own}; script-src {own} 'wasm-unsafe-eval'; style-src {own}; connect-src {connect}"
    )
}

/// Whether a mount element whose `data-observer-brief` value, resolved against the host page
/// (`named`: an absolute URL, or empty when the attribute has no value), asks for the brief
/// deployed at `base` (its folder, ending in `/`): the folder itself, with or without its
/// trailing `/`, or its `embed.js`. Each deployment's `embed.js` mounts only the elements that
/// name it, so two briefs from two deployments can share a host page; an element that names
/// none is the one deployment's on the page, as embed code written before this rule was.
pub fn names_deployment(named: &str, base: &str) -> bool {
    let named = named.trim();
    if named.is_empty() {
        return true;
    }
    let named = named.split(['?', '#']).next().unwrap_or_default();
    let folder = named.strip_suffix("embed.js").unwrap_or(named);
    !base.is_empty() && (folder == base || format!("{folder}/") == base)
}

/// A plain iframe's height in CSS pixels: the view's height in a page 375 px wide with the
/// browser's 8 px margin (a 359 px frame), measured on the bundled brief and rounded up to the
/// next hundred with at least 50 px to spare, so that phones see it all and wider screens some
/// space (`e2e/embed-code.spec.mjs` measures it).
pub fn default_iframe_height(view: View) -> u32 {
    match view {
        View::All => 12400,
        View::Article => 4800,
        View::Missions => 3900,
        View::Timeline => 6800,
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

/// Escapes text for a regular expression, so that it matches only itself.
fn regex_literal(text: &str) -> String {
    text.chars().fold(String::new(), |mut out, c| {
        if "\\^$.|?*+()[]{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

/// What an editor chose in the Embed control.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedChoice {
    /// The part to embed.
    pub view: View,
    /// Its colours.
    pub theme: Theme,
    /// The data file, when not the bundled one.
    pub src: Option<String>,
    /// The language of the words around the article, when not the brief's own.
    pub lang: Option<Language>,
}

/// The words the code itself carries, in the language the embed will show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedWords {
    /// The frame's title for screen readers, e.g. "Observer brief: the mission cards".
    pub title: String,
    /// What the host page shows until the brief is there.
    pub loading: String,
}

/// The embed code for `choice`, for a brief deployed at `base` (an absolute URL of the brief's
/// folder, ending in `/`).
pub fn embed_code(base: &str, choice: &EmbedChoice, words: &EmbedWords) -> EmbedCode {
    let EmbedChoice {
        view,
        theme,
        ref src,
        lang,
    } = *choice;
    let src = src.as_deref();
    let page = attr(&format!(
        "{base}{}",
        Options::embed_query(view, theme, src, lang)
    ));
    let title = attr(&words.title);
    let loading = html_escape::encode_text(&words.loading);
    // pym.js accepts messages only from frames whose origin matches this pattern (it adds the
    // `$`): the brief's own, not any frame on the host page, which could otherwise make the
    // host navigate away or collapse the frame.
    let xdomain = attr(&format!(
        "^{}",
        regex_literal(&origin_of(base).unwrap_or_default())
    ));
    let base_url = base;
    let base = attr(base);
    let pym = format!(
        "<div data-pym-src=\"{page}\" data-pym-title=\"{title}\" data-pym-xdomain=\"{xdomain}\">\
         {loading}</div>\n\
         <script src=\"{base}pym.v1.min.js\"></script>"
    );
    let iframe = format!(
        "<iframe src=\"{page}\" title=\"{title}\" width=\"100%\" height=\"{}\" \
         style=\"border:0;width:100%\" loading=\"lazy\"></iframe>",
        default_iframe_height(view)
    );
    let mut attributes = String::new();
    if let Some(src) = src {
        attributes.push_str(&format!(" data-src=\"{}\"", attr(src)));
    }
    if view != View::All {
        attributes.push_str(&format!(" data-view=\"{}\"", view.key()));
    }
    if theme != Theme::Auto {
        attributes.push_str(&format!(" data-theme=\"{}\"", theme.key()));
    }
    if let Some(lang) = lang {
        attributes.push_str(&format!(" data-lang=\"{}\"", lang.tag()));
    }
    let direct = format!(
        "<div data-observer-brief=\"{base}\"{attributes}>{loading}</div>\n\
         <script type=\"module\" src=\"{base}embed.js\"></script>"
    );
    EmbedCode {
        pym,
        iframe,
        direct,
        host_policy: host_policy(base_url, &parse_allowlist(BUILD_ALLOWLIST).0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://brief.example/widgets/brief/";

    /// The code in English, as the Embed control of an English brief writes it.
    fn code_for(base: &str, view: View, theme: Theme, src: Option<&str>) -> EmbedCode {
        let title = match view {
            View::All => "Observer brief: the article, mission cards and timeline of statements",
            View::Article => "Observer brief: the article",
            View::Missions => "Observer brief: the mission cards",
            View::Timeline => "Observer brief: the timeline of statements",
        };
        let choice = EmbedChoice {
            view,
            theme,
            src: src.map(str::to_string),
            lang: None,
        };
        let words = EmbedWords {
            title: title.into(),
            loading: "Loading the observer brief…".into(),
        };
        embed_code(base, &choice, &words)
    }

    #[test]
    fn a_chosen_language_is_asked_for_by_every_kind_of_code_and_its_words_are_in_it() {
        let choice = EmbedChoice {
            view: View::Timeline,
            lang: Some(Language::Ru),
            ..EmbedChoice::default()
        };
        let words = EmbedWords {
            title: "Сводка наблюдателей: хроника заявлений".into(),
            loading: "Сводка наблюдателей загружается…".into(),
        };
        let code = embed_code(BASE, &choice, &words);
        assert!(code
            .pym
            .contains("?embed=1&amp;view=timeline&amp;lang=ru\""));
        assert!(code
            .pym
            .contains("data-pym-title=\"Сводка наблюдателей: хроника заявлений\""));
        assert!(code.pym.contains(">Сводка наблюдателей загружается…</div>"));
        assert!(code
            .iframe
            .contains("&amp;lang=ru\" title=\"Сводка наблюдателей: хроника заявлений\""));
        assert!(code.direct.starts_with(
            "<div data-observer-brief=\"https://brief.example/widgets/brief/\" data-view=\"timeline\" data-lang=\"ru\">Сводка наблюдателей загружается…</div>"
        ));
    }

    #[test]
    fn the_pym_code_loads_the_view_through_the_shipped_loader() {
        let code = code_for(BASE, View::Timeline, Theme::Auto, None);
        assert_eq!(
            code.pym,
            "<div data-pym-src=\"https://brief.example/widgets/brief/?embed=1&amp;view=timeline\" \
             data-pym-title=\"Observer brief: the timeline of statements\" \
             data-pym-xdomain=\"^https://brief\\.example\">Loading the observer brief…</div>\n\
             <script src=\"https://brief.example/widgets/brief/pym.v1.min.js\"></script>"
        );
    }

    #[test]
    fn the_plain_iframe_has_a_title_and_a_height_for_phones() {
        let code = code_for(BASE, View::Missions, Theme::Dark, None);
        assert!(code.iframe.starts_with(
            "<iframe src=\"https://brief.example/widgets/brief/?embed=1&amp;view=missions&amp;theme=dark\" \
             title=\"Observer brief: the mission cards\" width=\"100%\" height=\"3900\""
        ));
    }

    #[test]
    fn the_direct_mount_carries_view_and_theme_as_attributes() {
        assert_eq!(
            code_for(BASE, View::Article, Theme::Light, None).direct,
            "<div data-observer-brief=\"https://brief.example/widgets/brief/\" data-view=\"article\" \
             data-theme=\"light\">Loading the observer brief…</div>\n\
             <script type=\"module\" src=\"https://brief.example/widgets/brief/embed.js\"></script>"
        );
        assert!(code_for(BASE, View::All, Theme::Auto, None)
            .direct
            .starts_with("<div data-observer-brief=\"https://brief.example/widgets/brief/\">"));
    }

    #[test]
    fn a_mount_element_is_mounted_by_the_deployment_it_names_and_no_other() {
        for named in [
            BASE,
            "https://brief.example/widgets/brief",
            "https://brief.example/widgets/brief/embed.js",
            "https://brief.example/widgets/brief/embed.js?v=2",
            "",
            "  ",
        ] {
            assert!(names_deployment(named, BASE), "{named:?}");
        }
        for other in [
            "https://brief.example/widgets/other/",
            "https://brief.example/widgets/brief/x/",
            "https://brief.example/widgets/briefs/",
            "https://other.example/widgets/brief/",
            "https://brief.example/",
        ] {
            assert!(!names_deployment(other, BASE), "{other:?}");
        }
        assert!(!names_deployment("https://brief.example/", ""));
    }

    #[test]
    fn a_host_policy_allows_the_briefs_origin_and_its_data_origins() {
        assert_eq!(
            host_policy(BASE, &[]),
            "frame-src https://brief.example; script-src https://brief.example 'wasm-unsafe-eval'; \
             style-src https://brief.example; connect-src https://brief.example"
        );
        assert_eq!(
            host_policy(
                BASE,
                &["https://data.example.org".into(), "https://brief.example".into()]
            ),
            "frame-src https://brief.example; script-src https://brief.example 'wasm-unsafe-eval'; \
             style-src https://brief.example; connect-src https://brief.example https://data.example.org"
        );
        assert_eq!(
            code_for(BASE, View::All, Theme::Auto, None).host_policy,
            host_policy(BASE, &[])
        );
    }

    #[test]
    fn a_base_with_quotes_or_ampersands_cannot_break_out_of_the_attribute() {
        let code = code_for("https://x.example/a\"b&c/", View::All, Theme::Auto, None);
        assert!(code
            .iframe
            .contains("https://x.example/a&quot;b&amp;c/?embed=1"));
        assert!(!code.pym.contains("a\"b"));
    }

    #[test]
    fn the_pym_code_lets_only_the_briefs_own_origin_steer_the_host() {
        let code = code_for("http://127.0.0.1:8090/brief/", View::All, Theme::Auto, None);
        assert!(
            code.pym
                .contains("data-pym-xdomain=\"^http://127\\.0\\.0\\.1:8090\""),
            "{}",
            code.pym
        );
    }

    #[test]
    fn every_kind_of_code_reopens_the_same_data() {
        let code = code_for(
            BASE,
            View::Timeline,
            Theme::Auto,
            Some("data/other brief.json"),
        );
        assert!(code
            .pym
            .contains("?embed=1&amp;view=timeline&amp;src=data%2Fother%20brief.json\""));
        assert!(code.iframe.contains("&amp;src=data%2Fother%20brief.json\""));
        assert!(code.direct.starts_with(
            "<div data-observer-brief=\"https://brief.example/widgets/brief/\" \
             data-src=\"data/other brief.json\" data-view=\"timeline\">"
        ));
    }
}
