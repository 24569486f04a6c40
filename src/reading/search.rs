//! Finding a reader's words in the text, whatever their case and accents ("Niyazaliyev",
//! "NIYAZALIYEV" and "Niyazalíyev" are the same search), and cutting text into marked and
//! unmarked pieces for display.

use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// One character folded for comparison: its base letter (the first of its canonical
/// decomposition when the rest are combining marks, so "ё" is "е", "ş" is "s", "İ" is "I"), in
/// lower case; `None` for a combining mark, which belongs to the letter before it, so that "e"
/// followed by a separate accent is "é" is "e". A character that decomposes into several
/// letters (a Hangul syllable into its jamo) stays whole: its first letter alone is not it.
pub fn fold_char(c: char) -> Option<char> {
    // Most text is mostly ASCII, which has no marks to drop: its lower case is its folding,
    // without the decomposition tables (the search index folds every statement of a brief).
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    // Told before the tables are looked up, as they have no marks to drop:
    match c {
        // typographic quotes and dashes, which match the plain ones a reader types (most of
        // what is not ASCII in an English text: 10,000 statements fold in 4.0 ms, not 5.1,
        // natively);
        '‘' | '’' | 'ʼ' => return Some('\''),
        '“' | '”' | '«' | '»' | '„' => return Some('"'),
        '‐' | '‑' | '–' | '—' => return Some('-'),
        // Cyrillic's basic letters, save й and Й (и with a breve), whose folding is their lower
        // case (every letter of a Russian text: 10,000 statements fold in 27 ms, not 45).
        'А'..='я' if c != 'й' && c != 'Й' => return c.to_lowercase().next(),
        _ => {}
    }
    if is_combining_mark(c) {
        return None;
    }
    let (mut base, mut letters) = (None, 0);
    decompose_canonical(c, |part| {
        if !is_combining_mark(part) {
            base.get_or_insert(part);
            letters += 1;
        }
    });
    let base = base.filter(|_| letters == 1).unwrap_or(c);
    // "İ" lowers to "i" and a combining dot above: the first is the letter.
    let lower = base.to_lowercase().next().unwrap_or(base);
    Some(match lower {
        // Azerbaijani letters with no decomposition that readers type without their mark on a
        // keyboard that lacks them: dotless "ı" as "i", "ə" as "e".
        'ı' => 'i',
        'ə' => 'e',
        other => other,
    })
}

/// Text folded for comparison (see [`fold_char`]).
pub fn fold(text: &str) -> String {
    // Folding keeps or shortens most text: room for it at once, not grown letter by letter.
    let mut folded = String::with_capacity(text.len());
    folded.extend(text.chars().filter_map(fold_char));
    folded
}

/// Where `query` occurs in `text`, as byte ranges of `text`, ignoring case and diacritics.
/// Surrounding spaces of the query are ignored; an empty query finds nothing.
pub fn find(text: &str, query: &str) -> Vec<Range<usize>> {
    find_folded(text, &fold(query.trim()))
}

/// How many letters a search has before its matches are marked: one letter stands in nearly
/// every word, so marking it would light up the whole page (and redraw it, on the first
/// keystroke of every search) without showing the reader anything. The search filters from
/// the first letter all the same.
pub const MARKED_FROM_LETTERS: usize = 2;

/// The matches of a folded query ([`find_folded`]) to mark in `text`: none while the query
/// has fewer than [`MARKED_FROM_LETTERS`] letters.
pub fn marks(text: &str, folded_query: &str) -> Vec<Range<usize>> {
    if folded_query.chars().nth(MARKED_FROM_LETTERS - 1).is_none() {
        return Vec::new();
    }
    find_folded(text, folded_query)
}

