//! Narrowing the timeline: by mission (statements by its head), by speaker, by kind (direct
//! quote or reported speech) and by words, and the choices each filter offers.

use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::data::model::{Brief, Speaker, Statement, StatementKind};
use crate::reading::search;
use crate::reading::timeline::speaker_name;
use crate::words::{words, Locale};

/// The speaker key of the meeting's participants speaking together.
pub const BOTH_PARTIES: &str = "both_parties";
/// The speaker key of the report itself.
pub const REPORT: &str = "report";
/// The speaker key of words the article prints without saying who said them.
pub const NOT_REPORTED: &str = "not_reported";

/// What the reader has narrowed the timeline to. The default shows everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// A mission's id: only statements by its head.
    pub mission: Option<String>,
    /// A speaker key ([`speaker_key`]): a person's id, `both_parties`, `report`, an
    /// organisation's name or `not_reported`.
    pub speaker: Option<String>,
    /// Only direct quotes, or only reported speech.
    pub kind: Option<StatementKind>,
    /// Words to find in statements (and, highlighted, in the article).
    pub query: String,
}

impl Filter {
    /// Whether anything is narrowed at all.
    pub fn is_active(&self) -> bool {
        self.mission.is_some()
            || self.speaker.is_some()
            || self.kind.is_some()
            || !self.query.trim().is_empty()
    }

    /// This filter with each part the reader gave the page before the app took it over
    /// (`typed`: a search typed, a choice made) in place of its own; parts left empty keep
    /// this filter's.
    pub fn overlaid(&self, typed: &Filter) -> Filter {
        Filter {
            mission: typed.mission.clone().or_else(|| self.mission.clone()),
            speaker: typed.speaker.clone().or_else(|| self.speaker.clone()),
            kind: typed.kind.or(self.kind),
            query: if typed.query.is_empty() {
                self.query.clone()
            } else {
                typed.query.clone()
            },
        }
    }

    /// Whether `statement` passes every part of the filter, given its [`searchable`] text and
    /// the query, both folded once beforehand.
    fn admits_folded(
        &self,
        brief: &Brief,
        statement: &Statement,
        folded: &str,
        query: &str,
    ) -> bool {
        let by_mission = self.mission.as_deref().is_none_or(|mission| {
            matches!(&statement.speaker, Speaker::Person(p)
                if brief.mission_headed_by(p).is_some_and(|m| m.id == mission))
        });
        let by_speaker = self
            .speaker
            .as_deref()
            .is_none_or(|key| speaker_key(statement) == key);
        let by_kind = self.kind.is_none_or(|kind| statement.kind == kind);
        let by_words = query.is_empty() || folded.contains(query);
        by_mission && by_speaker && by_kind && by_words
    }
}

/// What filtering a brief takes, prepared once per brief: the order its statements are listed
/// in, and each statement's [`searchable`] text. A keystroke then only compares, so that a
/// timeline of thousands of statements filters within a frame.
#[derive(Debug)]
pub struct FilterIndex {
    locale: Locale,
    order: Vec<usize>,
    /// The [`searchable`] texts of the brief's statements made so far, in the brief's order:
    /// all of them the first time words are searched for, some at a time when
    /// [`FilterIndex::prepare_some`] is asked. A brief is shown without them, sooner when it is
    /// long.
    folded: Mutex<Vec<String>>,
}

impl FilterIndex {
    /// An index of a brief's statements listed in `order` (indices into its statements, such
    /// as the timeline's days one after the other), their speakers named in the reader's words.
    pub fn new(locale: Locale, order: Vec<usize>) -> Self {
        Self {
            locale,
            order,
            folded: Mutex::new(Vec::new()),
        }
    }

    /// Makes the searchable texts of up to `count` more statements of `brief` (the brief the
    /// index is for), so that the first search need not make them all; whether all are made.
    /// Some at a time, so that making those of a long brief never holds the browser for long.
    pub fn prepare_some(&self, brief: &Brief, count: usize) -> bool {
        let mut made = self.made();
        let start = made.len();
        let end = brief.statements.len().min(start.saturating_add(count));
        made.extend(
            brief.statements[start..end]
                .iter()
                .map(|s| searchable(self.locale, brief, s)),
        );
        made.len() == brief.statements.len()
    }

