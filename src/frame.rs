//! Talking to the page that frames an embedded brief, so that the iframe is always exactly as
//! tall as the brief.
//!
//! Two forms: the Pym.js v1 child protocol (string messages such as
//! `pymxPYMx<childId>xPYMxheightxPYMx<px>`), for hosts that use `pym.Parent` or its
//! `data-pym-src` loader; and, without pym.js, plain objects
//! `{ type: "observer-brief:height", height }`. Messages *to* the brief are only acted on when
//! they come from the parent window and from the origin the host gave (`parentUrl` or
//! `parentOrigin`, else the referrer); everything else is ignored.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::options::Options;
use crate::origin::origin_of;

/// Pym.js's separator between the parts of a message.
pub const PYM_DELIMITER: &str = "xPYMx";

/// The `type` of the plain message that carries the brief's height to its host.
pub const PLAIN_HEIGHT: &str = "observer-brief:height";

/// The `type` of the plain message a host sends to ask for the height again.
pub const PLAIN_MEASURE: &str = "observer-brief:measure";

/// A Pym.js message from child `child_id`, e.g. `pymxPYMxbriefxPYMxheightxPYMx1200`.
pub fn pym_message(child_id: &str, kind: &str, value: &str) -> String {
    ["pym", child_id, kind, value].join(PYM_DELIMITER)
}

/// The kind and value of a Pym.js message addressed to `child_id`, or `None` for anything
/// else (other children's messages, other libraries' messages).
pub fn parse_pym_message<'a>(data: &'a str, child_id: &str) -> Option<(&'a str, &'a str)> {
    let rest = data
        .strip_prefix("pym")?
        .strip_prefix(PYM_DELIMITER)?
        .strip_prefix(child_id)?
        .strip_prefix(PYM_DELIMITER)?;
    let (kind, value) = rest.split_once(PYM_DELIMITER)?;
    (!kind.is_empty() && !kind.contains(char::is_whitespace)).then_some((kind, value))
}

/// The brief's end of the conversation with its parent frame.
struct Channel {
    parent: web_sys::Window,
    /// `Some` when pym.js embeds us.
    pym_child_id: Option<String>,
    /// Where height messages go: the parent's origin when known, else any.
    target_origin: String,
    last_height: Cell<i32>,
}

impl Channel {
    /// Tells the parent the brief's height, unless it has not changed and nobody asked.
    fn send_height(&self, asked: bool) {
        let Some(root) = leptos::prelude::document().document_element() else {
            return;
        };
        let height = root.get_bounding_client_rect().height().ceil() as i32;
        if !asked && height == self.last_height.get() {
            return;
        }
        self.last_height.set(height);
        let message: JsValue = match &self.pym_child_id {
            Some(id) => pym_message(id, "height", &height.to_string()).into(),
            None => {
                let object = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&object, &"type".into(), &PLAIN_HEIGHT.into());
                let _ = js_sys::Reflect::set(&object, &"height".into(), &height.into());
                object.into()
            }
        };
        let _ = self.parent.post_message(&message, &self.target_origin);
    }

    /// Whether a message asks for the height again.
    fn asks_for_height(&self, data: &JsValue) -> bool {
        match &self.pym_child_id {
            Some(id) => data
                .as_string()
                .is_some_and(|d| matches!(parse_pym_message(&d, id), Some(("width", _)))),
            None => js_sys::Reflect::get(data, &"type".into())
                .ok()
                .and_then(|t| t.as_string())
                .is_some_and(|t| t == PLAIN_MEASURE),
        }
    }
}

/// When the page is framed, reports its height to the parent now and whenever it changes, and
/// answers the parent's requests for it. Does nothing when the page is not in a frame.
pub fn connect(options: &Options) {
    let window = leptos::prelude::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let expected_origin = options
        .parent_url
        .as_deref()
        .and_then(origin_of)
        .or_else(|| origin_of(&leptos::prelude::document().referrer()));
    let channel = Rc::new(Channel {
        parent: parent.clone(),
        pym_child_id: options.pym_child_id.clone(),
        target_origin: expected_origin.clone().unwrap_or_else(|| "*".into()),
        last_height: Cell::new(-1),
    });

    // Filters, expanded entries, web fonts and a narrower window all change the height.
    let on_resize = {
        let channel = channel.clone();
        Closure::<dyn Fn()>::new(move || channel.send_height(false))
    };
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        leptos::prelude::document().document_element(),
    ) {
        observer.observe(&root);
    }
    // Both live as long as the page.
    on_resize.forget();

    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = event
                .source()
                .is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
            let from_expected_origin = expected_origin.as_deref() == Some(event.origin().as_str());
            if from_parent && from_expected_origin && channel.asks_for_height(&event.data()) {
                channel.send_height(true);
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_height_message_has_pyms_exact_form() {
        assert_eq!(
            pym_message("brief", "height", "1234"),
            "pymxPYMxbriefxPYMxheightxPYMx1234"
        );
    }

    #[test]
    fn a_width_message_for_this_child_is_read() {
        assert_eq!(
            parse_pym_message("pymxPYMxbriefxPYMxwidthxPYMx375", "brief"),
            Some(("width", "375"))
        );
        let round_trip = pym_message("a-b_1", "width", "1280");
        assert_eq!(
            parse_pym_message(&round_trip, "a-b_1"),
            Some(("width", "1280"))
        );
    }

    #[test]
    fn other_childrens_and_other_libraries_messages_are_not() {
        for data in [
            "pymxPYMxotherxPYMxwidthxPYMx375",
            "pymxPYMxbriefxxPYMxwidthxPYMx375",
            "pymxPYMxbriefxPYMxwidth",
            "pymxPYMxbriefxPYMxxPYMx375",
            "{\"type\":\"observer-brief:measure\"}",
            "",
        ] {
            assert_eq!(parse_pym_message(data, "brief"), None, "{data}");
        }
    }
}
