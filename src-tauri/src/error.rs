//! Errors as the UI receives them: `{kind, message, field}`, straight from
//! the core, the message in the app's language wherever the core wrote it
//! from the catalogue (see `dossier::error::set_display_language`).

pub use dossier::Error;

/// Result type of every command.
pub type CmdResult<T> = Result<T, Error>;

/// The catalogue errors are said in.
pub fn words() -> &'static dossier::i18n::Catalogue {
    dossier::error::display_words()
}

/// Says the errors from now on in `language`.
pub fn set_language(language: dossier::i18n::Language) {
    dossier::error::set_display_language(language);
}
