//! The browser's files under `/pkg`: the stylesheet, and the script and WebAssembly that the
//! kiosk's islands run. The build (`.ci/build.sh`) names each by a hash of its content and
//! writes brotli and gzip copies beside it, so each is served precompressed and may be kept
//! by the browser for a year: a new build has new names. A second kiosk screen then costs
//! only its HTML. (Pages stay `no-store`: see `app::shell`.)

use axum::{
    Router,
    extract::Request,
    http::{HeaderValue, header},
    middleware::{self, Next},
    response::Response,
};
use std::path::Path;
use tower_http::services::ServeDir;

/// The names the build gave this release's files (`assets.txt` in the site root).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetNames {
    /// The script and WebAssembly, without extension: `tiptoes.<hash>`.
    pub script: String,
    /// The stylesheet's file name: `tiptoes.<hash>.css`.
    pub stylesheet: String,
}

impl Default for AssetNames {
    /// The plain names `cargo leptos watch` writes while developing.
    fn default() -> Self {
        AssetNames { script: "tiptoes".into(), stylesheet: "tiptoes.css".into() }
    }
}

impl AssetNames {
    /// Reads `assets.txt` (`script=…` and `stylesheet=…` lines). Without it (a development
    /// build), the plain names.
    pub fn read(site_root: &Path) -> AssetNames {
        let Ok(text) = std::fs::read_to_string(site_root.join("assets.txt")) else {
            return AssetNames::default();
        };
        let mut names = AssetNames::default();
        for line in text.lines() {
            match line.split_once('=') {
                Some(("script", v)) if safe_name(v) => names.script = v.trim().into(),
                Some(("stylesheet", v)) if safe_name(v) => names.stylesheet = v.trim().into(),
                _ => {}
            }
        }
        names
    }
}

/// A file name the page may carry in an attribute as it is.
fn safe_name(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-')
}

/// `/pkg/…`, served from `<site_root>/pkg`, precompressed where the build wrote copies.
pub fn routes<S: Clone + Send + Sync + 'static>(site_root: &Path) -> Router<S> {
    let files = ServeDir::new(site_root.join("pkg")).precompressed_br().precompressed_gzip();
    Router::new().fallback_service(files).layer(middleware::from_fn(cache_control))
}

/// A year, never revalidated, for a name with a content hash; otherwise ask every time.
async fn cache_control(req: Request, next: Next) -> Response {
    let hashed = has_content_hash(req.uri().path());
    let mut res = next.run(req).await;
    let kept = res.status().is_success() || res.status() == axum::http::StatusCode::NOT_MODIFIED;
    let value = match (kept, hashed) {
        (true, true) => "public, max-age=31536000, immutable",
        (true, false) => "no-cache",
        // A missing file may be there after the next deploy: keep nothing.
        (false, _) => "no-store",
    };
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    // The same address answers brotli, gzip or plain by what the browser accepts: a cache on
    // the way must keep them apart (ServeDir does not say so itself).
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    res
}

/// Whether a file name has a part of 16 hexadecimal digits, as the build writes:
/// `tiptoes.0123456789abcdef.wasm`.
fn has_content_hash(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split('.').any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_with_a_content_hash_are_kept_for_a_year() {
        assert!(has_content_hash("/tiptoes.0123456789abcdef.wasm"));
        assert!(has_content_hash("/tiptoes.0123456789abcdef.css"));
        assert!(!has_content_hash("/tiptoes.css"));
        assert!(!has_content_hash("/tiptoes.0123456789abcde.js"));
        assert!(!has_content_hash("/0123456789abcdef/tiptoes.js"));
    }

    #[test]
    fn the_names_come_from_the_build_or_are_the_plain_ones() {
        let dir = std::env::temp_dir().join(format!("tiptoes-assets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(AssetNames::read(&dir), AssetNames::default());
        std::fs::write(dir.join("assets.txt"), "script=tiptoes.0123456789abcdef\nstylesheet=tiptoes.fedcba9876543210.css\n").unwrap();
        let names = AssetNames::read(&dir);
        assert_eq!(names.script, "tiptoes.0123456789abcdef");
        assert_eq!(names.stylesheet, "tiptoes.fedcba9876543210.css");
        // Nothing that could break out of an attribute is taken.
        std::fs::write(dir.join("assets.txt"), "script=\"><script>\nstylesheet=a b.css\n").unwrap();
        assert_eq!(AssetNames::read(&dir), AssetNames::default());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
