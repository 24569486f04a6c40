//! The people a report names with a title before the name: "First Deputy Secretary General of
//! the CIS Leonid Anfimov", "первый заместитель генерального секретаря СНГ Леонид Анфимов",
//! "MDB Baş katibinin birinci müavini Leonid Anfimov", and in English also after a role and a
//! comma ("by its head, Maria Lindqvist"). A person is proposed once, by the nominative of the
//! name, however the article declines it.

use crate::data::model::{Language, Paragraph, Person, Sourced};
use crate::data::text::{self, is_name_form};
use crate::drafting::lang::{is_function_word, is_title_word, speech_verbs, title_words};
use crate::drafting::quotes::is_name_word;
use crate::drafting::{words, Word};

/// Small words an English title may contain between its capitalised ones.
const TITLE_LINKS: [&str; 6] = ["of", "the", "for", "and", "on", "to"];

/// The people the paragraphs name with a title, in order of first mention, each with that
/// title as printed; and for each, what the proposal rests on.
pub fn people(paragraphs: &[Paragraph], language: Language) -> (Vec<Person>, Vec<String>) {
    let mut people: Vec<Person> = Vec::new();
    let mut notes = Vec::new();
    let all_words: Vec<&str> = paragraphs
        .iter()
        .flat_map(|p| words(&p.text).into_iter().map(|w| w.text))
        .collect();
    for p in paragraphs {
        let words = words(&p.text);
        let found = match language {
            Language::En => english(&words),
            _ => declined(&words, language),
        };
        for (title, given, surname) in found {
            let (title_start, title_end) = title;
            let printed =
                p.text[words[given].at..words[surname].at + words[surname].text.len()].to_string();
            let (first, last) =
                nominative(words[given].text, words[surname].text, language, &all_words);
            if people.iter().any(|known| {
                text::surname(&known.name).is_some_and(|s| {
                    is_name_form(&last, s, language) || is_name_form(s, &last, language)
                })
            }) {
                continue;
            }
            let name = format!("{first} {last}");
            let mut end = words[title_end].at + words[title_end].text.len();
            // A bracket the title opened closes in it: "… States (CIS)".
            if p.text[end..].starts_with(')') && p.text[words[title_start].at..end].contains('(') {
                end += 1;
            }
            let title = p.text[words[title_start].at..end].to_string();
            let mut id: String = ascii_id(&last);
            while people.iter().any(|known| known.id == id) {
                id.push('-');
                id.push_str(&people.len().to_string());
            }
            notes.push(if name == printed {
                format!(
                    "\"{name}\", named in {} with the title \"{title}\" before the name",
                    p.id
                )
            } else {
                format!(
                    "\"{name}\", named in {} as \"{printed}\" with the title \"{title}\" before the name; the name is proposed in the nominative: check its form",
                    p.id
                )
            });
            people.push(Person {
                id,
                name,
                role: Sourced {
                    text: title,
                    paragraph: p.id.clone(),
                    statement: None,
                },
            });
        }
    }
    (people, notes)
}

/// A title's first and last word, and the name's two words, by position in the words.
type Named = ((usize, usize), usize, usize);

/// English: a run of capitalised title words and links ending in two name words ("Chairman of
/// the Commission Igor Karpenko"), or a role and a comma before them ("its head, Maria
/// Lindqvist").
fn english(words: &[Word]) -> Vec<Named> {
    let title_words = title_words(Language::En);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // "head, Maria Lindqvist": a title word in small letters, a comma, then the name.
        let apposition = words[i].ends_clause
            && title_words
                .iter()
                .any(|t| t.to_lowercase() == words[i].text)
            && words.get(i + 2).is_some_and(|surname| {
                is_name_word(words[i + 1].text)
                    && is_name_word(surname.text)
                    && !title_words.contains(&words[i + 1].text)
                    && !words[i + 1].ends_clause
            });
        if apposition {
            found.push(((i, i), i + 1, i + 2));
            i += 3;
            continue;
        }
        // "Secretary-General" is a title word too.
        let title = |w: &str| title_words.contains(&w.split('-').next().unwrap_or(w));
        if !title(words[i].text) {
            i += 1;
            continue;
        }
        // The run of capitalised words and title links, up to punctuation or a small word.
        let mut end = i;
        while end < words.len() {
            let w = &words[end];
            let capital = w.text.chars().next().is_some_and(char::is_uppercase);
            if !capital && !TITLE_LINKS.contains(&w.text) {
                break;
            }
            end += 1;
            if w.ends_clause {
                break;
            }
        }
        let start = i;
        // The title word itself is capitalised, so the run holds at least it.
        i = end;
        if end < start + 3 {
            continue;
        }
        let (last_title, given, surname) = (end - 3, end - 2, end - 1);
        if !is_name_word(words[given].text)
            || !is_name_word(words[surname].text)
            || title_words.contains(&words[given].text)
            || TITLE_LINKS.contains(&words[last_title].text)
        {
            continue;
        }
        found.push(((start, last_title), given, surname));
    }
    found
}