    /// The searchable texts made so far (the lock is never contended: the reader's search and
    /// the preparation run in turn on one thread).
    fn made(&self) -> MutexGuard<'_, Vec<String>> {
        self.folded.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The statements that pass `filter`, as indices into the brief's statements, in the
    /// index's order. `brief` is the brief the index was made for.
    pub fn matching(&self, brief: &Brief, filter: &Filter) -> Vec<usize> {
        self.narrowed(brief, filter, None).statements
    }

    /// [`FilterIndex::matching`], looking only through the statements `previous` found when
    /// `filter` cannot find others: the same choices, and search words that contain the
    /// previous ones (each letter typed narrows the search).
    pub fn narrowed(&self, brief: &Brief, filter: &Filter, previous: Option<&Matches>) -> Matches {
        let query = search::fold(filter.query.trim());
        let among = previous
            .filter(|p| {
                let Filter {
                    mission,
                    speaker,
                    kind,
                    ..
                } = &p.filter;
                (mission, speaker, kind) == (&filter.mission, &filter.speaker, &filter.kind)
                    && query.contains(&p.query)
            })
            .map_or(&self.order, |p| &p.statements);
        // Choices alone need no searchable text; words need every statement's.
        if !query.is_empty() {
            self.prepare_some(brief, usize::MAX);
        }
        let folded = self.made();
        let statements = among
            .iter()
            .copied()
            .filter(|&i| {
                let words = folded.get(i).map_or("", String::as_str);
                filter.admits_folded(brief, &brief.statements[i], words, &query)
            })
            .collect();
        Matches {
            filter: filter.clone(),
            query,
            statements,
        }
    }
}

/// The statements a filter leaves ([`FilterIndex::narrowed`]), with the filter: where a
/// narrower one can start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matches {
    filter: Filter,
    /// The filter's search words, folded.
    query: String,
    /// The statements, as indices into the brief's statements, in the index's order.
    pub statements: Vec<usize>,
}

/// How many entries of a new listing the timeline draws in the frame that answers a change of
/// filters (and in the first frame of a brief rendered afresh): more than a tall screen shows
/// below the filters. The rest follow once that frame has been drawn, so that a keystroke costs
/// a few entries, not a page of them.
pub const DRAWN_AT_ONCE: usize = 8;

/// How many of `listed` to draw in the frame that answers a change of filters, when `drawn`
/// are drawn now: the entries that stay where they are cost nothing to keep, so at least those,
/// at least [`DRAWN_AT_ONCE`], and as far as the `selected` statement, which takes focus.
pub fn drawn_at_once(drawn: &[usize], listed: &[usize], selected: Option<usize>) -> usize {
    let kept = drawn
        .iter()
        .zip(listed)
        .take_while(|(now, next)| now == next)
        .count();
    kept.max(DRAWN_AT_ONCE)
        .max(through(listed, selected))
        .min(listed.len())
}

/// How many of `matching` (the statements the filters leave, in timeline order) the timeline
/// lists: the first `asked` ("Show more" asks for more), and as far as `last_selected` (the
/// statement selected last under these filters), so that a link to a statement further down
/// shows it in its place.
pub fn listed_count(asked: usize, matching: &[usize], last_selected: Option<usize>) -> usize {
    asked
        .max(through(matching, last_selected))
        .min(matching.len())
}

/// How many of `list` there are up to and including `selected`; none when it is not there.
fn through(list: &[usize], selected: Option<usize>) -> usize {
    list.iter()
        .position(|&i| Some(i) == selected)
        .map_or(0, |at| at + 1)
}

/// How a kind filter is written in links and form values.
pub fn kind_key(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::DirectQuote => "quote",
        StatementKind::ReportedSpeech => "reported",
    }
}

/// The kind a key names, if any.
pub fn kind_from_key(key: &str) -> Option<StatementKind> {
    match key {
        "quote" => Some(StatementKind::DirectQuote),
        "reported" => Some(StatementKind::ReportedSpeech),
        _ => None,
    }
}

