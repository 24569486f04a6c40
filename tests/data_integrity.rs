//! The bundled brief checked against the source text it was taken from.
#![cfg(not(target_arch = "wasm32"))]

use observer_brief::data::model::{Brief, Speaker, StatementKind};
use observer_brief::data::parse::parse_brief;

const SOURCE: &str = include_str!("../source/article.txt");

fn brief() -> Brief {
    parse_brief("data/brief.json", include_str!("../data/brief.json"))
        .expect("the bundled brief is sound")
}

/// The first line of the author box that follows the article on the captured page, as the
/// page prints it (read off `source/article.txt`, not the data).
const AUTHOR_BOX: &str = "Jeffrey Roundtree";

/// The source's headline (the first line after the date line and the breadcrumb) and the body
/// paragraphs after it, up to the author box: from the source alone.
fn source_article() -> (&'static str, Vec<&'static str>) {
    let mut lines = SOURCE.lines().map(str::trim).filter(|l| !l.is_empty());
    let _date_line = lines.next().unwrap();
    let _breadcrumb = lines.next().unwrap();
    let headline = lines.next().unwrap();
    let body = lines.take_while(|l| *l != AUTHOR_BOX).collect();
    (headline, body)
}

#[test]
fn the_body_is_every_source_paragraph_verbatim_from_the_lede_to_the_byline() {
    let (headline, body) = source_article();
    assert_eq!(
        headline,
        "Heads of CIS and SCO observer missions held a working meeting in Baku"
    );
    assert_eq!(body.len(), 10, "the source has ten body paragraphs");
    let b = brief();
    assert_eq!(b.article.headline, headline);
    let actual: Vec<&str> = b
        .article
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(actual, body, "no paragraph is missing, reordered or added");
}

#[test]
fn header_fields_are_verbatim() {
    let a = brief().article;
    // The date line is the page's whole first line, its date and time read off it by hand.
    let date_line = a.date_line.expect("the page prints a date line");
    assert_eq!(
        (
            date_line.text.as_str(),
            date_line.date.as_str(),
            date_line.time.as_str()
        ),
        (
            "Friday, September 20, 2024 - 8:06 pm",
            "2024-09-20",
            "20:06"
        )
    );
    assert_eq!(SOURCE.lines().next(), Some(date_line.text.as_str()));
    assert!(
        SOURCE.lines().any(|l| l == a.headline),
        "the headline stands on its own line"
    );
    // Exactly as the source prints them (written here by hand from source/article.txt): the
    // byline stands on its own line, the outlet's name opens the attribution, and the
    // breadcrumb's items run together on the page's second line.
    let byline = a.byline.expect("the page names its author");
    assert_eq!(byline, "Jeffrey Roundtree");
    assert!(
        SOURCE.lines().any(|l| l == byline),
        "the byline stands on its own line"
    );
    let outlet = a.outlet.expect("the page credits an outlet");
    assert_eq!(outlet, "Oku.Az");
    assert!(SOURCE.contains(&format!("About this {outlet} Reports with reference to")));
    assert_eq!(
        a.breadcrumb,
        [
            "Home",
            "Breaking News",
            "Heads of CIS and SCO observer missions held a working meeting in..."
        ]
    );
    assert_eq!(SOURCE.lines().nth(1), Some(a.breadcrumb.concat().as_str()));
}

#[test]
fn every_direct_quote_stands_inside_quotation_marks_in_its_paragraph() {
    let b = brief();
    let quotes: Vec<_> = b
        .statements
        .iter()
        .filter(|s| s.kind == StatementKind::DirectQuote)
        .collect();
    assert_eq!(
        quotes.len(),
        4,
        "the article has four passages in quotation marks"
    );
    for s in quotes {
        let para = &b
            .article
            .paragraphs
            .iter()
            .find(|p| p.id == s.paragraph)
            .unwrap()
            .text;
        // The quote runs from the opening mark up to the comma the article puts before the closing mark.
        assert!(
            para.contains(&format!("“{},”", s.text)),
            "{} is not the whole quotation in {}",
            s.id,
            s.paragraph
        );
    }
}

#[test]
fn the_furniture_is_not_part_of_the_article() {
    let b = brief();
    let all = serde_json::to_string(&b).unwrap();
    for furniture in [
        "Please enter your comment",
        "Recent Posts",
        "professional article writer",
    ] {
        assert!(!all.contains(furniture), "{furniture} is page furniture");
    }
}

#[test]
fn the_missions_carry_the_counts_the_source_gives_and_no_others() {
    let b = brief();
    let cis = b
        .missions
        .iter()
        .find(|m| m.organisation.abbreviation == "CIS")
        .unwrap();
    let count = cis.observers.as_ref().unwrap();
    assert_eq!((count.total, count.long_term), (133, Some(10)));
    let sco = b
        .missions
        .iter()
        .find(|m| m.organisation.abbreviation == "SCO")
        .unwrap();
    assert!(sco.observers.is_none(), "the source gives no SCO count");
}

#[test]
fn the_three_people_have_the_roles_the_source_gives() {
    let b = brief();
    let roles: Vec<_> = b
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.role.text.as_str()))
        .collect();
    assert_eq!(
        roles,
        [
            (
                "Leonid Anfimov",
                "First Deputy Secretary General of the CIS"
            ),
            ("Nuran Niyazaliyev", "Deputy Secretary General of the SCO"),
            (
                "Igor Karpenko",
                "Chairman of the Central Election Commission of Belarus"
            ),
        ]
    );
}

#[test]
fn facts_on_the_cards_are_credited_to_who_said_them() {
    let b = brief();
    let cis = &b.missions[0];
    let credited: Vec<_> = cis
        .principles
        .iter()
        .chain(&cis.methods)
        .map(|f| f.statement.as_deref())
        .collect();
    assert!(
        credited.iter().all(|s| s.is_some()),
        "every CIS principle and method names its statement"
    );
    assert_eq!(
        cis.observers.as_ref().unwrap().statement.as_deref(),
        Some("anfimov-observer-count")
    );
}

#[test]
fn every_kind_of_speaker_is_used() {
    let b = brief();
    assert!(b.statements.iter().any(|s| s.speaker == Speaker::Report));
    assert!(b
        .statements
        .iter()
        .any(|s| s.speaker == Speaker::BothParties));
    assert!(b
        .statements
        .iter()
        .any(|s| matches!(&s.speaker, Speaker::Person(p) if p == "niyazaliyev")));
}

#[test]
fn the_contradictions_are_kept_and_noted_openly() {
    let b = brief();
    let text: String = b
        .article
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert!(text.contains("early parliamentary elections") && text.contains("by-elections"));
    assert!(b
        .note("election-kind")
        .unwrap()
        .text
        .contains("by-elections"));
    assert!(b.note("iec").unwrap().text.contains("IEC"));
}

#[test]
fn the_copy_of_the_source_matches_the_shared_one() {
    // CI (.ci/run) always has ../shared beside the checkout; a clone elsewhere may not.
    let required = std::env::var_os("OBSERVER_BRIEF_CI").is_some();
    let shared =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/source/article.txt");
    match std::fs::read_to_string(&shared) {
        Ok(text) => assert_eq!(
            text, SOURCE,
            "source/article.txt has drifted from ../shared/source/article.txt"
        ),
        Err(e) => assert!(!required, "{}: {e}", shared.display()),
    }
}
