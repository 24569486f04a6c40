//! The share metadata of the release page (title, description, Open Graph, JSON-LD) says what
//! the data says: each test renders the page from `index.html` with the function the post-build
//! hook calls (`page::build::release_page`) and reads the head it wrote. `index.html` keeps no
//! copy of its own.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use observer_brief::data::model::Brief;
use observer_brief::data::parse::{parse_brief, BRIEF_URL};
use observer_brief::page::build::Inline;
use serde_json::Value;

const DATA: &str = include_str!("../data/brief.json");

fn brief() -> Brief {
    parse_brief(BRIEF_URL, DATA).unwrap()
}

/// The release page the hook writes for data file `data`, read as `brief`.
fn release_page_of(data: &str, brief: Brief) -> String {
    common::release_page_with(data, brief, &Inline::new("PAGE_CONTRACT", "").unwrap())
}

/// The text of the page's one JSON-LD element, as written.
fn json_ld_text(page: &str) -> &str {
    const OPEN: &str = "<script type=\"application/ld+json\">";
    assert_eq!(page.matches(OPEN).count(), 1, "one JSON-LD element");
    let start = page.find(OPEN).unwrap() + OPEN.len();
    &page[start..start + page[start..].find("</script>").unwrap()]
}

/// The page's JSON-LD, read.
fn json_ld(page: &str) -> Value {
    serde_json::from_str(json_ld_text(page)).unwrap()
}

/// The bundled brief's release page.
fn bundled_page() -> String {
    release_page_of(DATA, brief())
}

#[test]
fn index_html_keeps_no_hand_copy_of_the_share_metadata() {
    let index = std::fs::read_to_string("index.html").unwrap();
    for copy in ["og:", "ld+json", "twitter:", "name=\"description\"", "Baku"] {
        assert!(!index.contains(copy), "index.html has {copy}");
    }
}

#[test]
fn a_quote_changed_in_the_data_is_the_quote_in_the_built_pages_json_ld() {
    // The quote in its paragraph and in its statement, so that the data still validates.
    let (old, new) = ("going very smoothly", "going rather calmly");
    assert_eq!(DATA.matches(old).count(), 2);
    let edited = DATA.replace(old, new);
    let brief = parse_brief(BRIEF_URL, &edited).expect("the edited data is sound");
    let page = release_page_of(&edited, brief);
    let ld = json_ld_text(&page);
    assert!(ld.contains("The elections are going rather calmly, the situation"));
    assert!(!ld.contains(old));
    let quote = json_ld(&page)["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["text"].as_str().unwrap_or("").contains(new))
        .cloned()
        .unwrap();
    assert_eq!(quote["creator"]["name"], "Nuran Niyazaliyev");
}

#[test]
fn the_direct_quotes_name_their_speakers_and_only_them() {
    let value = json_ld(&bundled_page());
    let graph = value["@graph"].as_array().unwrap();
    assert_eq!(graph[0]["@type"], "NewsArticle");
    assert_eq!(
        graph[0]["headline"],
        "Heads of CIS and SCO observer missions held a working meeting in Baku"
    );
    let quotes: Vec<_> = graph.iter().filter(|v| v["@type"] == "Quotation").collect();
    assert_eq!(quotes.len(), 4);
    let by = |needle: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap().contains(needle))
            .unwrap()
    };
    let smooth = by("going very smoothly");
    assert_eq!(smooth["creator"]["name"], "Nuran Niyazaliyev");
    assert_eq!(smooth["dateCreated"], "2024-08-31");
    assert_eq!(
        by("Traditionally, we build")["creator"]["name"],
        "Leonid Anfimov"
    );
    // The report's own words are credited as the article credits them, to no invented person.
    let report = by("The parties stressed");
    assert!(report.get("creator").is_none());
    assert!(
        report.get("dateCreated").is_none(),
        "no date the source does not give"
    );
    assert_eq!(report["creditText"], "“the statement”, as the article says");
    for quote in &quotes {
        assert_eq!(quote["isBasedOn"]["@id"], "#article");
    }
}