/// What a search looks through for a statement — its words, its speaker's name and how the
/// article names the speaker — folded, one per line so that no match spans two of them.
pub fn searchable(locale: Locale, brief: &Brief, statement: &Statement) -> String {
    let name = speaker_name(locale, brief, statement);
    search::fold(&format!(
        "{}\n{name}\n{}",
        statement.text, statement.speaker_as_printed
    ))
}

/// A statement's speaker as a filter key: the person's id, `both_parties`, `report`, the
/// organisation's name or `not_reported`.
pub fn speaker_key(statement: &Statement) -> &str {
    match &statement.speaker {
        Speaker::Person(id) => id,
        Speaker::BothParties => BOTH_PARTIES,
        Speaker::Report => REPORT,
        // An organisation's name is its key: names have capitals and spaces, ids do not.
        Speaker::Organisation(name) => name,
        Speaker::NotReported => NOT_REPORTED,
    }
}

/// The speakers a reader can choose, as (key, label), in order of first statement.
pub fn speaker_choices(locale: Locale, brief: &Brief) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = Vec::new();
    for statement in &brief.statements {
        let key = speaker_key(statement);
        if !choices.iter().any(|(k, _)| k == key) {
            let label = speaker_name(locale, brief, statement);
            choices.push((key.to_string(), label));
        }
    }
    choices
}

