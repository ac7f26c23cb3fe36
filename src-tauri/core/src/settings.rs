//! The app's settings that are not part of the record: for now, the
//! language the app speaks.
//!
//! Kept in `settings.json` in the data folder, beside the record and
//! outside it, so the lock screen of a protected record can already speak
//! the person's language. Until a language is chosen, the app follows the
//! system's; choosing "the system's" again forgets the choice.

use crate::error::{quote, Error, ErrorKind, Result};
use crate::i18n::Language;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The file's name in the data folder.
pub const FILE: &str = "settings.json";

/// The largest settings file read.
const MAX_BYTES: u64 = 64 * 1024;

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct Stored {
    /// The chosen language's code; none follows the system's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    /// Settings of a later version, kept as they are.
    #[serde(flatten)]
    other: serde_json::Map<String, serde_json::Value>,
}

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// The settings as stored; a missing file is no setting. A damaged file is
/// named rather than silently replaced.
fn read(dir: &Path) -> Result<Stored> {
    let file = path(dir);
    let unreadable = |reason: String| {
        Error::said(
            ErrorKind::InvalidInput,
            "error-settings-unreadable",
            &[
                ("file", &quote(&file.display().to_string())),
                ("reason", &reason),
            ],
        )
    };
    // Only a small, ordinary file is read: a pipe or a device in its place
    // would never end.
    match std::fs::metadata(&file) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Stored::default()),
        Err(e) => return Err(Error::io(&file, e)),
        Ok(m) if !m.is_file() => return Err(unreadable("not a file".into())),
        Ok(m) if m.len() > MAX_BYTES => return Err(unreadable(format!("{} bytes", m.len()))),
        Ok(_) => {}
    }
    let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
    // A byte-order mark, as some editors save, is not part of the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    serde_json::from_str(text).map_err(|e| unreadable(e.to_string()))
}

/// Whether the settings file can be read: the error naming it, if not (the
/// app then follows the system's language).
pub fn check(dir: &Path) -> Result<()> {
    read(dir).map(|_| ())
}

fn write(dir: &Path, stored: &Stored) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let text =
        serde_json::to_vec_pretty(stored).map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
    crate::write_atomically(&path(dir), |f| {
        use std::io::Write;
        f.write_all(&text).map_err(|e| Error::io(&path(dir), e))
    })
}

/// The app's language and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppLanguage {
    pub language: Language,
    /// Chosen by the person, rather than following the system.
    pub chosen: bool,
    /// The language the system's settings point to.
    pub system: Language,
}

/// The system's language, from the operating system's locale.
pub fn system_language() -> Language {
    Language::from_locale(&sys_locale::get_locale().unwrap_or_default())
}

/// The app's language: the one chosen, else the system's. A settings file
/// that cannot be read does not stop the app: it speaks the system's
/// language, and choosing again writes a good file.
pub fn language(dir: &Path) -> AppLanguage {
    let system = system_language();
    let chosen = read(dir)
        .ok()
        .and_then(|s| s.language)
        .and_then(|code| Language::parse("language", &code).ok());
    AppLanguage {
        language: chosen.unwrap_or(system),
        chosen: chosen.is_some(),
        system,
    }
}

/// Chooses the app's language (`None`: follow the system's).
pub fn set_language(dir: &Path, language: Option<Language>) -> Result<()> {
    let mut stored = read(dir).unwrap_or_default();
    stored.language = language.map(|l| l.code().to_string());
    write(dir, &stored)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_language_is_kept_and_forgetting_it_follows_the_system() {
        let dir = tempfile::tempdir().unwrap();
        let first = language(dir.path());
        assert!(!first.chosen);
        assert_eq!(first.language, first.system);
        set_language(dir.path(), Some(Language::De)).unwrap();
        let now = language(dir.path());
        assert_eq!((now.language, now.chosen), (Language::De, true));
        set_language(dir.path(), None).unwrap();
        assert!(!language(dir.path()).chosen);
        // A damaged file is named when choosing reads it, and the app still
        // speaks a language.
        std::fs::write(dir.path().join(FILE), "{not json").unwrap();
        assert!(read(dir.path()).unwrap_err().to_string().contains(FILE));
        assert!(!language(dir.path()).chosen);
        set_language(dir.path(), Some(Language::Es)).unwrap();
        assert_eq!(language(dir.path()).language, Language::Es);
        // Saved by an editor with a byte-order mark, with a later version's
        // setting: read, and the other setting kept.
        std::fs::write(
            dir.path().join(FILE),
            "\u{feff}{\"language\": \"de\", \"later\": 3}",
        )
        .unwrap();
        assert_eq!(language(dir.path()).language, Language::De);
        set_language(dir.path(), Some(Language::Es)).unwrap();
        let kept = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert!(kept.contains("\"later\": 3"), "{kept}");
        // Something that is not a file is not read (a pipe would never end).
        std::fs::remove_file(dir.path().join(FILE)).unwrap();
        std::fs::create_dir(dir.path().join(FILE)).unwrap();
        assert!(check(dir.path())
            .unwrap_err()
            .to_string()
            .contains("not a file"));
        assert!(!language(dir.path()).chosen);
    }
}
