//! How far along a dossier is: a status for each part (for the task list)
//! and what the consulting doctor would miss, each with where to fix it.

use crate::i18n::Catalogue;
use crate::model::{Answers, DiagnosisRole, FullDossier};
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
    pub what: String,
    pub part: &'static str,
}

/// Status by part and what is missing.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub parts: BTreeMap<&'static str, Status>,
    pub missing: Vec<Gap>,
    /// The guided steps that are answered, by step key.
    pub steps_done: BTreeMap<&'static str, bool>,
    /// The first guided step not yet answered ("review" when all are):
    /// where "Continue the guided steps" resumes.
    pub resume: &'static str,
}

/// The guided steps, in order, each with the part of the dossier it fills.
pub const STEPS: &[(&str, &str)] = &[
    ("why", "why"),
    ("who", "about"),
    ("told", "diagnoses"),
    ("recommended", "treatments"),
    ("medicines", "medications"),
    ("background", "background"),
    ("daily", "daily_life"),
    ("records", "documents"),
    ("questions", "questions"),
    ("doctor", "about"),
    ("review", "review"),
];

/// Whether a section has items or was answered "none".
fn listed_or_none<T>(items: &[T], d: &FullDossier, section: &str) -> bool {
    !items.is_empty() || none(d, section)
}

fn none(d: &FullDossier, section: &str) -> bool {
    d.dossier.none_known.iter().any(|k| k == section)
}

fn main_diagnoses(d: &FullDossier) -> usize {
    d.diagnoses
        .iter()
        .filter(|x| x.role == DiagnosisRole::Main)
        .count()
}

/// The background's answers: (how many of its questions are answered,
/// how many there are). Height and weight, smoking, other conditions,
/// operations, family history and implants are its questions.
fn background_answered(d: &FullDossier) -> (usize, usize) {
    let b = &d.background;
    let others: Vec<_> = d
        .diagnoses
        .iter()
        .filter(|x| x.role == DiagnosisRole::Other)
        .collect();
    let answered = [
        b.height_cm.is_some() || b.weight_kg.is_some(),
        b.smoking.is_some(),
        listed_or_none(&others, d, "other_conditions"),
        listed_or_none(&d.operations, d, "operations"),
        listed_or_none(&d.family_history, d, "family_history"),
        !b.implants.is_empty() || none(d, "implants"),
    ];
    (answered.iter().filter(|a| **a).count(), answered.len())
}

fn steps_done(d: &FullDossier) -> BTreeMap<&'static str, bool> {
    let r = &d.dossier;
    let done = |step: &str| match step {
        "why" => !r.reasons.is_empty() && !r.title.trim().is_empty(),
        "who" => !d.patient.full_name.trim().is_empty(),
        "told" => main_diagnoses(d) > 0,
        "recommended" => !d.treatments.is_empty(),
        "medicines" => {
            listed_or_none(&d.medications, d, "medications")
                && listed_or_none(&d.allergies, d, "allergies")
        }
        "background" => background_answered(d).0 > 0 || !d.background.is_empty(),
        "daily" => !d.daily_life.is_empty(),
        "records" => !d.documents.is_empty(),
        "questions" => !d.questions.is_empty(),
        "doctor" => !r.consultant.name.trim().is_empty(),
        _ => false,
    };
    STEPS
        .iter()
        .filter(|(k, _)| *k != "review")
        .map(|(k, _)| (*k, done(k)))
        .collect()
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
    progress_in(d, Catalogue::en())
}

