//! Putting the brief on a page: as the whole page (standalone, or inside an iframe), or into
//! each `<div data-observer-brief>` of a host page, each inside its own shadow root so that the
//! host's styles and the brief's leave each other alone.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed::options::Options;
use crate::host::frame;
use crate::state::placement::{Host, Placement};
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
    static MOUNTED: std::cell::RefCell<Vec<web_sys::ShadowRoot>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The shadow roots of the briefs mounted into host elements so far.
pub fn mounted_roots() -> Vec<web_sys::ShadowRoot> {
    MOUNTED.with_borrow(|roots| roots.clone())
}

/// Starts the brief: into every mount element of a host page, or, when there is none, as the
/// whole page.
pub fn start() {
    let elements = document()
        .query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]"))
        .ok();
    let elements: Vec<web_sys::HtmlElement> = elements
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default();
    if elements.is_empty() {
        mount_page();
    } else {
        for element in elements {
            mount_into(&element);
        }
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

/// The brief as the whole page, with the options of its query (`?view=timeline&embed=1`).
fn mount_page() {
    let pairs = query_pairs();
    let options = Options::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    if let Some(root) = document().document_element() {
        // The page's own background and colour scheme follow the theme; inside an iframe the
        // page is transparent so the host's background shows (opened on its own, it is not).
        let _ = root.set_attribute("data-theme", options.theme.key());
        let framed = window()
            .parent()
            .ok()
            .flatten()
            .is_some_and(|p| p != window());
        if options.embed && framed {
            let _ = root.set_attribute("data-embed", "");
        }
    }
    if let Some(notice) = document().get_element_by_id("boot-loading") {
        notice.remove();
    }
    let placement = Placement {
        options: options.clone(),
        host: Host::Page,
        base: brief_base(),
    };
    mount_to_body(move || view! { <App placement/> });
    if options.embed {
        frame::connect(&options);
    }
}

/// The brief inside a host page's mount element, with the options of its data attributes
/// (`data-view`, `data-theme`, `data-src`, `data-statement`).
fn mount_into(element: &web_sys::HtmlElement) {
    // The script may be included twice; each element gets one brief.
    if element.shadow_root().is_some() {
        return;
    }
    let Ok(shadow) =
        element.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
    else {
        return;
    };
    let attribute = |name: &str| element.get_attribute(&format!("data-{name}"));
    let pairs: Vec<(&str, String)> = ["view", "theme", "src", "statement"]
        .into_iter()
        .filter_map(|key| Some((key, attribute(key)?)))
        .collect();
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
    };
    MOUNTED.with_borrow_mut(|roots| roots.push(shadow));
    let container: web_sys::HtmlElement = container.unchecked_into();
    // The brief lives as long as the host page.
    mount_to(container, move || view! { <App placement/> }).forget();
}
