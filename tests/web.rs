//! Browser tests: each view mounts into a fresh element and renders the bundled data; the
//! error view renders for bad data and for a file that cannot be fetched.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::tick;
use observer_brief::data::model::Brief;
use observer_brief::data::parse::parse_brief;
use observer_brief::embed::options::Options;
use observer_brief::state::Placement;
use observer_brief::views::common::next_turn;
use observer_brief::views::shell::ErrorPanel;
use observer_brief::views::{App, BriefView};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLED: &str = include_str!("../data/brief.json");

fn bundled() -> Arc<Brief> {
    Arc::new(parse_brief("data/brief.json", BUNDLED).unwrap())
}

/// A view mounted into its own fresh element; dropping it unmounts the view and removes the
/// element, so tests never see each other's ids or listeners.
struct Mounted {
    root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Waits until the next frame has been drawn and the task after it has run: a brief rendered
/// afresh lists the first entries of its timeline in its first frame and the rest then.
async fn frame_drawn() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    next_turn().await;
}

/// Mounts `view` into a new element in the body and lets it render, to the end.
async fn mount<F, N>(view: F) -> Mounted
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    // Links clicked by earlier tests leave a hash that would select something on mount, and
    // the browser tells of the change in a task of its own: let it pass while no brief listens.
    frame_drawn().await;
    js_sys::eval("history.replaceState(null, '', location.pathname + location.search)").unwrap();
    let root = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), view);
    tick().await;
    frame_drawn().await;
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn text(el: &HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

/// A brief placed on its own page with the options of `query` (`view=timeline&theme=dark`).
fn with_options(query: &str) -> Placement {
    let pairs = query.split('&').filter_map(|kv| kv.split_once('='));
    Placement {
        options: Options::from_pairs(pairs),
        ..Placement::default()
    }
}

/// Mounts the brief with the options of `query`.
async fn mount_with(query: &str) -> Mounted {
    let brief = bundled();
    let placement = with_options(query);
    mount(move || {
        provide_context(Arc::new(placement));
        view! { <BriefView brief/> }
    })
    .await
}

/// Mounts the three views of the bundled brief.
async fn mount_bundled() -> Mounted {
    let brief = bundled();
    mount(move || view! { <BriefView brief/> }).await
}

/// Waits, up to five seconds, for `selector` to appear under `root`.
async fn wait_for(root: &HtmlElement, selector: &str) -> HtmlElement {
    for _ in 0..100 {
        if let Some(el) = root.query_selector(selector).unwrap() {
            return el.unchecked_into();
        }
        let sleep = js_sys::Promise::new(&mut |resolve, _| {
            window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(sleep).await.unwrap();
    }
    panic!("{selector} did not appear within five seconds");
}

#[wasm_bindgen_test]
async fn the_article_shows_headline_date_line_and_every_paragraph_verbatim() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let brief = bundled();
    assert_eq!(text(&one(root, "h1")), brief.article.headline);
    let time = one(root, ".article-meta time");
    assert_eq!(time.get_attribute("datetime").unwrap(), "2024-09-20T20:06");
    assert_eq!(text(&time), "Friday, September 20, 2024 - 8:06 pm");
    let paragraphs = all(root, "[data-testid=source-paragraph]");
    assert_eq!(paragraphs.len(), brief.article.paragraphs.len());
    for (el, p) in paragraphs.iter().zip(&brief.article.paragraphs) {
        assert_eq!(el.id(), format!("para-{}", p.id));
        assert!(
            text(el).ends_with(&p.text),
            "{} renders its text verbatim",
            p.id
        );
    }
}

#[wasm_bindgen_test]
async fn the_mission_cards_show_the_counts_given_and_not_reported_where_none_is() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let cards = all(root, "[data-testid=mission-card]");
    assert_eq!(cards.len(), 2);
    assert!(text(&cards[0]).contains("Leonid Anfimov"));
    let cis = text(&one(&cards[0], "[data-testid=observers]"));
    assert!(
        cis.contains("133 in all") && cis.contains("10 long-term"),
        "{cis}"
    );
    assert_eq!(all(&cards[0], ".observer-chart rect").len(), 133);
    assert_eq!(all(&cards[0], ".observer-chart rect.long-term").len(), 10);
    assert_eq!(
        text(&one(&cards[1], "[data-testid=observers]")),
        "not reported"
    );
    assert!(text(&cards[1]).contains("Nuran Niyazaliyev"));
    let meeting = text(&one(root, "[data-testid=meeting-card]"));
    assert!(meeting.contains("Igor Karpenko") && meeting.contains("Baku"));
}

#[wasm_bindgen_test]
async fn the_timeline_groups_statements_by_date_with_quotes_as_quotations() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let headings: Vec<_> = all(root, ".day-heading").iter().map(text).collect();
    assert_eq!(
        headings,
        [
            "31 August 2024",
            "1 September 2024",
            "20 September 2024",
            "Date not reported"
        ]
    );
    assert_eq!(all(root, "[data-testid=statement]").len(), 11);
    let quotes = all(root, "[data-testid=statement] blockquote q");
    assert_eq!(quotes.len(), 4);
    assert!(quotes
        .iter()
        .any(|q| text(q).starts_with("The elections are going very smoothly")));
    assert_eq!(
        all(root, "[data-testid=statement].reported-speech").len(),
        7
    );
    assert_eq!(all(root, "[data-testid=context-event]").len(), 3);
}

