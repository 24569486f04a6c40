//! What a reader can select, and the reader's state as a URL hash, so that a link restores it exactly, the back button steps
//! through it, and it works from any sub-path and inside an iframe (a hash never reaches the
//! server).
//!
//! The form is the selected thing's element id, then filters as `key=value` pairs, all joined
//! by `&`: `#quote-niyazaliyev-smooth-elections&speaker=niyazaliyev&q=smooth`. A selection alone
//! is a plain element id (`#para-p3`), as links to the page have always been. Unknown keys,
//! unknown values and malformed pieces are ignored.

use percent_encoding::percent_decode_str;

use crate::data::model::Brief;
pub use crate::embed::options::encode;
use crate::reading::filter::{kind_from_key, kind_key, Filter};

/// The prefix of a paragraph's element id; the rest is the paragraph's id in the data.
pub const PARAGRAPH_PREFIX: &str = "para-";

/// The prefix of a statement's element id; the rest is the statement's id in the data.
pub const STATEMENT_PREFIX: &str = "statement-";

/// The prefix of a quote link: a statement's words shown in their paragraph.
pub const QUOTE_PREFIX: &str = "quote-";

/// Something a reader can select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An article paragraph, by id: it, and the statements and card facts from it, light up.
    Paragraph(String),
    /// A statement in the timeline, by id; its words light up in the article too.
    Statement(String),
    /// A statement's words inside their article paragraph, by the statement's id.
    Quote(String),
}

impl Target {
    /// Its id in links, e.g. `para-p3`, `statement-anfimov-principles`, `quote-…`. For a
    /// paragraph or statement this is also its element id.
    pub fn dom_id(&self) -> String {
        match self {
            Self::Paragraph(id) => format!("{PARAGRAPH_PREFIX}{id}"),
            Self::Statement(id) => format!("{STATEMENT_PREFIX}{id}"),
            Self::Quote(id) => format!("{QUOTE_PREFIX}{id}"),
        }
    }

    /// The link to it on the brief's own page, e.g. `#para-p3`.
    pub fn href(&self) -> String {
        format!("#{}", self.dom_id())
    }

    /// What a link id or URL hash points at, if anything.
    pub fn from_hash(hash: &str) -> Option<Self> {
        let id = hash.strip_prefix('#').unwrap_or(hash);
        let named = |prefix: &str| id.strip_prefix(prefix).filter(|rest| is_link_id(rest));
        named(PARAGRAPH_PREFIX)
            .map(|p| Self::Paragraph(p.into()))
            .or_else(|| named(STATEMENT_PREFIX).map(|s| Self::Statement(s.into())))
            .or_else(|| named(QUOTE_PREFIX).map(|s| Self::Quote(s.into())))
    }

    /// The id of what it selects: a paragraph's or a statement's.
    pub fn id(&self) -> &str {
        match self {
            Self::Paragraph(id) | Self::Statement(id) | Self::Quote(id) => id,
        }
    }

    /// The element that takes focus when it is selected: the paragraph for a quote.
    pub fn focus_id(&self, brief: &Brief) -> Option<String> {
        match self {
            Self::Quote(id) => brief
                .statements
                .iter()
                .find(|s| s.id == *id)
                .map(|s| format!("{PARAGRAPH_PREFIX}{}", s.paragraph)),
            other => Some(other.dom_id()),
        }
    }
}

/// The longest id a link carries (a paragraph's, statement's, mission's or speaker's): the data
/// rules' limit, so a sound brief's ids always fit.
pub use crate::data::validate::MAX_ID_LEN;

/// The most characters of search words a link carries (and the search box takes).
pub const MAX_QUERY_CHARS: usize = 200;

/// Whether `id` can be an id in a link: letters, digits, `-` and `_`, and not too long.
pub fn is_link_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What a reader has chosen: a selection and filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The selected paragraph, statement or quote.
    pub target: Option<Target>,
    /// The timeline's filters and search words.
    pub filter: Filter,
}

