//! The language of a report, and the words `new-brief` reads it by in each language: month
//! names, verbs of speaking, pronouns, titles, the page's furniture. Every rule of the drafting
//! that depends on the language takes its words from here, so each word list exists once.

use crate::data::model::Language;

/// The language a text is written in, by its letters: mostly Cyrillic is Russian; Latin in
/// which ə (the letter only Azerbaijani uses, and one of its commonest) is at least 3 in 100
/// letters is Azerbaijani; anything else English.
pub fn detect(text: &str) -> Language {
    let (mut cyrillic, mut latin, mut schwa) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c {
            'ə' | 'Ə' => schwa += 1,
            'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => cyrillic += 1,
            _ => latin += 1,
        }
    }
    if cyrillic > latin + schwa {
        Language::Ru
    // An English report that names "Əliyev" once stays English; Azerbaijani prints ə in
    // about one letter in twelve.
    } else if schwa * 100 >= 3 * (latin + schwa) && schwa > 0 {
        Language::Az
    } else {
        Language::En
    }
}

/// The months as a language prints them in dates: English names, Russian genitives ("31
/// августа"), Azerbaijani names and their genitives ("avqustun 31-də").
pub fn month(word: &str, language: Language) -> Option<u8> {
    const RU: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    const AZ: [&str; 12] = [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ];
    let lower = word.to_lowercase();
    let found = match language {
        Language::En => crate::data::date::MONTHS.iter().position(|m| *m == word),
        Language::Ru => RU.iter().position(|m| *m == lower),
        // "sentyabr", and its genitive "sentyabrın" as in "sentyabrın 2-də".
        Language::Az => AZ.iter().position(|m| {
            lower
                .strip_prefix(m)
                .is_some_and(|rest| ["", "ın", "in", "un", "ün"].contains(&rest))
        }),
    };
    found.map(|i| i as u8 + 1)
}

/// Russian and Azerbaijani prepositions, conjunctions and pointing words: they end a title going
/// back from a name ("встретился с главой миссии …" starts the title at "главой") and never name
/// a speaker, capitalised or not ("Как отметил Алиев", "Bunu … bildirib").
pub fn is_function_word(word: &str) -> bool {
    // Not "по", "от", "для", "при": titles hold them ("комитета Госдумы по делам СНГ",
    // "наблюдатель от России").
    const WORDS: [&str; 25] = [
        "с", "со", "и", "в", "во", "на", "к", "о", "об", "у", "что", "как", "а", "но", "этом",
        "так", "ki", "və", "ilə", "həm", "da", "bunu", "bu", "onu", "həmin",
    ];
    WORDS.contains(&word.to_lowercase().as_str())
}

/// Verbs of speaking, as whole words: the words beside one in an attribution name the speaker.
pub fn speech_verbs(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &[
            "said",
            "says",
            "say",
            "stressed",
            "stresses",
            "noted",
            "added",
            "adds",
            "told",
            "tells",
            "explained",
            "emphasized",
            "emphasised",
            "stated",
            "declared",
            "remarked",
            "continued",
            "insisted",
            "concluded",
            "underlined",
            "announced",
            "wrote",
        ],
        Language::Ru => &[
            "сказал",
            "сказала",
            "заявил",
            "заявила",
            "отметил",
            "отметила",
            "подчеркнул",
            "подчеркнула",
            "сообщил",
            "сообщила",
            "добавил",
            "добавила",
            "пояснил",
            "пояснила",
            "рассказал",
            "рассказала",
            "уточнил",
            "уточнила",
            "заметил",
            "заметила",
            "констатировал",
            "констатировала",
            "указал",
            "указала",
            "считает",
            "говорит",
            "заявили",
            "отметили",
            "сообщили",
            "подчеркнули",
            "добавили",
            "пояснили",
            "рассказали",
            "уточнили",
        ],
        Language::Az => &[
            "bildirib",
            "deyib",
            "qeyd edib",
            "vurğulayıb",
            "söyləyib",
            "əlavə edib",
            "açıqlayıb",
            "bəyan edib",
            "deyir",
            "bildirir",
            "qeyd edir",
            "vurğulayır",
            "qeyd edilib",
            "bildirilib",
            "vurğulanıb",
            "açıqlanıb",
        ],
    }
}

