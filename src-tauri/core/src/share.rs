//! Getting a bundle out to people: file names that are safe on every
//! system, and the covering email.

use crate::i18n::Catalogue;
use crate::model::FullDossier;

/// A file name made of `parts`, safe on Windows, macOS and Linux: no path
/// separators or reserved characters, not too long, ending in `ext`.
pub fn file_name(parts: &[&str], ext: &str) -> String {
    let joined = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" - ");
    let mut clean: String = joined
        .chars()
        .map(|c| {
            if "<>:\"/\\|?*".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    while clean.ends_with('.') {
        clean.pop();
    }
    if clean.chars().count() > 120 {
        clean = clean.chars().take(120).collect();
    }
    if clean.is_empty() {
        clean = "dossier".into();
    }
    format!("{}.{ext}", clean.trim())
}

/// The suggested name of a dossier's PDF bundle, in the catalogue's
/// language.
pub fn bundle_name(full: &FullDossier, words: &Catalogue) -> String {
    file_name(
        &[
            &words.t("file-name-bundle"),
            &full.patient.full_name,
            &full.dossier.title,
        ],
        "pdf",
    )
}

/// The suggested name of a dossier's portable archive.
pub fn archive_name(full: &FullDossier) -> String {
    file_name(&[&full.patient.full_name, &full.dossier.title], "dossier")
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The suggested name of the first-and-second-opinion comparison.
pub fn comparison_name(full: &FullDossier, words: &Catalogue) -> String {
    file_name(
        &[&words.t("file-name-comparison"), &full.patient.full_name],
        "pdf",
    )
}

/// The suggested name of the records-request letter.
pub fn request_name(full: &FullDossier, words: &Catalogue) -> String {
    file_name(
        &[&words.t("file-name-request"), &full.patient.full_name],
        "pdf",
    )
}

/// A `mailto:` link to the consultant with a subject and a short covering
/// message in the catalogue's language (the PDF's). Mail links cannot
/// carry attachments: the message says the PDF is attached, and the app
/// shows the file so the user can attach it.
pub fn email_link(full: &FullDossier, file: &str, words: &Catalogue) -> String {
    let c = &full.dossier.consultant;
    let p = &full.patient;
    let subject = words.t_with("email-subject", &[("name", (&p.full_name).into())]);
    let greeting = if c.name.trim().is_empty() {
        words.t("email-greeting")
    } else {
        words.t_with("email-greeting-named", &[("name", c.name.trim().into())])
    };
    let about = match (&p.date_of_birth, &c.appointment) {
        (Some(born), Some(on)) => words.t_with(
            "email-about-born-before",
            &[
                ("name", (&p.full_name).into()),
                ("born", words.date_text(born).as_str().into()),
                ("title", (&full.dossier.title).into()),
                ("date", words.date_text(on).as_str().into()),
            ],
        ),
        (Some(born), None) => words.t_with(
            "email-about-born",
            &[
                ("name", (&p.full_name).into()),
                ("born", words.date_text(born).as_str().into()),
                ("title", (&full.dossier.title).into()),
            ],
        ),
        (None, Some(on)) => words.t_with(
            "email-about-before",
            &[
                ("name", (&p.full_name).into()),
                ("title", (&full.dossier.title).into()),
                ("date", words.date_text(on).as_str().into()),
            ],
        ),
        (None, None) => words.t_with(
            "email-about",
            &[
                ("name", (&p.full_name).into()),
                ("title", (&full.dossier.title).into()),
            ],
        ),
    };
    let body = format!(
        "{greeting}\n\n{about}\n\n{}\n\n{}\n\n{}\n",
        words.t_with("email-contents", &[("file", file.into())]),
        words.t("email-thanks"),
        words.t("email-regards"),
    );
    format!(
        "mailto:{}?subject={}&body={}",
        percent(c.email.trim()).replace("%40", "@"),
        percent(&subject),
        percent(&body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_everywhere() {
        assert_eq!(
            file_name(&["Second opinion", "Zoë O'Neil", "Knee: now/later?"], "pdf"),
            "Second opinion - Zoë O'Neil - Knee now later.pdf"
        );
        assert_eq!(file_name(&["", "..."], "pdf"), "dossier.pdf");
    }

    #[test]
    fn the_email_is_addressed_and_explains_the_attachment() {
        let mut full = FullDossier::default();
        full.patient.full_name = "Marie Lefèvre".into();
        full.dossier.title = "Knee".into();
        full.dossier.consultant.name = "Dr Okafor".into();
        full.dossier.consultant.email = "okafor@hospital.example".into();
        let link = email_link(&full, "bundle.pdf", Catalogue::en());
        assert!(link.starts_with("mailto:okafor@hospital.example?subject=Second%20opinion%20request%3A%20Marie%20Lef%C3%A8vre&body="));
        assert!(link.contains("Dear%20Dr%20Okafor"));
        assert!(link.contains("bundle.pdf"));
        // In the PDF's language, the date of birth as that language
        // writes it.
        full.patient.date_of_birth = Some("1958-02-11".into());
        let de = email_link(
            &full,
            "bundle.pdf",
            Catalogue::of(crate::i18n::Language::De),
        );
        assert!(de.contains("subject=Anfrage%20Zweitmeinung"), "{de}");
        assert!(de.contains("11.%20Februar%201958"), "{de}");
        assert!(!de.contains("Dear"), "{de}");
    }
}
