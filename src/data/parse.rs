//! Reading the brief's data file, and everything that can go wrong getting it: the error type
//! covers fetching too (the fetch itself is done by the page's state, `state::source`), so that the error
//! panel has one type to show.
//!
//! Parsing and validation are plain functions so that native tests, and an editor's tool, use
//! exactly the code the page uses.

use thiserror::Error;

use crate::data::model::Brief;
use crate::data::validate::{validate_text, Problem};

/// Where the bundled brief lives, relative to the page, so that a dist served from any
/// sub-path finds it.
pub const BRIEF_URL: &str = "data/brief.json";

/// How long the data file may send nothing, while it is asked for or while its body arrives,
/// before the wait is given up and the reader offered Retry: long enough for a slow phone's
/// first byte, short enough that nobody waits on a dead line for ever.
pub const STALL_SECONDS: u32 = 10;

/// Why the brief could not be shown. Each message names the file and says what to do.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum LoadError {
    /// The request did not complete: offline, connection refused, aborted.
    #[error("{file} could not be fetched ({detail}). Check your connection, then try again.")]
    Network {
        /// The file asked for.
        file: String,
        /// What the browser reported.
        detail: String,
    },
    /// The request or the file's body stopped: nothing came for [`STALL_SECONDS`] seconds (a
    /// stuck proxy, a dead mobile link). A slow file that keeps arriving is never cut off.
    #[error("{file} stopped arriving: nothing came from the server for {seconds} seconds. Check your connection, then try again.", seconds = STALL_SECONDS)]
    Stalled {
        /// The file asked for.
        file: String,
    },
    /// The server answered, but not with the file.
    #[error("{file} could not be fetched: the server answered HTTP {status}{status_text}. Try again in a moment.")]
    Status {
        /// The file asked for.
        file: String,
        /// The HTTP status code.
        status: u16,
        /// The reason phrase with a leading space, or empty.
        status_text: String,
    },
    /// The server answered with something that is not JSON, such as an HTML error page.
    #[error("{file} could not be read: the server sent {content_type} instead of JSON, perhaps an error page. Try again in a moment.")]
    NotJson {
        /// The file asked for.
        file: String,
        /// The content type the server gave.
        content_type: String,
    },
    /// The file is not JSON at all (truncated, stray characters).
    #[error("{file} is not valid JSON: {detail}.")]
    Syntax {
        /// The file read.
        file: String,
        /// What is wrong, with line and column.
        detail: String,
    },
    /// The JSON does not have the brief's shape: wrong type, missing or unknown field.
    #[error("{file}: {path}: {message}.")]
    Shape {
        /// The file read.
        file: String,
        /// Where in the file, e.g. `missions[1].head`.
        path: String,
        /// What is wrong there.
        message: String,
    },
    /// The file is on an origin this deployment does not allow, so it was not even requested:
    /// a crafted link must not make the deployer's site show someone else's quotes.
    #[error("{file} was not loaded: this brief only shows data from its own site and the sites its publisher allows, and {origin} is not one of them.")]
    Refused {
        /// The file asked for.
        file: String,
        /// Its origin (or scheme, for a non-web address).
        origin: String,
    },
    /// The address carries a user name or password (`https://user:pass@…`): the brief never
    /// sends credentials, so the file could never arrive, and trying again cannot help.
    #[error("{file} was not loaded: its address carries a user name or password, which this brief never sends. Use an address without them.")]
    Credentials {
        /// The file asked for.
        file: String,
    },
    /// The JSON has the right shape but says something unsound (dangling reference, a quote
    /// not in its paragraph, an impossible date).
    #[error("{file} is not a sound brief: {}.", join(.problems))]
    Invalid {
        /// The file read.
        file: String,
        /// Every problem found, in file order.
        problems: Vec<Problem>,
    },
}

fn join(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl LoadError {
    /// Whether trying again may help: true when the file did not arrive as JSON (network, HTTP
    /// status, an error page), false for bad data.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Network { .. }
                | Self::Stalled { .. }
                | Self::Status { .. }
                | Self::NotJson { .. }
        )
    }

    /// Whether the fault is the data file's address, not its content: an origin this brief
    /// does not load from, or credentials in the address. The link or page that gives the
    /// address must change, not the file.
    pub fn is_address_fault(&self) -> bool {
        matches!(self, Self::Refused { .. } | Self::Credentials { .. })
    }
}

