//! What a reader sees when the brief panics: a message in its place, never a frozen page.

use crate::host::mount;
use crate::words::{locale_of, words};

/// Logs panics to the console and tells the reader, instead of leaving a frozen page: in each
/// mounted brief's place on a host page, or at the top of the brief's own page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let document = leptos::prelude::document();
        let Ok(notice) = document.create_element("p") else {
            return;
        };
        notice.set_class_name("fatal-error");
        notice.set_attribute("role", "alert").ok();
        // In the page's language: the brief that failed may not have said its own.
        let language = mount::page_language().unwrap_or_default();
        notice.set_text_content(Some(words!(locale_of(language), crashed)));
        // A host page outside the briefs mounted into it is never touched.
        if mount::is_own_page() {
            if let Some(body) = document.body() {
                body.prepend_with_node_1(&notice).ok();
            }
        }
        let mounted = mount::mounted_roots();
        for root in mounted {
            root.set_inner_html("");
            if let Ok(copy) = notice.clone_node_with_deep(true) {
                root.append_child(&copy).ok();
            }
        }
    }));
}
