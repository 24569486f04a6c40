//! Reading an article's own text the way its attribution rules need: where its quotations run,
//! whether words stand in it as whole words, and which person it names where. The validator
//! checks a brief's quotes and credits with these, and the draft tool (`new-brief`) proposes
//! them with the same.

use std::ops::Range;

use crate::data::model::Language;

/// The quotation marks this reads, as (opening, closing) pairs: typographic, German-style low
/// quotes, guillemets (both ways round) and straight quotes. Real reports use all of them.
const MARKS: [(char, char); 5] = [('“', '”'), ('„', '“'), ('«', '»'), ('»', '«'), ('"', '"')];

/// Punctuation that an article puts just inside a closing quotation mark ("…,” he said"),
/// which is not part of the quoted words.
const CLOSING_PUNCTUATION: [char; 7] = [',', '.', ';', ':', '!', '?', '…'];

/// The byte ranges of the words inside quotation marks in `text`, marks left out, in order. A
/// quotation still open at the end of the text runs to its end: by convention a quotation that
/// goes on into the next paragraph is not closed in this one (and opens again there).
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (at, c) in text.char_indices() {
        match open {
            Some((closing, start)) if c == closing => {
                spans.push(start..at);
                open = None;
            }
            Some(_) => {}
            None => {
                if let Some(&(_, closing)) = MARKS.iter().find(|(opening, _)| *opening == c) {
                    open = Some((closing, at + c.len_utf8()));
                }
            }
        }
    }
    if let Some((_, start)) = open {
        spans.push(start..text.len());
    }
    spans
}

/// Whether `words` are, exactly, one of the quotations of `text` (`spans`, its
/// [`quotations`]): all the words inside one pair of quotation marks, less the punctuation the
/// article puts before the closing mark.
pub fn is_quotation(text: &str, spans: &[Range<usize>], words: &str) -> bool {
    !words.trim().is_empty()
        && spans.iter().any(|span| {
            let quoted = &text[span.clone()];
            quoted == words
                || quoted
                    .strip_suffix(CLOSING_PUNCTUATION)
                    .is_some_and(|q| q == words)
        })
}

/// Where `words` stand in `text` as whole words (not inside longer words: "he" is not in
/// "the"), as byte offsets, in order; matching is exact, case included.
pub fn whole_words(text: &str, words: &str) -> Vec<usize> {
    if words.is_empty() {
        return Vec::new();
    }
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(words)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + words.len()..].chars().next();
            !word_char(before) && !word_char(after)
        })
        .collect()
}

/// The words by which an article names a person: the full name, and the surname alone (the
/// last word of the name), as it does after the first mention ("Anfimov stressed").
pub fn naming_words(name: &str) -> Vec<&str> {
    let name = name.trim();
    let mut words = vec![name];
    if let Some(surname) = surname(name).filter(|s| *s != name) {
        words.push(surname);
    }
    words
}

/// Case endings a Russian name takes after its stem: "Лебедев" is "Лебедева", "Лебедеву",
/// "Лебедевым", "Лебедеве"; "Соколова" (stem "Соколов") is "Соколовой", "Соколову"; "Андрей"
/// (stem "Андре") is "Андрея", "Андреем". The stem is the name less a final а, я, й or ь.
const RU_ENDINGS: [&str; 19] = [
    "а", "я", "у", "ю", "ы", "и", "е", "ё", "ой", "ою", "ей", "ею", "ом", "ем", "ём", "ым", "им",
    "ую", "ь",
];

/// Case endings an Azerbaijani text puts on a name, with or without an apostrophe before them:
/// "Anfimovun", "Sokolovanın", "Lebedevlə", "Anfimov'a". Vowel harmony gives each ending in
/// its four or two forms.
const AZ_ENDINGS: [&str; 48] = [
    "un", "ün", "ın", "in", "nun", "nün", "nın", "nin", "a", "ə", "ya", "yə", "u", "ü", "ı", "i",
    "nu", "nü", "nı", "ni", "da", "də", "ta", "tə", "dan", "dən", "tan", "tən", "nda", "ndə",
    "ndan", "ndən", "la", "lə", "yla", "ylə", "dur", "dür", "dır", "dir", "nunla", "nünlə",
    "nınla", "ninlə", "unla", "ünlə", "ınla", "inlə",
];

/// The part of a name its case endings follow: a Russian name less a final а, я, й or ь
/// ("Соколова" → "Соколов", "Андрей" → "Андре"); other names whole.
fn stem(name: &str, language: Language) -> &str {
    match language {
        Language::Ru => name.strip_suffix(['а', 'я', 'й', 'ь']).unwrap_or(name),
        _ => name,
    }
}

