//! Putting the brief on a page: as the whole page (standalone, or inside an iframe), taking over
//! the brief the release page was rendered with; or into a host page's elements, each inside
//! its own shadow root so that the host's styles and the brief's leave each other alone.
//!
//! On a host page nothing happens until `embed.js` asks: it calls [`watch`], which mounts into
//! every `[data-observer-brief]` element, now and when more are added, and hosts that render
//! their own markup call [`mount`]. The host page outside those elements is never touched.

use std::any::Any;
use std::cell::RefCell;
use std::sync::Arc;

use gloo_events::{EventListener, EventListenerOptions};
use leptos::mount::{hydrate_from, mount_to};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::model::{Brief, Language};
use crate::data::parse::{checked, read_shape};
use crate::embed::code::names_deployment;
use crate::embed::options::{Options, MOUNT_KEYS};
use crate::host::frame;
use crate::page;
use crate::reading::filter::{kind_from_key, Filter};
use crate::state::placement::{Host, Placement};
use crate::views::common::{next_turn, take_over_in_turn};
use crate::views::timeline::{KIND_FIELD, MISSION_FIELD, SEARCH_FIELD, SPEAKER_FIELD};
use crate::views::App;

/// The attribute that marks a host page's mount element.
pub const MOUNT_ATTRIBUTE: &str = "data-observer-brief";

/// The stylesheet, in the brief's folder, that a shadow root links to.
pub const STYLESHEET: &str = "main.css";

#[wasm_bindgen(inline_js = "export function module_url() { return import.meta.url; }")]
extern "C" {
    /// The address of this small module, which wasm-bindgen places at
    /// `snippets/<crate>-<hash>/inline0.js` inside the brief's folder.
    fn module_url() -> String;
}

/// The absolute URL of the brief's folder (ending in `/`), wherever the page including it is:
/// a host page on another site resolves data and styles against the brief, not itself.
pub fn brief_base() -> String {
    web_sys::Url::new_with_base("../../", &module_url())
        .map(|url| url.href())
        .unwrap_or_default()
}

thread_local! {
    static MOUNTED: RefCell<Vec<web_sys::ShadowRoot>> = const { RefCell::new(Vec::new()) };
    /// The host elements mounted so far (one that cannot hold a shadow root has none of its
    /// own to show it), so that each is mounted once.
    static MOUNT_ELEMENTS: RefCell<Vec<web_sys::HtmlElement>> = const { RefCell::new(Vec::new()) };
    /// The app on the brief's own page, kept so that it can be replaced.
    static PAGE_APP: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
    /// The apps mounted into host elements, each with its element and shadow root, kept so
    /// that each can be unmounted once its element has left the page.
    static HOST_APPS: RefCell<Vec<HostApp>> = const { RefCell::new(Vec::new()) };
    /// The shadow roots of briefs unmounted that way, by element: a shadow root cannot be
    /// taken off, so an element put back on the page gets its brief anew in the same one.
    static RELEASED: RefCell<Vec<(web_sys::HtmlElement, web_sys::ShadowRoot)>> =
        const { RefCell::new(Vec::new()) };
}

/// A brief mounted into a host page's element.
struct HostApp {
    element: web_sys::HtmlElement,
    shadow: web_sys::ShadowRoot,
    /// Dropping it unmounts the brief: its nodes, effects and listeners go.
    _app: Box<dyn Any>,
}

/// Unmounts every brief whose host element is no longer on the page (a single-page host that
/// replaced its content, a widget taken away), so that none keeps listening to the system's
/// theme or running effects for nobody.
fn release_removed() {
    let removed: Vec<HostApp> = HOST_APPS.with_borrow_mut(|apps| {
        let (removed, kept) = std::mem::take(apps)
            .into_iter()
            .partition(|app| !app.element.is_connected());
        *apps = kept;
        removed
    });
    for app in removed {
        MOUNT_ELEMENTS.with_borrow_mut(|elements| elements.retain(|e| *e != app.element));
        MOUNTED.with_borrow_mut(|roots| roots.retain(|root| *root != app.shadow));
        let HostApp {
            element,
            shadow,
            _app: unmount,
        } = app;
        drop(unmount);
        shadow.set_inner_html("");
        RELEASED.with_borrow_mut(|released| released.push((element, shadow)));
    }
}

/// The shadow roots of the briefs mounted into host elements so far.
pub fn mounted_roots() -> Vec<web_sys::ShadowRoot> {
    MOUNTED.with_borrow(|roots| roots.clone())
}

/// Whether this is the brief's own page (its `index.html`), rather than a host page that
/// loaded the brief through `embed.js`.
pub fn is_own_page() -> bool {
    own_root().is_some()
}

