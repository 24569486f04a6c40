//! Hidden characters. Format characters (Unicode general category Cf) do not show, but change
//! what a reader sees: direction overrides and isolates make a quote read differently from the
//! bytes a check compares; zero-width characters split words invisibly; tag characters carry
//! hidden text. Control characters (Cc) such as NUL do not show either, and mark a file saved
//! in another encoding or cut from a binary. A brief refuses every one of them, by rule, except
//! the three controls HTML shows as a space (tab, line feed, carriage return).
//!
//! The category comes from the Unicode Character Database, as `unicode-properties` carries it.

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Whether `c` is a format character (general category Cf).
pub fn is_format(c: char) -> bool {
    // No format character comes before U+00AD SOFT HYPHEN: most of a brief's text is answered
    // without looking the category up (every string of a brief goes through here).
    c >= '\u{00AD}' && c.general_category() == GeneralCategory::Format
}

/// Whether `c` is a character a brief refuses as hidden: a format character, or a control
/// character other than tab, line feed and carriage return.
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_format(c)
}

/// How a message names hidden character `c`: its code point and, for the ones editors meet,
/// its Unicode name, e.g. "U+202E RIGHT-TO-LEFT OVERRIDE".
pub fn describe(c: char) -> String {
    let code = c as u32;
    let name = match c {
        '\u{0000}' => "NULL",
        // Messages say "a control character" after the code point themselves.
        c if c.is_control() => return format!("U+{code:04X}"),
        '\u{00AD}' => "SOFT HYPHEN",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{180E}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{E0001}' => "LANGUAGE TAG",
        '\u{E007F}' => "CANCEL TAG",
        // The tag characters mirror ASCII, invisibly.
        '\u{E0020}'..='\u{E007E}' => {
            let ascii = char::from_u32(code - 0xE0000).unwrap_or('?');
            return format!("U+{code:04X} TAG “{ascii}”");
        }
        _ => return format!("U+{code:04X}, a format character"),
    };
    format!("U+{code:04X} {name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_character_editors_meet_is_named_as_unicode_names_it() {
        let named: Vec<String> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| is_format(c))
            .map(describe)
            .filter(|d| !d.ends_with(", a format character") && !d.contains(" TAG “"))
            .collect();
        // The Unicode Character Database's names (checked with Python's unicodedata.name).
        let expected = [
            ("U+00AD", "SOFT HYPHEN"),
            ("U+061C", "ARABIC LETTER MARK"),
            ("U+180E", "MONGOLIAN VOWEL SEPARATOR"),
            ("U+200B", "ZERO WIDTH SPACE"),
            ("U+200C", "ZERO WIDTH NON-JOINER"),
            ("U+200D", "ZERO WIDTH JOINER"),
            ("U+200E", "LEFT-TO-RIGHT MARK"),
            ("U+200F", "RIGHT-TO-LEFT MARK"),
            ("U+202A", "LEFT-TO-RIGHT EMBEDDING"),
            ("U+202B", "RIGHT-TO-LEFT EMBEDDING"),
            ("U+202C", "POP DIRECTIONAL FORMATTING"),
            ("U+202D", "LEFT-TO-RIGHT OVERRIDE"),
            ("U+202E", "RIGHT-TO-LEFT OVERRIDE"),
            ("U+2060", "WORD JOINER"),
            ("U+2061", "FUNCTION APPLICATION"),
            ("U+2062", "INVISIBLE TIMES"),
            ("U+2063", "INVISIBLE SEPARATOR"),
            ("U+2064", "INVISIBLE PLUS"),
            ("U+2066", "LEFT-TO-RIGHT ISOLATE"),
            ("U+2067", "RIGHT-TO-LEFT ISOLATE"),
            ("U+2068", "FIRST STRONG ISOLATE"),
            ("U+2069", "POP DIRECTIONAL ISOLATE"),
            ("U+FEFF", "ZERO WIDTH NO-BREAK SPACE"),
            ("U+E0001", "LANGUAGE TAG"),
            ("U+E007F", "CANCEL TAG"),
        ];
        let expected: Vec<String> = expected
            .iter()
            .map(|(code, name)| format!("{code} {name}"))
            .collect();
        assert_eq!(named, expected);
    }

    #[test]
    fn tags_show_their_letter_and_the_rest_their_code_point() {
        assert_eq!(describe('\u{E0041}'), "U+E0041 TAG “A”");
        assert_eq!(describe('\u{0601}'), "U+0601, a format character");
        assert!(!is_format('a') && !is_format('’') && !is_format('\u{00A0}'));
        assert_eq!(describe('\u{0000}'), "U+0000 NULL");
        assert_eq!(describe('\u{0085}'), "U+0085");
        // Format characters of the article's scripts and beyond, from the Unicode Character
        // Database: Arabic number sign, Syriac abbreviation mark, the Egyptian hieroglyph
        // joiners, a tag.
        for c in ['\u{0600}', '\u{070F}', '\u{13430}', '\u{E0020}'] {
            assert!(is_format(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn controls_are_hidden_except_the_three_html_shows_as_a_space() {
        // Every character U+0000..=U+00A0, by hand: C0 controls, DEL and the C1 controls are
        // hidden; tab, line feed, carriage return, the printable ASCII, Latin-1's letters and
        // the no-break space are not.
        let hidden: Vec<u32> = (0..=0xA0u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_hidden(c))
            .map(|c| c as u32)
            .collect();
        let expected: Vec<u32> = (0x00..=0x08)
            .chain([0x0B, 0x0C])
            .chain(0x0E..=0x1F)
            .chain(0x7F..=0x9F)
            .collect();
        assert_eq!(hidden, expected);
        assert!(is_hidden('\u{202E}') && is_hidden('\u{00AD}') && !is_hidden('ə'));
    }
}
