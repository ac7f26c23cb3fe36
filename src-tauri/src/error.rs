//! Errors as the UI receives them: `{kind, message}`, straight from the core.

pub use dossier::Error;

/// Result type of every command.
pub type CmdResult<T> = Result<T, Error>;

/// The store lock was poisoned by a panic in another command.
pub fn busy() -> Error {
    Error::new(
        dossier::ErrorKind::Database,
        "The record is not available right now; restart the app.",
    )
}