/// Reads and checks a brief from the text of `file`: serde reads the shape (the path of a fault
/// tracked by `serde_path_to_error`), then [`validate`](crate::data::validate::validate) checks what the types cannot say.
pub fn parse_brief(file: &str, text: &str) -> Result<Brief, LoadError> {
    read_shape(file, text).and_then(|brief| checked(file, text, brief))
}

/// The text of a data file's bytes, as `Response.text()` reads it: a leading byte-order mark
/// is dropped, and bytes that are not UTF-8 become U+FFFD (which validation then names). Sound
/// bytes are taken as they are, not copied.
pub fn text_of(bytes: Vec<u8>) -> String {
    let mut text = String::from_utf8(bytes)
        .unwrap_or_else(|invalid| String::from_utf8_lossy(invalid.as_bytes()).into_owned());
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// The first half of [`parse_brief`], for a caller that checks in a later task: the brief as
/// serde reads it from the text of `file`, not yet validated.
pub fn read_shape(file: &str, text: &str) -> Result<Brief, LoadError> {
    let mut json = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut json)
        .map_err(|e| (e.path().to_string(), e.into_inner()))
        // Characters after the object: a pasted-together or damaged file.
        .and_then(|brief: Brief| json.end().map(|()| brief).map_err(|e| (".".into(), e)))
        .map_err(|(path, error)| {
            if error.is_data() {
                LoadError::Shape {
                    file: file.into(),
                    path: if path == "." {
                        "(top level)".into()
                    } else {
                        path
                    },
                    message: error.to_string(),
                }
            } else {
                // Malformed or truncated.
                LoadError::Syntax {
                    file: file.into(),
                    detail: error.to_string(),
                }
            }
        })
}

/// The second half of [`parse_brief`]: `brief`, read from `text`, the content of `file`, if it
/// passes [`validate`](crate::data::validate::validate).
pub fn checked(file: &str, text: &str, brief: Brief) -> Result<Brief, LoadError> {
    let problems = validate_text(&brief, text);
    if problems.is_empty() {
        Ok(brief)
    } else {
        Err(LoadError::Invalid {
            file: file.into(),
            problems,
        })
    }
}