#[wasm_bindgen_test]
async fn a_source_link_highlights_and_focuses_its_paragraph() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let link = one(root, "[data-testid=mission-card] [data-testid=source-link]");
    let href = link.get_attribute("href").unwrap();
    assert!(href.starts_with("#para-p"), "{href}");
    link.click();
    tick().await;
    let paragraph = one(root, &href);
    assert!(paragraph.class_list().contains("highlighted"));
    assert_eq!(all(root, ".source-paragraph.highlighted").len(), 1);
    let focused = document().active_element().unwrap();
    assert!(
        focused.is_same_node(Some(&paragraph)),
        "focus moves to the paragraph"
    );
}

#[wasm_bindgen_test]
async fn a_statements_source_link_marks_its_exact_words_in_the_paragraph() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let link = one(
        root,
        "#statement-anfimov-working-methods [data-testid=source-link]",
    );
    assert_eq!(
        link.get_attribute("href").unwrap(),
        "#quote-anfimov-working-methods"
    );
    link.click();
    tick().await;
    let paragraph = one(root, "#para-p7");
    let marks = all(&paragraph, "mark.quote-mark");
    assert_eq!(marks.len(), 1, "one run of marked words");
    let brief = bundled();
    let statement = brief
        .statements
        .iter()
        .find(|s| s.id == "anfimov-working-methods")
        .unwrap();
    assert_eq!(
        text(&marks[0]),
        statement.text,
        "exactly the statement's words"
    );
    assert!(
        text(&paragraph).len() > statement.text.len(),
        "not the whole paragraph"
    );
    assert_eq!(all(root, "mark.quote-mark").len(), 1);
    assert!(document()
        .active_element()
        .unwrap()
        .is_same_node(Some(&paragraph)));
    assert!(one(root, "#statement-anfimov-working-methods")
        .class_list()
        .contains("highlighted"));
}