/// Whether a Russian or Azerbaijani word is a verb that ends a title going back from a name:
/// a verb of speaking, a Russian past tense ("встретился", "поблагодарил") or an Azerbaijani
/// finite verb ("görüşüb", "edir").
fn is_verb(word: &str, language: Language) -> bool {
    let lower = word.to_lowercase();
    speech_verbs(language).contains(&lower.as_str())
        || match language {
            Language::Ru => {
                ["л", "ла", "ли", "лся", "лась", "лись", "ет", "ит", "ют", "ят"]
                    .iter()
                    .any(|e| lower.ends_with(e))
                    // Nouns that end like verbs: "комитет", "совет", "бюджет", "кабинет".
                    && !["тет", "вет", "жет", "нет"].iter().any(|e| lower.ends_with(e))
            }
            Language::Az => ["ib", "ıb", "ub", "üb", "ir", "ır", "ur", "ür"]
                .iter()
                .any(|e| lower.ends_with(e)),
            Language::En => false,
        }
}

/// Whether an Azerbaijani word carries a case ending that no title's word has ("Missiyaya",
/// "qrupuna", "görüşdə", "Bakıdan"): the dative, locative and ablative.
fn has_outer_case(word: &str) -> bool {
    // Words that end so without a case: "müşahidə missiyasının üzvü" (observation).
    const NOT_ENDINGS: [&str; 6] = ["müşahidə", "ifadə", "istifadə", "qayda", "fayda", "ziyada"];
    if NOT_ENDINGS.iter().any(|w| word.to_lowercase().ends_with(w)) {
        return false;
    }
    // "Rusiya", "Federasiya": a stem in -iya, not a dative. The dative ("Rusiyaya") ends in
    // -aya, so this leaves it a case.
    if word.ends_with("iya") || word.ends_with("iyə") {
        return false;
    }
    [
        "ya", "yə", "na", "nə", "da", "də", "dan", "dən", "ta", "tə", "tan", "tən",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Russian and Azerbaijani: two name words after a title that holds a title word, in the same
/// clause. Going back from the name, the title runs over words up to punctuation, a preposition
/// or conjunction, or a verb; a Russian title starts at its first title word (with the
/// adjectives before it: "первый заместитель …"), an Azerbaijani one, whose title word comes
/// last ("… sədrinin birinci müavini"), at the first word of the run.
fn declined(words: &[Word], language: Language) -> Vec<Named> {
    let mut found = Vec::new();
    let mut i = 1;
    while i + 1 < words.len() {
        let (given, surname) = (i, i + 1);
        // In a run of name words ("ЦИК Беларуси Мариной Ковалёвой") the name is the last two.
        // A place after the name is not part of it: "Leonid Anfimov Bakıda" (in Baku).
        let longer = !words[surname].ends_clause
            && words.get(surname + 1).is_some_and(|w| {
                is_name_word(w.text) && !(language == Language::Az && has_outer_case(w.text))
            });
        let named = is_name_word(words[given].text)
            && is_name_word(words[surname].text)
            && !longer
            && !words[given].ends_clause
            && !is_title_word(words[given].text, language)
            && !is_title_word(words[surname].text, language);
        if !named {
            i += 1;
            continue;
        }
        // The run of words before the name that may be a title.
        let mut start = given;
        while start > 0 {
            let w = &words[start - 1];
            let lower = w.text.to_lowercase();
            if w.ends_clause
                || is_function_word(&lower)
                || is_verb(w.text, language)
                || (language == Language::Az
                    && has_outer_case(&lower)
                    && !(w.text.chars().next().is_some_and(char::is_uppercase)
                        && start - 1 > 0
                        && !words[start - 2].ends_clause))
            {
                break;
            }
            start -= 1;
        }
        let titled: Vec<usize> = (start..given)
            .filter(|&k| is_title_word(words[k].text, language))
            .collect();
        let Some(&first_title) = titled.first() else {
            i += 1;
            continue;
        };
        let title_start = match language {
            // "первый заместитель": adjectives before the first title word belong to it.
            Language::Ru => {
                let mut k = first_title;
                while k > start && is_adjective(words[k - 1].text) {
                    k -= 1;
                }
                k
            }
            _ => start,
        };
        found.push(((title_start, given - 1), given, surname));
        i += 2;
    }
    found
}

/// A Russian adjective by its ending ("первый", "генерального", "специальный").
fn is_adjective(word: &str) -> bool {
    // Not "-ая": gerunds end so too ("включая действующего президента").
    ["ый", "ий", "ой", "ого", "его", "ым", "им", "ую", "ей"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// A person's id from their surname, in the letters an id may use (links carry ids): Russian
/// letters by the common Latin transcription ("Лебедев" → "lebedev"), Azerbaijani ones by their
/// base letter ("Pənahov" → "penahov"); anything else left out.
fn ascii_id(surname: &str) -> String {
    const CYRILLIC: [(char, &str); 33] = [
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('д', "d"),
        ('е', "e"),
        ('ё', "yo"),
        ('ж', "zh"),
        ('з', "z"),
        ('и', "i"),
        ('й', "y"),
        ('к', "k"),
        ('л', "l"),
        ('м', "m"),
        ('н', "n"),
        ('о', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('у', "u"),
        ('ф', "f"),
        ('х', "kh"),
        ('ц', "ts"),
        ('ч', "ch"),
        ('ш', "sh"),
        ('щ', "shch"),
        ('ъ', ""),
        ('ы', "y"),
        ('ь', ""),
        ('э', "e"),
        ('ю', "yu"),
        ('я', "ya"),
    ];
    const AZERBAIJANI: [(char, &str); 7] = [
        ('ə', "e"),
        ('ı', "i"),
        ('ğ', "g"),
        ('ş', "sh"),
        ('ç', "ch"),
        ('ö', "o"),
        ('ü', "u"),
    ];
    surname
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '-' => c.to_string(),
            // Anything else is left out, the combining dot too ("İ" lowercases to "i" and one).
            _ => CYRILLIC
                .iter()
                .chain(AZERBAIJANI.iter())
                .find(|(letter, _)| *letter == c)
                .map_or(String::new(), |(_, latin)| latin.to_string()),
        })
        .collect()
}

/// The nominative of a name the article may print declined: "Андреем Лебедевым" is "Андрей
/// Лебедев", "Ириной Соколовой" is "Ирина Соколова", "Anfimovun" is "Anfimov". Russian
/// surnames in -ов, -ев, -ин tell the case; "Лебедева" is a man's genitive only when the
/// article also prints "Лебедев". English names are as printed.
fn nominative(given: &str, surname: &str, language: Language, all: &[&str]) -> (String, String) {
    match language {
        Language::En => (given.into(), surname.into()),
        Language::Az => (given.into(), az_nominative(surname)),
        Language::Ru => ru_nominative(given, surname, all),
    }
}

fn az_nominative(surname: &str) -> String {
    // An apostrophe joins the ending: "Lebedev'in".
    if let Some((name, _)) = surname.split_once(['\'', '’']) {
        return name.to_string();
    }
    const ENDINGS: [&str; 16] = [
        "nun", "nün", "nın", "nin", "un", "ün", "ın", "in", "dan", "dən", "da", "də", "la", "lə",
        "ya", "yə",
    ];
    const SURNAME_ENDS: [&str; 9] = ["ov", "ev", "ova", "eva", "in", "ina", "li", "lı", "zadə"];
    ENDINGS
        .iter()
        .filter_map(|e| surname.strip_suffix(e))
        .find(|stem| SURNAME_ENDS.iter().any(|s| stem.ends_with(s)))
        .unwrap_or(surname)
        .to_string()
}

fn ru_nominative(given: &str, surname: &str, all: &[&str]) -> (String, String) {
    const MALE: [&str; 5] = ["ов", "ев", "ёв", "ин", "ын"];
    let stem_is = |ending: &str| {
        surname
            .strip_suffix(ending)
            .filter(|stem| MALE.iter().any(|m| stem.ends_with(m)))
            .map(str::to_string)
    };
    let male_given = |g: &str| -> String {
        if let Some(stem) = g.strip_suffix("ем").or_else(|| g.strip_suffix("ею")) {
            format!("{stem}ей")
        } else if let Some(stem) = g.strip_suffix("ом").or_else(|| g.strip_suffix('у')) {
            stem.to_string()
        } else if let Some(stem) = g.strip_suffix('я').or_else(|| g.strip_suffix('ю')) {
            format!("{stem}й")
        } else if let Some(stem) = g.strip_suffix('а').or_else(|| g.strip_suffix('е')) {
            stem.to_string()
        } else {
            g.to_string()
        }
    };
    let female_given = |g: &str| -> String {
        ["ой", "ы", "е", "у"]
            .iter()
            .find_map(|e| g.strip_suffix(e))
            .map_or_else(|| g.to_string(), |stem| format!("{stem}а"))
    };
    // "Соколову" after "Ирину" or "Леониду": a woman's accusative or a man's dative, which the
    // endings do not tell apart; left as printed for the editor.
    if stem_is("у").is_some() && given.ends_with(['у', 'ю']) {
        return (given.into(), surname.into());
    }
    // A man's instrumental, dative or prepositional: "Лебедевым", "Лебедеву", "Лебедеве".
    if let Some(stem) = stem_is("ым")
        .or_else(|| stem_is("у"))
        .or_else(|| stem_is("е"))
    {
        return (male_given(given), stem);
    }
    // A woman's oblique case: "Соколовой".
    if let Some(stem) = stem_is("ой") {
        return (female_given(given), format!("{stem}а"));
    }
    // "Лебедева": a man's genitive only if the article prints "Лебедев" too.
    if let Some(stem) = stem_is("а").filter(|stem| all.contains(&stem.as_str())) {
        return (male_given(given), stem);
    }
    (given.into(), surname.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> Paragraph {
        Paragraph {
            id: "p1".into(),
            text: text.into(),
        }
    }

    fn named(text: &str, language: Language) -> Vec<(String, String)> {
        people(&[paragraph(text)], language)
            .0
            .into_iter()
            .map(|p| (p.name, p.role.text))
            .collect()
    }

    fn pair(name: &str, title: &str) -> (String, String) {
        (name.into(), title.into())
    }

    #[test]
    fn russian_titles_run_from_their_first_title_word_and_names_are_put_in_the_nominative() {
        assert_eq!(
            named(
                "Миссию возглавляет первый заместитель генерального секретаря СНГ Леонид Анфимов.",
                Language::Ru
            ),
            [pair(
                "Леонид Анфимов",
                "первый заместитель генерального секретаря СНГ"
            )]
        );
        assert_eq!(
            named(
                "Наблюдатели встретились с председателем ЦИК Мазахиром Панаховым.",
                Language::Ru
            ),
            [pair("Мазахир Панахов", "председателем ЦИК")]
        );
        assert_eq!(
            named("Поблагодарил координатора миссии Ирину Соколову и уехал.", Language::Ru),
            [pair("Ирину Соколову", "координатора миссии")],
            "«Соколову» may be a man's dative or a woman's accusative: left as printed for the editor"
        );
        assert_eq!(
            named(
                "Слово получила член комиссии Ирина Соколовой.",
                Language::Ru
            ),
            [pair("Ирина Соколова", "член комиссии")]
        );
        assert_eq!(
            named(
                "Председатель ЦИК поблагодарил главу миссии Андрея Лебедева. Лебедев ответил.",
                Language::Ru
            ),
            [pair("Андрей Лебедев", "главу миссии")],
            "a verb ends the title; «Лебедева» is a man's genitive where «Лебедев» is printed too"
        );
        assert!(named("Вчера Андрей Лебедев приехал в Баку.", Language::Ru).is_empty());
        assert_eq!(
            named(
                "Вчера опытный координатор Иван Петров посетил участок.",
                Language::Ru
            ),
            [pair("Иван Петров", "опытный координатор")],
            "the adjectives before the first title word belong to it, no other word"
        );
        assert_eq!(
            named(
                "Вчера в зале выступили председатель комиссии Олег Мартынов и глава Ирина Соколова.",
                Language::Ru
            ),
            [
                pair("Олег Мартынов", "председатель комиссии"),
                pair("Ирина Соколова", "глава")
            ]
        );
        assert_eq!(
            named(
                "Слово предоставили главе миссии Марио Лебедеву.",
                Language::Ru
            ),
            [pair("Марио Лебедев", "главе миссии")],
            "a man's dative after a given name that does not decline"
        );
        assert_eq!(
            named(
                "Выступил координатор миссии María José Estrada.",
                Language::Ru
            ),
            [pair("José Estrada", "координатор миссии María")],
            "of three name words the name is the last two; an Azerbaijani case ending («-da») \
             counts only in Azerbaijani"
        );
    }

    #[test]
    fn azerbaijani_titles_come_before_the_name_and_endings_come_off_it() {
        assert_eq!(
            named("Missiyaya MDB İcraiyyə Komitəsi sədrinin birinci müavini Andrey Lebedev rəhbərlik edir.", Language::Az),
            [pair("Andrey Lebedev", "MDB İcraiyyə Komitəsi sədrinin birinci müavini")]
        );
        assert_eq!(
            named(
                "Bunu MDB Baş katibinin birinci müavini Leonid Anfimovun sözləri təsdiqləyir.",
                Language::Az
            ),
            [pair("Leonid Anfimov", "MDB Baş katibinin birinci müavini")]
        );
        assert_eq!(
            named(
                "Konfransda müşahidə missiyasının üzvü Samir Qasımov danışıb.",
                Language::Az
            ),
            [pair("Samir Qasımov", "müşahidə missiyasının üzvü")],
            "«müşahidə» ends like a locative but is a noun of the title; «Konfransda» is one"
        );
        assert_eq!(
            named(
                "Uzunmüddətli müşahidəçilərin koordinatoru İrina Sokolova qeyd edib.",
                Language::Az
            ),
            [pair(
                "İrina Sokolova",
                "Uzunmüddətli müşahidəçilərin koordinatoru"
            )]
        );
        assert!(!has_outer_case("Rusiya"));
        assert!(has_outer_case("Rusiyaya"));
        assert_eq!(ascii_id("Лебедев"), "lebedev");
        assert_eq!(ascii_id("Щёкина"), "shchyokina");
        assert_eq!(ascii_id("Pənahov"), "penahov");
        assert_eq!(ascii_id("İsmayılova"), "ismayilova");
        assert_eq!(az_nominative("Putin"), "Putin");
        assert_eq!(az_nominative("Putinin"), "Putin");
        assert_eq!(az_nominative("Sokolovanın"), "Sokolova");
        assert_eq!(az_nominative("Lebedev'in"), "Lebedev");
    }

    #[test]
    fn an_english_role_and_a_comma_before_a_name_propose_the_person() {
        assert_eq!(
            named(
                "The mission was opened by its head, Maria Lindqvist, on Monday.",
                Language::En
            ),
            [pair("Maria Lindqvist", "head")]
        );
        assert_eq!(
            named(
                "On Monday, Maria Lindqvist opened the mission.",
                Language::En
            ),
            [],
            "a comma after a word that is no title word names no role"
        );
        assert_eq!(
            named(
                "Welcomed by the head, Maria Lindqvist, and the deputy, Jan Berg, the observers left.",
                Language::En
            ),
            [pair("Maria Lindqvist", "head"), pair("Jan Berg", "deputy")]
        );
        assert_eq!(
            named("Present were the head, Maria, Anna and Jan.", Language::En),
            [],
            "a comma after the first name ends the name"
        );
    }

    #[test]
    fn a_person_named_again_in_a_form_left_as_printed_is_proposed_once() {
        assert_eq!(
            named(
                "Председатель комиссии Ирина Соколова открыла заседание. Затем поблагодарил координатора миссии Ирину Соколову и уехал.",
                Language::Ru
            ),
            [pair("Ирина Соколова", "Председатель комиссии")],
            "«Соколову» is a form of «Соколова», though not the other way round"
        );
    }

    #[test]
    fn a_title_with_a_bracket_closed_inside_it_ends_at_its_last_word() {
        assert_eq!(
            named(
                "Слово получила член Центральной избирательной комиссии (ЦИК) Азербайджана Ирина Соколова.",
                Language::Ru
            ),
            [pair(
                "Ирина Соколова",
                "член Центральной избирательной комиссии (ЦИК) Азербайджана"
            )]
        );
    }
}