/// Verbs of speaking that credit no person: a plural or impersonal form ("отметили в
/// Исполкоме", "İcraiyyə Komitəsindən qeyd edilib"), whose speaker is an organisation.
pub fn is_organisation_verb(verb: &str, language: Language) -> bool {
    match language {
        Language::En => false,
        // The plural past: "отметили", "сообщили".
        Language::Ru => verb.ends_with("ли"),
        // The passive: "qeyd edilib", "bildirilib", "vurğulanıb".
        Language::Az => ["ilib", "ılıb", "ulub", "ülüb", "nıb", "nib", "nub", "nüb"]
            .iter()
            .any(|e| verb.ends_with(e)),
    }
}

/// Pronouns that refer to the person named last before them.
pub fn pronouns(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &["he", "she", "him", "her"],
        Language::Ru => &["он", "она", "его", "ее", "её", "ему", "ей", "ним", "ней"],
        Language::Az => &["o", "onun", "ona"],
    }
}

/// Words by which an article credits its own source rather than a person.
pub fn report_words(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &[
            "report",
            "statement",
            "press release",
            "press service",
            "communiqué",
        ],
        Language::Ru => &[
            "в сообщении",
            "в заявлении",
            "в пресс-релизе",
            "в коммюнике",
        ],
        Language::Az => &["məlumatda", "bəyanatda", "press-relizdə"],
    }
}

/// Lead-ins that report someone's words without quoting them, each with the part of the lead-in
/// before and after the speaker: "По словам Лебедева, …", "Onun sözlərinə görə, …",
/// "According to Anfimov, …".
pub fn reported_lead_ins(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::En => &[("According to ", "")],
        Language::Ru => &[("По словам ", ""), ("По мнению ", ""), ("Как сообщил ", "")],
        Language::Az => &[("", " sözlərinə görə"), ("", " fikrincə")],
    }
}

/// Words that open a paragraph which credits the quotation just before it: "Об этом заявил …",
/// "Bunu … bildirib", "This was stated by …".
pub fn crediting_openers(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &["This was stated by", "This was said by", "That was said by"],
        Language::Ru => &["Об этом ", "Так "],
        Language::Az => &["Bunu ", "Bu barədə "],
    }
}

/// The words a lead-in puts before the quotation it introduces: "added that", "отметил, что",
/// "bildirib ki".
pub fn conjunctions(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &["that"],
        Language::Ru => &["что"],
        Language::Az => &["ki"],
    }
}

/// Words that begin or make up a title before a name ("First Deputy Secretary General of the
/// CIS Leonid Anfimov", "первый заместитель генерального секретаря СНГ Леонид Анфимов",
/// "MDB Baş katibinin birinci müavini Leonid Anfimov"), as the start of the word: Russian and
/// Azerbaijani titles are declined.
pub fn title_words(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &[
            "President",
            "Vice",
            "Deputy",
            "First",
            "Secretary",
            "Chairman",
            "Chairwoman",
            "Chairperson",
            "Chair",
            "Head",
            "Director",
            "Minister",
            "Ambassador",
            "Commissioner",
            "Spokesman",
            "Spokeswoman",
            "Spokesperson",
            "Prime",
            "Speaker",
            "Governor",
            "Mayor",
            "Chief",
            "Senator",
            "Coordinator",
            "Member",
            "Professor",
            "Special",
        ],
        Language::Ru => &[
            "заместител",
            "председател",
            "секретар",
            "глав",
            "руководител",
            "директор",
            "министр",
            "посол",
            "посл",
            "координатор",
            "член",
            "президент",
            "спикер",
            "представител",
            "советник",
            "начальник",
            "сопредседател",
            "зампред",
            "замглав",
            "генсек",
            "наблюдател",
        ],
        Language::Az => &[
            "müavin",
            "sədr",
            "katib",
            "rəhbər",
            "başçı",
            "direktor",
            "nazir",
            "səfir",
            "koordinator",
            "üzv",
            "prezident",
            "nümayəndə",
            "müşavir",
            "spiker",
        ],
    }
}

/// Whether `word` is a title word of `language` ([`title_words`]).
pub fn is_title_word(word: &str, language: Language) -> bool {
    let lower = word.to_lowercase();
    match language {
        Language::En => title_words(language).contains(&word),
        _ => title_words(language).iter().any(|t| lower.starts_with(t)),
    }
}

