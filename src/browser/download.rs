//! Saving text as a file on the user's computer, without any request leaving the page.

use wasm_bindgen::JsCast;

/// The browser would not create the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DownloadFailed;

/// Offers `text` as a download named `file_name`, of type `mime` (e.g. `text/markdown`).
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadFailed> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DownloadFailed)?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadFailed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadFailed)?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(DownloadFailed)?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has handed the blob to the download manager; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
