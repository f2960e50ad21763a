//! What a screen holds: typed blocks of translated text, questions and a timebox.

use super::{Act, Actor, ScreenId};
use crate::exercises::dora::Metric;
use crate::i18n::Key;

/// Which part of the workshop a screen belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// The title screen.
    Opening,
    /// "All in the same boat".
    Play,
    /// The Dutch deck.
    Deck,
    /// The action plan and the summary.
    Close,
}

/// A drawn illustration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Illustration {
    /// The four actors in one boat.
    Boat,
    /// Quality Assurance and DevOps overlapping.
    QaDevops,
    /// Dev and Ops under the CIO, DevOps bridging them.
    OrgChart,
    /// A temple on three pillars.
    Pillars,
    /// The boat in the situation of an act of the play.
    Scene(Act),
}

/// A team exercise, shown where its block is; its results are kept in the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exercise {
    /// Who reads which part of the play, with a random draw.
    Cast,
    /// The show of hands on the quote: praised, blamed, both or neither.
    Hands,
    /// The DORA four keys check.
    Dora,
    /// The team's rating on the three pillars, with an action idea each.
    Pillars,
    /// Where the team stands on each "van … naar" shift.
    Shifts,
    /// Who fills each role of the team composition.
    Team,
    /// Up to three experiments to try.
    Plan,
    /// Everything the session holds, page by page.
    Summary,
}

/// One actor on the cast screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CastMember {
    /// Which actor.
    pub actor: Actor,
    /// Their name in the play ("Dev").
    pub name: Key,
    /// Who they are ("Developers").
    pub role: Key,
    /// What they do.
    pub text: Key,
    /// A closing remark, if any.
    pub aside: Option<Key>,
}

/// A group in the team composition, with its members (if it has any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamGroup {
    /// The role or team.
    pub name: Key,
    /// The people in it.
    pub members: &'static [Key],
}

/// A link to another screen, with a title and a summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScreenLink {
    /// Where it leads.
    pub to: ScreenId,
    /// Its title.
    pub title: Key,
    /// One line on what is there.
    pub summary: Key,
}

/// A piece of a screen, rendered in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// An introductory sentence, set larger.
    Lead(Key),
    /// A paragraph.
    Paragraph(Key),
    /// Lines of a scene of the play.
    Scene(&'static [Key]),
    /// A list with an optional heading.
    Bullets {
        /// The heading above the list.
        heading: Option<Key>,
        /// The items.
        items: &'static [Key],
    },
    /// A quotation, one key per sentence.
    Quote(&'static [Key]),
    /// "From … to …" pairs, each with the team's place on it: shifts `first + 1` and on.
    Shifts {
        /// The place of the first pair among the deck's five, from 0.
        first: usize,
        /// The pairs.
        pairs: &'static [(Key, Key)],
    },
    /// The actors of the play.
    Cast(&'static [CastMember]),
    /// The team composition.
    Team(&'static [TeamGroup]),
    /// Links to other screens.
    Links(&'static [ScreenLink]),
    /// A button to the given screen.
    Continue {
        /// The button's label.
        label: Key,
        /// Where it leads.
        to: ScreenId,
    },
    /// A drawing.
    Illustration(Illustration),
    /// A team exercise: what it comes to (or the whole of it, for the cast's draw and the
    /// summary).
    Exercise(Exercise),
    /// One question of an exercise, as the room answers it.
    Question(Question),
}

/// One question of an exercise, on a step of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// One metric of the DORA check.
    Dora(Metric),
    /// How the team rates the pillars: one rating agreed on, or everyone's votes.
    PillarsMode,
    /// One pillar (1 to 3): how the team rates it, and an action idea.
    Pillar(u8),
    /// One experiment of the plan (1 to 3): what, who and by when.
    Experiment(u8),
}

/// The facilitator's script for a screen, shown in the presenter view and the printed guide,
/// never on the projector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Script {
    /// What to say to open the screen.
    pub open: Key,
    /// How to run it.
    pub run: Key,
    /// What to listen for.
    pub listen: Key,
    /// The bridge to the next screen.
    pub bridge: Key,
}

impl Script {
    /// The four parts, in the order they are used.
    pub fn parts(&self) -> [Key; 4] {
        [self.open, self.run, self.listen, self.bridge]
    }
}

/// What a step of a screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// These blocks.
    Blocks(&'static [Block]),
    /// The questions for the team, and its notes.
    Discussion,
}

/// One screen of the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screen {
    /// Which screen this is.
    pub id: ScreenId,
    /// The part it belongs to.
    pub part: Part,
    /// Its heading.
    pub title: Key,
    /// A line under the heading.
    pub subtitle: Option<Key>,
    /// Its content, in order, a step at a time: the room sees one step, and Next shows the
    /// next. A screen with questions has one more step after these: the questions and the
    /// team's notes.
    pub steps: &'static [&'static [Block]],
    /// Questions for the team to discuss.
    pub questions: &'static [Key],
    /// The suggested time for this screen, in minutes.
    pub timebox_minutes: u16,
    /// The facilitator's script.
    pub script: Script,
}

impl Screen {
    /// Every block of the screen, in order, whatever its step.
    pub fn blocks(&self) -> impl Iterator<Item = &'static Block> {
        self.steps.iter().flat_map(|step| step.iter())
    }

    /// How many steps the screen has, the questions' included (the summary: see
    /// [`crate::exercises::summary`], whose pages are its steps).
    pub fn step_count(&self) -> u8 {
        u8::try_from(self.steps.len()).unwrap_or(u8::MAX) + u8::from(self.has_notes())
    }

    /// What step `step` (from 0) shows: some of the blocks, or the questions and notes.
    pub fn step(&self, step: u8) -> Step {
        match self.steps.get(usize::from(step)) {
            Some(blocks) => Step::Blocks(blocks),
            None if self.has_notes() => Step::Discussion,
            None => Step::Blocks(self.steps.last().copied().unwrap_or_default()),
        }
    }

    /// Screens with questions are where the team talks, so they keep notes.
    pub fn has_notes(&self) -> bool {
        !self.questions.is_empty()
    }

    /// The key under which this screen's notes are stored, if it keeps notes.
    pub fn notes_id(&self) -> Option<&'static str> {
        self.has_notes().then(|| self.id.key())
    }
}
