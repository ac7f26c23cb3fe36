//! The one error type of the core.
//!
//! Every failure carries a [`ErrorKind`] the app and the tool can branch on,
//! and a message written for the person using the app: it names the field or
//! the file and says what is wrong. `Error` serialises as `{kind, message}`.

use serde::{Serialize, Serializer};

/// What went wrong, in a form the user interface can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A field holds a value that is not allowed (the message names the field).
    InvalidInput,
    /// The ID or file asked for does not exist.
    NotFound,
    /// The same thing is already there (a report added twice, a patient).
    Duplicate,
    /// A patient with the same name and date of birth already exists.
    PatientExists,
    /// The database was written by a newer version of the app.
    NewerDatabase,
    /// An archive is damaged, hostile or of an unknown format.
    BadArchive,
    /// A file could not be read or is not of a supported type.
    BadFile,
    /// Reading or writing a file failed.
    Io,
    /// The database failed.
    Database,
    /// The stored record is not consistent (found by `dossier check`).
    Integrity,
    /// The user cancelled a long action.
    Cancelled,
}

/// The core's error: a kind and a plain-language message.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    /// What kind of failure this is.
    pub kind: ErrorKind,
    /// A sentence for the user that names the field or file concerned.
    pub message: String,
}

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Makes an error of the given kind.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// A field holds a value that is not allowed.
    pub fn invalid(field: &str, what: impl std::fmt::Display) -> Self {
        Error::new(ErrorKind::InvalidInput, format!("{field}: {what}"))
    }

    /// Something asked for by ID does not exist.
    pub fn not_found(what: impl Into<String>) -> Self {
        Error::new(ErrorKind::NotFound, what)
    }

    /// An I/O failure on a named path.
    pub fn io(path: &std::path::Path, err: std::io::Error) -> Self {
        Error::new(ErrorKind::Io, format!("{}: {err}", path.display()))
    }

    /// An archive problem.
    pub fn archive(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::BadArchive, message)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Error::new(ErrorKind::Database, format!("database: {err}"))
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Error", 2)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("message", &self.message)?;
        s.end()
    }
}