/// [`progress`], with what is missing in the catalogue's language.
pub fn progress_in(d: &FullDossier, words: &Catalogue) -> Progress {
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
    parts.insert("diagnoses", status(main_diagnoses(d) > 0, false));
    let (answered, questions) = background_answered(d);
    parts.insert(
        "background",
        status(
            answered == questions,
            answered > 0 || !d.background.is_empty(),
        ),
    );
    let life = &d.daily_life;
    parts.insert(
        "daily_life",
        status(
            !life.symptoms.is_empty() && !life.limits.is_empty(),
            !life.is_empty(),
        ),
    );
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
    let meds = listed_or_none(&d.medications, d, "medications");
    let allergies = listed_or_none(&d.allergies, d, "allergies");
    parts.insert("medications", status(meds && allergies, meds || allergies));
    parts.insert("clinicians", status(!d.clinicians.is_empty(), false));
    parts.insert("events", status(!d.events.is_empty(), false));

    let mut missing = Vec::new();
    let mut gap = |cond: bool, key: &'static str, part: &'static str| {
        if cond {
            missing.push(Gap {
                what: words.t(key),
                part,
            });
        }
    };
    gap(r.reasons.is_empty(), "gap-why", "why");
    gap(p.date_of_birth.is_none(), "gap-date-of-birth", "about");
    gap(main_diagnoses(d) == 0, "gap-diagnosis", "diagnoses");
    gap(d.treatments.is_empty(), "gap-treatment", "treatments");
    gap(d.documents.is_empty(), "gap-reports", "documents");
    gap(d.questions.is_empty(), "gap-questions", "questions");
    gap(!meds, "gap-medicines", "medications");
    gap(!allergies, "gap-allergies", "medications");
    gap(
        answered == 0 && d.background.is_empty(),
        "gap-background",
        "background",
    );
    gap(d.daily_life.is_empty(), "gap-daily-life", "daily_life");
    gap(
        r.consultant.name.trim().is_empty(),
        "gap-consultant-name",
        "about",
    );
    gap(
        r.consultant.email.trim().is_empty(),
        "gap-consultant-email",
        "about",
    );
    let steps_done = steps_done(d);
    let resume = STEPS
        .iter()
        .map(|(k, _)| *k)
        .find(|k| !steps_done.get(k).copied().unwrap_or(true))
        .unwrap_or("review");
    Progress {
        parts,
        missing,
        steps_done,
        resume,
    }
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

    #[test]
    fn none_is_an_answer_and_the_steps_resume_at_the_first_gap() {
        let mut d = FullDossier::default();
        d.patient.full_name = "A".into();
        d.dossier.title = "Knee".into();
        d.dossier.reasons = vec![Reason::ChooseTreatment];
        d.diagnoses.push(Diagnosis::default());
        let p = progress(&d);
        assert_eq!(p.resume, "recommended");
        assert_eq!(p.parts["medications"], Status::NotStarted);
        d.treatments.push(Treatment::default());
        assert_eq!(progress(&d).resume, "medicines");
        d.dossier.none_known = vec!["medications".into()];
        let p = progress(&d);
        assert_eq!(p.parts["medications"], Status::InProgress);
        assert_eq!(p.resume, "medicines", "allergies are not answered yet");
        d.dossier.none_known.push("allergies".into());
        let p = progress(&d);
        assert_eq!(p.parts["medications"], Status::Completed);
        assert!(!p.missing.iter().any(|g| g.part == "medications"));
        assert_eq!(p.resume, "background");
        d.dossier.none_known.push("operations".into());
        assert_eq!(progress(&d).resume, "daily");
        assert_eq!(progress(&d).parts["background"], Status::InProgress);
        d.daily_life.symptoms = "Knee pain on stairs".into();
        assert_eq!(progress(&d).resume, "records");
        d.documents.push(Document::default());
        d.questions.push(Question::default());
        assert_eq!(progress(&d).resume, "doctor");
        d.dossier.consultant.name = "Dr Lee".into();
        assert_eq!(progress(&d).resume, "review");
    }

    #[test]
    fn the_background_is_complete_when_every_question_has_an_answer() {
        let mut d = FullDossier::default();
        d.diagnoses.push(Diagnosis {
            role: DiagnosisRole::Other,
            ..Diagnosis::default()
        });
        let p = progress(&d);
        assert_eq!(p.parts["background"], Status::InProgress);
        assert_eq!(
            p.parts["diagnoses"],
            Status::NotStarted,
            "another condition is not the main one"
        );
        d.background.height_cm = Some(170.0);
        d.background.smoking = Some(crate::model::Smoking::Never);
        d.dossier.none_known = vec![
            "operations".into(),
            "family_history".into(),
            "implants".into(),
        ];
        assert_eq!(progress(&d).parts["background"], Status::Completed);
    }
}