/// Whether a Content-Type header names JSON (`application/json`, `…+json`, any parameters).
pub fn is_json_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// The bundled brief, read and checked as the page reads it: what the native tests start from.
#[cfg(test)]
pub(crate) fn bundled() -> Brief {
    parse_brief("data/brief.json", include_str!("../../data/brief.json"))
        .expect("bundled brief is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../data/brief.json");
    const FILE: &str = "data/brief.json";

    fn error_for(text: &str) -> LoadError {
        parse_brief(FILE, text).expect_err("should be refused")
    }

    #[test]
    fn a_files_text_drops_a_leading_byte_order_mark_only() {
        assert_eq!(text_of(b"\xEF\xBB\xBF{}".to_vec()), "{}");
        assert_eq!(text_of("{} \u{feff}".into()), "{} \u{feff}");
        assert_eq!(text_of("«Баку» — Bakı".into()), "«Баку» — Bakı");
    }

    #[test]
    fn bytes_that_are_not_utf8_become_replacement_characters() {
        assert_eq!(
            text_of(b"\xEF\xBB\xBFa\xFFb\xC3".to_vec()),
            "a\u{FFFD}b\u{FFFD}"
        );
    }

    #[test]
    fn the_bundled_brief_parses_and_validates() {
        let brief = parse_brief(FILE, BUNDLED).unwrap();
        assert_eq!(brief.missions.len(), 2);
    }

    #[test]
    fn a_wrong_type_names_the_file_and_path() {
        let bad = BUNDLED.replacen("\"head\": \"niyazaliyev\"", "\"head\": 7", 1);
        let err = error_for(&bad);
        assert!(
            matches!(&err, LoadError::Shape { path, .. } if path == "missions[1].head"),
            "{err:?}"
        );
        assert!(err
            .to_string()
            .starts_with("data/brief.json: missions[1].head: invalid type: integer `7`"));
        assert!(!err.is_retryable());
    }

    #[test]
    fn a_missing_field_names_the_record() {
        let bad = BUNDLED.replacen(
            "\"headline\": \"Heads of CIS and SCO observer missions held a working meeting in Baku\",",
            "",
            1,
        );
        let err = error_for(&bad);
        assert!(
            matches!(&err, LoadError::Shape { path, message, .. }
            if path == "article" && message.contains("missing field `headline`")),
            "{err:?}"
        );
    }

    #[test]
    fn an_unknown_field_is_refused() {
        let bad = BUNDLED.replacen("\"outlet\"", "\"outlett\": \"x\", \"outlet\"", 1);
        let err = error_for(&bad);
        assert!(
            matches!(&err, LoadError::Shape { message, .. } if message.contains("unknown field `outlett`")),
            "{err:?}"
        );
    }

    #[test]
    fn truncated_json_is_a_syntax_error_with_a_position() {
        let err = error_for(&BUNDLED[..BUNDLED.len() / 2]);
        assert!(
            matches!(&err, LoadError::Syntax { detail, .. } if detail.contains("line")),
            "{err:?}"
        );
        assert!(err
            .to_string()
            .starts_with("data/brief.json is not valid JSON"));
    }

    #[test]
    fn trailing_garbage_is_refused() {
        let err = error_for(&format!("{BUNDLED} {{}}"));
        assert!(matches!(err, LoadError::Syntax { .. }), "{err:?}");
    }

    #[test]
    fn a_dangling_reference_is_refused_with_every_problem_listed() {
        let bad = BUNDLED.replacen("\"head\": \"niyazaliyev\"", "\"head\": \"nobody\"", 1);
        let err = error_for(&bad);
        assert_eq!(
            err.to_string(),
            "data/brief.json is not a sound brief: missions[1].head: no person has the id \"nobody\"."
        );
    }

    #[test]
    fn a_refused_origin_says_why_and_cannot_be_retried() {
        let refused = LoadError::Refused {
            file: "https://evil.example/brief.json".into(),
            origin: "https://evil.example".into(),
        };
        assert!(!refused.is_retryable() && refused.is_address_fault());
        assert_eq!(
            refused.to_string(),
            "https://evil.example/brief.json was not loaded: this brief only shows data from its \
             own site and the sites its publisher allows, and https://evil.example is not one of them."
        );
    }

    #[test]
    fn an_address_with_credentials_says_why_and_cannot_be_retried() {
        let refused = LoadError::Credentials {
            file: "https://user:pw@brief.example/data.json".into(),
        };
        assert!(!refused.is_retryable() && refused.is_address_fault());
        assert_eq!(
            refused.to_string(),
            "https://user:pw@brief.example/data.json was not loaded: its address carries a user \
             name or password, which this brief never sends. Use an address without them."
        );
    }

    #[test]
    fn only_json_content_types_are_read() {
        for ok in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON",
            "application/ld+json",
        ] {
            assert!(is_json_type(ok), "{ok}");
        }
        for bad in [
            "text/html; charset=utf-8",
            "text/plain",
            "",
            "application/jsonp",
        ] {
            assert!(!is_json_type(bad), "{bad}");
        }
        let error = LoadError::NotJson {
            file: FILE.into(),
            content_type: "text/html".into(),
        };
        assert!(error.is_retryable());
    }

    #[test]
    fn only_fetch_failures_are_retryable() {
        let network = LoadError::Network {
            file: FILE.into(),
            detail: "TypeError: Failed to fetch".into(),
        };
        let status = LoadError::Status {
            file: FILE.into(),
            status: 503,
            status_text: " Service Unavailable".into(),
        };
        let stalled = LoadError::Stalled { file: FILE.into() };
        assert!(network.is_retryable() && status.is_retryable() && stalled.is_retryable());
        assert!(
            !network.is_address_fault()
                && !status.is_address_fault()
                && !stalled.is_address_fault()
        );
        assert_eq!(
            stalled.to_string(),
            "data/brief.json stopped arriving: nothing came from the server for 10 seconds. \
             Check your connection, then try again."
        );
        assert_eq!(
            status.to_string(),
            "data/brief.json could not be fetched: the server answered HTTP 503 Service Unavailable. Try again in a moment."
        );
    }
}
