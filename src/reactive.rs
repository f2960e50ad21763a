//! What the app uses of Leptos, as `leptos::prelude` re-exports it: the reactive system
//! (`reactive_graph`: signals, memos, effects, owners, stored values) and the browser helpers
//! of `leptos_dom` (timeouts, intervals, animation frames, event targets). The app depends on
//! these crates of Leptos directly, not on the `leptos` crate: that one also brings Leptos's
//! server functions, whose wasm-streams classes are exported by every build.

pub use leptos_dom::helpers::*;
pub use reactive_graph::prelude::*;
pub use reactive_graph::{computed::*, effect::*, graph::untrack, owner::*, signal::*};