#[wasm_bindgen_test]
async fn each_paragraph_says_what_the_brief_takes_from_it_and_the_cards_agree() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    // Counted by hand from data/brief.json: the statements standing in each paragraph, and the
    // card facts (names, organisations, roles, counts, principles, methods, the meeting's date,
    // place, participants and topics) that cite it.
    let expected = [
        ("p1", Some("1 statement and 3 card facts"), 3),
        ("p2", None, 0),
        ("p3", Some("1 statement and 9 card facts"), 9),
        ("p4", Some("1 statement and 1 card fact"), 1),
        ("p5", Some("1 statement"), 0),
        ("p6", Some("2 statements and 3 card facts"), 3),
        ("p7", Some("1 statement and 2 card facts"), 2),
        ("p8", Some("2 statements and 2 card facts"), 2),
        ("p9", Some("1 statement"), 0),
        ("p10", Some("1 statement and 3 card facts"), 3),
    ];
    for (paragraph, line, card_facts) in expected {
        let block = one(root, &format!("#para-{paragraph}"))
            .parent_element()
            .unwrap()
            .unchecked_into::<HtmlElement>();
        let number = &paragraph[1..];
        let shown: Vec<String> = all(&block, "[data-testid=paragraph-uses]")
            .iter()
            .map(text)
            .collect();
        let wanted: Vec<String> = line
            .map(|l| format!("Show what comes from paragraph {number}: In this brief: {l}"))
            .into_iter()
            .collect();
        assert_eq!(shown, wanted, "{paragraph}");
        let href = format!("#para-{paragraph}");
        let cited = all(root, ".card [data-testid=source-link]")
            .iter()
            .filter(|a| a.get_attribute("href").as_deref() == Some(href.as_str()))
            .count();
        assert_eq!(cited, card_facts, "{paragraph}: the cards' ¶ links");
    }
}

#[wasm_bindgen_test]
async fn data_text_is_rendered_as_text_never_as_html() {
    let mut brief = (*bundled()).clone();
    brief.article.headline = "<img src=x onerror=alert(1)>Headline".into();
    let brief = Arc::new(brief);
    let mounted = mount(move || view! { <BriefView brief/> }).await;
    let root = &mounted.root;
    assert_eq!(
        text(&one(root, "h1")),
        "<img src=x onerror=alert(1)>Headline"
    );
    assert!(all(root, "h1 img").is_empty());
}

#[wasm_bindgen_test]
async fn the_error_view_names_the_file_and_path_of_invalid_data() {
    let bad = BUNDLED.replacen("\"head\": \"niyazaliyev\"", "\"head\": \"nobody\"", 1);
    let error = parse_brief("data/brief.json", &bad).unwrap_err();
    let mounted = mount(move || view! { <ErrorPanel error retry=Callback::new(|()| {})/> }).await;
    let root = &mounted.root;
    let panel = one(root, "[data-testid=load-error]");
    assert_eq!(panel.get_attribute("role").unwrap(), "alert");
    let shown = text(&panel);
    assert!(shown.contains("data/brief.json"), "{shown}");
    assert!(
        shown.contains("missions[1].head: no person has the id \"nobody\""),
        "{shown}"
    );
    assert!(
        all(root, "button").is_empty(),
        "retrying cannot fix bad data"
    );
}

#[wasm_bindgen_test]
async fn a_file_that_cannot_be_fetched_shows_the_error_with_retry() {
    let mounted =
        mount(|| view! { <App placement=with_options("src=data/no-such-brief.json")/> }).await;
    let root = &mounted.root;
    let panel = wait_for(root, "[data-testid=load-error]").await;
    let shown = text(&panel);
    assert!(
        shown.contains("\u{2068}data/no-such-brief.json\u{2069} could not be fetched"),
        "{shown}"
    );
    assert!(shown.contains("HTTP 404"), "{shown}");
    let retry = one(&panel, "button");
    assert_eq!(text(&retry), "Retry");
    retry.click();
    tick().await;
    assert!(
        !panel.is_connected(),
        "Retry replaces the message, it does not ignore the click"
    );
    // Retrying fetches again and shows the same clear error, with focus on it.
    let again = wait_for(root, "[data-testid=load-error]").await;
    assert!(text(&again).contains("HTTP 404"));
    let heading = one(&again, "h1");
    tick().await;
    assert!(document()
        .active_element()
        .unwrap()
        .is_same_node(Some(&heading)));
}