/// The root the build wrote on the brief's own page (its id and mark, `page::root_selector`);
/// never a host's element that merely has the same id.
fn own_root() -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(&page::root_selector())
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// Starts the brief on its own page: takes over the pre-rendered brief in place when the page
/// has one and the address asks for nothing else, otherwise renders into the empty root. On
/// any other page it does nothing.
///
/// The task that runs this one also compiled and instantiated the app; the rest comes in the
/// tasks after it: what the address asks for, then the brief the page carries read, checked,
/// and the page taken over a part at a time, so that no task holds a phone for long.
pub fn start() {
    let Some(root) = own_root() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        next_turn().await;
        start_on(root).await;
    });
}

/// [`start`], from its second task on, with the page's root.
async fn start_on(root: web_sys::HtmlElement) {
    let pairs = query_pairs();
    let options = Options::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // The early script decided the same from the same keys (`page::renders_afresh`).
    let afresh = page::renders_afresh(pairs.iter().map(|(k, _)| k.as_str()));
    if let Some(notice) = document().get_element_by_id(page::LOADING_ID) {
        let _ = notice.set_attribute("hidden", "");
    }
    if let Some(html) = document().document_element() {
        // Inside an iframe the page is transparent so the host's background shows (opened on
        // its own, it is not).
        let framed = window()
            .parent()
            .ok()
            .flatten()
            .is_some_and(|p| p != window());
        if options.embed && framed {
            let _ = html.set_attribute("data-embed", "");
        }
    }
    if options.embed {
        frame::connect(&options);
    }
    let mut placement = Placement {
        options,
        host: Host::Page,
        base: brief_base(),
        page_language: page_language(),
        typed: ArcStoredValue::default(),
    };
    let rendered = !afresh && root.child_element_count() > 0;
    if !rendered {
        mount_page(root, placement);
        return;
    }
    next_turn().await;
    let Some((source, text, brief)) = embedded_brief() else {
        mount_page(root, placement);
        return;
    };
    next_turn().await;
    let Ok(brief) = checked(&source, &text, brief).map(Arc::new) else {
        mount_page(root, placement);
        return;
    };
    next_turn().await;
    // A page pre-rendered with the reader's words in another language than the brief's
    // (`ru.html`) says so on its root; the app takes it over in the same words.
    let words = placement.page_language.filter(|l| *l != brief.language);
    placement.options.lang = placement.options.lang.or(words);
    let words = placement.options.lang;
    // The frame of the brief first, its parts in the turns that follow. What the reader typed
    // or chose in the filters is read now and on every input until the last part is in place,
    // so that the filters keep it whenever their turn comes.
    placement.typed.set_value(typed_filter());
    let typing = keep_typed(&root, placement.typed.clone());
    let app = hydrate_from(root.clone(), move || view! { <App placement brief/> });
    PAGE_APP.with_borrow_mut(|app_slot| *app_slot = Some(Box::new(app)));
    take_over_in_turn().await;
    drop(typing);
    in_charge(&root, "hydrated");
    check_page_data(root, words).await;
}

/// Keeps [`Placement::typed`] up to date with the pre-rendered filters while the page is taken
/// over: listens on `root`, in the capture phase, for every input and change. The listeners go
/// when the returned pair is dropped.
fn keep_typed(root: &web_sys::HtmlElement, typed: ArcStoredValue<Filter>) -> [EventListener; 2] {
    ["input", "change"].map(|kind| {
        let typed = typed.clone();
        let options = EventListenerOptions::run_in_capture_phase();
        EventListener::new_with_options(root, kind, options, move |_| {
            typed.set_value(typed_filter())
        })
    })
}

/// What the reader has typed or chosen so far in the pre-rendered page's filters, read from the
/// fields (`ReaderState::fields` keeps it in them while the page is taken over, and the state
/// takes it once every part is in place).
fn typed_filter() -> Filter {
    let value = |id: &str| {
        document()
            .get_element_by_id(id)
            .and_then(|field| js_sys::Reflect::get(&field, &"value".into()).ok())
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    let chosen = |id: &str| Some(value(id)).filter(|v| !v.is_empty());
    Filter {
        mission: chosen(MISSION_FIELD),
        speaker: chosen(SPEAKER_FIELD),
        kind: chosen(KIND_FIELD).as_deref().and_then(kind_from_key),
        query: value(SEARCH_FIELD),
    }
}

/// Renders the brief afresh into the page's root, in place of whatever it holds.
fn mount_page(root: web_sys::HtmlElement, placement: Placement) {
    // The old app, if any, goes first: its nodes and listeners with it.
    PAGE_APP.with_borrow_mut(|app| app.take());
    root.set_inner_html("");
    let app = mount_to(root.clone(), move || view! { <App placement/> });
    PAGE_APP.with_borrow_mut(|slot| *slot = Some(Box::new(app)));
    in_charge(&root, "mounted");
}

/// Marks the page as run by the app: the early script's notices give way to it.
fn in_charge(root: &web_sys::HtmlElement, how: &str) {
    let _ = root.set_attribute(page::APP_ATTRIBUTE, how);
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute(page::FRESH_FLAG);
    }
}

