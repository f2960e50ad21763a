//! The sessions and the transfer dialogs: a native modal `<dialog>`, built when it opens and
//! taken out of the page when it closes, with a header (its title and a close button), and
//! sections with a heading and an introduction.

use crate::reactive::*;

use super::dom_tree::{el, El, ElementRef};
use crate::browser::dialog;
use crate::i18n::{keys, Key, Lang};

/// A panel dialog, open as a modal as soon as it is in the page and kept in `at` while it is,
/// named by its `title` (a heading with `title_id`), with a close button. `open` turns false
/// when it closes (Escape, the close button, [`close_panel`]): build it only while `open`
/// holds. Add its content as children.
pub fn panel_dialog(
    at: ElementRef,
    open: RwSignal<bool>,
    title_id: &'static str,
    lang: Memo<Lang>,
    title: Key,
) -> El {
    // Taken out of the page while open (another part of the page rebuilt it): close it
    // first, so the rest of the page is not left inert.
    on_cleanup(move || close_panel(at));
    el("dialog")
        .class("panel-dialog")
        .attr("aria-labelledby", title_id)
        .on_mount(move |element| {
            at.set_value(Some(element.clone()));
            dialog::open_modal(element);
        })
        // `close` also arrives a task after the dialog was closed by its own removal, when
        // another may be open: only a dialog still in the page reports its closing.
        .on("close", move |event| {
            if dialog::is_still_in_page(&event) {
                open.set(false);
            }
        })
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

/// Closes the panel dialog kept in `at`, if it is in the page: focus goes back to where it
/// was, and its `close` event takes it out of the page.
pub fn close_panel(at: ElementRef) {
    if let Some(element) = at.try_get_value().flatten() {
        dialog::close(&element);
    }
}

/// A section of a panel dialog, headed by `heading` (with `heading_id`) and, if there is one,
/// introduced by the text of `intro`, both following the language.
pub fn dialog_section(
    heading_id: &'static str,
    heading: impl FnMut() -> String + 'static,
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
