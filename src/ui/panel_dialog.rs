//! The sessions and the transfer dialogs: a native modal `<dialog>`, built when it opens and
//! taken out of the page when it closes, with a header (its title and a close button), and
//! sections with a heading and an introduction.

use leptos::html::Dialog;
use leptos::prelude::*;

use super::context::words;
use crate::browser::dialog;
use crate::i18n::{keys, Key};

/// The panel dialog a component is in: what closes it.
#[derive(Clone, Copy)]
pub struct OpenPanel(NodeRef<Dialog>);

impl OpenPanel {
    /// Closes the panel: focus goes back to where it was, and its `close` event takes it out
    /// of the page.
    pub fn close(self) {
        if let Some(element) = self.0.get_untracked() {
            element.close();
        }
    }
}

/// A panel dialog, open as a modal as soon as it is in the page, named by its `title` (a
/// heading with `title_id`), with a close button. `open` turns false when it closes (Escape,
/// the close button, [`OpenPanel::close`]): build it only while `open` holds. Its children
/// find the [`OpenPanel`] in context.
#[component]
pub fn PanelDialog(
    open: RwSignal<bool>,
    title_id: &'static str,
    title: Key,
    children: Children,
) -> impl IntoView {
    let dialog_ref = NodeRef::<Dialog>::new();
    provide_context(OpenPanel(dialog_ref));
    // Closed, the browser gives the focus back to where it was; taken out of the page while
    // open, a modal dialog leaves the top layer and the page is no longer inert (the HTML
    // standard's removing steps).
    dialog_ref.on_load(|element| dialog::open_modal(&element));
    view! {
        <dialog
            node_ref=dialog_ref
            class="panel-dialog"
            aria-labelledby=title_id
            // `close` also arrives a task after the dialog was closed by its own removal, when
            // another may be open: only a dialog still in the page reports its closing.
            on:close=move |event| {
                if dialog::is_still_in_page(&event) {
                    open.set(false);
                }
            }
        >
            <div class="panel-dialog__header">
                <h2 id=title_id class="panel-dialog__title">
                    {words(title)}
                </h2>
                <button
                    type="button"
                    class="action-button"
                    on:click=move |_| OpenPanel(dialog_ref).close()
                >
                    {words(keys::notes::session::CLOSE)}
                </button>
            </div>
            {children()}
        </dialog>
    }
}

/// A section of a panel dialog, headed by `heading` (with `heading_id`) and, if there is one,
/// introduced by the text of `intro`, both following the language.
#[component]
pub fn DialogSection(
    heading_id: &'static str,
    heading: impl IntoView + 'static,
    #[prop(optional)] intro: Option<Key>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="panel-dialog__section" aria-labelledby=heading_id>
            <h3 id=heading_id class="panel-dialog__subheading">
                {heading}
            </h3>
            {intro.map(|intro| view! { <p class="panel-dialog__intro">{words(intro)}</p> })}
            {children()}
        </section>
    }
}
