//! Reading the file a user picked in an `<input type="file">`.

use wasm_bindgen::JsCast;

use super::promise::on_settled;

/// A file the user picked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickedFile {
    /// Its name, as shown by the system.
    pub name: String,
    /// Its contents; empty when the file is larger than the limit given to [`read_picked_file`].
    pub bytes: Vec<u8>,
    /// Its size in bytes.
    pub size: usize,
}

/// The browser could not read the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileReadFailed;

/// Reads the first file picked in the input that fired `event`, then calls `done`. A file
/// over `max_bytes` is not read at all: `done` gets its name and size with no bytes. Returns
/// false when no file was picked (`done` is then not called).
pub fn read_picked_file(
    event: &web_sys::Event,
    max_bytes: usize,
    done: impl FnOnce(Result<PickedFile, FileReadFailed>) + 'static,
) -> bool {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(input) = input else {
        return false;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return false;
    };
    // Let the same file be picked again after it was fixed.
    input.set_value("");
    let name = file.name();
    let size = file.size() as usize;
    if size > max_bytes {
        done(Ok(PickedFile {
            name,
            bytes: Vec::new(),
            size,
        }));
        return true;
    }
    on_settled(&file.array_buffer(), move |result| {
        done(result.map_err(|_| FileReadFailed).map(|buffer| PickedFile {
            name,
            bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
            size,
        }))
    });
    true
}
