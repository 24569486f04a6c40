//! The messages an embedded brief exchanges with the page that frames it, so that the iframe
//! is always exactly as tall as the brief (the host code, `host::frame`, sends them).
//!
//! Two forms: the Pym.js v1 child protocol (string messages such as
//! `pymxPYMx<childId>xPYMxheightxPYMx<px>`), for hosts that use `pym.Parent` or its
//! `data-pym-src` loader; and, without pym.js, plain objects
//! `{ type: "observer-brief:height", height }`. Messages *to* the brief are only acted on when
//! they come from the parent window and from the origin the host gave (`parentUrl` or
//! `parentOrigin`, else the referrer); everything else is ignored.

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