#[wasm_bindgen_test]
async fn an_embedded_timeline_shows_only_the_timeline_and_leads_to_the_whole_brief() {
    let mounted = mount_with("view=timeline&embed=1").await;
    let root = &mounted.root;
    assert_eq!(all(root, "[data-testid=statement]").len(), 11);
    assert!(all(root, "[data-testid=article]").is_empty());
    assert!(all(root, "[data-testid=mission-card]").is_empty());
    assert!(
        all(root, ".brief-banner").is_empty(),
        "an embed has no page chrome"
    );
    // The paragraphs are not on this page, so a source link opens the whole brief at one.
    let link = one(root, "[data-testid=source-link]");
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert!(link.get_attribute("href").unwrap().starts_with("#para-p"));
}

#[wasm_bindgen_test]
async fn a_statement_named_in_the_options_opens_highlighted() {
    let mounted = mount_with("view=timeline&statement=niyazaliyev-smooth-elections").await;
    tick().await;
    let root = &mounted.root;
    let highlighted = all(root, ".statement.highlighted");
    assert_eq!(highlighted.len(), 1);
    assert_eq!(
        highlighted[0].id(),
        "statement-niyazaliyev-smooth-elections"
    );
}

#[wasm_bindgen_test]
async fn an_according_to_link_highlights_its_statement() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let link = one(root, "[data-testid=mission-card] .statement-link");
    let href = link.get_attribute("href").unwrap();
    link.click();
    tick().await;
    let highlighted = all(root, ".statement.highlighted");
    assert_eq!(highlighted.len(), 1);
    assert_eq!(format!("#{}", highlighted[0].id()), href);
}

#[wasm_bindgen_test]
async fn data_from_another_origin_is_refused_without_a_request() {
    let mounted =
        mount(|| view! { <App placement=with_options("src=https://evil.example/brief.json")/> })
            .await;
    let root = &mounted.root;
    let panel = wait_for(root, "[data-testid=load-error]").await;
    let shown = text(&panel);
    assert!(
        shown.contains("\u{2068}https://evil.example/brief.json\u{2069} was not loaded"),
        "{shown}"
    );
    assert!(
        shown.contains("\u{2068}https://evil.example\u{2069} is not one of them"),
        "{shown}"
    );
    assert!(
        shown.ends_with(
            "The address of the data file needs changing where the link or the page gives \
             it; trying again will not help."
        ),
        "the address is at fault, not the file: {shown}"
    );
    assert!(
        all(root, "button").is_empty(),
        "retrying cannot make it allowed"
    );
    let requested = js_sys::eval(
        "performance.getEntriesByType('resource').some(e => e.name.includes('evil.example'))",
    )
    .unwrap();
    assert_eq!(requested.as_bool(), Some(false));
}

#[wasm_bindgen_test]
async fn the_editors_notes_and_the_links_to_them_render_in_order() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let notes: Vec<String> = all(root, "#editor-notes li")
        .iter()
        .map(|n| n.id())
        .collect();
    assert_eq!(
        notes,
        [
            "note-election-kind",
            "note-iec",
            "note-year",
            "note-date-line",
            "note-parties"
        ]
    );
    assert!(text(&one(root, "#note-election-kind")).starts_with(
        "The article calls the vote “early parliamentary elections” in paragraph 1 and “by-elections” in paragraph 4."
    ));
    // A statement's links to its notes, numbered as the list numbers them.
    let links: Vec<(String, String)> =
        all(root, "#statement-leaders-discussed-preparations .note-link")
            .iter()
            .map(|a| (text(a), a.get_attribute("href").unwrap()))
            .collect();
    assert_eq!(
        links,
        [
            (
                "Editor’s note 1".to_string(),
                "#note-election-kind".to_string()
            ),
            ("Editor’s note 5".to_string(), "#note-parties".to_string()),
        ]
    );
}

