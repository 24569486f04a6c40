//! Where the article is in a text file: the date line, the breadcrumb, the headline and the
//! body, and the page's furniture around them (author box, comment form, lists of posts).

use crate::data::date::IsoDate;
use crate::data::model::{DateLine, Language};
use crate::drafting::lang::{COUNT_WORDS, FURNITURE};

/// A text file read as an article.
#[derive(Debug, Default, PartialEq)]
pub struct Layout {
    /// The date line, when the file opens with one the tool can read.
    pub date_line: Option<DateLine>,
    /// The breadcrumb's items, when a line follows the date line before the first blank line.
    pub breadcrumb: Vec<String>,
    /// The headline.
    pub headline: String,
    /// The body's paragraphs, verbatim (a paragraph wrapped over lines is joined by spaces).
    pub paragraphs: Vec<String>,
    /// Every other non-blank line, verbatim, in file order.
    pub left_out: Vec<String>,
}

/// Reads `text` as: an optional date line, optional breadcrumb lines right under it, then the
/// headline, then paragraphs separated by blank lines until the page's furniture begins.
/// Russian and Azerbaijani pages put a rubric ("Внутренняя политика", "Siyasət") next to the
/// date line instead of a breadcrumb: it is left out, like view counts and the outlet's domain
/// alone on a line wherever they stand.
pub fn read(text: &str, language: Language) -> Layout {
    let text = text.replace("\r\n", "\n");
    let blocks: Vec<Vec<&str>> = text
        .split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .split(|line| line.is_empty())
        .filter(|block| !block.is_empty())
        .map(<[&str]>::to_vec)
        .collect();
    let mut layout = Layout::default();
    let mut skipped = 0;
    if language != Language::En {
        // The lines above the headline: date lines, rubrics beside them, counts and domains.
        while let Some(block) = blocks.get(skipped) {
            let next_is_date = |i: usize| block.get(i + 1).is_some_and(|l| is_date(l, language));
            let header = block.iter().enumerate().all(|(i, line)| {
                is_date(line, language)
                    || is_standalone_furniture(line, language)
                    || (is_rubric(line) && (next_is_date(i) || i > 0))
            });
            // A rubric alone in its block, with the date line in the block after it.
            let rubric_above_date = block.len() == 1
                && is_rubric(block[0])
                && blocks
                    .get(skipped + 1)
                    .is_some_and(|b| is_date(b[0], language));
            if !header && !rubric_above_date {
                break;
            }
            for line in block {
                if layout.date_line.is_none() {
                    layout.date_line = date_line(line, language);
                }
                layout.left_out.push(line.to_string());
            }
            skipped += 1;
        }
    }
    let mut blocks = blocks.into_iter().skip(skipped);
    let Some(first) = blocks.next() else {
        return layout;
    };
    let headline_block = match date_line(first[0], language).filter(|_| layout.left_out.is_empty())
    {
        // A date line first: the lines under it are the breadcrumb, the next block the headline.
        Some(line) => {
            layout.date_line = Some(line);
            layout.left_out.push(first[0].to_string());
            if let Some(crumbs) = first.get(1) {
                layout.breadcrumb = breadcrumb(crumbs);
            }
            layout
                .left_out
                .extend(first[1..].iter().map(|l| l.to_string()));
            blocks.next().unwrap_or_default()
        }
        None => first,
    };
    let mut head = headline_block.into_iter();
    layout.headline = head.next().unwrap_or_default().to_string();
    for line in head {
        if layout.date_line.is_none() {
            layout.date_line = date_line(line, language);
        }
        layout.left_out.push(line.to_string());
    }
    let mut ended = false;
    for block in blocks {
        ended = ended || is_furniture(&block);
        if ended
            || block
                .iter()
                .all(|line| is_standalone_furniture(line, language))
        {
            layout.left_out.extend(block.iter().map(|l| l.to_string()));
        } else {
            layout.paragraphs.push(block.join(" "));
        }
    }
    layout
}

/// Whether a block starts the page's furniture: an author box (the name printed twice, as a
/// caption and a heading) or one of the [`FURNITURE`] lines.
fn is_furniture(block: &[&str]) -> bool {
    let first = block[0].to_lowercase();
    block.get(1) == Some(&block[0])
        || FURNITURE
            .iter()
            .any(|f| first == *f || first == f.replace(':', ""))
}

