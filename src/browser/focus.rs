//! The keyboard focus: where it is, and moving it. The only place that reads the active
//! element or focuses one.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element that had the focus, to give it back later (when a dialog closes); by default,
/// none.
#[derive(Default)]
pub struct FocusedElement(Option<web_sys::HtmlElement>);

/// The element that has the focus now, if it can take it back.
pub fn focused() -> Option<FocusedElement> {
    document()?
        .active_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
        .map(|element| FocusedElement(Some(element)))
}

impl FocusedElement {
    /// Gives the focus back to this element, if it is still in the page.
    pub fn restore(&self) {
        if let Some(element) = self.0.as_ref().filter(|element| element.is_connected()) {
            let _ = element.focus();
        }
    }
}

/// Moves focus to the element with `id` without scrolling the page.
pub fn focus_by_id(id: &str) {
    let Some(element) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// On an arrow key (`event`, a `keydown`), moves the focus to the next or previous element
/// that matches `among` (right and down: next; left and up: previous), in document order, and
/// keeps the key from scrolling the page. Other keys are left alone.
pub fn step_with_arrows(event: &web_sys::KeyboardEvent, among: &str) {
    let step: i32 = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        _ => return,
    };
    let Some(document) = document() else {
        return;
    };
    let Ok(candidates) = document.query_selector_all(among) else {
        return;
    };
    let count = candidates.length() as i32;
    if count == 0 {
        return;
    }
    let active: Option<web_sys::Node> = document.active_element().map(Into::into);
    let current = (0..count)
        .find(|i| candidates.item(*i as u32) == active)
        .unwrap_or(-1);
    let target = (current + step).clamp(0, count - 1);
    if let Some(next) = candidates
        .item(target as u32)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        event.prevent_default();
        let _ = next.focus();
    }
}
