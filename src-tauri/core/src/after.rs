//! Before and after the consultation: the letter asking for copies of
//! records, and, once the second opinion is in, setting it beside the
//! first.

use crate::date::display_long;
use crate::error::{Error, Result};
use crate::model::*;
use crate::pdf::layout::{Layout, BODY};
use crate::pdf::{font::Weight, write_simple, Paper};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// What a records-request letter asks for.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordsRequest {
    /// Who it is addressed to (a doctor, a hospital's records office).
    pub to: String,
    /// The records wanted, one a line.
    pub records: String,
    /// From when (`YYYY[-MM[-DD]]`), if limited.
    pub from: Option<String>,
    /// Until when, if limited.
    pub until: Option<String>,
    /// Where to send them (address, email, or "I will collect them").
    pub send_to: String,
}

impl RecordsRequest {
    /// Checks the dates and that something is asked for.
    pub fn validate(&mut self) -> Result<()> {
        self.from = crate::date::PartialDate::check_opt("from", self.from.as_deref())?;
        self.until = crate::date::PartialDate::check_opt("until", self.until.as_deref())?;
        if self.records.trim().is_empty() {
            return Err(Error::invalid("records", "say which records you need"));
        }
        Ok(())
    }
}

/// The plain text of a polite records-request letter. It says the patient
/// is seeking a second opinion without suggesting anything is wrong.
pub fn records_request_text(full: &FullDossier, req: &RecordsRequest) -> String {
    let p = &full.patient;
    let today = crate::date::today();
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&p.full_name);
    for l in p.address.lines() {
        line(l);
    }
    if !p.phone.is_empty() {
        line(&p.phone);
    }
    if !p.email.is_empty() {
        line(&p.email);
    }
    line("");
    line(&display_long(&today));
    line("");
    if !req.to.trim().is_empty() {
        line(req.to.trim());
        line("");
    }
    line(&format!(
        "Request for copies of my medical records: {}",
        p.full_name
    ));
    if let Some(b) = &p.date_of_birth {
        line(&format!("Date of birth: {}", display_long(b)));
    }
    line("");
    line("Dear Sir or Madam,");
    line("");
    line(
        "I am preparing for a second opinion, a step my doctors and I want to take before deciding on my care. \
         To help the specialist, I would be grateful for copies of the following records:",
    );
    line("");
    for r in req.records.lines().map(str::trim).filter(|r| !r.is_empty()) {
        line(&format!("  - {r}"));
    }
    line("");
    match (&req.from, &req.until) {
        (Some(f), Some(u)) => line(&format!("from {} to {}.", display_long(f), display_long(u))),
        (Some(f), None) => line(&format!("from {} to today.", display_long(f))),
        (None, Some(u)) => line(&format!("up to {}.", display_long(u))),
        (None, None) => {}
    }
    if !req.send_to.trim().is_empty() {
        line(&format!("Please send them to: {}", req.send_to.trim()));
    }
    line("If there is a form to fill in or a fee, please let me know.");
    line("");
    line("Thank you for your help.");
    line("");
    line("Yours faithfully,");
    line("");
    line("");
    line(&p.full_name);
    out
}

/// Writes the records-request letter as a PDF and as plain text (same name,
/// `.txt`). A note at the foot says the wording is a template, not legal
/// advice; it is not part of the text version the patient may paste.
pub fn records_request_pdf(
    store: &Store,
    dossier_id: i64,
    req: &RecordsRequest,
    out: &Path,
) -> Result<usize> {
    let mut req = req.clone();
    req.validate()?;
    let full = store.full_dossier(dossier_id)?;
    let text = records_request_text(&full, &req);
    let pages = write_simple(
        out,
        Paper::A4,
        "Request for copies of medical records",
        &full.patient,
        |l| {
            for para in text.split('\n') {
                if para.is_empty() {
                    l.gap(8.0);
                } else {
                    l.paragraph(para, BODY + 0.5, Weight::Regular, 0.0);
                }
            }
            l.gap(24.0);
            l.paragraph(
            "This letter was prepared from a template. It is not legal advice; rules on access to records differ between countries and hospitals.",
            BODY - 2.0,
            Weight::Regular,
            0.0,
        );
        },
    )?;
    let txt = out.with_extension("txt");
    crate::write_atomically(&txt, |f| {
        std::io::Write::write_all(f, text.as_bytes()).map_err(|e| Error::io(&txt, e))
    })?;
    Ok(pages)
}

/// Whether the two opinions say the same thing on one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    Agree,
    Differ,
    /// One side is not written down.
    Unknown,
}

/// One line of the comparison.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    pub topic: &'static str,
    pub first: String,
    pub second: String,
    pub agreement: Agreement,
}

const STOP: &[&str] = &[
    "the", "and", "for", "with", "from", "that", "this", "left", "right", "both", "should",
    "would", "have", "not",
];

fn words(s: &str) -> BTreeSet<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3 && !STOP.contains(w))
        .map(|w| w.trim_end_matches('s').to_string())
        .collect()
}

