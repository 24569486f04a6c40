//! What an embedding host (or a reader's link) asks of one brief: which part to show, in which
//! theme, from which data file, opened on which statement, and how to talk to a parent frame.
//!
//! The same keys come from the page's query (`?view=timeline&theme=dark`) and from a direct
//! mount's data attributes (`data-view="timeline"`). Unknown keys and unknown values are
//! ignored, so a mistyped link still shows the brief.

use crate::data::model::Language;

/// Which part of the brief to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The article, the mission cards and the timeline together.
    #[default]
    All,
    /// Only the article.
    Article,
    /// Only the mission cards.
    Missions,
    /// Only the timeline of statements.
    Timeline,
}

impl View {
    /// Every view, in the order the embed control offers them.
    pub const ALL: [View; 4] = [View::All, View::Article, View::Missions, View::Timeline];

    /// Reads a `view` value; anything unknown is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        Some(match value.trim().to_ascii_lowercase().as_str() {
            "all" => Self::All,
            "article" => Self::Article,
            "missions" => Self::Missions,
            "timeline" => Self::Timeline,
            _ => return None,
        })
    }

    /// The value as written in a link or attribute.
    pub fn key(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Article => "article",
            Self::Missions => "missions",
            Self::Timeline => "timeline",
        }
    }

    /// Whether this view shows the article (and so the paragraphs source links lead to).
    pub fn shows_article(self) -> bool {
        matches!(self, Self::All | Self::Article)
    }

    /// Whether this view shows the mission cards.
    pub fn shows_missions(self) -> bool {
        matches!(self, Self::All | Self::Missions)
    }

    /// Whether this view shows the timeline (and so the statements "according to" links lead to).
    pub fn shows_timeline(self) -> bool {
        matches!(self, Self::All | Self::Timeline)
    }
}

/// Percent-encodes a query value: everything but the unreserved characters of RFC 3986.
pub fn encode(value: &str) -> String {
    const VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(value, VALUE).to_string()
}

/// Light, dark, or following the reader's system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Reads a `theme` value; anything unknown is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        Some(match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Self::Auto,
            "light" => Self::Light,
            "dark" => Self::Dark,
            _ => return None,
        })
    }

    /// The value as written in a link or attribute.
    pub fn key(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

// Each key's name, written once: `Options::from_pairs` matches on these, and the lists below
// (which the release page's early script receives, src/page/) are made of them.
/// Query key and mount option: which part to show.
pub const VIEW_KEY: &str = "view";
/// Query key and mount option: which colour theme.
pub const THEME_KEY: &str = "theme";
/// Query key: embedded in an iframe.
pub const EMBED_KEY: &str = "embed";
/// Query key and mount option: another data file.
pub const SRC_KEY: &str = "src";
/// Query key and mount option: a statement to open on.
pub const STATEMENT_KEY: &str = "statement";
/// Query key set by pym.js: the parent's id for this iframe.
pub const CHILD_ID_KEY: &str = "childId";
/// Query key set by pym.js: the address of the page that frames us.
pub const PARENT_URL_KEY: &str = "parentUrl";
/// Query key of a plain iframe's host: its origin.
pub const PARENT_ORIGIN_KEY: &str = "parentOrigin";
/// Query key and mount option: the language of the words around the article (`en`, `ru`,
/// `az`), when not the brief's own.
pub const LANG_KEY: &str = "lang";

/// The options a mount element's data attributes (`data-view` …) and `embed.js`'s `mount()`
/// take.
pub const MOUNT_KEYS: [&str; 5] = [VIEW_KEY, THEME_KEY, SRC_KEY, STATEMENT_KEY, LANG_KEY];

/// Every query key the brief reads from its address ([`Options::from_pairs`] reads these and no
/// other). The pre-rendered page shows the brief as it is without any of them, so a link with
/// one starts the app afresh (`page::renders_afresh`).
pub const QUERY_KEYS: [&str; 9] = [
    VIEW_KEY,
    THEME_KEY,
    EMBED_KEY,
    SRC_KEY,
    STATEMENT_KEY,
    CHILD_ID_KEY,
    PARENT_URL_KEY,
    PARENT_ORIGIN_KEY,
    LANG_KEY,
];

/// Everything a link or a mount element can ask for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Which part to show.
    pub view: View,
    /// Which colour theme.
    pub theme: Theme,
    /// Inside an iframe: no page chrome, transparent background, height reported to the parent.
    pub embed: bool,
    /// Another data file of the same schema, relative to the brief's folder; only used when its
    /// origin is allowed (see [`crate::embed::origin`]).
    pub src: Option<String>,
    /// A statement to open on, highlighted.
    pub statement: Option<String>,
    /// Pym.js's `childId`: the parent's id for this iframe, present when pym.js embeds us.
    pub pym_child_id: Option<String>,
    /// The page that frames us, as pym.js (`parentUrl`) or a plain host (`parentOrigin`) says;
    /// messages from any other origin are ignored.
    pub parent_url: Option<String>,
    /// The language of the words around the article, when the link or mount element asks for
    /// one other than the brief's own.
    pub lang: Option<Language>,
}

