//! Feeds arbitrary bytes to the import parser: it must never panic, and whatever it accepts
//! must export and import again unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workshop::notes::export_json::session_json;
use workshop::notes::import::parse_import;
use workshop::notes::limits::MAX_IMPORT_BYTES;

fuzz_target!(|data: &[u8]| {
    let Ok(imported) = parse_import(data) else {
        return;
    };
    let exported = session_json(&imported.session, "2026-01-01T00:00:00.000Z");
    // Pretty-printing can make a compact file larger than the limit; that is not a bug.
    if exported.len() <= MAX_IMPORT_BYTES {
        let again = parse_import(exported.as_bytes()).expect("an accepted session re-imports");
        assert_eq!(again.session, imported.session);
    }
});
