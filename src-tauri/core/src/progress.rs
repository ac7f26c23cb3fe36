//! How far along a dossier is: a status for each part (for the task list)
//! and what the consulting doctor would miss, each with where to fix it.

use crate::model::FullDossier;
use serde::Serialize;
use std::collections::BTreeMap;

/// Where one part of a dossier stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
}

/// Something the doctor will miss, and the part where it is filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub what: &'static str,
    pub part: &'static str,
}

/// Status by part and what is missing.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub parts: BTreeMap<&'static str, Status>,
    pub missing: Vec<Gap>,
}

fn status(done: bool, started: bool) -> Status {
    if done {
        Status::Completed
    } else if started {
        Status::InProgress
    } else {
        Status::NotStarted
    }
}

/// The progress of a dossier.
pub fn progress(d: &FullDossier) -> Progress {
    let p = &d.patient;
    let r = &d.dossier;
    let goal = !r.goal.trim().is_empty();
    let mut parts = BTreeMap::new();
    parts.insert(
        "why",
        status(
            !r.reasons.is_empty() && goal,
            !r.reasons.is_empty() || !r.situations.is_empty() || goal,
        ),
    );
    parts.insert(
        "about",
        status(
            p.date_of_birth.is_some() && (!p.phone.is_empty() || !p.email.is_empty()),
            !p.full_name.is_empty(),
        ),
    );
    parts.insert("diagnoses", status(!d.diagnoses.is_empty(), false));
    parts.insert("treatments", status(!d.treatments.is_empty(), false));
    parts.insert(
        "documents",
        status(
            !d.documents.is_empty() && d.documents.iter().all(|x| x.kind.is_some()),
            !d.documents.is_empty(),
        ),
    );
    parts.insert(
        "questions",
        status(d.questions.len() >= 3, !d.questions.is_empty()),
    );
    parts.insert(
        "medications",
        status(!d.medications.is_empty() || !d.allergies.is_empty(), false),
    );
    parts.insert("clinicians", status(!d.clinicians.is_empty(), false));
    parts.insert("events", status(!d.events.is_empty(), false));

    let mut missing = Vec::new();
    let mut gap = |cond: bool, what: &'static str, part: &'static str| {
        if cond {
            missing.push(Gap { what, part });
        }
    };
    gap(r.reasons.is_empty(), "Why you want a second opinion", "why");
    gap(p.date_of_birth.is_none(), "Your date of birth", "about");
    gap(
        d.diagnoses.is_empty(),
        "The diagnosis you were given",
        "diagnoses",
    );
    gap(
        d.treatments.is_empty(),
        "The treatment that was recommended",
        "treatments",
    );
    gap(
        d.documents.is_empty(),
        "Your reports (letters, scans, test results)",
        "documents",
    );
    gap(
        d.questions.is_empty(),
        "Your questions for the doctor",
        "questions",
    );
    gap(
        r.consultant.name.trim().is_empty(),
        "The name of the doctor giving the second opinion",
        "about",
    );
    gap(
        r.consultant.email.trim().is_empty(),
        "That doctor's email address, to send the PDF",
        "about",
    );
    Progress { parts, missing }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn a_new_dossier_shows_what_is_left_to_do() {
        let mut d = FullDossier::default();
        d.patient.full_name = "A".into();
        let p = progress(&d);
        assert_eq!(p.parts["why"], Status::NotStarted);
        assert_eq!(p.parts["about"], Status::InProgress);
        let parts: Vec<&str> = p.missing.iter().map(|g| g.part).collect();
        assert!(
            parts.contains(&"documents")
                && parts.contains(&"questions")
                && parts.contains(&"diagnoses")
        );
    }

    #[test]
    fn filled_parts_are_completed_and_no_longer_missing() {
        let mut d = FullDossier::default();
        d.dossier.reasons = vec![Reason::ChooseTreatment];
        d.dossier.goal = "Know my options".into();
        d.documents.push(Document {
            kind: Some(DocumentKind::Lab),
            ..Document::default()
        });
        d.questions = vec![
            Question::default(),
            Question::default(),
            Question::default(),
        ];
        let p = progress(&d);
        assert_eq!(p.parts["why"], Status::Completed);
        assert_eq!(p.parts["documents"], Status::Completed);
        assert_eq!(p.parts["questions"], Status::Completed);
        let parts: Vec<&str> = p.missing.iter().map(|g| g.part).collect();
        assert!(!parts.contains(&"documents") && !parts.contains(&"why"));
    }
}
