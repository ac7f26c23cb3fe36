//! The words the app, the bundle and the tool say, in each language.
//!
//! Owns the catalogues (`locales/<code>.ftl`, one a language, in Fluent's
//! format, built into the program), the list of languages, and the writing
//! of dates in words. Everything generated for a person goes through a
//! [`Catalogue`]; what the patient typed never does.
//!
//! Keys are written out in the code where they are used, so that the tests
//! can find a key no code uses; the one exception is a fixed vocabulary's
//! labels (`reason-clarify_diagnosis`), listed by [`vocabulary_keys`].
//!
//! `en-XA` is a pseudo-language for tests: the English catalogue with every
//! piece of text marked with `⟦ ⟧` and lengthened by a third, so that a
//! screen or page showing unmarked words shows a string that is not
//! translated, and one that overflows does not leave room for longer
//! languages.

use crate::date::PartialDate;
use crate::error::{quote, Error, Result};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A language the app and the bundle can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    Es,
    De,
    /// The pseudo-language for tests (see the module's documentation).
    Pseudo,
}

/// The catalogues' text, by language.
const SOURCES: [(Language, &str); 3] = [
    (Language::En, include_str!("../locales/en.ftl")),
    (Language::Es, include_str!("../locales/es.ftl")),
    (Language::De, include_str!("../locales/de.ftl")),
];

impl Language {
    /// The languages a person can choose, in the order they are offered.
    pub const OFFERED: [Language; 3] = [Language::En, Language::Es, Language::De];

    /// The code stored in settings and given to `--language`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::De => "de",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself ("Español"), as a menu lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::De => "Deutsch",
            Language::Pseudo => "⟦Pseudo⟧",
        }
    }

    /// The language for a code; the error names `field` and the codes known.
    pub fn parse(field: &str, code: &str) -> Result<Language> {
        let found = [Language::En, Language::Es, Language::De, Language::Pseudo]
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()));
        found.ok_or_else(|| {
            Error::invalid(
                field,
                format!("{} is not one of en, es, de", quote(code.trim())),
            )
        })
    }

    /// The offered language closest to a system locale ("es-MX",
    /// "de_AT.UTF-8"), or English.
    pub fn from_locale(locale: &str) -> Language {
        let tag = locale
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-");
        let Ok(id) = tag.parse::<unic_langid::LanguageIdentifier>() else {
            return Language::En;
        };
        Language::OFFERED
            .into_iter()
            .find(|l| l.code() == id.language.as_str())
            .unwrap_or(Language::En)
    }
}

/// One language's catalogue.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalogue({})", self.language.code())
    }
}

/// An argument to a message: text or a number (numbers choose plural forms).
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as i64)
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Number(n.into())
    }
}

/// Marks and lengthens a piece of text by a third, for the pseudo-language.
pub(crate) fn pseudo(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    // The lengthening breaks like words do, every seventh character.
    let extra: String = (0..text.chars().count().div_ceil(3))
        .map(|i| if i % 7 == 6 { ' ' } else { '~' })
        .collect();
    Cow::Owned(format!("⟦{text}{extra}⟧"))
}

fn source(language: Language) -> &'static str {
    let base = if language == Language::Pseudo {
        Language::En
    } else {
        language
    };
    SOURCES
        .iter()
        .find(|(l, _)| *l == base)
        .map(|(_, s)| *s)
        .unwrap_or(SOURCES[0].1)
}

fn build(language: Language) -> Catalogue {
    let tag = if language == Language::Pseudo {
        "en"
    } else {
        language.code()
    };
    let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No invisible direction marks around arguments: the PDF's text
    // layout and the screens set direction themselves.
    bundle.set_use_isolating(false);
    if language == Language::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    // The catalogues are part of the program and tested: a syntax error in
    // one is caught by the tests, and what parses is still used.
    let resource = FluentResource::try_new(source(language).to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    Catalogue { language, bundle }
}

impl Catalogue {
    /// The catalogue of `language`, built once.
    pub fn of(language: Language) -> &'static Catalogue {
        static CATALOGUES: [OnceLock<Catalogue>; 4] = [
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
        ];
        let slot = match language {
            Language::En => 0,
            Language::Es => 1,
            Language::De => 2,
            Language::Pseudo => 3,
        };
        CATALOGUES[slot].get_or_init(|| build(language))
    }

    /// The English catalogue.
    pub fn en() -> &'static Catalogue {
        Catalogue::of(Language::En)
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The message `key` with its arguments.
    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            // Every catalogue has every key (a test says so); should one be
            // missing, English is better than nothing.
            if self.language != Language::En {
                return Catalogue::en().t_with(key, args);
            }
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Every message, key and text, as the screens take them.
    pub fn messages(&self) -> Vec<(String, String)> {
        message_keys(source(self.language))
            .into_iter()
            .map(|k| {
                let text = self.t(&k);
                (k, text)
            })
            .collect()
    }

    /// A label as it reads inside a sentence: lower case where the
    /// language writes it so ("confirmed"), as it is where it does not
    /// (German keeps the capital of a noun: "Verdacht").
    pub fn in_text(&self, label: &str) -> String {
        if self.rule("labels-lowercase-in-text") == "yes" {
            label.to_lowercase()
        } else {
            label.to_string()
        }
    }

    /// A number as the language writes it: "71.5" becomes "71,5" in
    /// Spanish and German.
    pub fn number(&self, text: &str) -> String {
        text.replace('.', &self.rule("decimal-separator"))
    }

    /// A rule of writing, not words to show: read from the catalogue the
    /// pseudo-language is made from, unmarked.
    fn rule(&self, key: &str) -> String {
        if self.language == Language::Pseudo {
            Catalogue::en().t(key)
        } else {
            self.t(key)
        }
    }

    /// A date in words at its own precision: "14 March 2024", "14 de marzo
    /// de 2024", "14. März 2024"; "March 2024"; "2024".
    pub fn date(&self, d: &PartialDate) -> String {
        let year = d.year.to_string();
        match (d.month, d.day) {
            (Some(m), Some(day)) => {
                let month = self.t(&format!("month-{m}"));
                self.t_with(
                    "date-day-month-year",
                    &[
                        ("day", Arg::Text(&day.to_string())),
                        ("month", Arg::Text(&month)),
                        ("year", Arg::Text(&year)),
                    ],
                )
            }
            (Some(m), None) => {
                let month = self.t(&format!("month-{m}"));
                self.t_with(
                    "date-month-year",
                    &[("month", Arg::Text(&month)), ("year", Arg::Text(&year))],
                )
            }
            _ => self.t_with("date-year", &[("year", Arg::Text(&year))]),
        }
    }

    /// A stored date text in words; text that is not a date is returned as
    /// it is (it is the patient's).
    pub fn date_text(&self, text: &str) -> String {
        PartialDate::parse("date", text)
            .map(|d| self.date(&d))
            .unwrap_or_else(|_| text.to_string())
    }
}

