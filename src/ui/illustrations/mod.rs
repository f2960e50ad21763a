//! Drawn illustrations: inline SVG, coloured by `style/illustrations.css`, every word from props.
//!
//! Each informative drawing is one `<svg role="img">` labelled by its `description` prop; its
//! visible labels are wrapped and shrunk to fit (see `wrap.rs`), so any translation stays inside.

mod actor_figure;
mod boat;
mod figures;
mod label;
mod org_chart;
mod pillars_diagram;
mod qa_devops_diagram;
mod wrap;

pub use actor_figure::ActorFigure;
pub use boat::Boat;
pub use org_chart::OrgChart;
pub use pillars_diagram::PillarsDiagram;
pub use qa_devops_diagram::QaDevopsDiagram;
