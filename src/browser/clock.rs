//! Today's date, the current time, fresh ids and random numbers, from the browser.

/// Today in the browser's time zone, as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The current moment as an ISO 8601 UTC timestamp, for export files.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A new session id, unique enough that two tabs creating sessions at the same moment do not
/// collide: the time in milliseconds and a random part, both in base 36.
pub fn new_session_id() -> String {
    unique_id("s")
}

/// A new id for one write of the notes (see [`crate::notes::NotesStore::lineage`]).
pub fn new_write_id() -> String {
    unique_id("w")
}

fn unique_id(prefix: &str) -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}-{}-{}", base36(millis), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Milliseconds since the epoch (Playwright's clock controls it in tests).
pub fn now_ms() -> u64 {
    // `Date.now()` is a whole number of milliseconds.
    js_sys::Date::now() as u64
}

/// A random number, to seed a draw (see [`crate::exercises::cast::draw`]).
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 // 2^53
}

/// A random id of `a-z0-9`, for pairing windows and telling them apart.
pub fn random_id() -> String {
    let n = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    base36(n.max(1))
}
