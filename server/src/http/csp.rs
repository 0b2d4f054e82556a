//! The Content-Security-Policy of every response, set in one place (`super::security_headers`)
//! from what the response is: a page, a page that must run no script, or anything else.

/// A policy other than the one a response's content type gets by default: a handler puts it
/// in its response's extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// A page: our own files, and Leptos' hydration script by this request's nonce. The
    /// default for HTML.
    Page,
    /// A page that runs nothing and loads only our stylesheet and its own images (printed
    /// invites: a page of live codes).
    NoScripts,
    /// Nothing may load or run: JSON, files. The default for everything but HTML.
    Nothing,
}

impl Policy {
    /// The header's value; `nonce` is this request's (see `app::api::ssr::PageNonce`).
    pub fn value(self, nonce: &str) -> String {
        match self {
            Policy::Page => format!(
                "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
                 img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
                 form-action 'self'; frame-ancestors 'none'"
            ),
            Policy::NoScripts => {
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'".into()
            }
            Policy::Nothing => "default-src 'none'; frame-ancestors 'none'; base-uri 'none'".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Policy;

    #[test]
    fn only_a_page_runs_a_script_and_only_by_its_nonce() {
        assert!(Policy::Page.value("abc").contains("script-src 'self' 'nonce-abc'"));
        assert!(!Policy::Page.value("abc").contains("unsafe-inline"));
        for p in [Policy::NoScripts, Policy::Nothing] {
            assert!(!p.value("abc").contains("script-src") && p.value("abc").starts_with("default-src 'none'"));
        }
    }
}