#[test]
fn the_title_description_and_open_graph_tags_say_what_the_data_says() {
    let page = bundled_page();
    let head = &page[..page.find("</head>").unwrap()];
    assert!(head.contains(
        "<title>Heads of CIS and SCO observer missions held a working meeting in Baku · Observer brief</title>\n    \
         <meta name=\"description\" content=\"Meeting of the heads of the CIS and SCO observer missions \
         in Baku on 31 August 2024: the report as its article, mission cards and a timeline of who said \
         what, each linked to its source paragraph.\" />\n    \
         <meta property=\"og:type\" content=\"article\" />\n    \
         <meta property=\"og:title\" content=\"Heads of CIS and SCO observer missions held a working meeting in Baku\" />\n    \
         <meta property=\"og:description\" content=\"Meeting of the heads of the CIS and SCO observer \
         missions in Baku on 31 August 2024: the report as its article, mission cards and a timeline of \
         who said what, each linked to its source paragraph.\" />\n    \
         <meta property=\"og:site_name\" content=\"Observer brief\" />\n    \
         <meta property=\"og:locale\" content=\"en_GB\" />\n    \
         <meta name=\"twitter:card\" content=\"summary\" />\n    \
         <script type=\"application/ld+json\">"
    ));
    assert_eq!(head.matches("<title>").count(), 1);
    // Without a meeting, the description stands on the headline.
    let mut brief = brief();
    brief.events.clear();
    assert!(release_page_of(DATA, brief).contains(
        "<meta name=\"description\" content=\"Heads of CIS and SCO observer missions held a working \
         meeting in Baku: the report as its article"
    ));
}

#[test]
fn the_json_ld_says_what_the_readme_promises_word_for_word() {
    // Read off the article by hand, not computed from the data.
    let value = json_ld(&bundled_page());
    let graph = value["@graph"].as_array().unwrap();
    let article = &graph[0];
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["dateline"], "Friday, September 20, 2024 - 8:06 pm");
    assert_eq!(
        article["author"],
        serde_json::json!({ "@type": "Person", "name": "Jeffrey Roundtree" })
    );
    let quotations: Vec<(&str, Option<&str>)> = graph[1..]
        .iter()
        .map(|q| {
            assert_eq!(q["@type"], "Quotation");
            (q["text"].as_str().unwrap(), q["creator"]["name"].as_str())
        })
        .collect();
    assert_eq!(
        quotations,
        [
            ("The head of the CIS observation mission, First Deputy Secretary General of the CIS Leonid Anfimov, and the head of the SCO international observation mission, Deputy Secretary General of the SCO Nuran Niyazaliyev, met in Baku on August 31. Chairman of the Central Election Commission of Belarus Igor Karpenko also took part in the meeting", None),
            ("The parties stressed that the election campaign was conducted in a transparent and open manner and that the necessary conditions were created for international observers to follow the parliamentary elections", None),
            ("Traditionally, we build our work on the basis of personal observation of the mission members, information obtained on the ground as a result of communication with members of election commissions and representatives of state bodies", Some("Leonid Anfimov")),
            ("The elections are going very smoothly, the situation in the country is encouraging. I would highly appreciate the level of organization of the election campaign. The coordinated work of both the Central Election Commission and local election commissions plays an important role in this", Some("Nuran Niyazaliyev")),
        ]
    );
}

#[test]
fn markup_in_the_data_cannot_leave_the_json_ld_element_or_the_head() {
    let hostile = "<!--<script>alert(1)</script> & \"more\"";
    let mut brief = brief();
    brief.article.headline = hostile.into();
    let page = release_page_of(DATA, brief);
    let inner = json_ld_text(&page);
    for bad in ["<", ">", "&"] {
        assert!(!inner.contains(bad), "{bad} in {inner}");
    }
    assert_eq!(json_ld(&page)["@graph"][0]["headline"], hostile);
    let escaped_text = "&lt;!--&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"more\"";
    assert!(page.contains(&format!("<title>{escaped_text} · Observer brief</title>")));
    let escaped_attribute = "&lt;!--&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;";
    assert!(page.contains(&format!(
        "<meta property=\"og:title\" content=\"{escaped_attribute}\" />"
    )));
    assert!(!page.contains("<script>alert(1)"));
}