/// Whether `word` is `name` (one word) or, in `language`, a declined form of it: Russian and
/// Azerbaijani change a name's ending by its case ("Лебедева" and "Lebedevin" name Лебедев),
/// English does not. An ending after an apostrophe ("Lebedev'in") needs no rule: the
/// apostrophe ends the word, which is the name itself.
pub fn is_name_form(word: &str, name: &str, language: Language) -> bool {
    let endings: &[&str] = match language {
        Language::En => &[],
        Language::Ru => &RU_ENDINGS,
        Language::Az => &AZ_ENDINGS,
    };
    word == name
        || word
            .strip_prefix(stem(name, language))
            .is_some_and(|rest| endings.contains(&rest))
}

/// Where `name` (one word) stands in `text` as a whole word, declined or not
/// ([`is_name_form`]), as the byte range of the word found, in order.
pub fn name_forms(text: &str, name: &str, language: Language) -> Vec<Range<usize>> {
    let stem = stem(name, language);
    if stem.is_empty() {
        return Vec::new();
    }
    text.match_indices(stem)
        .filter(|&(at, _)| {
            !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
        .filter_map(|(at, _)| {
            let tail = &text[at + stem.len()..];
            let end = at
                + stem.len()
                + tail
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(tail.len());
            is_name_form(&text[at..end], name, language).then_some(at..end)
        })
        .collect()
}

/// The word an article names a person by after the first mention ("Anfimov stressed"): the
/// last word of their name.
pub fn surname(name: &str) -> Option<&str> {
    name.split_whitespace().last()
}

/// Whether `words` name a person whose [`surname`] is `surname`: they hold it, declined or not,
/// as a whole word.
pub fn names_surname(words: &str, surname: &str, language: Language) -> bool {
    !name_forms(words, surname, language).is_empty()
}

/// One place where the article names a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The paragraph's position in the article.
    pub paragraph: usize,
    /// The byte offset in the paragraph.
    pub at: usize,
    /// The person's position in the list of people given.
    pub person: usize,
}

/// Every place in `paragraphs` that names one of `people` (by their names, declined or not in
/// `language`), in reading order: the full name is one mention, at its first word, and so is
/// the surname alone. Linear in the article's length for each person.
pub fn mentions<'a>(
    paragraphs: &[&str],
    people: impl Iterator<Item = &'a str>,
    language: Language,
) -> Vec<Mention> {
    let mut found = Vec::new();
    for (person, name) in people.enumerate() {
        let words: Vec<&str> = name.split_whitespace().collect();
        let Some((surname, given)) = words.split_last() else {
            continue;
        };
        for (paragraph, text) in paragraphs.iter().enumerate() {
            for at in name_forms(text, surname, language) {
                // The words before the surname, read backwards, are the rest of the name.
                let mut start = at.start;
                for word in given.iter().rev() {
                    let Some(before) = text[..start].strip_suffix(' ') else {
                        break;
                    };
                    let from = before
                        .char_indices()
                        .rev()
                        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
                        .last()
                        .map_or(before.len(), |(i, _)| i);
                    if !is_name_form(&before[from..], word, language) {
                        break;
                    }
                    start = from;
                }
                found.push(Mention {
                    paragraph,
                    at: start,
                    person,
                });
            }
        }
    }
    // Stable: two names found at the same place keep the order they were looked for in.
    found.sort_by_key(|m| (m.paragraph, m.at));
    found
}

/// The person named last before byte `at` of paragraph `paragraph`, given every mention in
/// reading order ([`mentions`]): whom a "he" or "the head of the mission" there refers to.
pub fn named_before(mentions: &[Mention], paragraph: usize, at: usize) -> Option<usize> {
    let before = mentions.partition_point(|m| (m.paragraph, m.at) < (paragraph, at));
    before.checked_sub(1).map(|i| mentions[i].person)
}

#[cfg(test)]
mod tests {
    use super::*;

    const P9: &str = "“The elections are going very smoothly, the situation in the country is encouraging. I would highly appreciate the level of organization of the election campaign. The coordinated work of both the Central Election Commission and local election commissions plays an important role in this,” he stressed.";

    #[test]
    fn a_quotation_is_the_words_between_the_marks_less_the_comma_before_the_closing_one() {
        let spans = quotations(P9);
        assert_eq!(spans.len(), 1);
        assert!(P9[spans[0].clone()].starts_with("The elections are going"));
        assert!(P9[spans[0].clone()].ends_with("in this,"));
        assert!(is_quotation(P9, &spans, "The elections are going very smoothly, the situation in the country is encouraging. I would highly appreciate the level of organization of the election campaign. The coordinated work of both the Central Election Commission and local election commissions plays an important role in this"));
        assert!(
            !is_quotation(P9, &spans, "The elections are going very smoothly"),
            "part of a quotation is not the quotation"
        );
        assert!(!is_quotation(P9, &spans, "he stressed"));
        assert!(!is_quotation(P9, &spans, " "));
    }

