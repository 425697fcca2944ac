//! The web dashboard: a page and its script and style, embedded in the binary and served at `/`
//! on the HTTP port. The page holds no data: it reads `/v1/report` and `/v1/sessions*` with the
//! caller's token, so it shows exactly what the API gives that token.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

/// One embedded file: its path, content type and bytes.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    body: &'static str,
}

const ASSETS: [Asset; 3] = [
    Asset {
        path: "/",
        content_type: "text/html; charset=utf-8",
        body: include_str!("assets/index.html"),
    },
    Asset {
        path: "/dashboard/app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("assets/app.js"),
    },
    Asset {
        path: "/dashboard/style.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("assets/style.css"),
    },
];

/// Only the page's own files, nothing from elsewhere; no framing by other sites.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Whether `path` is one of the dashboard's files (open without a token).
pub fn is_asset_path(path: &str) -> bool {
    ASSETS.iter().any(|a| a.path == path)
}

/// The dashboard's routes, merged into the collector's HTTP router.
pub fn routes() -> Router {
    ASSETS.iter().fold(Router::new(), |router, asset| {
        let (content_type, body) = (asset.content_type, asset.body);
        router.route(
            asset.path,
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, content_type),
                        (header::CONTENT_SECURITY_POLICY, CSP),
                        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                        (header::REFERRER_POLICY, "no-referrer"),
                        (header::CACHE_CONTROL, "no-cache"),
                    ],
                    body,
                )
                    .into_response()
            }),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_embedded_files_are_open_paths() {
        assert!(is_asset_path("/"));
        assert!(is_asset_path("/dashboard/app.js"));
        assert!(!is_asset_path("/dashboard/"));
        assert!(!is_asset_path("/v1/report"));
    }

    #[test]
    fn the_page_loads_nothing_from_elsewhere() {
        for a in &ASSETS {
            let body = a.body.replace("http://www.w3.org/2000/svg", "");
            assert!(!body.contains("http://") && !body.contains("https://"), "{}", a.path);
        }
    }
}
