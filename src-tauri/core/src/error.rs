//! The one error type of the core.
//!
//! Every failure carries a [`ErrorKind`] the app and the tool can branch on,
//! and a message written for the person using the app: it names the field or
//! the file and says what is wrong, quoting at most [`QUOTE_CHARS`]
//! characters of any value. `Error` serialises as `{kind, message, field}`,
//! `field` naming the field at fault (or `null`), so the user interface can
//! branch on it without reading the message.

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
    /// The record is protected and was not unlocked, or a file is
    /// encrypted and no passphrase was given.
    Locked,
    /// The passphrase or recovery code given does not open it.
    WrongPassphrase,
    /// The record is in use by another window or program in a way that
    /// stops this action; nothing was changed.
    Busy,
}

/// The core's error: a kind, a plain-language message and, when one field
/// is at fault, its name.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    /// What kind of failure this is.
    pub kind: ErrorKind,
    /// A sentence for the user that names the field or file concerned.
    pub message: String,
    /// The field at fault (`priority`, `diagnoses[2].diagnosed_on`), if any.
    pub field: Option<String>,
    /// The catalogue's message the sentence was written from, with its
    /// arguments, so that the window can say it in its language
    /// ([`Error::in_language`]); none for a sentence in English only.
    pub said: Option<Said>,
}

/// A catalogue message and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Arguments written in the language of the message around them (a
    /// date in words, a number, another error's sentence).
    pub words: Vec<(&'static str, Words)>,
}

/// An argument of a [`Said`] message that is written in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Words {
    /// A date, in words at its own precision ("14 March 2024").
    Date(crate::date::PartialDate),
    /// A number written with a decimal point ("71.5"), given the
    /// language's decimal separator.
    Number(String),
    /// Another catalogue message: the error an error is about.
    Said(Box<Said>),
}