/// The brief the page was rendered from, as the page carries it, with the name of its file and
/// its text; read but not yet checked ([`checked`]); `None` when it is missing or cannot be read
/// (then the page renders afresh from the data file).
fn embedded_brief() -> Option<(String, String, Brief)> {
    let text = document()
        .get_element_by_id(page::DATA_ID)?
        .text_content()?;
    let source = document()
        .document_element()?
        .get_attribute(page::SOURCE_ATTRIBUTE)?;
    let brief = read_shape(&source, &text).ok()?;
    Some((source, text, brief))
}

/// Acts on the early script's check of the data file (`page::CHECK_GLOBAL`), which asked
/// once for the whole page: if the file is not the one the page was rendered from, or cannot be
/// had, the brief is rendered afresh from the file: its new content, or what is wrong with it.
/// Either way the page then no longer says its content is in doubt.
async fn check_page_data(root: web_sys::HtmlElement, words: Option<Language>) {
    if !early_check().await {
        let mut placement = Placement {
            base: brief_base(),
            page_language: page_language(),
            ..Placement::default()
        };
        placement.options.lang = words;
        mount_page(root, placement);
    }
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(page::CHECKED_FLAG, "");
        let _ = html.remove_attribute(page::STALE_FLAG);
    }
}

/// The early script's answer: whether the data file is the one the page was rendered from.
/// No answer to wait for (the early script did not run) counts as no: the page then renders
/// afresh from the file rather than show data nobody confirmed.
async fn early_check() -> bool {
    let check = js_sys::Reflect::get(&window(), &page::CHECK_GLOBAL.into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    match check {
        Some(check) => wasm_bindgen_futures::JsFuture::from(check)
            .await
            .is_ok_and(|current| current.is_truthy()),
        None => false,
    }
}

/// Query keys of the page's own address, as pairs.
fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let entries = js_sys::try_iter(&params).ok().flatten();
    entries
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Whether host element `element` asks for this deployment: its `data-observer-brief` names
/// this brief's folder or its `embed.js` (resolved against the host page), or nothing.
fn asks_for_this_deployment(element: &web_sys::Element, base: &str) -> bool {
    let named = element.get_attribute(MOUNT_ATTRIBUTE).unwrap_or_default();
    if named.trim().is_empty() {
        return names_deployment("", base);
    }
    let page = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(named.trim(), &page)
        .is_ok_and(|url| names_deployment(&url.href(), base))
}

/// Mounts a brief into every `[data-observer-brief]` element of the host page that asks for
/// this deployment (`names_deployment`), now and whenever more are added (single-page hosts,
/// widgets that arrive late). Says so in the console when there is none yet. Called by
/// `embed.js`.
#[wasm_bindgen]
pub fn watch() {
    if is_own_page() {
        return;
    }
    let selector = format!("[{MOUNT_ATTRIBUTE}]");
    let mount_all = move || {
        let Ok(list) = document().query_selector_all(&selector) else {
            return 0;
        };
        let base = brief_base();
        let elements: Vec<web_sys::HtmlElement> = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .filter(|e: &web_sys::HtmlElement| asks_for_this_deployment(e, &base))
            .collect();
        for element in &elements {
            mount_with_attributes(element);
        }
        elements.len()
    };
    if mount_all() == 0 {
        web_sys::console::info_1(
            &format!(
                "observer-brief: no [{MOUNT_ATTRIBUTE}] element on this page yet; a brief will \
                 be mounted into each one that is added."
            )
            .into(),
        );
    }
    let on_change = Closure::<dyn Fn()>::new(move || {
        release_removed();
        mount_all();
    });
    let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return;
    };
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    if let Some(body) = document().body() {
        let _ = observer.observe_with_options(&body, &init);
    }
    // The watch lasts as long as the host page.
    on_change.forget();
}