/// Nouns that make the words in quotation marks next to them a name, not somebody's words: "the
/// newspaper «Известия»", "«Xalq» qəzeti", "медиацентр «Баку»" (as the start of the word).
pub fn name_nouns(language: Language) -> &'static [&'static str] {
    match language {
        Language::En => &[
            "newspaper",
            "centre",
            "center",
            "programme",
            "program",
            "party",
            "agency",
            "project",
            "channel",
            "magazine",
            "movement",
            "foundation",
            "company",
        ],
        Language::Ru => &[
            "газет",
            "медиацентр",
            "пресс-центр",
            "центр",
            "программ",
            "агентств",
            "парти",
            "проект",
            "фонд",
            "компани",
            "телеканал",
            "журнал",
            "движени",
            "организаци",
        ],
        Language::Az => &[
            "qəzet",
            "mərkəz",
            "mətbuat",
            "proqram",
            "layihə",
            "partiya",
            "agentli",
            "jurnal",
            "telekanal",
            // "“Report” xəbər verir": an outlet's name, reporting.
            "xəbər",
            "hərəkat",
            "təşkilat",
            "fond",
            "şirkət",
        ],
    }
}

/// Lines that start a page's furniture after the body, compared without case: from the first
/// of them on, nothing is the article's.
pub const FURNITURE: [&str; 34] = [
    "recent posts",
    "related posts",
    "related articles",
    "related",
    "read more",
    "read also",
    "leave a reply",
    "leave a comment",
    "please enter your comment!",
    "share this:",
    "share this article",
    "comments",
    "tags:",
    "about the author",
    "поделиться",
    "читайте также",
    "по теме",
    "другие новости",
    "последние новости",
    "комментарии",
    "теги:",
    "paylaş:",
    "paylaş",
    "son xəbərlər",
    "seçilən",
    "oxşar xəbərlər",
    "digər xəbərlər",
    "xəbər lenti",
    "şərhlər",
    "teqlər:",
    "etiketlər:",
    "bölmənin digər xəbərləri",
    "you might also like",
    "you may also like",
];

/// Words of a line that only counts views or comments ("Просмотров: 1 245", "Baxış sayı: 312",
/// "Comments 3"), compared without case.
pub const COUNT_WORDS: [&str; 10] = [
    "просмотров",
    "просмотры",
    "комментариев",
    "baxış",
    "baxış sayı",
    "baxılıb",
    "şərh",
    "views",
    "comments",
    "просмотр",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_title_word_is_the_word_itself_as_printed() {
        assert!(is_title_word("Deputy", Language::En));
        assert!(!is_title_word("Deputyship", Language::En));
        assert!(!is_title_word("deputy", Language::En));
        // Declined in Russian: the start of the word, in any case.
        assert!(is_title_word("Заместителя", Language::Ru));
    }

    #[test]
    fn the_language_is_told_by_its_letters() {
        assert_eq!(detect("Наблюдатели СНГ начали работу в Баку"), Language::Ru);
        assert_eq!(detect("Müşahidəçilər Bakıda işə başlayıb"), Language::Az);
        assert_eq!(
            detect("Observers met in Baku and Bakı; Mr Əliyev spoke at length about the vote."),
            Language::En,
            "an English report that names a place or person in Azerbaijani stays English"
        );
        assert_eq!(
            detect("Seçim günü İstanbul'da oy kullanıldı ve sonuçlar açıklandı"),
            Language::En,
            "Turkish letters without ə are not Azerbaijani (nor Russian)"
        );
        assert_eq!(detect(""), Language::En);
        assert_eq!(
            detect("Observers of the CIS (СНГ) met in Baku"),
            Language::En,
            "an English report that names something in Russian stays English"
        );
        // The threshold: 3 ə in 100 letters is Azerbaijani, 3 in 103 is not.
        assert_eq!(detect(&format!("əəə {}", "a".repeat(97))), Language::Az);
        assert_eq!(detect(&format!("əəə {}", "a".repeat(100))), Language::En);
    }

    #[test]
    fn months_are_read_in_each_language_and_azerbaijani_genitives_too() {
        assert_eq!(month("September", Language::En), Some(9));
        assert_eq!(month("september", Language::En), None);
        assert_eq!(month("августа", Language::Ru), Some(8));
        assert_eq!(month("Августа", Language::Ru), Some(8));
        assert_eq!(
            month("август", Language::Ru),
            None,
            "dates print the genitive"
        );
        assert_eq!(month("sentyabr", Language::Az), Some(9));
        assert_eq!(month("sentyabrın", Language::Az), Some(9));
        assert_eq!(month("sentyabrda", Language::Az), None);
    }

    #[test]
    fn plural_and_passive_verbs_credit_an_organisation() {
        assert!(is_organisation_verb("отметили", Language::Ru));
        assert!(!is_organisation_verb("отметил", Language::Ru));
        assert!(is_organisation_verb("qeyd edilib", Language::Az));
        assert!(is_organisation_verb("bildirilib", Language::Az));
        assert!(!is_organisation_verb("bildirib", Language::Az));
        assert!(!is_organisation_verb("said", Language::En));
    }
}