/// Compares two texts by their meaningful words: the same when one's words
/// are all in the other, or when they share at least half of them.
pub fn agreement(first: &str, second: &str) -> Agreement {
    let (a, b) = (words(first), words(second));
    if a.is_empty() || b.is_empty() {
        return Agreement::Unknown;
    }
    let shared = a.intersection(&b).count();
    let union = a.union(&b).count();
    if a.is_subset(&b) || b.is_subset(&a) || shared * 2 >= union {
        Agreement::Agree
    } else {
        Agreement::Differ
    }
}

/// The first and second opinion side by side.
pub fn compare(full: &FullDossier, opinion: &Opinion) -> Vec<ComparisonRow> {
    let first_dx: Vec<String> = full
        .diagnoses
        .iter()
        .filter(|d| d.status != Some(DiagnosisStatus::RuledOut))
        .map(|d| {
            if d.code.is_empty() {
                d.name.clone()
            } else {
                format!("{} ({})", d.name, d.code)
            }
        })
        .collect();
    let first_tx: Vec<String> = full
        .treatments
        .iter()
        .filter(|t| !matches!(t.status, Some(TreatmentStatus::Declined)))
        .map(|t| t.name.clone())
        .collect();
    let answered = full
        .questions
        .iter()
        .filter(|q| !q.answer.trim().is_empty())
        .count();
    vec![
        ComparisonRow {
            topic: "Diagnosis",
            first: first_dx.join("; "),
            second: opinion.diagnosis.clone(),
            agreement: agreement(&first_dx.join(" "), &opinion.diagnosis),
        },
        ComparisonRow {
            topic: "Recommended treatment",
            first: first_tx.join("; "),
            second: opinion.treatment.clone(),
            agreement: agreement(&first_tx.join(" "), &opinion.treatment),
        },
        ComparisonRow {
            topic: "Key points",
            first: full.dossier.goal.clone(),
            second: opinion.key_points.clone(),
            agreement: Agreement::Unknown,
        },
        ComparisonRow {
            topic: "Questions answered",
            first: format!("{} asked", full.questions.len()),
            second: format!("{answered} answered"),
            agreement: Agreement::Unknown,
        },
    ]
}

/// Writes the comparison as a short PDF for the patient's own doctor or a
/// third opinion.
pub fn comparison_pdf(store: &Store, dossier_id: i64, out: &Path) -> Result<usize> {
    let full = store.full_dossier(dossier_id)?;
    let opinion = store
        .opinion(dossier_id)?
        .ok_or_else(|| Error::not_found("Write down the second opinion first."))?;
    let rows = compare(&full, &opinion);
    let first_by: Vec<&str> = full
        .diagnoses
        .iter()
        .map(|d| d.diagnosed_by.as_str())
        .chain(full.treatments.iter().map(|t| t.recommended_by.as_str()))
        .filter(|s| !s.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    write_simple(
        out,
        Paper::A4,
        &format!("First and second opinion: {}", full.dossier.title),
        &full.patient,
        |l: &mut Layout| {
            l.heading("First and second opinion", 0);
            l.field("Patient", &full.patient.full_name);
            l.field("About", &full.dossier.title);
            l.field("First opinion by", &first_by.join(", "));
            let when = opinion
                .given_on
                .as_deref()
                .map(|d| format!(", {}", display_long(d)))
                .unwrap_or_default();
            l.field("Second opinion by", &format!("{}{when}", opinion.given_by));
            l.gap(8.0);
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mark = match r.agreement {
                        Agreement::Agree => "Same",
                        Agreement::Differ => "DIFFERENT",
                        Agreement::Unknown => "",
                    };
                    vec![
                        r.topic.to_string(),
                        r.first.clone(),
                        r.second.clone(),
                        mark.to_string(),
                    ]
                })
                .collect();
            l.table(
                &["", "First opinion", "Second opinion", "Same?"],
                &[0.18, 0.34, 0.34, 0.14],
                &table,
                &[],
            );
            if !opinion.follow_ups.trim().is_empty() {
                l.heading("Follow-ups", 2);
                l.paragraph(&opinion.follow_ups, BODY, Weight::Regular, 0.0);
            }
            let answered: Vec<&Question> = full
                .questions
                .iter()
                .filter(|q| !q.answer.trim().is_empty())
                .collect();
            if !answered.is_empty() {
                l.heading("Answers to the questions", 2);
                for (i, q) in answered.iter().enumerate() {
                    l.paragraph(&format!("{}. {}", i + 1, q.text), BODY, Weight::Bold, 0.0);
                    l.paragraph(&q.answer, BODY, Weight::Regular, 12.0);
                    l.gap(4.0);
                }
            }
            l.gap(10.0);
            l.paragraph(
            "\"Same\" and \"DIFFERENT\" compare the words written down; ask your doctor what a difference means for you.",
            BODY - 2.0,
            Weight::Regular,
            0.0,
        );
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_compares_meaningful_words() {
        assert_eq!(
            agreement(
                "Osteoarthritis of the right knee (M17.11)",
                "osteoarthritis, knee"
            ),
            Agreement::Agree
        );
        assert_eq!(
            agreement(
                "Total knee replacement",
                "Physiotherapy for six months, then review"
            ),
            Agreement::Differ
        );
        assert_eq!(agreement("", "anything"), Agreement::Unknown);
    }
}