impl UrlState {
    /// Reads a hash (with or without its `#`). Values longer than a link carries are ignored,
    /// so that a crafted link cannot make every link the brief writes enormous.
    pub fn parse(hash: &str) -> Self {
        // The longest piece worth reading: search words of the most characters, each encoded
        // at its longest (four bytes, three characters each), and their key.
        const MAX_PIECE: usize = 2 + MAX_QUERY_CHARS * 12;
        let mut state = Self::default();
        for piece in hash.strip_prefix('#').unwrap_or(hash).split('&') {
            if piece.len() > MAX_PIECE {
                continue;
            }
            let Some((key, value)) = piece.split_once('=') else {
                if let Some(target) = Target::from_hash(piece) {
                    state.target = Some(target);
                }
                continue;
            };
            let Some(value) = decode(value).filter(|v| !v.trim().is_empty()) else {
                continue;
            };
            match key {
                "mission" if is_link_id(&value) => state.filter.mission = Some(value),
                "speaker" if is_link_id(&value) => state.filter.speaker = Some(value),
                "kind" => state.filter.kind = kind_from_key(&value).or(state.filter.kind),
                "q" if value.chars().count() <= MAX_QUERY_CHARS => state.filter.query = value,
                _ => {}
            }
        }
        state
    }

    /// Writes the hash, with its `#`; `#` alone when nothing is chosen. What a link cannot
    /// carry (an over-long value) is left out, as [`UrlState::parse`] would ignore it.
    pub fn format(&self) -> String {
        let mut pieces = Vec::new();
        if let Some(target) = self.target.as_ref().filter(|t| is_link_id(t.id())) {
            pieces.push(target.dom_id());
        }
        let f = &self.filter;
        for (key, id) in [("mission", &f.mission), ("speaker", &f.speaker)] {
            if let Some(id) = id.as_deref().filter(|id| is_link_id(id)) {
                pieces.push(format!("{key}={id}"));
            }
        }
        if let Some(kind) = f.kind {
            pieces.push(format!("kind={}", kind_key(kind)));
        }
        if !f.query.trim().is_empty() && f.query.chars().count() <= MAX_QUERY_CHARS {
            pieces.push(format!("q={}", encode(&f.query)));
        }
        format!("#{}", pieces.join("&"))
    }
}

