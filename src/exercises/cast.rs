//! Casting the play: who reads Business, Dev, Ops and Users. Each part holds a name, several
//! names, or "everyone", as the team types it. A random draw deals the parts out from a list
//! of names.

use crate::content::Actor;

/// The field of the list of names a draw deals from.
pub const NAMES_FIELD: &str = "cast/names";

/// The field that holds who plays `actor`.
pub fn field(actor: Actor) -> &'static str {
    match actor {
        Actor::Business => "cast/business",
        Actor::Dev => "cast/dev",
        Actor::Ops => "cast/ops",
        Actor::Users => "cast/users",
    }
}

/// How many characters of a part's names the line on each act shows; the cast screen, the
/// summary and the exports show them all.
pub const ACT_LINE_CHARS: usize = 32;

/// Who reads a part, as the line on each act shows it: trimmed, and cut with "…" past
/// [`ACT_LINE_CHARS`], so that the line stays a line whatever the team typed.
pub fn on_the_act(names: &str) -> String {
    let names = names.trim();
    if names.chars().count() <= ACT_LINE_CHARS {
        return names.to_string();
    }
    let cut: String = names.chars().take(ACT_LINE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The names in a list the team typed: one per line or separated by commas, trimmed, each
/// once.
pub fn names(list: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    for name in list.split(['\n', ',', ';']).map(str::trim) {
        if !name.is_empty() && !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

/// Deals the four parts out of `names`, shuffled by `seed` (any number; the browser's random
/// one in the app, a fixed one in tests). With four names or more, every name gets a part and
/// several names share one; with fewer, some names read two parts. `None` without a name.
pub fn draw(names: &[&str], seed: u64) -> Option<[String; 4]> {
    if names.is_empty() {
        return None;
    }
    let mut order: Vec<&str> = names.to_vec();
    let mut state = seed | 1;
    // Fisher–Yates with xorshift64: enough chance for a draw in a meeting room.
    for i in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut parts: [Vec<&str>; 4] = Default::default();
    for (i, name) in order.iter().enumerate() {
        parts[i % 4].push(name);
    }
    for (i, part) in parts.iter_mut().enumerate() {
        if part.is_empty() {
            part.push(order[i % order.len()]);
        }
    }
    Some(parts.map(|part| part.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_holds_each_name_once() {
        assert_eq!(names("Ann, Bo\n\n Cy ;Ann"), ["Ann", "Bo", "Cy"]);
        assert!(names(" , \n").is_empty());
    }

    #[test]
    fn every_name_gets_a_part_and_every_part_a_name() {
        let list = ["Ann", "Bo", "Cy", "Dee", "Eve", "Fay"];
        for seed in 0..50 {
            let parts = draw(&list, seed).expect("names");
            let dealt: Vec<&str> = parts.iter().flat_map(|p| p.split(", ")).collect();
            assert_eq!(dealt.len(), list.len(), "seed {seed}: {parts:?}");
            for name in list {
                assert!(dealt.contains(&name), "seed {seed}: {name} has no part");
            }
            assert!(parts.iter().all(|p| !p.is_empty()));
        }
    }

    #[test]
    fn with_fewer_than_four_names_some_read_two_parts() {
        let parts = draw(&["Ann", "Bo"], 7).expect("names");
        assert!(parts.iter().all(|p| *p == "Ann" || *p == "Bo"), "{parts:?}");
        assert!(parts.contains(&"Ann".to_string()) && parts.contains(&"Bo".to_string()));
        assert_eq!(
            draw(&["Solo"], 3),
            Some(["Solo", "Solo", "Solo", "Solo"].map(String::from))
        );
        assert_eq!(draw(&[], 3), None);
    }

    #[test]
    fn the_draw_is_random_over_seeds() {
        let list = ["Ann", "Bo", "Cy", "Dee"];
        let distinct: std::collections::BTreeSet<[String; 4]> =
            (0..40).filter_map(|seed| draw(&list, seed)).collect();
        assert!(distinct.len() > 5, "{} different draws", distinct.len());
    }

    #[test]
    fn the_act_line_shows_short_names_whole_and_cuts_long_ones() {
        assert_eq!(on_the_act("  Ann, Bo "), "Ann, Bo");
        let long = "Ann, Bo, Cy, Dee, Eli, Fay, Gus, Hal, Ivy, Jo";
        let shown = on_the_act(long);
        assert_eq!(shown.chars().count(), ACT_LINE_CHARS);
        assert!(shown.ends_with('…') && long.starts_with(shown.trim_end_matches('…')));
        assert_eq!(
            on_the_act(&"é".repeat(ACT_LINE_CHARS)).chars().count(),
            ACT_LINE_CHARS
        );
    }
}
