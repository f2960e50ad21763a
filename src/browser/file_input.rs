//! Reading the file a user picked in an `<input type="file">`.

use wasm_bindgen_futures::JsFuture;

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

/// The first file picked in `input`, if any. The input is emptied, so that the same file can
/// be picked again once it is fixed.
pub fn take_picked_file(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    let file = input.files().and_then(|files| files.get(0))?;
    input.set_value("");
    Some(file)
}

/// Reads `file`. A file over `max_bytes` is not read at all: it comes back with its name and
/// size and no bytes.
pub async fn read_picked_file(
    file: web_sys::File,
    max_bytes: usize,
) -> Result<PickedFile, FileReadFailed> {
    let name = file.name();
    let size = file.size() as usize;
    if size > max_bytes {
        return Ok(PickedFile {
            name,
            bytes: Vec::new(),
            size,
        });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileReadFailed)?;
    Ok(PickedFile {
        name,
        bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
        size,
    })
}
