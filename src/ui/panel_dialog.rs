//! The sessions and the transfer dialogs: a native `<dialog>` kept for opening later, with a
//! header (its title and a close button), and sections with a heading and an introduction.

use leptos::prelude::*;

use super::dom_tree::{el, El, ElementRef};
use crate::browser::dialog;
use crate::i18n::{keys, Key, Lang};

/// A panel dialog, kept in `at` once it is in the page, named by its `title` (a heading with
/// `title_id`), with a close button. Add its content as children.
pub fn panel_dialog(at: ElementRef, title_id: &'static str, lang: Memo<Lang>, title: Key) -> El {
    el("dialog")
        .class("panel-dialog")
        .attr("aria-labelledby", title_id)
        .on_mount(move |element| at.set_value(Some(element.clone())))
        .child(
            el("div")
                .class("panel-dialog__header")
                .child(
                    el("h2")
                        .attr("id", title_id)
                        .class("panel-dialog__title")
                        .live_words(lang, title),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("action-button")
                        .live_words(lang, keys::notes::session::CLOSE)
                        .on("click", move |_| close_panel(at)),
                ),
        )
}

/// Opens the panel dialog kept in `at` as a modal; false if it is not in the page.
pub fn open_panel(at: ElementRef) -> bool {
    let Some(element) = at.get_value() else {
        return false;
    };
    dialog::open_modal(&element);
    true
}

/// Closes the panel dialog kept in `at`, if it is in the page.
pub fn close_panel(at: ElementRef) {
    if let Some(element) = at.get_value() {
        dialog::close(&element);
    }
}

/// A section of a panel dialog, headed by `heading` (with `heading_id`) and, if there is one,
/// introduced by the text of `intro`, both following the language.
pub fn dialog_section(
    heading_id: &'static str,
    heading: impl FnMut() -> String + Send + 'static,
    lang: Memo<Lang>,
    intro: Option<Key>,
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
        .maybe(intro.map(|intro| el("p").class("panel-dialog__intro").live_words(lang, intro)))
}