    #[test]
    fn every_kind_of_mark_is_read_and_an_open_quotation_runs_to_the_end() {
        let text = "Il a dit «nous observons» et \"we watch\", then „gut“.";
        let quoted: Vec<&str> = quotations(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(quoted, ["nous observons", "we watch", "gut"]);
        let continued = "“We observe, and we shall report";
        assert_eq!(quotations(continued), vec![3..continued.len()]);
        assert!(is_quotation(
            continued,
            &quotations(continued),
            "We observe, and we shall report"
        ));
        assert!(quotations("No quotation here.").is_empty());
    }

    #[test]
    fn whole_words_are_not_found_inside_longer_words() {
        assert_eq!(whole_words("The head said he would", "he"), [14]);
        assert_eq!(whole_words("He said", "He"), [0]);
        assert_eq!(whole_words("the theme", "he"), Vec::<usize>::new());
        assert_eq!(whole_words("Anfimov, Anfimov's", "Anfimov"), [0, 9]);
        assert!(whole_words("x", "").is_empty());
    }

    #[test]
    fn a_person_is_named_by_the_full_name_or_the_surname() {
        assert_eq!(
            naming_words("Leonid Anfimov"),
            ["Leonid Anfimov", "Anfimov"]
        );
        assert_eq!(naming_words("Plato"), ["Plato"]);
    }

    #[test]
    fn a_name_is_found_declined_in_russian_and_azerbaijani_and_only_as_printed_in_english() {
        fn found<'t>(text: &'t str, name: &str, language: Language) -> Vec<&'t str> {
            name_forms(text, name, language)
                .into_iter()
                .map(|r| &text[r])
                .collect()
        }
        // A woman's name less its final "а" takes the endings: "Соколовой", "Соколову".
        assert_eq!(
            found(
                "Соколова, Соколовой и Соколову; не Соколов, не Соколовский.",
                "Соколова",
                Language::Ru
            ),
            ["Соколова", "Соколовой", "Соколову"]
        );
        assert_eq!(
            found("Андрея, Андреем, Андрей; Андрейка.", "Андрей", Language::Ru),
            ["Андрея", "Андреем", "Андрей"]
        );
        assert_eq!(
            found(
                "Anfimovun, Anfimova, Anfimov'un və Anfimovski.",
                "Anfimov",
                Language::Az
            ),
            ["Anfimovun", "Anfimova", "Anfimov"]
        );
        assert_eq!(
            found("Anfimova and Anfimov's notes", "Anfimov", Language::En),
            ["Anfimov"]
        );
        assert_eq!(surname("Ирина Соколова"), Some("Соколова"));
        assert_eq!(surname(" Anfimov "), Some("Anfimov"));
        assert_eq!(surname(" "), None);
        assert!(names_surname(
            "По словам Соколовой",
            "Соколова",
            Language::Ru
        ));
        assert!(!names_surname(
            "По словам Соколовой",
            "Соколова",
            Language::En
        ));
        assert!(!names_surname("anything", "", Language::Ru));
    }

    #[test]
    fn a_pronoun_refers_to_the_person_named_last_before_it() {
        let paragraphs = [
            "Leonid Anfimov met Nuran Niyazaliyev.",
            "Niyazaliyev, for his part, noted it. He said so. Nuran Niyazaliyev, then Niyazaliyev.",
            "“Fine,” he stressed.",
        ];
        let people = ["Leonid Anfimov", "Nuran Niyazaliyev"];
        let found = mentions(&paragraphs, people.into_iter(), Language::En);
        assert_eq!(
            found,
            [
                Mention {
                    paragraph: 0,
                    at: 0,
                    person: 0
                },
                Mention {
                    paragraph: 0,
                    at: 19,
                    person: 1
                },
                Mention {
                    paragraph: 1,
                    at: 0,
                    person: 1
                },
                Mention {
                    paragraph: 1,
                    at: 49,
                    person: 1
                },
                Mention {
                    paragraph: 1,
                    at: 73,
                    person: 1
                },
            ],
            "a full name is one mention, not two; a surname after it is another"
        );
        assert_eq!(named_before(&found, 0, 10), Some(0));
        assert_eq!(named_before(&found, 1, 40), Some(1));
        assert_eq!(named_before(&found, 2, 9), Some(1));
        assert_eq!(named_before(&found, 0, 0), None);
    }
}
