//! Before and after the consultation: the letter asking for copies of
//! records, and, once the second opinion is in, setting it beside the
//! first.

use crate::error::{Error, Result};
use crate::i18n::{Arg, Catalogue, Language};
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
            return Err(Error::invalid_said("records", "error-records-needed", &[]));
        }
        Ok(())
    }
}

/// The plain text of a polite records-request letter. It says the patient
/// is seeking a second opinion without suggesting anything is wrong.
pub fn records_request_text(full: &FullDossier, req: &RecordsRequest, w: &Catalogue) -> String {
    let p = &full.patient;
    let date = |d: &String| w.date_text(d);
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
    line(&w.date_text(&today));
    line("");
    if !req.to.trim().is_empty() {
        line(req.to.trim());
        line("");
    }
    line(&w.t_with("letter-subject", &[("name", (&p.full_name).into())]));
    if let Some(b) = &p.date_of_birth {
        line(&w.t_with("letter-born", &[("date", (&date(b)).into())]));
    }
    line("");
    line(&w.t("letter-greeting"));
    line("");
    line(&w.t("letter-body"));
    line("");
    for r in req.records.lines().map(str::trim).filter(|r| !r.is_empty()) {
        line(&format!("  - {r}"));
    }
    line("");
    let (from, until) = (req.from.as_ref().map(date), req.until.as_ref().map(date));
    let period = |key: &str| {
        let mut args: Vec<(&str, Arg)> = Vec::new();
        if let Some(f) = &from {
            args.push(("from", f.into()));
        }
        if let Some(u) = &until {
            args.push(("until", u.into()));
        }
        w.t_with(key, &args)
    };
    match (&from, &until) {
        (Some(_), Some(_)) => line(&period("letter-from-until")),
        (Some(_), None) => line(&period("letter-from")),
        (None, Some(_)) => line(&period("letter-until")),
        (None, None) => {}
    }
    if !req.send_to.trim().is_empty() {
        line(&w.t_with("letter-send-to", &[("where", req.send_to.trim().into())]));
    }
    line(&w.t("letter-fee"));
    line("");
    line(&w.t("letter-thanks"));
    line("");
    line(&w.t("letter-closing"));
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
    language: Language,
) -> Result<usize> {
    let mut req = req.clone();
    req.validate()?;
    let full = store.full_dossier(dossier_id)?;
    let w = Catalogue::of(language);
    let text = records_request_text(&full, &req, w);
    let pages = write_simple(
        out,
        w,
        Paper::A4,
        &w.t("letter-title"),
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
                &w.t("letter-template-note"),
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

/// One line of the comparison: what each doctor said, side by side, with
/// the patient's own mark. The app never judges whether two texts agree;
/// the only thing it states itself is a checkable fact (`fact`).
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    /// The topic's key when the patient may mark it (see
    /// [`COMPARISON_TOPICS`]), else `None`.
    pub key: Option<&'static str>,
    pub topic: String,
    pub first: String,
    pub second: String,
    /// The patient's mark, if they set one.
    pub mark: Option<Mark>,
    /// A fact the app can check, such as two identical diagnosis codes.
    pub fact: Option<String>,
}

fn normal_code(code: &str) -> String {
    code.split_whitespace().collect::<String>().to_uppercase()
}

/// A diagnosis code both opinions wrote, if any.
fn same_code(full: &FullDossier, opinion: &Opinion) -> Option<String> {
    let second = normal_code(&opinion.diagnosis_code);
    if second.is_empty() {
        return None;
    }
    full.diagnoses
        .iter()
        .find(|d| normal_code(&d.code) == second)
        .map(|d| d.code.trim().to_string())
}

/// What the first doctors said beyond the names: the notes written with
/// the diagnoses and the treatments.
fn first_doctors_points(full: &FullDossier) -> String {
    full.diagnoses
        .iter()
        .map(|d| d.notes.trim())
        .chain(full.treatments.iter().map(|t| t.notes.trim()))
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The first and second opinion side by side, with the patient's marks.
pub fn compare(full: &FullDossier, opinion: &Opinion, w: &Catalogue) -> Vec<ComparisonRow> {
    let first_dx: Vec<String> = full
        .diagnoses
        .iter()
        .filter(|d| d.status != Some(DiagnosisStatus::RuledOut))
        .map(|d| with_code(&d.name, &d.code))
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
    let mark = |key: &str| opinion.marks.get(key).copied();
    vec![
        ComparisonRow {
            key: Some("diagnosis"),
            topic: w.t("topic-diagnosis"),
            first: first_dx.join("; "),
            second: with_code(&opinion.diagnosis, &opinion.diagnosis_code),
            mark: mark("diagnosis"),
            fact: same_code(full, opinion)
                .map(|c| w.t_with("compare-same-code", &[("code", (&c).into())])),
        },
        ComparisonRow {
            key: Some("treatment"),
            topic: w.t("topic-treatment"),
            first: first_tx.join("; "),
            second: opinion.treatment.clone(),
            mark: mark("treatment"),
            fact: None,
        },
        ComparisonRow {
            key: Some("key_points"),
            topic: w.t("topic-key_points"),
            first: first_doctors_points(full),
            second: opinion.key_points.clone(),
            mark: mark("key_points"),
            fact: None,
        },
        ComparisonRow {
            key: None,
            topic: w.t("topic-questions"),
            first: w.t_with("compare-asked", &[("count", full.questions.len().into())]),
            second: w.t_with("compare-answered", &[("count", answered.into())]),
            mark: None,
            fact: None,
        },
    ]
}

fn with_code(name: &str, code: &str) -> String {
    match (name.trim().is_empty(), code.trim().is_empty()) {
        (_, true) => name.to_string(),
        (true, false) => code.trim().to_string(),
        (false, false) => format!("{} ({})", name, code.trim()),
    }
}

/// Writes the comparison as a short PDF for the patient's own doctor or a
/// third opinion.
pub fn comparison_pdf(
    store: &Store,
    dossier_id: i64,
    out: &Path,
    language: Language,
) -> Result<usize> {
    let full = store.full_dossier(dossier_id)?;
    let opinion = store.opinion(dossier_id)?.ok_or_else(|| {
        Error::said(
            crate::error::ErrorKind::NotFound,
            "error-opinion-first",
            &[],
        )
    })?;
    let w = Catalogue::of(language);
    let rows = compare(&full, &opinion, w);
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
        w,
        Paper::A4,
        &w.t_with("compare-title", &[("title", (&full.dossier.title).into())]),
        &full.patient,
        |l: &mut Layout| {
            l.heading(&w.t("compare-heading"), 0);
            l.field(&w.t("compare-patient"), &full.patient.full_name);
            l.field(&w.t("compare-about"), &full.dossier.title);
            l.field(&w.t("compare-first-by"), &first_by.join(", "));
            let when = opinion
                .given_on
                .as_deref()
                .map(|d| format!(", {}", w.date_text(d)))
                .unwrap_or_default();
            l.field(
                &w.t("compare-second-by"),
                &format!("{}{when}", opinion.given_by),
            );
            l.gap(8.0);
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mark = match (r.key, r.mark) {
                        (None, _) => String::new(),
                        (Some(_), Some(m)) => m.words_in(w),
                        (Some(_), None) => w.t("compare-not-marked"),
                    };
                    let written = |t: &str| {
                        if t.trim().is_empty() {
                            w.t("compare-not-written")
                        } else {
                            t.to_string()
                        }
                    };
                    vec![r.topic.clone(), written(&r.first), written(&r.second), mark]
                })
                .collect();
            l.table(
                &[
                    w.t("compare-topic").as_str(),
                    w.t("compare-first").as_str(),
                    w.t("compare-second").as_str(),
                    w.t("compare-mark").as_str(),
                ],
                &[0.17, 0.31, 0.31, 0.21],
                &table,
                &[],
            );
            for fact in rows.iter().filter_map(|r| r.fact.as_deref()) {
                l.paragraph(fact, BODY, Weight::Regular, 0.0);
            }
            if !opinion.follow_ups.trim().is_empty() {
                l.heading(&w.t("compare-follow-ups"), 2);
                l.paragraph(&opinion.follow_ups, BODY, Weight::Regular, 0.0);
            }
            let answered: Vec<&Question> = full
                .questions
                .iter()
                .filter(|q| !q.answer.trim().is_empty())
                .collect();
            if !answered.is_empty() {
                l.heading(&w.t("compare-answers"), 2);
                for (i, q) in answered.iter().enumerate() {
                    l.paragraph(&format!("{}. {}", i + 1, q.text), BODY, Weight::Bold, 0.0);
                    l.paragraph(&q.answer, BODY, Weight::Regular, 12.0);
                    l.gap(4.0);
                }
            }
            l.gap(10.0);
            l.paragraph(&w.t("compare-marks-note"), BODY - 2.0, Weight::Regular, 0.0);
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dossier(dx: &str, code: &str, tx: &str) -> FullDossier {
        FullDossier {
            diagnoses: vec![Diagnosis {
                name: dx.into(),
                code: code.into(),
                notes: "Cartilage worn on the inner side".into(),
                ..Diagnosis::default()
            }],
            treatments: vec![Treatment {
                name: tx.into(),
                ..Treatment::default()
            }],
            dossier: Dossier {
                goal: "Know if surgery can wait".into(),
                ..Dossier::default()
            },
            ..FullDossier::default()
        }
    }

    #[test]
    fn opposite_opinions_are_never_called_the_same() {
        let full = dossier(
            "Osteoarthritis of the left knee",
            "",
            "Total knee replacement",
        );
        let opinion = Opinion {
            diagnosis: "Osteoarthritis of the RIGHT knee".into(),
            treatment: "Total knee replacement not recommended".into(),
            ..Opinion::default()
        };
        let rows = compare(&full, &opinion, Catalogue::en());
        for r in &rows {
            assert_eq!(r.mark, None, "{}: the app set a mark by itself", r.topic);
            assert_eq!(r.fact, None, "{}: the app stated a fact", r.topic);
        }
        let json = serde_json::to_string(&rows).unwrap().to_lowercase();
        assert!(!json.contains("same") && !json.contains("agree"));
    }

    #[test]
    fn the_patients_marks_are_shown_as_theirs() {
        let full = dossier("Osteoarthritis", "", "Knee replacement");
        let mut opinion = Opinion {
            diagnosis: "Osteoarthritis".into(),
            ..Opinion::default()
        };
        opinion.marks.insert("treatment".into(), Mark::Different);
        opinion.marks.insert("diagnosis".into(), Mark::NotSure);
        let rows = compare(&full, &opinion, Catalogue::en());
        assert_eq!(rows[0].mark, Some(Mark::NotSure));
        assert_eq!(rows[1].mark, Some(Mark::Different));
        assert_eq!(rows[2].mark, None);
    }

    #[test]
    fn identical_codes_are_the_one_fact_stated() {
        let full = dossier("Osteoarthritis of the knee", "M17.11", "Knee replacement");
        let same = Opinion {
            diagnosis: "Primary osteoarthritis, right knee".into(),
            diagnosis_code: "m17.11 ".into(),
            ..Opinion::default()
        };
        let rows = compare(&full, &same, Catalogue::en());
        assert_eq!(
            rows[0].fact.as_deref(),
            Some("Both opinions give the diagnosis code M17.11.")
        );
        let other = Opinion {
            diagnosis_code: "M17.12".into(),
            ..Opinion::default()
        };
        assert_eq!(compare(&full, &other, Catalogue::en())[0].fact, None);
    }

    #[test]
    fn key_points_compare_what_each_doctor_said_not_the_patients_goal() {
        let full = dossier("Osteoarthritis", "", "Knee replacement");
        let opinion = Opinion {
            key_points: "Weight loss first".into(),
            ..Opinion::default()
        };
        let row = &compare(&full, &opinion, Catalogue::en())[2];
        assert_eq!(row.first, "Cartilage worn on the inner side");
        assert!(!row.first.contains("surgery can wait"));
    }

    #[test]
    fn marks_on_unknown_topics_are_refused() {
        let mut o = Opinion::default();
        o.marks.insert("goal".into(), Mark::Same);
        let e = o.validate().unwrap_err();
        assert!(e.message.starts_with("marks:"), "{}", e.message);
    }
}