/// Whether a line is furniture wherever it stands: a count of views or comments ("Просмотров:
/// 1 245", "Baxış sayı: 312", "👁 1245"), share buttons, a domain name alone ("oku.az"), or
/// when the page was published ("Nəşr edilib : 15.07.2024 10:34").
fn is_standalone_furniture(line: &str, language: Language) -> bool {
    // "Nəşr edilib : 15.07.2024 10:34", "Опубликовано: 02.09.2024": when the page published it.
    const PUBLISHED: [&str; 5] = [
        "nəşr edilib",
        "опубликовано",
        "обновлено",
        "published",
        "updated",
    ];
    let stamped = PUBLISHED.iter().any(|label| {
        line.to_lowercase()
            .strip_prefix(label)
            .is_some_and(|rest| is_date(rest.trim_start_matches([' ', ':']), language))
    });
    const SHARE: [&str; 9] = [
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "telegram",
        "vk",
        "вконтакте",
        "одноклассники",
        "ok",
    ];
    let lower = line.to_lowercase();
    let words = lower
        .trim_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == ':');
    let counted = COUNT_WORDS.contains(&words) && line.chars().any(|c| c.is_ascii_digit())
        || (!line.chars().any(char::is_alphabetic) && line.chars().any(|c| c.is_ascii_digit()));
    let shared = !lower.is_empty()
        && lower
            .split([' ', ',', '|', '·'])
            .filter(|w| !w.is_empty())
            .all(|w| SHARE.contains(&w));
    let domain = !line.contains(' ')
        && line.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        });
    counted || shared || domain || stamped
}

/// Whether a line can be a rubric: one to three words, without the punctuation of a sentence.
fn is_rubric(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=3).contains(&words) && !line.ends_with(['.', '!', '?', ':', '»', '"', '”'])
}

/// Whether a line is a date line, with or without a time.
fn is_date(line: &str, language: Language) -> bool {
    parse_date(line, language).is_some()
}

/// The items of a breadcrumb printed without separators ("HomeBreaking NewsHeads of …"): a
/// new item starts where a capital letter follows a small one with no space between.
pub fn breadcrumb(line: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut start = 0;
    let mut previous: Option<char> = None;
    for (at, c) in line.char_indices() {
        if c.is_uppercase() && previous.is_some_and(char::is_lowercase) {
            items.push(line[start..at].trim().to_string());
            start = at;
        }
        previous = Some(c);
    }
    items.push(line[start..].trim().to_string());
    items.retain(|item| !item.is_empty());
    items
}

/// Reads a date line such as "Friday, September 20, 2024 - 8:06 pm", "20 September 2024,
/// 20:06", "1 сентября 2024 г. 16:05" or "10:26 - 02 / 09 / 2024": a day, a month (by name or
/// number), a four-digit year and a time, in any order, with an optional weekday. A line with
/// anything else, or without a time (the brief's date line has one), is not a date line.
pub fn date_line(line: &str, language: Language) -> Option<DateLine> {
    let (date, time) = parse_date(line, language)?;
    Some(DateLine {
        text: line.to_string(),
        date,
        time: time?,
    })
}