/// Decodes a percent-encoded value (`+` is a space, as in forms); `None` when malformed: an
/// escape that is not `%` and two hex digits, or bytes that are not UTF-8. (The crate passes
/// broken escapes through as text; a link with one is damaged, so it is ignored instead.)
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let escapes_are_sound = bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%' || (bytes.get(i + 1..i + 3)).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    if !escapes_are_sound {
        return None;
    }
    let spaced = value.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::StatementKind;

    fn full() -> UrlState {
        UrlState {
            target: Some(Target::Quote("niyazaliyev-smooth-elections".into())),
            filter: Filter {
                mission: Some("sco".into()),
                speaker: Some("niyazaliyev".into()),
                kind: Some(StatementKind::DirectQuote),
                query: "smooth & “calm” 100%".into(),
            },
        }
    }

    #[test]
    fn a_full_state_round_trips() {
        let state = full();
        let hash = state.format();
        assert_eq!(
            hash,
            "#quote-niyazaliyev-smooth-elections&mission=sco&speaker=niyazaliyev&kind=quote\
             &q=smooth%20%26%20%E2%80%9Ccalm%E2%80%9D%20100%25"
        );
        assert_eq!(UrlState::parse(&hash), state);
    }

    #[test]
    fn every_partial_state_round_trips() {
        let full = full();
        for target in [
            None,
            Some(Target::Paragraph("p3".into())),
            Some(Target::Statement("a".into())),
        ] {
            for kind in [
                None,
                Some(StatementKind::DirectQuote),
                Some(StatementKind::ReportedSpeech),
            ] {
                for query in ["", "Baku"] {
                    let state = UrlState {
                        target: target.clone(),
                        filter: Filter {
                            kind,
                            query: query.into(),
                            ..full.filter.clone()
                        },
                    };
                    assert_eq!(UrlState::parse(&state.format()), state);
                }
            }
        }
    }

    #[test]
    fn a_selection_alone_is_a_plain_element_id() {
        let state = UrlState {
            target: Some(Target::Paragraph("p3".into())),
            ..UrlState::default()
        };
        assert_eq!(state.format(), "#para-p3");
        assert_eq!(UrlState::default().format(), "#");
        assert_eq!(
            UrlState::parse("#statement-anfimov-principles").target,
            Some(Target::Statement("anfimov-principles".into()))
        );
    }

    #[test]
    fn unknown_and_malformed_pieces_are_ignored() {
        let state = UrlState::parse(
            "#timeline&utm=x&kind=everything&q=%E2%80&speaker=a%22b&mission=&=x&&q&para-p2\
             &speaker=<script>&q=ok+then",
        );
        assert_eq!(
            state,
            UrlState {
                target: Some(Target::Paragraph("p2".into())),
                filter: Filter {
                    query: "ok then".into(),
                    ..Filter::default()
                },
            }
        );
        assert_eq!(UrlState::parse(""), UrlState::default());
        assert_eq!(UrlState::parse("#%%%"), UrlState::default());
    }

    #[test]
    fn decoding_rejects_broken_escapes() {
        assert_eq!(decode("a%2"), None);
        assert_eq!(decode("a%zz"), None);
        assert_eq!(decode("%FF"), None);
        assert_eq!(decode("caf%C3%A9").as_deref(), Some("café"));
    }

    #[test]
    fn a_paragraph_link_round_trips_through_the_hash() {
        let target = Target::Paragraph("p3".into());
        assert_eq!(target.href(), "#para-p3");
        assert_eq!(Target::from_hash(&target.href()), Some(target));
    }

    #[test]
    fn statement_and_quote_links_round_trip_through_the_hash() {
        for target in [
            Target::Statement("anfimov-principles".into()),
            Target::Quote("anfimov-principles".into()),
        ] {
            assert_eq!(Target::from_hash(&target.href()), Some(target));
        }
        assert_eq!(
            Target::Quote("x".into()).href(),
            "#quote-x",
            "a quote has its own link"
        );
    }

    #[test]
    fn other_hashes_select_nothing() {
        for hash in [
            "",
            "#",
            "#timeline",
            "#para-",
            "#statement-",
            "#quote-",
            "#note-1",
            "para",
        ] {
            assert_eq!(Target::from_hash(hash), None, "{hash}");
        }
    }

    #[test]
    fn a_quote_takes_focus_at_its_paragraph_and_anything_else_at_itself() {
        let brief = crate::data::parse::bundled();
        let focus = |t: Target| t.focus_id(&brief);
        assert_eq!(
            focus(Target::Quote("niyazaliyev-smooth-elections".into())).as_deref(),
            Some("para-p9")
        );
        assert_eq!(focus(Target::Quote("no-such-statement".into())), None);
        assert_eq!(
            focus(Target::Statement("report-meeting".into())).as_deref(),
            Some("statement-report-meeting")
        );
        assert_eq!(
            focus(Target::Paragraph("p2".into())).as_deref(),
            Some("para-p2")
        );
    }

    #[test]
    fn a_mission_or_speaker_that_is_no_link_id_is_ignored() {
        for hash in ["#mission=%3Cb%3E", "#speaker=a%20b", "#mission=a.b"] {
            assert_eq!(UrlState::parse(hash), UrlState::default(), "{hash}");
        }
    }

    #[test]
    fn the_longest_search_a_link_can_carry_is_read_in_full() {
        // 200 characters of four bytes each, every byte percent-encoded: the longest piece.
        let longest = "𝄞".repeat(200);
        let piece = format!("q={}", "%F0%9D%84%9E".repeat(200));
        assert_eq!(piece.len(), 2402);
        assert_eq!(UrlState::parse(&format!("#{piece}")).filter.query, longest);
    }

    #[test]
    fn a_megabyte_of_hash_is_ignored_and_links_stay_short() {
        let huge = "x".repeat(1_000_000);
        for hash in [
            format!("#speaker={huge}"),
            format!("#q={huge}"),
            format!("#statement-{huge}"),
            format!("#mission={huge}&q=smooth"),
        ] {
            let state = UrlState::parse(&hash);
            assert!(state.format().len() < 2048, "{}", &hash[..20]);
        }
        assert_eq!(
            UrlState::parse(&format!("#mission={huge}&q=smooth")),
            UrlState {
                filter: Filter {
                    query: "smooth".into(),
                    ..Filter::default()
                },
                ..UrlState::default()
            },
            "the sane parts of the link still count"
        );
        assert_eq!(
            UrlState::parse(&format!("#q={}", "é".repeat(201))),
            UrlState::default()
        );
        let most = "é".repeat(200);
        assert_eq!(
            UrlState::parse(&format!("#q={}", encode(&most)))
                .filter
                .query,
            most
        );
    }

    #[test]
    fn a_state_with_values_no_link_can_carry_leaves_them_out() {
        let state = UrlState {
            target: Some(Target::Statement("a".repeat(129))),
            filter: Filter {
                speaker: Some("niyazaliyev".into()),
                mission: Some("x".repeat(129)),
                query: "q".repeat(201),
                ..Filter::default()
            },
        };
        assert_eq!(state.format(), "#speaker=niyazaliyev");
    }
}
