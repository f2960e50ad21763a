//! Toolbar icons. Compile-time constant SVG markup, set with `inner_html`: it never holds text
//! from users or bundles, and costs far less wasm than building each path element in code.

/// A grid of screens.
pub const OVERVIEW: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 3h8v8H3zM13 3h8v8h-8zM3 13h8v8H3zM13 13h8v8h-8z"/></svg>"#;
/// A filled square: the screen goes black.
pub const BLACKOUT: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3" y="5" width="18" height="14" rx="2"/></svg>"#;
/// Four corners: fullscreen.
pub const FULLSCREEN: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 9V3h6v2H5v4zM15 3h6v6h-2V5h-4zM21 15v6h-6v-2h4v-4zM9 21H3v-6h2v4h4z"/></svg>"#;
/// Two windows: the presenter view.
pub const PRESENTER: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M2 4h14v10H2zM4 6v6h10V6zM18 8h4v12H8v-4h2v2h10V10h-2z"/></svg>"#;
/// A half-filled circle: the theme.
pub const THEME: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2v16a8 8 0 0 1 0-16z"/></svg>"#;
/// A question mark in a circle: the keys.
pub const HELP: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 15.5a1.3 1.3 0 1 1 0-2.6 1.3 1.3 0 0 1 0 2.6zm1.2-4.6v.6h-2.3v-1c0-1.4 1.2-2 2-2.6.6-.4.9-.8.9-1.4 0-.9-.8-1.5-1.8-1.5-1 0-1.8.6-2 1.6L7.8 8.2C8.2 6.3 9.9 5 12 5c2.3 0 4.1 1.4 4.1 3.5 0 1.5-1 2.3-1.9 2.9-.6.4-1 .8-1 1.5z"/></svg>"#;
