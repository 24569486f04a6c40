//! observer-brief: one news report about election observation, as an article, mission cards
//! and a timeline of statements that all lead back to the sentence they came from.

pub mod components;
pub mod date;
pub mod embed_code;
pub mod filter;
pub mod frame;
pub mod load;
pub mod model;
pub mod mount;
pub mod options;
pub mod origin;
pub mod placement;
pub mod provenance;
pub mod reader_state;
pub mod search;
pub mod share;
pub mod timeline;
pub mod url_state;
pub mod validate;

/// Logs panics to the console and tells the reader, instead of leaving a frozen page: in each
/// mounted brief's place on a host page, or at the top of the brief's own page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let document = leptos::prelude::document();
        let Ok(notice) = document.create_element("p") else {
            return;
        };
        notice.set_class_name("fatal-error");
        notice.set_attribute("role", "alert").ok();
        notice.set_text_content(Some(
            "Something went wrong while showing the brief. Reload the page to try again.",
        ));
        let mounted = mount::mounted_roots();
        if mounted.is_empty() {
            if let Some(body) = document.body() {
                body.prepend_with_node_1(&notice).ok();
            }
        }
        for root in mounted {
            root.set_inner_html("");
            if let Ok(copy) = notice.clone_node_with_deep(true) {
                root.append_child(&copy).ok();
            }
        }
    }));
}