/// The keys of the messages in a catalogue's text, in order.
pub fn message_keys(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Keys the code builds rather than writes out: the fixed vocabularies'
/// labels, the bundle's sections and the months.
pub fn vocabulary_keys() -> Vec<String> {
    let mut keys: Vec<String> = (1..=12).map(|m| format!("month-{m}")).collect();
    keys.extend(crate::model::all_vocabulary_keys());
    keys.extend(crate::guidance::checklist_keys());
    keys.extend(
        crate::pdf::Section::ALL
            .iter()
            .map(|s| format!("section-{}", s.key())),
    );
    keys
}

/// The text of the catalogue of `language`, for the tests.
pub fn catalogue_source(language: Language) -> &'static str {
    source(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = PartialDate::parse("d", "1958-02-11").unwrap();
        let month = PartialDate::parse("d", "1958-02").unwrap();
        let year = PartialDate::parse("d", "1958").unwrap();
        let en = Catalogue::of(Language::En);
        let es = Catalogue::of(Language::Es);
        let de = Catalogue::of(Language::De);
        assert_eq!(en.date(&day), "11 February 1958");
        assert_eq!(es.date(&day), "11 de febrero de 1958");
        assert_eq!(de.date(&day), "11. Februar 1958");
        assert_eq!(en.date(&month), "February 1958");
        assert_eq!(es.date(&month), "febrero de 1958");
        assert_eq!(de.date(&month), "Februar 1958");
        for c in [en, es, de] {
            assert_eq!(c.date(&year), "1958");
        }
        assert_eq!(de.date_text("as a child"), "as a child");
    }

    #[test]
    fn numbers_and_labels_in_text_follow_each_language() {
        let (en, es, de) = (
            Catalogue::of(Language::En),
            Catalogue::of(Language::Es),
            Catalogue::of(Language::De),
        );
        assert_eq!(en.number("71.5"), "71.5");
        assert_eq!(es.number("71.5"), "71,5");
        assert_eq!(de.number("26.6"), "26,6");
        assert_eq!(en.in_text("Confirmed"), "confirmed");
        assert_eq!(es.in_text("Confirmado"), "confirmado");
        assert_eq!(de.in_text("Verdacht"), "Verdacht");
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = Catalogue::of(Language::En);
        let de = Catalogue::of(Language::De);
        assert_eq!(en.t_with("pages", &[("count", 1.into())]), "1 page");
        assert_eq!(en.t_with("pages", &[("count", 3.into())]), "3 pages");
        assert_eq!(de.t_with("pages", &[("count", 1.into())]), "1 Seite");
        assert_eq!(de.t_with("pages", &[("count", 3.into())]), "3 Seiten");
    }

    #[test]
    fn languages_come_from_codes_and_system_locales() {
        assert_eq!(Language::parse("language", "ES").unwrap(), Language::Es);
        let e = Language::parse("language", "fr").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("language"));
        assert_eq!(Language::from_locale("de_AT.UTF-8"), Language::De);
        assert_eq!(Language::from_locale("es-MX"), Language::Es);
        assert_eq!(Language::from_locale("fr_FR.UTF-8"), Language::En);
        assert_eq!(Language::from_locale("C"), Language::En);
    }

    #[test]
    fn the_pseudo_language_marks_and_lengthens_every_text() {
        let p = Catalogue::of(Language::Pseudo);
        let text = p.t_with("pages", &[("count", 3.into())]);
        assert!(text.contains('⟦') && text.contains('3'), "{text}");
        let plain = Catalogue::en().t("month-2");
        let marked = p.t("month-2");
        assert!(marked.chars().count() >= plain.chars().count() * 4 / 3);
    }
}
