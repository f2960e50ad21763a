//! Work that the first screen does not need, put off until it is shown.

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `later` once the page has painted its first frame and the main thread is free again:
/// in a task after the next animation frame.
pub fn after_first_paint(later: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(later, std::time::Duration::ZERO));
}
