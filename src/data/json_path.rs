//! Where in a JSON text a position falls, as a path such as `missions[1].head`: serde_json says
//! at which line and column a file stops having the brief's shape, and this walks the text up
//! to there to name the field. (A path-tracking deserializer would do it too, at a cost of
//! some 57 KB of WebAssembly; this is a few hundred bytes.)

/// One level of nesting on the way to the position.
enum Level {
    /// Inside an object: the key read last, and whether the next string is a key.
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    /// Inside an array: the index of the current element.
    Array { index: usize },
}

/// The byte offset of 1-based `line` and `column` (a count of bytes, as serde_json gives it) in
/// `text`, clamped to its end.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    (line_start + column).min(text.len())
}

/// The path of the value being read at byte `offset` of JSON `text`: object keys joined by
/// `.`, array positions as `[i]`; `(top level)` outside any object or array. When the value is
/// an enum written as `{"variant": …}` whose variant is unknown (`unknown_variant`), the path
/// is the enum's, not its variant's.
pub fn path_at(text: &str, offset: usize, unknown_variant: Option<&str>) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut levels: Vec<Level> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => levels.push(Level::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => levels.push(Level::Array { index: 0 }),
            b'}' | b']' => {
                levels.pop();
            }
            b',' => match levels.last_mut() {
                Some(Level::Array { index }) => *index += 1,
                Some(Level::Object { key, expect_key }) => {
                    *key = None;
                    *expect_key = true;
                }
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Level::Object { key, expect_key }) = levels.last_mut() {
                    if *expect_key {
                        let quoted = &text[start..(i + 1).min(text.len())];
                        // A key with a bad escape, or cut off by the end of the file, is
                        // named as written, without its quotes.
                        let written = &text[start + 1..i.min(text.len())];
                        *key = Some(
                            serde_json::from_str(quoted).unwrap_or_else(|_| written.to_string()),
                        );
                        *expect_key = false;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if let (Some(variant), Some(Level::Object { key: Some(key), .. })) =
        (unknown_variant, levels.last())
    {
        if key == variant {
            levels.pop();
        }
    }
    let mut path = String::new();
    for level in &levels {
        match level {
            Level::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object { key: None, .. } => {}
            Level::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        "(top level)".into()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_is_named_by_the_keys_and_indices_around_it() {
        let text = r#"{"a": {"b": [1, {"c": "x\"y", "d": true}]}}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len(), None);
        assert_eq!(at("\"b\""), "a.b");
        assert_eq!(at("[1"), "a.b[0]");
        assert_eq!(at("\"x\\\"y\""), "a.b[1].c");
        assert_eq!(at("true"), "a.b[1].d");
        assert_eq!(path_at(text, 0, None), "(top level)");
        assert_eq!(path_at(text, text.len(), None), "(top level)");
        let variant = r#"{"speaker": {"persona": "x"}}"#;
        let after_key = variant.find(": \"x").unwrap();
        assert_eq!(path_at(variant, after_key, Some("persona")), "speaker");
        assert_eq!(path_at(variant, after_key, None), "speaker.persona");
    }

    #[test]
    fn a_key_cut_off_or_badly_escaped_is_named_as_written() {
        assert_eq!(path_at(r#"{"missions": [{"he"#, 18, None), "missions[0].he");
        let escaped = r#"{"he\u0061d": 1}"#;
        assert_eq!(
            path_at(escaped, 12, None),
            "head",
            "an escaped key is named as it reads"
        );
        let bad_escape = r#"{"he\qad": 1}"#;
        assert_eq!(path_at(bad_escape, 11, None), r"he\qad");
    }

    #[test]
    fn lines_and_columns_are_counted_in_bytes() {
        let text = "{\n  \"é\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(text, 1, 1), 1);
        assert_eq!(offset_of(text, 3, 5), text.find("\"b\"").unwrap() + 3);
        assert_eq!(offset_of(text, 9, 9), text.len());
    }
}
