//! The reader's state as a URL hash, so that a link restores it exactly, the back button steps
//! through it, and it works from any sub-path and inside an iframe (a hash never reaches the
//! server).
//!
//! The form is the selected thing's element id, then filters as `key=value` pairs, all joined
//! by `&`: `#quote-niyazaliyev-smooth-elections&speaker=niyazaliyev&q=smooth`. A selection alone
//! is a plain element id (`#para-p3`), as links to the page have always been. Unknown keys,
//! unknown values and malformed pieces are ignored.

use crate::filter::{kind_from_key, kind_key, Filter};
use crate::reader_state::Target;

/// What a reader has chosen: a selection and filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The selected paragraph, statement or quote.
    pub target: Option<Target>,
    /// The timeline's filters and search words.
    pub filter: Filter,
}

impl UrlState {
    /// Reads a hash (with or without its `#`).
    pub fn parse(hash: &str) -> Self {
        let mut state = Self::default();
        for piece in hash.strip_prefix('#').unwrap_or(hash).split('&') {
            let Some((key, value)) = piece.split_once('=') else {
                if let Some(target) = Target::from_hash(piece) {
                    state.target = Some(target);
                }
                continue;
            };
            let Some(value) = decode(value).filter(|v| !v.trim().is_empty()) else {
                continue;
            };
            let ok_id = |v: &str| {
                v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-".contains(c))
            };
            match key {
                "mission" if ok_id(&value) => state.filter.mission = Some(value),
                "speaker" if ok_id(&value) => state.filter.speaker = Some(value),
                "kind" => state.filter.kind = kind_from_key(&value).or(state.filter.kind),
                "q" => state.filter.query = value,
                _ => {}
            }
        }
        state
    }

    /// Writes the hash, with its `#`; `#` alone when nothing is chosen.
    pub fn format(&self) -> String {
        let mut pieces = Vec::new();
        if let Some(target) = &self.target {
            pieces.push(target.dom_id());
        }
        let f = &self.filter;
        if let Some(mission) = &f.mission {
            pieces.push(format!("mission={}", encode(mission)));
        }
        if let Some(speaker) = &f.speaker {
            pieces.push(format!("speaker={}", encode(speaker)));
        }
        if let Some(kind) = f.kind {
            pieces.push(format!("kind={}", kind_key(kind)));
        }
        if !f.query.trim().is_empty() {
            pieces.push(format!("q={}", encode(&f.query)));
        }
        format!("#{}", pieces.join("&"))
    }
}

/// Percent-encodes everything but unreserved characters, so a value never breaks the hash.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes a percent-encoded value (`+` is a space, as in forms); `None` when malformed.
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StatementKind;

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
}
