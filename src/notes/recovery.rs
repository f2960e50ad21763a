//! What to do with stored notes that cannot be read: never overwrite them. Copy them to a
//! backup key first; only once that copy exists may new notes be written.

/// How many backup slots are tried before giving up.
const BACKUP_SLOTS: usize = 5;

/// Where unreadable data goes before anything new is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupPlan {
    /// An identical copy is already under this key: nothing to write.
    AlreadyKept(String),
    /// Copy the raw value to this free key.
    CopyTo(String),
    /// Every slot holds something else: write nothing at all.
    NoFreeSlot,
}

/// The backup key for slot `n` of `main_key`.
pub fn backup_key(main_key: &str, slot: usize) -> String {
    if slot == 0 {
        format!("{main_key}.unreadable")
    } else {
        format!("{main_key}.unreadable.{}", slot + 1)
    }
}

/// Chooses where to keep `raw`, the unreadable value of `main_key`. `stored` reads a key.
pub fn plan_backup(
    main_key: &str,
    raw: &str,
    stored: impl Fn(&str) -> Option<String>,
) -> BackupPlan {
    for slot in 0..BACKUP_SLOTS {
        let key = backup_key(main_key, slot);
        match stored(&key) {
            Some(existing) if existing == raw => return BackupPlan::AlreadyKept(key),
            Some(_) => continue,
            None => return BackupPlan::CopyTo(key),
        }
    }
    BackupPlan::NoFreeSlot
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn storage(entries: &[(&str, &str)]) -> HashMap<String, String> {
        entries
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn copies_to_the_first_free_slot() {
        let stored = storage(&[("n.unreadable", "older garbage")]);
        assert_eq!(
            plan_backup("n", "garbage", |k| stored.get(k).cloned()),
            BackupPlan::CopyTo("n.unreadable.2".into())
        );
    }

    #[test]
    fn does_not_copy_twice() {
        let stored = storage(&[("n.unreadable", "garbage")]);
        assert_eq!(
            plan_backup("n", "garbage", |k| stored.get(k).cloned()),
            BackupPlan::AlreadyKept("n.unreadable".into())
        );
    }

    #[test]
    fn never_overwrites_a_full_set_of_backups() {
        let stored: HashMap<String, String> = (0..BACKUP_SLOTS)
            .map(|slot| (backup_key("n", slot), format!("other {slot}")))
            .collect();
        assert_eq!(
            plan_backup("n", "garbage", |k| stored.get(k).cloned()),
            BackupPlan::NoFreeSlot
        );
    }
}