impl Said {
    fn text(&self, words: &crate::i18n::Catalogue) -> String {
        let written: Vec<(&'static str, String)> = self
            .words
            .iter()
            .map(|(k, w)| {
                let text = match w {
                    Words::Date(d) => words.date(d),
                    Words::Number(n) => words.number(n),
                    Words::Said(said) => said.text(words),
                };
                (*k, text)
            })
            .collect();
        let args: Vec<(&str, crate::i18n::Arg)> = self
            .args
            .iter()
            .chain(&written)
            .map(|(k, v)| (*k, crate::i18n::Arg::Text(v)))
            .collect();
        shorten_quoted(&words.t_with(self.key, &args))
    }
}

/// How many characters of a value a message quotes.
pub const QUOTE_CHARS: usize = 80;

/// The longest message; anything longer is cut (a message is one line a
/// person reads, never a copy of the data).
const MESSAGE_CHARS: usize = 1000;

/// A value quoted for a message: in double quotes, cut to its first
/// [`QUOTE_CHARS`] characters followed by "…" when longer.
pub fn quote(value: &str) -> String {
    format!("\"{}\"", shorten(value, QUOTE_CHARS))
}

/// The first `max` characters of `text`, followed by "…" when it was longer.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Cuts every part of `message` in double quotes or backticks longer than
/// [`QUOTE_CHARS`] (other libraries' messages quote whole values), and the
/// message itself past [`MESSAGE_CHARS`].
fn shorten_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MESSAGE_CHARS * 4));
    let mut rest = message;
    while let Some(open) = rest.find(['"', '`']) {
        let mark = &rest[open..=open];
        out.push_str(&rest[..=open]);
        let inside = &rest[open + 1..];
        let close = inside.find(mark).unwrap_or(inside.len());
        out.push_str(&shorten(&inside[..close], QUOTE_CHARS));
        out.push_str(&inside[close..(close + 1).min(inside.len())]);
        rest = &inside[(close + 1).min(inside.len())..];
    }
    out.push_str(rest);
    shorten(&out, MESSAGE_CHARS)
}

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Makes an error of the given kind.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: shorten_quoted(&message.into()),
            field: None,
            said: None,
        }
    }

    /// An error whose sentence is the catalogue's message `key` with
    /// `args` (written in English here; the window says it in its own
    /// language). Values quoted in it are cut as in any message.
    pub fn said(kind: ErrorKind, key: &'static str, args: &[(&'static str, &str)]) -> Self {
        let said = Said {
            key,
            args: args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            words: Vec::new(),
        };
        Error {
            kind,
            message: said.text(crate::i18n::Catalogue::en()),
            field: None,
            said: Some(said),
        }
    }

    /// [`Error::said`] for a field holding a value that is not allowed:
    /// the message gets the field's name as `$field`, and the error names
    /// the field as the one at fault.
    pub fn invalid_said(field: &str, key: &'static str, args: &[(&'static str, &str)]) -> Self {
        let mut all = vec![("field", field)];
        all.extend_from_slice(args);
        Error::said(ErrorKind::InvalidInput, key, &all).with_field(field)
    }

    /// The same error, its catalogue message given the argument `name`
    /// written in the message's language. An error not said from the
    /// catalogue is returned as it is.
    pub fn with_words(mut self, name: &'static str, words: Words) -> Self {
        if let Some(said) = &mut self.said {
            said.words.push((name, words));
            self.message = said.text(crate::i18n::Catalogue::en());
        }
        self
    }

    /// [`Error::with_words`] with a date, written in words.
    pub fn with_date(self, name: &'static str, date: &crate::date::PartialDate) -> Self {
        self.with_words(name, Words::Date(*date))
    }

    /// [`Error::with_words`] with a number written with a decimal point.
    pub fn with_number(self, name: &'static str, number: impl Into<String>) -> Self {
        self.with_words(name, Words::Number(number.into()))
    }

    /// [`Error::with_words`] with the sentence of the error `inner`: in
    /// the message's language when `inner` was said from the catalogue,
    /// its English sentence otherwise.
    pub fn with_error(mut self, name: &'static str, inner: &Error) -> Self {
        match &inner.said {
            Some(said) => self.with_words(name, Words::Said(Box::new(said.clone()))),
            None => {
                if let Some(said) = &mut self.said {
                    said.args.push((name, inner.message.clone()));
                    self.message = said.text(crate::i18n::Catalogue::en());
                }
                self
            }
        }
    }

    /// The same error, its sentence in the catalogue's language when it
    /// was written from a catalogue message.
    pub fn in_language(mut self, words: &crate::i18n::Catalogue) -> Self {
        if let Some(said) = &self.said {
            self.message = said.text(words);
        }
        self
    }

    /// The same error, naming `field` as the one at fault.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// A field holds a value that is not allowed.
    pub fn invalid(field: &str, what: impl std::fmt::Display) -> Self {
        Error::new(ErrorKind::InvalidInput, format!("{field}: {what}")).with_field(field)
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

/// The language errors are serialised in, for the window (see
/// [`set_display_language`]).
static DISPLAY_LANGUAGE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
const DISPLAY_LANGUAGES: [crate::i18n::Language; 4] = [
    crate::i18n::Language::En,
    crate::i18n::Language::Es,
    crate::i18n::Language::De,
    crate::i18n::Language::Pseudo,
];

/// Serialises errors from now on with their sentence in `language`, where
/// it was written from the catalogue: the app's window speaks one
/// language at a time. The tool prints `message`, in English.
pub fn set_display_language(language: crate::i18n::Language) {
    let index = DISPLAY_LANGUAGES
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    DISPLAY_LANGUAGE.store(index as u8, std::sync::atomic::Ordering::Relaxed);
}

/// The catalogue errors are serialised in.
pub fn display_words() -> &'static crate::i18n::Catalogue {
    let index = usize::from(DISPLAY_LANGUAGE.load(std::sync::atomic::Ordering::Relaxed));
    crate::i18n::Catalogue::of(DISPLAY_LANGUAGES.get(index).copied().unwrap_or_default())
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Error", 3)?;
        s.serialize_field("kind", &self.kind)?;
        match &self.said {
            Some(said) => s.serialize_field("message", &said.text(display_words()))?,
            None => s.serialize_field("message", &self.message)?,
        }
        s.serialize_field("field", &self.field)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_value_is_quoted_short_and_the_field_is_named() {
        let huge = "x".repeat(10_000_000);
        let e = Error::invalid("priority", format!("\"{huge}\" is not a number"));
        assert!(e.message.len() < 200, "{} bytes", e.message.len());
        assert!(e.message.starts_with("priority: \"xxx"));
        assert!(e.message.contains("x…\" is not a number"));
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["field"], "priority");
        assert_eq!(json["kind"], "invalid_input");
        assert_eq!(quote("é".repeat(100).as_str()).chars().count(), 83);
        let serde = Error::new(
            ErrorKind::BadArchive,
            format!("unknown variant `{huge}`, expected `a`"),
        );
        assert!(
            serde.message.ends_with("x…`, expected `a`"),
            "{}",
            &serde.message[..100]
        );
    }

    #[test]
    fn a_said_error_is_serialised_in_the_display_language_and_its_message_stays_english() {
        use crate::i18n::Language;
        let e = Error::invalid_said("title", "error-empty", &[]);
        let inner = Error::invalid_said("date_of_birth", "error-in-future", &[]).with_date(
            "date",
            &crate::date::PartialDate::parse("d", "2999-03-14").unwrap(),
        );
        let wrapped = Error::said(
            ErrorKind::BadArchive,
            "error-archive-record-field",
            &[("field", "patient")],
        )
        .with_error("reason", &inner);
        assert_eq!(e.message, "title: this cannot be empty");
        assert_eq!(
            wrapped.message,
            "dossier.json: patient.date_of_birth: 14 March 2999 is in the future; check the year"
        );
        set_display_language(Language::Es);
        let json = serde_json::to_value(&e).unwrap();
        let wrapped_json = serde_json::to_value(&wrapped).unwrap();
        set_display_language(Language::En);
        assert_eq!(json["message"], "title: no puede quedar vacío");
        assert_eq!(json["field"], "title");
        assert_eq!(json["kind"], "invalid_input");
        assert_eq!(
            wrapped_json["message"],
            "dossier.json: patient.date_of_birth: 14 de marzo de 2999 está en el futuro; revise el año"
        );
        assert_eq!(
            e.message, "title: this cannot be empty",
            "message stays English"
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["message"], "title: this cannot be empty");
    }
}
