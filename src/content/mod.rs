//! The workshop as data: its screens in order, what each shows, its questions and timebox.
//! Words are never here, only keys into `locales/`.

mod actor;
mod place;
mod run;
mod screen;
mod screen_id;
mod search;
mod workshop;

pub use actor::Actor;
pub use place::Place;
pub use run::{Preset, Run};
pub use screen::{
    Block, CastMember, Exercise, Illustration, Part, Question, Screen, ScreenLink, Script, Step,
    TeamGroup,
};
pub use screen_id::{Act, Pillar, ScreenId, Slide};
pub use search::find_screen;
pub use workshop::{planned_minutes, screen, screens, PILLAR_NAMES, SHIFT_PAIRS};
