//! The reader's own words — every word around the article — in English, Russian and
//! Azerbaijani, from `locales/{en,ru,az}.json` (checked when compiling: a key missing from a
//! language, or a value a message needs and does not get, fails the build), with each
//! language's plurals (CLDR, through ICU4X), dates, numbers and quotation marks.
//!
//! The article's own words are never translated: only what the brief says about them.

use crate::data::date::IsoDate;
use crate::data::model::{EventKind, Language};
use crate::data::parse::{LoadError, STALL_SECONDS};
use crate::embed::options::View;

// The module `leptos_i18n_build` generates in build.rs.
#[allow(missing_docs, unused_imports, dead_code, clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}

pub use generated::i18n::Locale;
pub use leptos_i18n::td_string as words;

/// The words for `language`.
pub fn locale_of(language: Language) -> Locale {
    match language {
        Language::En => Locale::en,
        Language::Ru => Locale::ru,
        Language::Az => Locale::az,
    }
}

/// The language `locale` writes.
pub fn language_of(locale: Locale) -> Language {
    match locale {
        Locale::en => Language::En,
        Locale::ru => Language::Ru,
        Locale::az => Language::Az,
    }
}

/// A month's name as it stands in a date ("August", "августа", "avqust").
fn month(locale: Locale, month: u8) -> &'static str {
    match month {
        1 => words!(locale, month_1),
        2 => words!(locale, month_2),
        3 => words!(locale, month_3),
        4 => words!(locale, month_4),
        5 => words!(locale, month_5),
        6 => words!(locale, month_6),
        7 => words!(locale, month_7),
        8 => words!(locale, month_8),
        9 => words!(locale, month_9),
        10 => words!(locale, month_10),
        11 => words!(locale, month_11),
        _ => words!(locale, month_12),
    }
}

/// A month's short name, for a chart's axis ("Aug", "авг.", "avq").
fn month_short(locale: Locale, month: u8) -> &'static str {
    match month {
        1 => words!(locale, month_short_1),
        2 => words!(locale, month_short_2),
        3 => words!(locale, month_short_3),
        4 => words!(locale, month_short_4),
        5 => words!(locale, month_short_5),
        6 => words!(locale, month_short_6),
        7 => words!(locale, month_short_7),
        8 => words!(locale, month_short_8),
        9 => words!(locale, month_short_9),
        10 => words!(locale, month_short_10),
        11 => words!(locale, month_short_11),
        _ => words!(locale, month_short_12),
    }
}

/// A date as the language's newsrooms write it in running text: "31 August 2024",
/// "31 августа 2024 г.", "31 avqust 2024".
pub fn long_date(locale: Locale, date: IsoDate) -> String {
    words!(
        locale,
        date_long,
        day = date.day,
        month = month(locale, date.month),
        year = date.year
    )
    .to_string()
}

/// The day and short month, for tight spaces such as a chart's axis: "31 Aug", "31 авг.".
pub fn short_date(locale: Locale, date: IsoDate) -> String {
    words!(
        locale,
        date_short,
        day = date.day,
        month = month_short(locale, date.month)
    )
    .to_string()
}

/// A count with the language's digit grouping: "10,000", "10 000" (a no-break space), "10.000".
pub fn number(locale: Locale, n: usize) -> String {
    let digits = n.to_string();
    let group = words!(locale, number_group);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * group.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(digit);
    }
    out
}

/// First Strong Isolate: what follows is laid out on its own, in its own direction.
const FSI: char = '\u{2068}';
/// Pop Directional Isolate: ends what [`FSI`] began.
const PDI: char = '\u{2069}';

/// `text` isolated (U+2068 … U+2069), for echoing inside one of the brief's sentences: words
/// from a link (`q=` or `src=` starting with U+202E, say) or a server cannot then reorder the
/// sentence around them. An unclosed override or embedding inside `text` ends at the isolate's
/// end.
pub fn isolate(text: &str) -> String {
    format!("{FSI}{text}{PDI}")
}

/// `text` in the language's quotation marks: “…” in English, «…» in Russian and Azerbaijani.
pub fn quoted(locale: Locale, text: &str) -> String {
    format!(
        "{}{text}{}",
        words!(locale, quote_open),
        words!(locale, quote_close)
    )
}

/// "5 statements", "5 заявлений", "5 bəyanat": a count of statements with its plural.
pub fn statements(locale: Locale, n: usize) -> String {
    words!(locale, statements, count = n, n = number(locale, n)).to_string()
}

/// A language's name in the reader's words: "Russian", "русский", "rus".
pub fn language_name(locale: Locale, language: Language) -> &'static str {
    match language {
        Language::En => words!(locale, language_en),
        Language::Ru => words!(locale, language_ru),
        Language::Az => words!(locale, language_az),
    }
}

/// A view's name in the Embed control: "Whole brief", "Timeline only".
pub fn view_label(locale: Locale, view: View) -> &'static str {
    match view {
        View::All => words!(locale, view_all),
        View::Article => words!(locale, view_article),
        View::Missions => words!(locale, view_missions),
        View::Timeline => words!(locale, view_timeline),
    }
}

/// A view's name for screen readers: an iframe's title, a mounted brief's region, a part's
/// heading.
pub fn view_title(locale: Locale, view: View) -> &'static str {
    match view {
        View::All => words!(locale, title_all),
        View::Article => words!(locale, title_article),
        View::Missions => words!(locale, title_missions),
        View::Timeline => words!(locale, title_timeline),
    }
}

/// What kind of event it is, in the words the timeline and its date axis both use.
pub fn event_kind_label(locale: Locale, kind: EventKind) -> &'static str {
    match kind {
        EventKind::Meeting => words!(locale, event_meeting),
        EventKind::ElectionDay => words!(locale, event_election_day),
        EventKind::PageDate => words!(locale, event_page_date),
    }
}

/// Why the brief could not be shown, in the reader's language. The technical detail (what the
/// browser or the JSON reader reported, a path in the file) stays as it was reported.
pub fn load_error(locale: Locale, error: &LoadError) -> String {
    // Every value echoed comes from a link, the data file or a server: each is isolated.
    let i = |value: &str| isolate(value);
    match error {
        LoadError::Network { file, detail } => {
            words!(locale, error_network, file = i(file), detail = i(detail))
        }
        LoadError::Status {
            file,
            status,
            status_text,
        } => {
            let status = match status_text.trim() {
                "" => status.to_string(),
                text => format!("{status} {}", i(text)),
            };
            words!(locale, error_status, file = i(file), status)
        }
        LoadError::NotJson { file, content_type } => {
            words!(
                locale,
                error_not_json,
                file = i(file),
                content_type = i(content_type)
            )
        }
        LoadError::Syntax { file, detail } => {
            words!(locale, error_syntax, file = i(file), detail = i(detail))
        }
        LoadError::Shape {
            file,
            path,
            message,
        } => words!(
            locale,
            error_shape,
            file = i(file),
            path = i(path),
            detail = i(message)
        ),
        LoadError::Refused { file, origin } => {
            words!(locale, error_refused, file = i(file), origin = i(origin))
        }
        LoadError::Stalled { file } => {
            words!(
                locale,
                error_stalled,
                file = i(file),
                seconds = STALL_SECONDS
            )
        }
        LoadError::Credentials { file } => words!(locale, error_credentials, file = i(file)),
        LoadError::Invalid { file, problems } => {
            words!(
                locale,
                error_invalid,
                file = i(file),
                count = problems.len()
            )
        }
    }
    .to_string()
}

#[cfg(test)]
mod tests;