impl Options {
    /// Reads options from key/value pairs, e.g. a URL's query; later keys win, unknown keys and
    /// unknown values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut options = Self::default();
        for (key, value) in pairs {
            let non_empty = || Some(value.trim().to_string()).filter(|v| !v.is_empty());
            match key {
                VIEW_KEY => options.view = View::parse(value).unwrap_or(options.view),
                THEME_KEY => options.theme = Theme::parse(value).unwrap_or(options.theme),
                EMBED_KEY => options.embed = !matches!(value, "0" | "false" | "no"),
                SRC_KEY => options.src = non_empty(),
                STATEMENT_KEY => options.statement = non_empty(),
                CHILD_ID_KEY => options.pym_child_id = non_empty(),
                PARENT_URL_KEY | PARENT_ORIGIN_KEY => options.parent_url = non_empty(),
                LANG_KEY => options.lang = Language::from_tag(value.trim()).or(options.lang),
                _ => {}
            }
        }
        // pym.js only ever loads us into an iframe.
        options.embed |= options.pym_child_id.is_some();
        options
    }

    /// The query that opens this view and theme of the brief with data file `src` (the bundled
    /// one when `None`), e.g. `?embed=1&view=timeline`; defaults left out.
    pub fn embed_query(
        view: View,
        theme: Theme,
        src: Option<&str>,
        lang: Option<Language>,
    ) -> String {
        let mut query = format!("?{EMBED_KEY}=1");
        if view != View::All {
            query.push_str(&format!("&{VIEW_KEY}={}", view.key()));
        }
        if theme != Theme::Auto {
            query.push_str(&format!("&{THEME_KEY}={}", theme.key()));
        }
        if let Some(src) = src {
            query.push_str(&format!("&{SRC_KEY}={}", encode(src)));
        }
        if let Some(lang) = lang {
            query.push_str(&format!("&{LANG_KEY}={}", lang.tag()));
        }
        query
    }

    /// The query that reopens the same data as this brief, in the same language: `?src=…`
    /// when it shows another data file than the bundled one, `lang=…` when the reader's words
    /// are not the brief's own; else nothing. Every link to the whole brief carries it, so that
    /// a quote never opens against another article's paragraph, nor in another language.
    pub fn data_query(&self) -> String {
        let src = self
            .src
            .as_deref()
            .map(|src| format!("{SRC_KEY}={}", encode(src)));
        let lang = self.lang.map(|lang| format!("{LANG_KEY}={}", lang.tag()));
        let pairs: Vec<String> = src.into_iter().chain(lang).collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Options {
        Options::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn no_keys_mean_the_whole_brief_in_the_readers_theme() {
        assert_eq!(parse(&[]), Options::default());
        assert_eq!(Options::default().view, View::All);
        assert!(!Options::default().embed);
    }

    #[test]
    fn view_theme_statement_and_src_are_read() {
        let options = parse(&[
            ("view", "Timeline"),
            ("theme", "dark"),
            ("statement", "anfimov-ready"),
            ("src", " data/other.json "),
        ]);
        assert_eq!(options.view, View::Timeline);
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.statement.as_deref(), Some("anfimov-ready"));
        assert_eq!(options.src.as_deref(), Some("data/other.json"));
    }

    #[test]
    fn unknown_keys_and_values_are_ignored() {
        let options = parse(&[
            ("view", "timeline"),
            ("view", "everything"),
            ("theme", "sepia"),
            ("utm_source", "x"),
            ("statement", "  "),
        ]);
        assert_eq!(options.view, View::Timeline);
        assert_eq!(options.theme, Theme::Auto);
        assert_eq!(options.statement, None);
    }

    #[test]
    fn pym_parameters_turn_on_embed_mode() {
        let options = parse(&[
            ("initialWidth", "375"),
            ("childId", "brief"),
            ("parentTitle", "News"),
            ("parentUrl", "https://news.example/story?id=1"),
        ]);
        assert!(options.embed);
        assert_eq!(options.pym_child_id.as_deref(), Some("brief"));
        assert_eq!(
            options.parent_url.as_deref(),
            Some("https://news.example/story?id=1")
        );
    }

    #[test]
    fn embed_can_be_switched_off_explicitly() {
        assert!(parse(&[("embed", "1")]).embed);
        assert!(parse(&[("embed", "")]).embed);
        assert!(!parse(&[("embed", "0")]).embed);
    }

    #[test]
    fn every_view_round_trips_through_its_key() {
        for view in View::ALL {
            assert_eq!(View::parse(view.key()), Some(view));
        }
        for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::parse(theme.key()), Some(theme));
        }
    }

    #[test]
    fn each_view_shows_exactly_its_parts() {
        let parts = |view: View| {
            (
                view.shows_article(),
                view.shows_missions(),
                view.shows_timeline(),
            )
        };
        assert_eq!(parts(View::All), (true, true, true));
        assert_eq!(parts(View::Article), (true, false, false));
        assert_eq!(parts(View::Missions), (false, true, false));
        assert_eq!(parts(View::Timeline), (false, false, true));
    }

    #[test]
    fn the_embed_query_leaves_defaults_out_and_reads_back() {
        assert_eq!(
            Options::embed_query(View::All, Theme::Auto, None, None),
            "?embed=1"
        );
        let query = Options::embed_query(View::Timeline, Theme::Dark, None, Some(Language::Az));
        assert_eq!(query, "?embed=1&view=timeline&theme=dark&lang=az");
        let pairs = query[1..].split('&').filter_map(|kv| kv.split_once('='));
        let options = Options::from_pairs(pairs);
        assert_eq!(
            (options.embed, options.view, options.theme, options.lang),
            (true, View::Timeline, Theme::Dark, Some(Language::Az))
        );
    }
}
