//! The four roles of the play's cast.

/// One of the four actors of "All in the same boat".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Actor {
    /// The stakeholders who imagine the services.
    Business,
    /// The developers who build them.
    Dev,
    /// IT operations, who run them every day.
    Ops,
    /// The people who use the services.
    Users,
}

impl Actor {
    /// The cast in the order the play introduces it.
    pub const ALL: [Actor; 4] = [Actor::Business, Actor::Dev, Actor::Ops, Actor::Users];
}
