//! The team composition canvas: who fills each role of the slide, which roles nobody fills,
//! and whether operations sits inside the team.

use super::results::{text, Results};
use crate::i18n::{keys, Key};

/// A role on the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role {
    /// The field that holds who fills it.
    pub field: &'static str,
    /// Its name, as the slide has it.
    pub name: Key,
    /// Whether it is an operations role: with someone in it, operations sits inside the team.
    pub operations: bool,
}

/// The roles of the slide, in its order.
pub const ROLES: [Role; 8] = [
    role("team/po", keys::deck::team::PRODUCT_OWNER),
    role("team/sm", keys::deck::team::SCRUM_MASTER),
    role("team/developers", keys::deck::team::DEVELOPERS),
    role("team/testers", keys::deck::team::TESTERS),
    role("team/analyst", keys::deck::team::ANALYST),
    role("team/ux", keys::deck::team::UX),
    Role {
        field: "team/technical",
        name: keys::deck::team::TECHNICAL,
        operations: true,
    },
    Role {
        field: "team/functional",
        name: keys::deck::team::FUNCTIONAL,
        operations: true,
    },
];

const fn role(field: &'static str, name: Key) -> Role {
    Role {
        field,
        name,
        operations: false,
    }
}

/// The role the slide names with `name`, if it is one.
pub fn role_named(name: Key) -> Option<&'static Role> {
    ROLES.iter().find(|role| role.name == name)
}

/// Whether someone fills `role`.
pub fn is_filled(results: &Results, role: &Role) -> bool {
    !text(results, role.field).trim().is_empty()
}

/// The roles nobody fills, in the slide's order.
pub fn unfilled(results: &Results) -> Vec<&'static Role> {
    ROLES
        .iter()
        .filter(|role| !is_filled(results, role))
        .collect()
}

/// Whether operations sits inside the team: someone fills technical or functional
/// management. That is the slide's point: DevOps is not a new department.
pub fn operations_inside(results: &Results) -> bool {
    ROLES
        .iter()
        .any(|role| role.operations && is_filled(results, role))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::results::from_pairs as results;

    #[test]
    fn every_role_of_the_slide_is_on_the_canvas_once() {
        let fields: std::collections::BTreeSet<_> = ROLES.iter().map(|r| r.field).collect();
        assert_eq!(fields.len(), 8);
        assert_eq!(ROLES.iter().filter(|r| r.operations).count(), 2);
        assert_eq!(
            role_named(keys::deck::team::UX).map(|r| r.field),
            Some("team/ux")
        );
        assert_eq!(
            role_named(keys::deck::team::DEV_TEAM),
            None,
            "a group is not a role"
        );
    }

    #[test]
    fn roles_with_nobody_in_them_are_unfilled() {
        let r = results(&[
            ("team/po", "Ann"),
            ("team/developers", "Bo, Cy"),
            ("team/sm", "  "),
        ]);
        let open: Vec<&str> = unfilled(&r).iter().map(|role| role.field).collect();
        assert_eq!(
            open,
            [
                "team/sm",
                "team/testers",
                "team/analyst",
                "team/ux",
                "team/technical",
                "team/functional"
            ]
        );
        assert_eq!(unfilled(&Results::new()).len(), 8);
        let all: Results = ROLES
            .iter()
            .map(|r| (r.field.to_string(), "x".to_string()))
            .collect();
        assert!(unfilled(&all).is_empty());
    }

    #[test]
    fn operations_is_inside_when_technical_or_functional_management_has_someone() {
        assert!(!operations_inside(&results(&[
            ("team/po", "Ann"),
            ("team/developers", "Bo")
        ])));
        assert!(operations_inside(&results(&[("team/technical", "Dee")])));
        assert!(operations_inside(&results(&[("team/functional", "Eve")])));
        assert!(!operations_inside(&results(&[("team/functional", " ")])));
    }
}
