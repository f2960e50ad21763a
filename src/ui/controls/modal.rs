//! A modal overlay on the native `<dialog>`: the browser traps focus inside it and closes it
//! on Escape; when it closes, focus returns to where it was.

use leptos::html::Dialog;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use crate::i18n::{keys, text, Lang};
use crate::ui::static_dom::el;

/// A modal dialog with a heading and a close button. `on_close` runs however it is closed.
#[component]
pub fn Modal<C: IntoView + 'static>(
    /// The dialog's heading, also its accessible name.
    title: String,
    /// Its `id`, for styling and tests.
    id: &'static str,
    lang: Lang,
    /// Called when the dialog closes (Escape, the close button, or the caller).
    on_close: Callback<()>,
    /// Typed rather than `Children`: that would box the body as an `AnyView`, whose machinery
    /// the app otherwise does without.
    children: TypedChildren<C>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let return_focus = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let return_focus = SendWrapper::new(return_focus);
    on_cleanup(move || {
        // While a modal dialog is open the rest of the page is inert: close it first.
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        if let Some(element) = return_focus.take() {
            let _ = element.focus();
        }
    });
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    });
    let heading_id = format!("{id}-title");
    let labelled_by = heading_id.clone();
    view! {
        <dialog
            node_ref=dialog
            id=id
            class="modal"
            aria-labelledby=labelled_by
            // Escape fires `cancel` at once, `close` only a task later: closing on `cancel`
            // hands the keyboard back before the next key press.
            on:cancel=move |event: leptos::ev::Event| {
                event.prevent_default();
                on_close.run(());
            }
            on:close=move |_| on_close.run(())
        >
            {el("div")
                .class("modal__header")
                .child(el("h2").attr("id", heading_id).class("modal__title").text(title))
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("modal__close")
                        .attr("aria-label", text(lang, keys::controls::CLOSE))
                        .attr("title", text(lang, keys::controls::CLOSE))
                        .text("×")
                        .on("click", move |_| on_close.run(())),
                )}
            <div class="modal__body">{children.into_inner()()}</div>
        </dialog>
    }
}
