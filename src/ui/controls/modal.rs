//! A modal overlay on the native `<dialog>`: the browser traps focus inside it and closes it
//! on Escape; when it closes, focus returns to where it was.

use crate::reactive::*;

use crate::browser::{dialog, focus};
use crate::i18n::{keys, text, Lang};
use crate::ui::command::Command;
use crate::ui::dom_tree::{el, El, ElementRef};

/// A modal dialog with a heading (`title`, also its accessible name), a close button and
/// `body`. `id` is for styling and tests. `on_close` runs however it is closed: Escape, the
/// close button, or the caller.
pub fn modal(
    title: &str,
    id: &'static str,
    lang: Lang,
    on_close: Command,
    body: impl IntoIterator<Item = El>,
) -> El {
    let return_focus = StoredValue::new_local(focus::focused());
    let shown = ElementRef::new_local(None);
    on_cleanup(move || {
        // While a modal dialog is open the rest of the page is inert: close it first.
        if let Some(element) = shown.try_get_value().flatten() {
            dialog::close(&element);
        }
        return_focus.try_with_value(|element| element.as_ref().map(focus::FocusedElement::restore));
    });
    let heading_id = format!("{id}-title");
    el("dialog")
        .attr("id", id)
        .class("modal")
        .attr("aria-labelledby", heading_id.clone())
        // Escape fires `cancel` at once, `close` only a task later: closing on `cancel`
        // hands the keyboard back before the next key press.
        .on("cancel", move |event| {
            event.prevent_default();
            on_close();
        })
        // `close` also arrives a task after the dialog was closed by its own removal: by then
        // another overlay may be open, which must stay open. Only a dialog still in the page
        // reports its closing.
        .on("close", move |event| {
            if dialog::is_still_in_page(&event) {
                on_close();
            }
        })
        .on_mount(move |element| {
            shown.set_value(Some(element.clone()));
            dialog::open_modal(element);
        })
        .child(
            el("div")
                .class("modal__header")
                .child(
                    el("h2")
                        .attr("id", heading_id)
                        .class("modal__title")
                        .text(title),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("modal__close")
                        .attr("aria-label", text(lang, keys::controls::CLOSE))
                        .attr("title", text(lang, keys::controls::CLOSE))
                        .text("×")
                        .on("click", move |_| on_close()),
                ),
        )
        .child(el("div").class("modal__body").children(body))
}
