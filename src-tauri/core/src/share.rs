//! Getting a bundle out to people: file names that are safe on every
//! system, and the covering email.

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

/// The suggested name of a dossier's PDF bundle.
pub fn bundle_name(full: &FullDossier) -> String {
    file_name(
        &[
            "Second opinion",
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
pub fn comparison_name(full: &FullDossier) -> String {
    file_name(
        &["First and second opinion", &full.patient.full_name],
        "pdf",
    )
}

/// The suggested name of the records-request letter.
pub fn request_name(full: &FullDossier) -> String {
    file_name(&["Records request", &full.patient.full_name], "pdf")
}

/// A `mailto:` link to the consultant with a subject and a short covering
/// message. Mail links cannot carry attachments: the message says the PDF
/// is attached, and the app shows the file so the user can attach it.
pub fn email_link(full: &FullDossier, file: &str) -> String {
    let c = &full.dossier.consultant;
    let p = &full.patient;
    let subject = format!("Second opinion request: {}", p.full_name);
    let greeting = if c.name.trim().is_empty() {
        "Dear Doctor,".to_string()
    } else {
        format!("Dear {},", c.name.trim())
    };
    let mut born = String::new();
    if let Some(d) = &p.date_of_birth {
        born = format!(" (born {})", crate::date::display_long(d));
    }
    let appointment = c
        .appointment
        .as_deref()
        .map(|a| {
            format!(
                " before the appointment on {}",
                crate::date::display_long(a)
            )
        })
        .unwrap_or_default();
    let body = format!(
        "{greeting}\n\nPlease find attached the records and questions of {}{born} about \"{}\"{appointment}.\n\n\
         The attached PDF ({file}) has a summary, the questions, a timeline and the reports, with an index on page numbers.\n\n\
         Thank you for your time.\n\nKind regards,\n",
        p.full_name, full.dossier.title
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
        let link = email_link(&full, "bundle.pdf");
        assert!(link.starts_with("mailto:okafor@hospital.example?subject=Second%20opinion%20request%3A%20Marie%20Lef%C3%A8vre&body="));
        assert!(link.contains("Dear%20Dr%20Okafor"));
        assert!(link.contains("bundle.pdf"));
    }
}
