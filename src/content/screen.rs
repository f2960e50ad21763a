//! What a screen holds: typed blocks of translated text, questions and a timebox.

use super::{Act, Actor, ScreenId};
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
    /// "From … to …" pairs.
    Shifts(&'static [(Key, Key)]),
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
    /// A team exercise.
    Exercise(Exercise),
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
    /// Its content, in order.
    pub blocks: &'static [Block],
    /// Questions for the team to discuss.
    pub questions: &'static [Key],
    /// The suggested time for this screen, in minutes.
    pub timebox_minutes: u16,
    /// The facilitator's script.
    pub script: Script,
}

impl Screen {
    /// Screens with questions are where the team talks, so they keep notes.
    pub fn has_notes(&self) -> bool {
        !self.questions.is_empty()
    }

    /// The key under which this screen's notes are stored, if it keeps notes.
    pub fn notes_id(&self) -> Option<&'static str> {
        self.has_notes().then(|| self.id.path())
    }
}
