//! A modal overlay on the native `<dialog>`: the browser traps focus inside it and closes it
//! on Escape; when it closes, focus returns to where it was (`Controls::close_overlay`).

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::browser::dialog;
use crate::i18n::{keys, text};
use crate::ui::context::{use_controls, use_lang};

/// An overlay: a modal dialog with a heading (`title`, also its accessible name), a close
/// button and its children. `id` is for styling and tests. However it is closed (Escape, the
/// close button), the controls' overlay is cleared. Built again in place (the language
/// changed), it is the same element, still open: nothing here closes it on the way.
#[component]
pub fn Modal(title: String, id: &'static str, children: Children) -> impl IntoView {
    let controls = use_controls();
    let lang = use_lang().get_untracked();
    let dialog_ref = NodeRef::<Dialog>::new();
    // Taken out of the page, a modal dialog leaves the top layer and the page is no longer
    // inert (the HTML standard's removing steps).
    dialog_ref.on_load(|element| dialog::open_modal(&element));
    let close = move || controls.close_overlay();
    let (labelled_by, heading_id) = (format!("{id}-title"), format!("{id}-title"));
    view! {
        <dialog
            node_ref=dialog_ref
            id=id
            class="modal"
            aria-labelledby=labelled_by
            // Escape fires `cancel` at once, `close` only a task later: closing on `cancel`
            // hands the keyboard back before the next key press.
            on:cancel=move |event: web_sys::Event| {
                event.prevent_default();
                close();
            }
            // `close` also arrives a task after the dialog was closed by its own removal: by
            // then another overlay may be open, which must stay open. Only a dialog still in
            // the page reports its closing.
            on:close=move |event| {
                if dialog::is_still_in_page(&event) {
                    close();
                }
            }
        >
            <div class="modal__header">
                <h2 id=heading_id class="modal__title">{title}</h2>
                <button
                    type="button"
                    class="modal__close"
                    aria-label=text(lang, keys::controls::CLOSE)
                    title=text(lang, keys::controls::CLOSE)
                    on:click=move |_| close()
                >
                    "×"
                </button>
            </div>
            <div class="modal__body">{children()}</div>
        </dialog>
    }
}
