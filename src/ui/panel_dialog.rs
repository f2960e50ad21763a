//! What the sessions and the transfer dialogs share: a header with the title and a close
//! button, and sections with a heading and an introduction.

use leptos::prelude::*;

use super::dom_tree::{el, El};
use crate::i18n::{keys, Key, Lang};

/// A panel dialog's header: its title (with `id`), and a close button that calls `close`.
pub fn dialog_header(
    id: &'static str,
    lang: Signal<Lang>,
    title: Key,
    close: impl FnMut(web_sys::Event) + Send + 'static,
) -> El {
    el("div")
        .class("panel-dialog__header")
        .child(
            el("h2")
                .attr("id", id)
                .class("panel-dialog__title")
                .live_words(lang, title),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("action-button")
                .live_words(lang, keys::notes::session::CLOSE)
                .on("click", close),
        )
}

/// A section of a panel dialog, headed by `heading` (with `heading_id`) and introduced by the
/// text of `intro`, both following the language.
pub fn dialog_section(
    heading_id: &'static str,
    heading: impl FnMut() -> String + Send + 'static,
    lang: Signal<Lang>,
    intro: Key,
) -> El {
    el("section")
        .class("panel-dialog__section")
        .attr("aria-labelledby", heading_id)
        .child(
            el("h3")
                .attr("id", heading_id)
                .class("panel-dialog__subheading")
                .live_text(heading),
        )
        .child(el("p").class("panel-dialog__intro").live_words(lang, intro))
}