#[wasm_bindgen_test]
async fn each_statement_says_how_the_article_names_its_speaker() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let printed = |id: &str| {
        all(root, &format!("#statement-{id} .speaker-detail"))
            .last()
            .map(text)
            .unwrap()
    };
    assert_eq!(
        printed("niyazaliyev-familiarisation"),
        "named in the article as “He”"
    );
    assert_eq!(
        printed("report-transparent-campaign"),
        "named in the article as “the statement”"
    );
    assert_eq!(
        text(&one(
            root,
            "#statement-niyazaliyev-familiarisation .speaker-name"
        )),
        "Nuran Niyazaliyev"
    );
}

#[wasm_bindgen_test]
async fn the_observer_chart_says_in_words_what_it_draws() {
    let mounted = mount_bundled().await;
    let root = &mounted.root;
    let chart = one(root, "[data-testid=mission-card] .observer-chart svg");
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        chart.get_attribute("aria-label").as_deref(),
        Some("Chart: the CIS observation mission includes 133 observers, 10 of whom work in Azerbaijan on a long-term basis")
    );
}

#[wasm_bindgen_test]
async fn a_long_timeline_is_listed_twenty_statements_at_a_time() {
    let mut brief = (*bundled()).clone();
    let originals = brief.statements.clone();
    brief.statements = (0..70)
        .map(|i| {
            let mut s = originals[i % originals.len()].clone();
            if i >= originals.len() {
                s.id = format!("copy-{i}");
            }
            s
        })
        .collect();
    let brief = Arc::new(brief);
    let mounted = mount(move || view! { <BriefView brief/> }).await;
    let root = &mounted.root;
    let listed = || all(root, "[data-testid=statement]").len();
    assert_eq!(listed(), 20);
    let more = one(root, "[data-testid=show-more]");
    assert_eq!(text(&more), "Show 20 more of 70 statements");
    more.click();
    tick().await;
    assert_eq!(listed(), 40);
    one(root, "[data-testid=show-more]").click();
    tick().await;
    assert_eq!(listed(), 60);
    assert_eq!(
        text(&one(root, "[data-testid=show-more]")),
        "Show 10 more of 70 statements"
    );
    one(root, "[data-testid=show-more]").click();
    tick().await;
    assert_eq!(listed(), 70);
    assert!(all(root, "[data-testid=show-more]").is_empty());
}

#[wasm_bindgen_test]
fn an_origin_the_deployer_lists_is_admitted_and_only_it() {
    use observer_brief::state::source::data_url_allowing;
    let base = "https://brief.example/widgets/brief/";
    let list = "https://data.example.org, https://cdn.example.com/";
    assert_eq!(
        data_url_allowing("https://data.example.org/briefs/b.json", base, list),
        Ok("https://data.example.org/briefs/b.json".to_string())
    );
    assert_eq!(
        data_url_allowing("data/b.json", base, list),
        Ok("https://brief.example/widgets/brief/data/b.json".to_string())
    );
    for refused in [
        "https://data.example.org.evil.example/b.json",
        "http://data.example.org/b.json",
        "https://evil.example/b.json",
    ] {
        assert!(data_url_allowing(refused, base, list).is_err(), "{refused}");
    }
    assert!(data_url_allowing("https://data.example.org/b.json", base, "").is_err());
}

#[wasm_bindgen_test]
async fn a_removed_brief_releases_its_listener_for_the_system_theme() {
    js_sys::eval(include_str!("theme-listeners.js")).unwrap();
    let listeners = || js_sys::eval("window.themeListeners").unwrap().as_f64();
    let before = listeners();
    let brief = bundled();
    let mounted = mount(move || view! { <App brief/> }).await;
    tick().await;
    assert_eq!(
        listeners(),
        before.map(|n| n + 1.0),
        "the brief follows the system"
    );
    drop(mounted);
    assert_eq!(listeners(), before, "and stops when it is removed");
}
