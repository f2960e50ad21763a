//! A command a component is handed to run, such as closing an overlay or opening the presenter
//! view.

/// Made once, while the app starts, and kept until the page goes: it is free to copy, and
/// unlike a callback owned by a reactive scope it can never have been disposed when a late
/// browser event (a dialog's `close`) runs it.
pub type Command = &'static dyn Fn();

/// `run` as a [`Command`]. Only for what is made once per page: it is never freed.
pub fn command(run: impl Fn() + 'static) -> Command {
    Box::leak(Box::new(run))
}
