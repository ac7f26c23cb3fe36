//! Errors as the UI receives them: `{kind, message, field}`, straight from the core.

pub use dossier::Error;

/// Result type of every command.
pub type CmdResult<T> = Result<T, Error>;
