//! Where the article is in a text file: the date line, the breadcrumb, the headline and the
//! body, and the page's furniture around them (author box, comment form, lists of posts).

use crate::data::date::{IsoDate, MONTHS};
use crate::data::model::DateLine;

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

/// Lines that start a page's furniture after the body, compared without case: from the first
/// of them on, nothing is the article's.
const FURNITURE: [&str; 14] = [
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
];

/// Reads `text` as: an optional date line, optional breadcrumb lines right under it, then the
/// headline, then paragraphs separated by blank lines until the page's furniture begins.
pub fn read(text: &str) -> Layout {
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
    let mut blocks = blocks.into_iter();
    let Some(first) = blocks.next() else {
        return layout;
    };
    let headline_block = match date_line(first[0]) {
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
            layout.date_line = date_line(line);
        }
        layout.left_out.push(line.to_string());
    }
    let mut ended = false;
    for block in blocks {
        ended = ended || is_furniture(&block);
        if ended {
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
    let first = block[0];
    block.get(1) == Some(&first)
        || FURNITURE.iter().any(|f| {
            first.eq_ignore_ascii_case(f) || first.eq_ignore_ascii_case(&f.replace(':', ""))
        })
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

/// Reads a date line such as "Friday, September 20, 2024 - 8:06 pm" or "20 September 2024,
/// 20:06": a month by name, a day, a four-digit year and a time, in any order, with an optional
/// weekday. Anything else in the line, or a part missing, and it is not read as a date line.
pub fn date_line(line: &str) -> Option<DateLine> {
    const WEEKDAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let (mut month, mut day, mut year, mut time) = (None, None, None, None);
    let mut tokens = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '|')
        .filter(|t| !t.is_empty())
        .peekable();
    while let Some(token) = tokens.next() {
        if let Some(m) = MONTHS.iter().position(|m| *m == token) {
            if month.replace(m as u8 + 1).is_some() {
                return None;
            }
        } else if WEEKDAYS.contains(&token) {
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
        } else if token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) {
            if year.replace(token.to_string()).is_some() {
                return None;
            }
        } else if token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit()) {
            if day.replace(token.parse::<u8>().ok()?).is_some() {
                return None;
            }
        } else {
            return None;
        }
    }
    let date = format!("{}-{:02}-{:02}", year?, month?, day?);
    IsoDate::parse(&date).ok()?;
    let time = time?;
    crate::data::date::check_time(&time).ok()?;
    Some(DateLine {
        text: line.to_string(),
        date,
        time,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_line_is_read_in_either_order_and_nothing_else_is() {
        let line = date_line("Friday, September 20, 2024 - 8:06 pm").unwrap();
        assert_eq!(
            (line.date.as_str(), line.time.as_str()),
            ("2024-09-20", "20:06")
        );
        let line = date_line("20 September 2024, 12:30 am").unwrap();
        assert_eq!(
            (line.date.as_str(), line.time.as_str()),
            ("2024-09-20", "00:30")
        );
        let line = date_line("12:30 Friday, September 20, 2024").unwrap();
        assert_eq!(
            (line.date.as_str(), line.time.as_str()),
            ("2024-09-20", "12:30"),
            "only am or pm after a time says which half of the day"
        );
        let line = date_line("1 September 2024 | 09:05").unwrap();
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
            "",
        ] {
            assert_eq!(date_line(not_one), None, "{not_one}");
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
        let layout = read("Headline\n\nOne.\nstill one.\n\nTwo.\n\nRecent Posts\n\nOther post\n");
        assert_eq!(layout.headline, "Headline");
        assert_eq!(layout.paragraphs, ["One. still one.", "Two."]);
        assert_eq!(layout.left_out, ["Recent Posts", "Other post"]);
        assert_eq!(layout.date_line, None);
        let boxed = read("Headline\n\nOne.\n\nAnna Writer\nAnna Writer\nShe writes.\n");
        assert_eq!(boxed.paragraphs, ["One."]);
        assert_eq!(
            boxed.left_out,
            ["Anna Writer", "Anna Writer", "She writes."]
        );
        for with_or_without_colon in ["Tags:", "Tags"] {
            let tagged = read(&format!(
                "Headline\n\nOne.\n\n{with_or_without_colon}\nBaku\n"
            ));
            assert_eq!(tagged.paragraphs, ["One."], "{with_or_without_colon}");
        }
    }

    #[test]
    fn a_date_line_under_the_headline_is_read_too() {
        let layout = read("Headline\n20 September 2024, 12:30\n\nOne.\n");
        assert_eq!(layout.headline, "Headline");
        assert_eq!(layout.date_line.unwrap().date, "2024-09-20");
        assert_eq!(layout.left_out, ["20 September 2024, 12:30"]);
        assert_eq!(layout.paragraphs, ["One."]);
    }
}