/// [`find`] for a query already trimmed and folded ([`fold`]): a page folds the reader's words
/// once, not once for every text it marks. A match ends after the combining marks of its last
/// letter.
pub fn find_folded(text: &str, folded_query: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = folded_query.chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    // Each letter kept, with where it starts in `text`; combining marks are left out.
    let (starts, folded): (Vec<usize>, Vec<char>) = text
        .char_indices()
        .filter_map(|(i, c)| Some((i, fold_char(c)?)))
        .unzip();
    let byte_at = |letter: usize| starts.get(letter).copied().unwrap_or(text.len());
    let mut found = Vec::new();
    let mut i = 0;
    while i + needle.len() <= folded.len() {
        if folded[i..i + needle.len()] == needle[..] {
            found.push(byte_at(i)..byte_at(i + needle.len()));
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

/// A piece of text and how it is marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The words.
    pub text: &'a str,
    /// Part of the selected statement's words.
    pub quote: bool,
    /// Part of a search match.
    pub found: bool,
}

/// Cuts `text` into pieces at the edges of `quote` (the selected statement's words) and of the
/// search matches `found`, so that each piece is marked the same all through.
pub fn pieces<'a>(
    text: &'a str,
    quote: Option<Range<usize>>,
    found: &[Range<usize>],
) -> Vec<Piece<'a>> {
    let mut edges = vec![0, text.len()];
    edges.extend(quote.iter().flat_map(|r| [r.start, r.end]));
    edges.extend(found.iter().flat_map(|r| [r.start, r.end]));
    // Also false past the end, so a range beyond the text adds no edge.
    edges.retain(|&e| text.is_char_boundary(e));
    edges.sort_unstable();
    edges.dedup();
    edges
        .windows(2)
        .map(|w| {
            let inside = |r: &Range<usize>| r.start <= w[0] && w[1] <= r.end;
            Piece {
                text: &text[w[0]..w[1]],
                quote: quote.as_ref().is_some_and(inside),
                found: found.iter().any(inside),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // One match, as a byte range.
    fn case_and_diacritics_are_ignored() {
        let text = "Deputy Secretary General of the SCO Nuran Niyazaliyev, met in Baku";
        assert_eq!(find(text, "niyazaliyev"), [42..53]);
        assert_eq!(find(text, "NIYAZALÍYEV"), [42..53]);
        assert_eq!(find("Ərdoğan and Şəki", "erdogan"), [0..9]);
        assert_eq!(find("Şəki", "seki"), [0..6]);
        assert_eq!(find("Baku", "Tbilisi"), Vec::<Range<usize>>::new());
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // One match, as a byte range.
    fn a_search_of_one_letter_marks_nothing_and_one_of_two_marks_every_match() {
        let text = "observers observe the vote";
        assert_eq!(marks(text, "o"), Vec::<Range<usize>>::new());
        assert_eq!(marks(text, "ob"), [0..2, 10..12]);
        // Letters, not bytes: one Cyrillic letter is two bytes and still marks nothing.
        assert_eq!(marks("Отчёт ЦИК", "о"), Vec::<Range<usize>>::new());
        assert_eq!(marks("Отчёт ЦИК", "цик"), [11..17]);
        assert_eq!(marks(text, ""), Vec::<Range<usize>>::new());
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn russian_yo_is_found_as_ye_and_cyrillic_capitals_as_small_letters() {
        let text = "Наблюдатели представят отчёт в ЦИК";
        assert_eq!(find(text, "отчет"), [44..54]);
        assert_eq!(find(text, "ОТЧЁТ"), [44..54]);
        assert_eq!(find(text, "цик"), [58..64]);
        assert_eq!(
            find("Отчет готов", "отчёт"),
            [0..10],
            "and the other way round"
        );
        assert!(find(text, "отчим").is_empty());
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn azerbaijani_dotted_and_dotless_i_and_marked_letters_are_found_as_typed_or_plain() {
        assert_eq!(find("İlham Əliyev", "ilham"), [0..6]);
        assert_eq!(find("İlham Əliyev", "əliyev"), [7..14]);
        assert_eq!(find("Azərbaycan Respublikası", "respublikası"), [12..25]);
        assert_eq!(find("Azərbaycan Respublikası", "respublikasi"), [12..25]);
        assert_eq!(find("Qarabağ, Şuşa, Gəncə", "qarabag"), [0..8]);
        assert_eq!(find("Qarabağ, Şuşa, Gəncə", "şuşa"), [10..16]);
        assert_eq!(find("Qarabağ, Şuşa, Gəncə", "gence"), [18..25]);
        assert_eq!(find("Gürcüstan və Türkiyə", "turkiye"), [16..25]);
        assert!(find("İlham Əliyev", "ilqar").is_empty());
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn a_separate_combining_accent_matches_the_letter_that_carries_it() {
        // "ğ" typed as "g" and a combining breve (U+0306), and the other way round.
        assert_eq!(find("Qarabağ bölgəsi", "qarabag\u{306}"), [0..8]);
        let decomposed = "Qarabag\u{306} bo\u{308}lgəsi";
        assert_eq!(
            find(decomposed, "qarabağ"),
            [0..9],
            "the mark is part of the match"
        );
        assert_eq!(find(decomposed, "bölgəsi"), [10..20]);
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn a_syllable_made_of_several_letters_is_found_only_whole() {
        assert_eq!(fold_char('한'), Some('한'));
        assert_eq!(find("한국", "한"), [0..3]);
        assert!(
            find("해고", "한").is_empty(),
            "ᄒ alone, the first jamo of both, would match"
        );
    }

    #[test]
    fn a_text_folds_as_its_letters_do_one_by_one_in_any_mix_of_scripts() {
        assert_eq!(
            fold("“We Observe,” said Anfimov — ЦИК Ölçüsü"),
            "\"we observe,\" said anfimov - цик olcusu"
        );
        assert_eq!(fold("the mission’s ‘view’"), "the mission's 'view'");
        assert_eq!(
            fold("Йошкар-Ола, район, ЦИК, ёлка"),
            "иошкар-ола, раион, цик, елка"
        );
        assert_eq!(fold("АБВЯ абвя"), "абвя абвя");
        assert_eq!(fold("SCO Mission"), "sco mission");
        assert_eq!(fold("Əliyev"), "eliyev");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn ranges_are_bytes_of_the_original_text() {
        let text = "“The elections are going very smoothly,” he said.";
        let found = find(text, "\"the elections");
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].clone()], "“The elections");
    }

    #[test]
    fn every_occurrence_is_found_without_overlaps() {
        assert_eq!(find("observers observe", "observ"), [0..6, 10..16]);
        assert_eq!(find("aaaa", "aa"), [0..2, 2..4]);
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn an_empty_or_blank_query_finds_nothing() {
        assert!(find("anything", "").is_empty());
        assert!(find("anything", "   ").is_empty());
        assert!(find("", "x").is_empty());
        assert_eq!(find("the SCO mission", "  sco "), [4..7]);
    }

    #[test]
    fn pieces_mark_the_quote_and_the_matches() {
        let text = "He said: we observe everything.";
        let quote = Some(9..31);
        let found = find(text, "observe");
        let marked: Vec<_> = pieces(text, quote, &found)
            .into_iter()
            .map(|p| (p.text, p.quote, p.found))
            .collect();
        assert_eq!(
            marked,
            [
                ("He said: ", false, false),
                ("we ", true, false),
                ("observe", true, true),
                (" everything.", true, false),
            ]
        );
    }

    #[test]
    fn pieces_of_unmarked_text_are_the_text() {
        let text = "Baku, 31 August";
        assert_eq!(
            pieces(text, None, &[]),
            [Piece {
                text,
                quote: false,
                found: false
            }]
        );
        assert!(pieces("", None, &[]).is_empty());
    }
}
