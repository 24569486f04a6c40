//! Whose data a brief may show. A link or a mount element may point the brief at another data
//! file (`?src=`, `data-src`), but only on the brief's own origin or on an origin the deployer
//! listed when building; otherwise anyone could craft a link that makes the deployer's domain
//! display fabricated quotes.

/// The origins the deployer allows besides the brief's own, read when building from
/// `OBSERVER_BRIEF_DATA_ORIGINS` (set in `.cargo/config.toml` or the environment), separated by
/// spaces or commas, e.g. `https://data.example.org, https://cdn.example.com`.
pub const BUILD_ALLOWLIST: &str = match option_env!("OBSERVER_BRIEF_DATA_ORIGINS") {
    Some(list) => list,
    None => "",
};

/// The origin (`scheme://host[:port]`, lower case, default port left out) of an absolute
/// http or https URL; `None` for anything else (`javascript:`, `data:`, relative paths).
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => ":80",
        "https" => ":443",
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next()?;
    // Credentials before an @ are not part of the origin.
    let host_port = authority.rsplit('@').next()?.to_ascii_lowercase();
    let host_port = host_port.strip_suffix(default_port).unwrap_or(&host_port);
    let valid = !host_port.is_empty()
        && host_port
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]_".contains(c));
    valid.then(|| format!("{scheme}://{host_port}"))
}

/// Whether absolute URL `url` carries a user name or password before its host
/// (`https://user:pass@host/…`): the brief never sends credentials, so such an address is
/// refused as an address, not tried. Relative paths and other schemes carry none.
pub fn has_credentials(url: &str) -> bool {
    let Some((_, rest)) = url.trim().split_once("://") else {
        return false;
    };
    rest.split(['/', '?', '#'])
        .next()
        .is_some_and(|authority| authority.contains('@'))
}

/// Reads a deployer's list of origins. Each entry must be a bare origin (a trailing `/` is
/// allowed); the second list holds the entries that are not, so they can be reported.
pub fn parse_allowlist(list: &str) -> (Vec<String>, Vec<String>) {
    let mut allowed = Vec::new();
    let mut invalid = Vec::new();
    for entry in list.split([' ', ',', '\n', '\t']).filter(|e| !e.is_empty()) {
        let bare = entry.strip_suffix('/').unwrap_or(entry);
        match origin_of(bare) {
            Some(origin) if bare.matches('/').count() == 2 && !bare.contains(['?', '#', '@']) => {
                allowed.push(origin)
            }
            _ => invalid.push(entry.to_string()),
        }
    }
    (allowed, invalid)
}

/// Whether data from `origin` may be shown by a brief served from `own_origin`, given the
/// deployer's `allowlist` of origins.
pub fn is_allowed(origin: &str, own_origin: &str, allowlist: &[String]) -> bool {
    origin == own_origin || allowlist.iter().any(|allowed| allowed == origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalised() {
        assert_eq!(
            origin_of("HTTPS://News.Example:443/a/b?c#d").as_deref(),
            Some("https://news.example")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8090/widgets/brief/").as_deref(),
            Some("http://127.0.0.1:8090")
        );
        assert_eq!(
            origin_of("http://user:pw@evil.example/x").as_deref(),
            Some("http://evil.example")
        );
    }

    #[test]
    fn credentials_are_found_before_the_host_only() {
        for with in [
            "https://user:pw@brief.example/data.json",
            "http://user@127.0.0.1:8090/widgets/brief/data/brief.json",
            "https://:pw@brief.example/",
        ] {
            assert!(has_credentials(with), "{with}");
        }
        for without in [
            "https://brief.example/data.json",
            "https://brief.example/a@b.json",
            "https://brief.example/data.json?by=me@example.org",
            "https://brief.example/#me@example.org",
            "data/brief@2.json",
            "mailto:me@example.org",
        ] {
            assert!(!has_credentials(without), "{without}");
        }
    }

    #[test]
    fn only_http_and_https_urls_have_an_origin_here() {
        for url in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
            "data/brief.json",
            "//evil.example/x.json",
            "https://",
            "https://exa mple.com/",
        ] {
            assert_eq!(origin_of(url), None, "{url}");
        }
    }

    #[test]
    fn the_allowlist_takes_bare_origins_and_reports_the_rest() {
        let (allowed, invalid) = parse_allowlist(
            "https://data.example.org, https://cdn.example.com/\nhttp://localhost:9000 \
             https://x.example/path ftp://files.example",
        );
        assert_eq!(
            allowed,
            [
                "https://data.example.org",
                "https://cdn.example.com",
                "http://localhost:9000"
            ]
        );
        assert_eq!(invalid, ["https://x.example/path", "ftp://files.example"]);
        assert_eq!(parse_allowlist(""), (vec![], vec![]));
    }

    #[test]
    fn by_default_only_the_briefs_own_origin_is_allowed() {
        let own = "https://brief.example";
        assert!(is_allowed("https://brief.example", own, &[]));
        assert!(!is_allowed("https://evil.example", own, &[]));
        assert!(!is_allowed("https://brief.example.evil.example", own, &[]));
        assert!(!is_allowed("http://brief.example", own, &[]));
    }

    #[test]
    fn listed_origins_are_allowed_exactly() {
        let list = vec!["https://data.example.org".to_string()];
        let own = "https://brief.example";
        assert!(is_allowed("https://data.example.org", own, &list));
        assert!(!is_allowed("https://data.example.org:8443", own, &list));
        assert!(!is_allowed("https://evil-data.example.org", own, &list));
    }
}
