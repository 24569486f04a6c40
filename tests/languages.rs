//! The reader's words in every language: each key in each language, with the plural forms
//! that language's grammar needs, and the glossary's terms used wherever the English uses them.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

const LANGUAGES: [&str; 3] = ["en", "ru", "az"];

fn messages(language: &str) -> BTreeMap<String, String> {
    let path = format!("locales/{language}.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: BTreeMap<String, Value> = serde_json::from_str(&text).unwrap();
    json.into_iter()
        .map(|(key, value)| {
            (
                key,
                value.as_str().expect("every value is text").to_string(),
            )
        })
        .collect()
}

/// A plural key's base and category (`statements_few` → `statements`, `few`).
fn split_plural(key: &str) -> (&str, Option<&str>) {
    for category in ["zero", "one", "two", "few", "many", "other"] {
        if let Some(base) = key.strip_suffix(&format!("_{category}")) {
            return (base, Some(category));
        }
    }
    (key, None)
}

#[test]
fn every_word_is_in_every_language_with_exactly_the_plural_forms_its_grammar_has() {
    // CLDR's cardinal categories for integers: English and Azerbaijani one/other, Russian
    // one/few/many/other.
    let categories = |language: &str| -> BTreeSet<&str> {
        match language {
            "ru" => ["one", "few", "many", "other"].into(),
            _ => ["one", "other"].into(),
        }
    };
    let plain = |language: &str| -> BTreeSet<String> {
        messages(language)
            .keys()
            .filter(|k| split_plural(k).1.is_none())
            .cloned()
            .collect()
    };
    let plural = |language: &str| -> BTreeMap<String, BTreeSet<String>> {
        let mut forms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for key in messages(language).keys() {
            if let (base, Some(category)) = split_plural(key) {
                forms
                    .entry(base.to_string())
                    .or_default()
                    .insert(category.to_string());
            }
        }
        forms
    };
    let english_plain = plain("en");
    let english_plural = plural("en");
    for language in LANGUAGES {
        assert_eq!(plain(language), english_plain, "{language}: plain keys");
        let forms = plural(language);
        assert_eq!(
            forms.keys().collect::<Vec<_>>(),
            english_plural.keys().collect::<Vec<_>>(),
            "{language}: plural keys"
        );
        for (key, have) in forms {
            let want: BTreeSet<String> =
                categories(language).iter().map(|c| c.to_string()).collect();
            assert_eq!(have, want, "{language}: {key}");
        }
    }
}

/// `text` in small letters, Azerbaijani "İ" as "i" (Unicode's lower case of it adds a
/// combining dot).
fn lower(text: &str) -> String {
    text.replace('İ', "i").to_lowercase()
}

/// Whether `text` has `term` as a word (or with a plural "s"): "brief" is in "the brief's", not
/// in "new-brief".
fn has_term(text: &str, term: &str) -> bool {
    let text = lower(text);
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    text.match_indices(term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let mut after = text[at + term.len()..].chars();
        let next = after.next();
        !joins(before) && (!joins(next) || (next == Some('s') && !joins(after.next())))
    })
}

/// `text` without its `{{ value }}` slots, whose names are English in every language.
fn without_slots(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("}}")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out + rest
}

#[test]
fn the_glossary_s_terms_are_the_readers_words_in_every_language() {
    let glossary: Value =
        serde_json::from_str(&std::fs::read_to_string("locales/glossary.json").unwrap()).unwrap();
    let terms = glossary["terms"].as_array().unwrap();
    assert!(terms.len() >= 10, "the glossary covers the brief's terms");
    let english = messages("en");
    for language in ["ru", "az"] {
        let translated = messages(language);
        for (key, text) in &english {
            // Longer terms first ("unconfirmed draft value" before "draft"), each then taken
            // out, so that a short term is not held to a longer one's words.
            let mut left = lower(&without_slots(text));
            for term in terms {
                let en = term["en"].as_str().unwrap();
                if !has_term(&left, en) {
                    continue;
                }
                left = left.replace(en, " ");
                let stem = term["stems"][language].as_str().unwrap();
                assert!(
                    lower(&without_slots(&translated[key])).contains(stem),
                    "{language}.json \"{key}\" says “{}”: the glossary's “{en}” is “{stem}…”",
                    translated[key]
                );
            }
        }
        for term in terms {
            if let Some(key) = term["key"].as_str() {
                assert_eq!(
                    translated[key],
                    term[language].as_str().unwrap(),
                    "{language}: {key}"
                );
            }
        }
    }
}

#[test]
fn a_word_inside_another_is_not_the_term() {
    assert!(has_term("Read the whole brief", "brief"));
    assert!(has_term("Embed this brief’s code", "brief"));
    assert!(has_term("All missions", "mission"));
    assert!(!has_term("the new-brief tool", "brief"));
    assert!(!has_term("briefing", "brief"));
}