/// Mounts a brief into `element`, a host page's element, with `options` (an object with any of
/// `view`, `theme`, `src`, `statement`, as the data attributes take them). Called by
/// `embed.js`'s `mount()`, for hosts that render their own markup.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) {
    let pairs: Vec<(&str, String)> = MOUNT_KEYS
        .into_iter()
        .filter_map(|key| {
            let value = js_sys::Reflect::get(&options, &key.into()).ok()?;
            Some((key, value.as_string()?))
        })
        .collect();
    mount_into(&element, &pairs);
}

/// Mounts into a `[data-observer-brief]` element with the options of its data attributes
/// (`data-view`, `data-theme`, `data-src`, `data-statement`).
fn mount_with_attributes(element: &web_sys::HtmlElement) {
    let pairs: Vec<(&str, String)> = MOUNT_KEYS
        .into_iter()
        .filter_map(|key| Some((key, element.get_attribute(&format!("data-{key}"))?)))
        .collect();
    mount_into(element, &pairs);
}

/// A shadow root for the brief in host element `element`: its own, or, for an element that
/// cannot hold one (`<figure>`, `<p>`, a custom element that took its own…), that of a `<div>`
/// created inside it, in place of its fallback text. Says in the console why when neither can
/// be had.
fn shadow_for(element: &web_sys::HtmlElement) -> Option<web_sys::ShadowRoot> {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    if let Ok(shadow) = element.attach_shadow(&init) {
        return Some(shadow);
    }
    let holder = document().create_element("div").ok()?;
    // The element's own text was the fallback for when the brief cannot start; its other
    // children (a caption) stay.
    let children = element.child_nodes();
    for i in (0..children.length()).rev() {
        if let Some(node) = children.item(i) {
            if node.node_type() == web_sys::Node::TEXT_NODE {
                let _ = element.remove_child(&node);
            }
        }
    }
    let _ = element.prepend_with_node_1(&holder);
    match holder.attach_shadow(&init) {
        Ok(shadow) => Some(shadow),
        Err(error) => {
            web_sys::console::error_2(
                &format!(
                    "observer-brief: cannot show the brief in this <{}> element: it holds no \
                     shadow root, nor does a <div> inside it:",
                    element.tag_name().to_lowercase()
                )
                .into(),
                &error,
            );
            None
        }
    }
}

/// The brief inside a host page's element, with `pairs` as its options.
fn mount_into(element: &web_sys::HtmlElement, pairs: &[(&str, String)]) {
    // An element is mounted once, however often it is found or named, unless its brief was
    // unmounted when it left the page: then it is mounted again in the same shadow root.
    let released = RELEASED.with_borrow_mut(|released| {
        let at = released.iter().position(|(e, _)| e == element)?;
        Some(released.remove(at).1)
    });
    let seen = MOUNT_ELEMENTS.with_borrow(|mounted| mounted.contains(element));
    if released.is_none() && (seen || element.shadow_root().is_some()) {
        return;
    }
    MOUNT_ELEMENTS.with_borrow_mut(|mounted| mounted.push(element.clone()));
    let Some(shadow) = released.or_else(|| shadow_for(element)) else {
        return;
    };
    let options = Options::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    let base = brief_base();

    // A linked stylesheet, not an inline one, so that a strict Content-Security-Policy on the
    // host (style-src without 'unsafe-inline') still allows it. The brief stays hidden until it
    // has loaded (or failed to), so readers never see it unstyled.
    let document = document();
    let (Ok(link), Ok(container)) = (
        document.create_element("link"),
        document.create_element("div"),
    ) else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &format!("{base}{STYLESHEET}"));
    let _ = container.set_attribute("hidden", "");
    let reveal = {
        let container = container.clone();
        Closure::once_into_js(move || {
            let _ = container.remove_attribute("hidden");
        })
    };
    let _ = link.add_event_listener_with_callback("load", reveal.unchecked_ref());
    let _ = link.add_event_listener_with_callback("error", reveal.unchecked_ref());
    let _ = shadow.append_with_node_2(&link, &container);

    let placement = Placement {
        options,
        host: Host::Shadow(SendWrapper::new(shadow.clone())),
        base,
        page_language: page_language(),
        typed: ArcStoredValue::default(),
    };
    MOUNTED.with_borrow_mut(|roots| roots.push(shadow.clone()));
    let container: web_sys::HtmlElement = container.unchecked_into();
    let app = mount_to(container, move || view! { <App placement/> });
    HOST_APPS.with_borrow_mut(|apps| {
        apps.push(HostApp {
            element: element.clone(),
            shadow,
            _app: Box::new(app),
        })
    });
}

/// The language the page declares on its root (`<html lang="az">`), if it is one of ours.
pub(crate) fn page_language() -> Option<Language> {
    let tag = document().document_element()?.get_attribute("lang")?;
    Language::from_tag(&tag)
}