/// The date (`YYYY-MM-DD`) and the time (`HH:MM`), if any, of a line that is only a date and
/// a time: "02.09.2024" is a date without a time.
fn parse_date(line: &str, language: Language) -> Option<(String, Option<String>)> {
    const WEEKDAYS: [&str; 21] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
        "bazar ertəsi",
        "çərşənbə axşamı",
        "çərşənbə",
        "cümə axşamı",
        "cümə",
        "şənbə",
        "bazar",
    ];
    let (mut month, mut day, mut year, mut time) = (None, None, None, None);
    let mut tokens = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '|' | '/'))
        .filter(|t| !t.is_empty())
        .peekable();
    while let Some(token) = tokens.next() {
        let numeric = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if let Some(m) = crate::drafting::lang::month(token, language) {
            if month.replace(m).is_some() {
                return None;
            }
        } else if WEEKDAYS.iter().any(|w| w.eq_ignore_ascii_case(token))
            // The Russian year mark: "2024 г." or "2024 года".
            || (language == Language::Ru && ["г.", "г", "года"].contains(&token))
        {
        } else if let Some((h, m)) = token.split_once(':') {
            let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
            let pm = match tokens.peek().map(|t| t.to_ascii_lowercase()) {
                Some(t) if t == "pm" || t == "p.m." => Some(true),
                Some(t) if t == "am" || t == "a.m." => Some(false),
                _ => None,
            };
            if pm.is_some() {
                tokens.next();
            }
            let h = match pm {
                Some(_) if !(1..=12).contains(&h) => return None,
                Some(true) => h % 12 + 12,
                Some(false) => h % 12,
                None => h,
            };
            if time.replace(format!("{h:02}:{m:02}")).is_some() {
                return None;
            }
        } else if let [d, m, y] = token.split('.').collect::<Vec<_>>()[..] {
            // "02.09.2024"
            if !(numeric(d)
                && numeric(m)
                && numeric(y)
                && d.len() <= 2
                && m.len() <= 2
                && y.len() == 4)
                || day.replace(d.parse::<u8>().ok()?).is_some()
                || month.replace(m.parse::<u8>().ok()?).is_some()
                || year.replace(y.to_string()).is_some()
            {
                return None;
            }
        } else if token.len() == 4 && numeric(token) {
            if year.replace(token.to_string()).is_some() {
                return None;
            }
        } else if token.len() <= 2 && numeric(token) {
            let n = token.parse::<u8>().ok()?;
            // Day first, then the month by number ("02 / 09 / 2024"), as Europe writes them.
            if day.is_none() {
                day = Some(n);
            } else if month.is_none() && language != Language::En {
                month = Some(n);
            } else {
                return None;
            }
        } else {
            return None;
        }
    }
    let date = format!("{}-{:02}-{:02}", year?, month?, day?);
    IsoDate::parse(&date).ok()?;
    if let Some(time) = &time {
        crate::data::date::check_time(time).ok()?;
    }
    Some((date, time))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_line_en(line: &str) -> Option<DateLine> {
        date_line(line, Language::En)
    }

    fn read_en(text: &str) -> Layout {
        read(text, Language::En)
    }

    #[test]
    fn a_date_line_is_read_in_either_order_and_nothing_else_is() {
        let line = date_line_en("Friday, September 20, 2024 - 8:06 pm").unwrap();
        assert_eq!(
            (line.date.as_str(), line.time.as_str()),
            ("2024-09-20", "20:06")
        );
        let line = date_line_en("20 September 2024, 12:30 am").unwrap();
        assert_eq!(
            (line.date.as_str(), line.time.as_str()),
            ("2024-09-20", "00:30")
        );
        let line = date_line_en("12:30 Friday, September 20, 2024").unwrap();
        assert_eq!(
            (line.date.as_str(), line.time.as_str()),
            ("2024-09-20", "12:30"),
            "only am or pm after a time says which half of the day"
        );
        let line = date_line_en("1 September 2024 | 09:05").unwrap();
        assert_eq!(
            (line.date.as_str(), line.time.as_str()),
            ("2024-09-01", "09:05")
        );
        for not_one in [
            "Heads of CIS and SCO observer missions held a working meeting in Baku",
            "September 20, 2024",
            "September 31, 2024 - 8:06 pm",
            "September 020, 2024 - 8:06 pm",
            "September 20, 2024 - 13:06 pm",
            "September September 20, 2024 - 8:06 pm",
            "Friday, September 20, 2024 - 8:06 pm, by the editors",
            "September +5, 2024 - 8:06 pm",
            "20 / 09 / 2024 - 12:30",
            "20.009.2024 12:30",
            "",
        ] {
            assert_eq!(date_line_en(not_one), None, "{not_one}");
        }
    }

    #[test]
    fn a_run_together_breadcrumb_is_split_where_a_capital_follows_a_small_letter() {
        assert_eq!(
            breadcrumb("HomeBreaking NewsHeads of CIS and SCO observer missions held a working meeting in..."),
            [
                "Home",
                "Breaking News",
                "Heads of CIS and SCO observer missions held a working meeting in..."
            ]
        );
        assert_eq!(breadcrumb("News"), ["News"]);
    }

    #[test]
    fn the_body_ends_where_the_furniture_begins() {
        let layout =
            read_en("Headline\n\nOne.\nstill one.\n\nTwo.\n\nRecent Posts\n\nOther post\n");
        assert_eq!(layout.headline, "Headline");
        assert_eq!(layout.paragraphs, ["One. still one.", "Two."]);
        assert_eq!(layout.left_out, ["Recent Posts", "Other post"]);
        assert_eq!(layout.date_line, None);
        let boxed = read_en("Headline\n\nOne.\n\nAnna Writer\nAnna Writer\nShe writes.\n");
        assert_eq!(boxed.paragraphs, ["One."]);
        assert_eq!(
            boxed.left_out,
            ["Anna Writer", "Anna Writer", "She writes."]
        );
        for with_or_without_colon in ["Tags:", "Tags"] {
            let tagged = read_en(&format!(
                "Headline\n\nOne.\n\n{with_or_without_colon}\nBaku\n"
            ));
            assert_eq!(tagged.paragraphs, ["One."], "{with_or_without_colon}");
        }
    }

    #[test]
    fn counts_domains_share_buttons_and_publication_stamps_are_left_out_where_they_stand() {
        let layout = read(
            "Başlıq\n\nBirinci abzas.\n\nBaxış sayı: 312\n\nİkinci abzas.\n\nNəşr edilib : 15.07.2024 10:34\n\nxeber.az\n",
            Language::Az,
        );
        assert_eq!(layout.paragraphs, ["Birinci abzas.", "İkinci abzas."]);
        assert_eq!(
            layout.left_out,
            [
                "Baxış sayı: 312",
                "Nəşr edilib : 15.07.2024 10:34",
                "xeber.az"
            ]
        );
        let kept = read(
            "Заголовок\n\nОпубликовано в газете 2 сентября.\n",
            Language::Ru,
        );
        assert_eq!(kept.paragraphs, ["Опубликовано в газете 2 сентября."]);
    }

    #[test]
    fn a_date_line_under_the_headline_is_read_too() {
        let layout = read_en("Headline\n20 September 2024, 12:30\n\nOne.\n");
        assert_eq!(layout.headline, "Headline");
        assert_eq!(layout.date_line.unwrap().date, "2024-09-20");
        assert_eq!(layout.left_out, ["20 September 2024, 12:30"]);
        assert_eq!(layout.paragraphs, ["One."]);
    }

    #[test]
    fn a_rubric_under_the_date_line_in_its_block_is_left_out_and_is_no_breadcrumb() {
        let layout = read(
            "2 сентября 2024 16:05\nПолитика\n\nЗаголовок\n\nТекст статьи.\n",
            Language::Ru,
        );
        assert_eq!(
            layout,
            Layout {
                date_line: Some(DateLine {
                    text: "2 сентября 2024 16:05".into(),
                    date: "2024-09-02".into(),
                    time: "16:05".into(),
                }),
                breadcrumb: vec![],
                headline: "Заголовок".into(),
                paragraphs: vec!["Текст статьи.".into()],
                left_out: vec!["2 сентября 2024 16:05".into(), "Политика".into()],
            }
        );
    }

    #[test]
    fn a_domain_with_a_hyphen_or_a_subdomain_alone_on_a_line_is_left_out_where_it_stands() {
        for (text, language, first, second, domain) in [
            (
                "Заголовок\n\nПервый абзац.\n\nvestnik-nablyudatelya.ru\n\nВторой абзац.\n",
                Language::Ru,
                "Первый абзац.",
                "Второй абзац.",
                "vestnik-nablyudatelya.ru",
            ),
            (
                "Headline\n\nFirst paragraph.\n\nwww.oku.az\n\nSecond paragraph.\n",
                Language::En,
                "First paragraph.",
                "Second paragraph.",
                "www.oku.az",
            ),
        ] {
            let layout = read(text, language);
            assert_eq!(layout.paragraphs, [first, second], "{domain}");
            assert_eq!(layout.left_out, [domain], "{domain}");
        }
    }

    #[test]
    fn a_line_of_more_than_three_words_under_the_date_line_is_the_breadcrumb_not_a_rubric() {
        let layout = read(
            "02.09.2024 10:26\nГлавнаяПолитикаНовости стран Содружества Независимых Государств\n\nЗаголовок\n\nТекст статьи.\n",
            Language::Ru,
        );
        assert_eq!(
            layout,
            Layout {
                date_line: Some(DateLine {
                    text: "02.09.2024 10:26".into(),
                    date: "2024-09-02".into(),
                    time: "10:26".into(),
                }),
                breadcrumb: vec![
                    "Главная".into(),
                    "Политика".into(),
                    "Новости стран Содружества Независимых Государств".into()
                ],
                headline: "Заголовок".into(),
                paragraphs: vec!["Текст статьи.".into()],
                left_out: vec![
                    "02.09.2024 10:26".into(),
                    "ГлавнаяПолитикаНовости стран Содружества Независимых Государств".into()
                ],
            }
        );
    }
}
