use super::*;

const COUNTS: [usize; 6] = [1, 2, 5, 11, 21, 22];

fn counted(locale: Locale) -> Vec<String> {
    COUNTS.iter().map(|&n| statements(locale, n)).collect()
}

#[test]
fn russian_counts_take_the_one_few_and_many_forms() {
    assert_eq!(
        counted(Locale::ru),
        [
            "1 заявление",
            "2 заявления",
            "5 заявлений",
            "11 заявлений",
            "21 заявление",
            "22 заявления"
        ]
    );
    let guesses = |n: usize| words!(Locale::ru, draft_guesses, count = n).to_string();
    assert!(guesses(21).starts_with("21 значение здесь угадано"));
    assert!(guesses(3).starts_with("3 значения здесь угаданы"));
    assert!(guesses(12).starts_with("12 значений здесь угаданы"));
}

#[test]
fn english_counts_are_singular_only_for_one() {
    assert_eq!(
        counted(Locale::en),
        [
            "1 statement",
            "2 statements",
            "5 statements",
            "11 statements",
            "21 statements",
            "22 statements"
        ]
    );
}

#[test]
fn azerbaijani_nouns_stay_singular_after_a_number() {
    assert_eq!(
        counted(Locale::az),
        [
            "1 bəyanat",
            "2 bəyanat",
            "5 bəyanat",
            "11 bəyanat",
            "21 bəyanat",
            "22 bəyanat"
        ]
    );
    // "Bütün" (all) reads only for more than one.
    let shown = |n: usize| {
        words!(
            Locale::az,
            showing_all,
            count = n,
            n = number(Locale::az, n)
        )
        .to_string()
    };
    assert_eq!(shown(1), "1 bəyanat göstərilir.");
    assert_eq!(shown(22), "Bütün 22 bəyanat göstərilir.");
}

#[test]
fn dates_take_each_languages_month_names_and_form() {
    let day = IsoDate::parse("2024-08-31").unwrap();
    assert_eq!(long_date(Locale::en, day), "31 August 2024");
    assert_eq!(long_date(Locale::ru, day), "31 августа 2024 г.");
    assert_eq!(long_date(Locale::az, day), "31 avqust 2024");
    let election = IsoDate::parse("2024-09-01").unwrap();
    assert_eq!(long_date(Locale::ru, election), "1 сентября 2024 г.");
    assert_eq!(long_date(Locale::az, election), "1 sentyabr 2024");
    assert_eq!(short_date(Locale::en, election), "1 Sep");
    assert_eq!(short_date(Locale::ru, election), "1 сент.");
    assert_eq!(short_date(Locale::az, election), "1 sen");
}

#[test]
fn numbers_are_grouped_as_each_language_writes_them() {
    assert_eq!(number(Locale::en, 10_000), "10,000");
    assert_eq!(number(Locale::ru, 10_000), "10\u{a0}000");
    assert_eq!(number(Locale::az, 10_000), "10.000");
    assert_eq!(number(Locale::en, 999), "999");
    assert_eq!(number(Locale::en, 1_234_567), "1,234,567");
    assert_eq!(
        statements(Locale::ru, 10_000),
        "10\u{a0}000 заявлений",
        "the form follows the number, not its digits"
    );
}

#[test]
fn quotations_take_each_languages_marks() {
    assert_eq!(quoted(Locale::en, "He"), "“He”");
    assert_eq!(quoted(Locale::ru, "Он"), "«Он»");
    assert_eq!(quoted(Locale::az, "O"), "«O»");
}

#[test]
fn a_brief_s_language_and_the_readers_words_map_one_to_one() {
    for language in Language::ALL {
        assert_eq!(language_of(locale_of(language)), language);
    }
    assert_eq!(Language::from_tag("az-Latn-AZ"), Some(Language::Az));
    assert_eq!(Language::from_tag("RU"), Some(Language::Ru));
    assert_eq!(Language::from_tag("en_GB"), Some(Language::En));
    assert_eq!(Language::from_tag("fr"), None);
    assert_eq!(Language::from_tag(""), None);
}

#[test]
fn every_value_a_load_error_echoes_is_isolated_so_it_cannot_reorder_the_sentence() {
    let refused = LoadError::Refused {
        file: "\u{202E}nosj.feirb/elpmaxe.live//:sptth".into(),
        origin: "https://evil.example".into(),
    };
    assert_eq!(
        load_error(Locale::en, &refused),
        "\u{2068}\u{202E}nosj.feirb/elpmaxe.live//:sptth\u{2069} was not loaded: this brief only \
         shows data from its own site and the sites its publisher allows, and \
         \u{2068}https://evil.example\u{2069} is not one of them."
    );
    let status = LoadError::Status {
        file: "data/brief.json".into(),
        status: 503,
        status_text: " Service Unavailable".into(),
    };
    assert_eq!(
        load_error(Locale::ru, &status),
        "Не удалось загрузить \u{2068}data/brief.json\u{2069}: сервер ответил HTTP 503 \
         \u{2068}Service Unavailable\u{2069}. Попробуйте ещё раз чуть позже."
    );
    let bare = LoadError::Status {
        file: "b.json".into(),
        status: 404,
        status_text: String::new(),
    };
    assert_eq!(
        load_error(Locale::en, &bare),
        "\u{2068}b.json\u{2069} could not be fetched: the server answered HTTP 404. Try again in a moment."
    );
    let shape = LoadError::Shape {
        file: "b.json".into(),
        path: "article".into(),
        message: "unknown field `\u{202E}x`".into(),
    };
    assert_eq!(
        load_error(Locale::en, &shape),
        "\u{2068}b.json\u{2069}: \u{2068}article\u{2069}: \u{2068}unknown field `\u{202E}x`\u{2069}."
    );
}
