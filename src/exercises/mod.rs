//! The team exercises: casting the play, the show of hands, the DORA four keys check, the
//! three pillars check, the "van … naar" shifts, the team composition canvas and the action
//! plan. Their results are kept in the workshop session (see [`results`]), field by field
//! (see [`fields`]); the scoring and the aggregation are here, in plain Rust.

pub mod cast;
pub mod dora;
pub mod fields;
pub mod pillars;
pub mod plan;
pub mod report;
pub mod results;
pub mod summary;
pub mod team;
pub mod votes;

pub use fields::{check, kind, BadValue, FieldKind};
pub use results::Results;
