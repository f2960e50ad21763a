//! Drawn illustrations: inline SVG, coloured by `style/illustrations.css`, every word from props.
//!
//! Each informative drawing is one `<svg role="img">` labelled by its `description` prop; its
//! visible labels are wrapped and shrunk to fit (see `wrap.rs`), so any translation stays inside.
//!
//! Kept small in the wasm (see `drawing.rs`): the shapes are compile-time constant SVG markup
//! without any words, set as `innerHTML`; only the labels are built at run time, as text nodes;
//! and numbers are printed with integer arithmetic, never with float formatting.

mod actor_figure;
mod boat;
mod drawing;
mod figures;
mod label;
mod org_chart;
mod pillars_diagram;
mod qa_devops_diagram;
mod scenes;
mod wrap;

pub use actor_figure::actor_figure;
pub use boat::boat;
pub use drawing::{Drawing, DrawingView};
pub use org_chart::org_chart;
pub use pillars_diagram::pillars_diagram;
pub use qa_devops_diagram::qa_devops_diagram;
pub use scenes::act_scene;