/// The missions a reader can choose, as (id, label): those whose head made a statement.
pub fn mission_choices(locale: Locale, brief: &Brief) -> Vec<(String, String)> {
    brief
        .missions
        .iter()
        .filter(|m| {
            brief
                .statements
                .iter()
                .any(|s| matches!(&s.speaker, Speaker::Person(p) if *p == m.head))
        })
        .map(|m| {
            let head = brief.person(&m.head).map(|p| p.name.as_str()).unwrap_or("");
            (
                m.id.clone(),
                words!(locale, mission_choice, mission = &m.name.text, head).to_string(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse::bundled;

    /// The ids of the statements `filter` passes, listed in file order.
    fn ids(brief: &Brief, filter: &Filter) -> Vec<String> {
        let index = FilterIndex::new(Locale::en, (0..brief.statements.len()).collect());
        index
            .matching(brief, filter)
            .into_iter()
            .map(|i| brief.statements[i].id.clone())
            .collect()
    }

    /// The bundled brief's statements, in file order (by hand, from data/brief.json).
    const ALL: [&str; 11] = [
        "leaders-discussed-preparations",
        "report-meeting",
        "interlocutors-discussed-activities",
        "report-transparent-campaign",
        "anfimov-observer-count",
        "anfimov-principles",
        "anfimov-working-methods",
        "niyazaliyev-experience",
        "niyazaliyev-familiarisation",
        "niyazaliyev-smooth-elections",
        "parties-discussed-progress",
    ];

    #[test]
    fn a_new_listing_draws_eight_entries_at_once_when_none_stay_where_they_were() {
        let listed: Vec<usize> = (100..120).collect();
        assert_eq!(drawn_at_once(&[1, 2, 3], &listed, None), 8);
        assert_eq!(drawn_at_once(&[], &listed, None), 8);
    }

    #[test]
    fn entries_that_stay_in_their_places_are_all_kept_in_the_first_frame() {
        let drawn: Vec<usize> = (0..20).collect();
        let mut listed = drawn.clone();
        assert_eq!(drawn_at_once(&drawn, &listed, None), 20);
        // The twelfth entry changes: the eleven before it stay.
        listed[11] = 500;
        assert_eq!(drawn_at_once(&drawn, &listed, None), 11);
        listed[3] = 400;
        assert_eq!(drawn_at_once(&drawn, &listed, None), 8);
    }

    #[test]
    fn a_listing_shorter_than_eight_is_drawn_whole() {
        assert_eq!(drawn_at_once(&[9, 8], &[4, 5, 6], None), 3);
        assert_eq!(drawn_at_once(&[4, 5, 6, 7], &[4, 5], None), 2);
        assert_eq!(drawn_at_once(&[4], &[], None), 0);
    }

    #[test]
    fn the_selected_statement_is_drawn_with_the_first_wherever_it_stands() {
        let listed: Vec<usize> = (100..120).collect();
        assert_eq!(drawn_at_once(&[], &listed, Some(114)), 15);
        assert_eq!(drawn_at_once(&[], &listed, Some(102)), 8);
        // Not listed: nothing more is drawn for it.
        assert_eq!(drawn_at_once(&[], &listed, Some(7)), 8);
    }

    #[test]
    fn the_timeline_lists_the_pages_asked_for_and_no_more() {
        let matching: Vec<usize> = (100..145).collect();
        assert_eq!(listed_count(20, &matching, None), 20);
        assert_eq!(listed_count(40, &matching, None), 40);
        assert_eq!(listed_count(60, &matching, None), 45);
        assert_eq!(listed_count(20, &[], None), 0);
    }

    #[test]
    fn a_selected_statement_beyond_the_pages_asked_for_is_listed_with_all_before_it() {
        let matching: Vec<usize> = (100..145).collect();
        // The 31st statement: thirty-one listed, none after it.
        assert_eq!(listed_count(20, &matching, Some(130)), 31);
        assert_eq!(listed_count(20, &matching, Some(144)), 45);
        // Within the pages asked for: those pages.
        assert_eq!(listed_count(20, &matching, Some(103)), 20);
        assert_eq!(listed_count(40, &matching, Some(130)), 40);
        // Left out by the filters (not in `matching`): nothing more is listed for it.
        assert_eq!(listed_count(20, &matching, Some(7)), 20);
    }

    #[test]
    fn what_the_reader_typed_before_the_take_over_wins_part_by_part() {
        let link = Filter {
            mission: Some("cis".into()),
            speaker: Some("anfimov".into()),
            kind: Some(StatementKind::DirectQuote),
            query: "observers".into(),
        };
        let typed = Filter {
            speaker: Some("niyazaliyev".into()),
            query: "smooth".into(),
            ..Filter::default()
        };
        assert_eq!(
            link.overlaid(&typed),
            Filter {
                mission: Some("cis".into()),
                speaker: Some("niyazaliyev".into()),
                kind: Some(StatementKind::DirectQuote),
                query: "smooth".into(),
            }
        );
        let chosen = Filter {
            mission: Some("sco".into()),
            kind: Some(StatementKind::ReportedSpeech),
            ..Filter::default()
        };
        assert_eq!(
            Filter::default().overlaid(&chosen),
            Filter {
                mission: Some("sco".into()),
                speaker: None,
                kind: Some(StatementKind::ReportedSpeech),
                query: String::new(),
            }
        );
        assert_eq!(link.overlaid(&Filter::default()), link);
    }

    #[test]
    fn searchable_texts_are_made_only_once_words_are_searched_for() {
        let brief = bundled();
        let index = FilterIndex::new(Locale::en, (0..brief.statements.len()).collect());
        let quotes = Filter {
            kind: Some(StatementKind::DirectQuote),
            ..Filter::default()
        };
        // The direct quotes, by hand from data/brief.json.
        assert_eq!(index.matching(&brief, &quotes), [1, 3, 6, 9]);
        assert_eq!(index.made().len(), 0, "a choice alone made them");
        let smooth = Filter {
            query: "smooth".into(),
            ..Filter::default()
        };
        assert_eq!(index.matching(&brief, &smooth), [9]);
        assert_eq!(index.made().len(), 11);
    }

    #[test]
    fn searchable_texts_are_prepared_some_at_a_time_and_a_search_makes_the_rest() {
        let brief = bundled();
        let index = FilterIndex::new(Locale::en, (0..brief.statements.len()).collect());
        assert!(!index.prepare_some(&brief, 4));
        assert!(!index.prepare_some(&brief, 4));
        assert_eq!(index.made().len(), 8);
        // The eighth statement's, by hand from data/brief.json: its words, its speaker as the
        // brief names them and as the article does, folded.
        assert_eq!(
            index.made()[7],
            "niyazaliyev, for his part, noted that the sco has extensive experience in \
             monitoring elections, including parliamentary ones.\nnuran niyazaliyev\nniyazaliyev"
        );
        // A search now makes the last three, in order, and finds the one it asks for.
        let smooth = Filter {
            query: "smooth".into(),
            ..Filter::default()
        };
        assert_eq!(index.matching(&brief, &smooth), [9]);
        assert_eq!(index.made().len(), 11);
        assert!(index.prepare_some(&brief, 4), "all are made");
        assert_eq!(index.made().len(), 11);

        let prepared = FilterIndex::new(Locale::en, vec![]);
        assert!(prepared.prepare_some(&brief, 11));
        assert_eq!(prepared.made().len(), 11);
    }

    #[test]
    fn matches_are_listed_in_the_index_s_order_not_the_file_s() {
        let brief = bundled();
        let index = FilterIndex::new(Locale::en, vec![9, 3, 7, 1]);
        let quotes = Filter {
            kind: Some(StatementKind::DirectQuote),
            ..Filter::default()
        };
        // Of those four, the direct quotes (ALL[9], ALL[3] and ALL[1]), as the index orders them.
        assert_eq!(index.matching(&brief, &quotes), [9, 3, 1]);
        assert_eq!(index.matching(&brief, &Filter::default()), [9, 3, 7, 1]);
    }

    #[test]
    fn a_search_typed_further_looks_only_through_what_it_found_before() {
        let brief = bundled();
        let index = FilterIndex::new(Locale::en, (0..brief.statements.len()).collect());
        let words = |query: &str| Filter {
            query: query.into(),
            ..Filter::default()
        };
        // Typed key by key, then the last letter taken back: each step finds what a search
        // from scratch finds (the statements whose words hold them, by hand from the data).
        let mut previous: Option<Matches> = None;
        for (query, expected) in [
            ("m", &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][..]),
            ("mission", &[0, 1, 2, 4, 5, 6, 8, 9, 10]),
            ("missions", &[0, 2, 6, 9, 10]),
            ("mission", &[0, 1, 2, 4, 5, 6, 8, 9, 10]),
        ] {
            let found = index.narrowed(&brief, &words(query), previous.as_ref());
            assert_eq!(found.statements, expected, "{query}");
            previous = Some(found);
        }
        // Given that "s" found only statement 9, "smoothly" looks nowhere else…
        let only_nine = Matches {
            filter: words("S"),
            query: "s".into(),
            statements: vec![9],
        };
        let smoothly = index.narrowed(&brief, &words("smoothly"), Some(&only_nine));
        assert_eq!(smoothly.statements, [9]);
        let none_found = Matches {
            statements: vec![],
            ..only_nine.clone()
        };
        let narrowed = |filter: &Filter| index.narrowed(&brief, filter, Some(&none_found));
        assert_eq!(narrowed(&words("smoothly")).statements, Vec::<usize>::new());
        // …but words that do not hold the previous ones, or another choice, look through all.
        assert_eq!(narrowed(&words("traditionally")).statements, [6]);
        for choice in [
            Filter {
                mission: Some("sco".into()),
                ..words("smoothly")
            },
            Filter {
                speaker: Some("niyazaliyev".into()),
                ..words("smoothly")
            },
            Filter {
                kind: Some(StatementKind::DirectQuote),
                ..words("smoothly")
            },
        ] {
            assert_eq!(narrowed(&choice).statements, [9], "{choice:?}");
        }
    }

    #[test]
    fn no_filter_admits_every_statement_and_is_not_active() {
        let brief = bundled();
        assert!(!Filter::default().is_active());
        assert_eq!(ids(&brief, &Filter::default()), ALL);
    }

    #[test]
    fn any_one_part_of_the_filter_makes_it_active_but_blank_words_do_not() {
        let active = |f: Filter| f.is_active();
        assert!(active(Filter {
            mission: Some("cis".into()),
            ..Filter::default()
        }));
        assert!(active(Filter {
            speaker: Some("report".into()),
            ..Filter::default()
        }));
        assert!(active(Filter {
            kind: Some(StatementKind::ReportedSpeech),
            ..Filter::default()
        }));
        assert!(active(Filter {
            query: "x".into(),
            ..Filter::default()
        }));
        assert!(!active(Filter {
            query: "  ".into(),
            ..Filter::default()
        }));
    }

    #[test]
    fn a_speaker_filter_keeps_exactly_that_speakers_statements() {
        let brief = bundled();
        let by = |key: &str| {
            ids(
                &brief,
                &Filter {
                    speaker: Some(key.into()),
                    ..Filter::default()
                },
            )
        };
        assert_eq!(
            by("niyazaliyev"),
            [
                "niyazaliyev-experience",
                "niyazaliyev-familiarisation",
                "niyazaliyev-smooth-elections"
            ]
        );
        assert_eq!(
            by("report"),
            ["report-meeting", "report-transparent-campaign"]
        );
        assert_eq!(
            by("both_parties"),
            [
                "leaders-discussed-preparations",
                "interlocutors-discussed-activities",
                "parties-discussed-progress"
            ]
        );
        assert!(by("karpenko").is_empty(), "Karpenko says nothing");
    }

    #[test]
    fn a_mission_filter_keeps_exactly_its_heads_statements() {
        let brief = bundled();
        let of = |mission: &str| {
            ids(
                &brief,
                &Filter {
                    mission: Some(mission.into()),
                    ..Filter::default()
                },
            )
        };
        assert_eq!(
            of("cis"),
            [
                "anfimov-observer-count",
                "anfimov-principles",
                "anfimov-working-methods"
            ]
        );
        assert_eq!(
            of("sco"),
            [
                "niyazaliyev-experience",
                "niyazaliyev-familiarisation",
                "niyazaliyev-smooth-elections"
            ]
        );
        assert!(of("osce").is_empty());
    }

    #[test]
    fn kind_and_words_narrow_together() {
        let brief = bundled();
        let quotes = Filter {
            kind: Some(StatementKind::DirectQuote),
            ..Filter::default()
        };
        assert_eq!(
            ids(&brief, &quotes),
            [
                "report-meeting",
                "report-transparent-campaign",
                "anfimov-working-methods",
                "niyazaliyev-smooth-elections"
            ]
        );
        let smooth = Filter {
            kind: Some(StatementKind::DirectQuote),
            query: "SMOOTHLY".into(),
            ..Filter::default()
        };
        assert_eq!(ids(&brief, &smooth), ["niyazaliyev-smooth-elections"]);
        let none = Filter {
            kind: Some(StatementKind::ReportedSpeech),
            query: "smoothly".into(),
            ..Filter::default()
        };
        assert!(ids(&brief, &none).is_empty());
        let both = Filter {
            mission: Some("cis".into()),
            kind: Some(StatementKind::DirectQuote),
            ..Filter::default()
        };
        assert_eq!(ids(&brief, &both), ["anfimov-working-methods"]);
    }

    #[test]
    fn words_find_the_speakers_name_and_how_the_article_names_them() {
        let brief = bundled();
        let found = |query: &str| {
            ids(
                &brief,
                &Filter {
                    query: query.into(),
                    ..Filter::default()
                },
            )
        };
        // The name is in the label, not in the words of two of his statements.
        assert_eq!(
            found("niyazalıyev"),
            [
                "report-meeting",
                "niyazaliyev-experience",
                "niyazaliyev-familiarisation",
                "niyazaliyev-smooth-elections"
            ]
        );
        assert_eq!(
            found("the statement"),
            ["report-transparent-campaign"],
            "as the article names the speaker"
        );
    }

    #[test]
    fn the_choices_name_each_speaker_and_mission_once_in_order() {
        let brief = bundled();
        assert_eq!(
            speaker_choices(Locale::en, &brief),
            [
                (
                    "both_parties".to_string(),
                    "The meeting’s participants".to_string()
                ),
                ("report".to_string(), "The report".to_string()),
                ("anfimov".to_string(), "Leonid Anfimov".to_string()),
                ("niyazaliyev".to_string(), "Nuran Niyazaliyev".to_string()),
            ]
        );
        assert_eq!(
            mission_choices(Locale::en, &brief),
            [
                (
                    "cis".to_string(),
                    "CIS observation mission (statements by Leonid Anfimov)".to_string()
                ),
                (
                    "sco".to_string(),
                    "SCO international observation mission (statements by Nuran Niyazaliyev)"
                        .to_string()
                ),
            ]
        );
        assert_eq!(
            kind_from_key(kind_key(StatementKind::DirectQuote)),
            Some(StatementKind::DirectQuote)
        );
        assert_eq!(
            kind_from_key("reported"),
            Some(StatementKind::ReportedSpeech)
        );
        assert_eq!(kind_from_key("other"), None);
    }
}
