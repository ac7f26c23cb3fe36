//! Helpers shared by the core's integration tests.
#![allow(dead_code)]

use dossier::model::*;
use dossier::Store;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The real medical reports shipped beside the project.
pub fn fixture_reports() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/reports");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: the fixture reports are needed: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 4,
        "expected the fixture reports in {}",
        dir.display()
    );
    files
}

/// A dossier with every section filled, in several scripts, and the real
/// reports attached. Returns its ID.
/// A patient named `name` with one empty dossier titled `title`; returns
/// the dossier's ID.
pub fn empty_dossier(store: &Store, name: &str, title: &str) -> i64 {
    let patient = store
        .add_patient(&Patient {
            full_name: name.into(),
            ..Patient::default()
        })
        .unwrap();
    store
        .create_dossier(
            patient,
            &Dossier {
                title: title.into(),
                ..Dossier::default()
            },
        )
        .unwrap()
}

pub fn full_dossier(store: &Store) -> i64 {
    let patient = store
        .add_patient(&Patient {
            full_name: "Ελένη Παπαδοπούλου-Ivanova".into(),
            date_of_birth: Some("1956-03".into()),
            sex: "female".into(),
            phone: "+30 21 0555 0100".into(),
            email: "eleni@example.org".into(),
            address: "Οδός Αθηνάς 12\nΑθήνα".into(),
            language: "Ελληνικά".into(),
            ..Patient::default()
        })
        .unwrap();
    let id = store
        .create_dossier(
            patient,
            &Dossier {
                title: "Knee replacement: now or later?".into(),
                reasons: vec![Reason::ChooseTreatment, Reason::ConfirmPlan],
                situations: vec![Situation::LifestyleProcedure],
                goal: "Know whether physiotherapy first is reasonable.".into(),
                decide_by: Some("2025-01".into()),
                notes: "Боль усиливается по утрам.".into(),
                consultant: Consultant {
                    name: "Dr Sam Okafor".into(),
                    specialty: "Orthopaedic surgery".into(),
                    institution: "City Hospital".into(),
                    appointment: Some("2024-12-03".into()),
                    mode: Some(ConsultationMode::InPerson),
                    email: "okafor@cityhospital.example".into(),
                    ..Consultant::default()
                },
                ..Dossier::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Diagnosis {
                name: "Osteoarthritis of the right knee".into(),
                code: "M17.11".into(),
                diagnosed_on: Some("2024-03".into()),
                diagnosed_by: "Dr Lee".into(),
                facility: "Valley Clinic".into(),
                status: Some(DiagnosisStatus::Confirmed),
                notes: "Grade 3 on X-ray".into(),
                ..Diagnosis::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Treatment {
                name: "Total knee replacement".into(),
                recommended_by: "Dr Lee".into(),
                benefits: "Less pain".into(),
                risks: "Infection, clots".into(),
                costs: "Covered, 6 weeks off work".into(),
                alternatives: "Physiotherapy, injections".into(),
                status: Some(TreatmentStatus::Recommended),
                ..Treatment::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Medication {
                name: "Ibuprofen".into(),
                dose: "400 mg".into(),
                frequency: "twice a day".into(),
                started_on: Some("2023".into()),
                ..Medication::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Allergy {
                substance: "Penicillin".into(),
                reaction: "Rash".into(),
                severity: Some(Severity::Moderate),
                ..Allergy::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Clinician {
                name: "Dr Lee".into(),
                role: "Treating surgeon".into(),
                phone: "555 0101".into(),
                ..Clinician::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Event {
                date: Some("2024-02-10".into()),
                title: "Fell on stairs".into(),
                ..Event::default()
            },
        )
        .unwrap();
    for (i, text) in ["Do I need surgery now?", "What if I wait a year?"]
        .iter()
        .enumerate()
    {
        store
            .add_item(
                id,
                &Question {
                    text: (*text).into(),
                    category: Some(QuestionCategory::Alternatives),
                    source: if i == 0 { "own".into() } else { "BRAN".into() },
                    ..Question::default()
                },
            )
            .unwrap();
    }
    store
        .set_checklist_mark(id, "imaging_studies", Some("requested"))
        .unwrap();
    add_health_background(store, id);
    for file in fixture_reports() {
        store
            .add_document(
                id,
                &file,
                &Document {
                    kind: Some(DocumentKind::Lab),
                    include_in_export: true,
                    ..Document::default()
                },
            )
            .unwrap();
    }
    id
}

/// The day-one answers: another condition, an operation, family history,
/// the background and daily life.
pub fn add_health_background(store: &Store, id: i64) {
    store
        .add_item(
            id,
            &Diagnosis {
                name: "Type 2 diabetes".into(),
                code: "E11.9".into(),
                diagnosed_on: Some("2015".into()),
                role: DiagnosisRole::Other,
                ..Diagnosis::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &Operation {
                date: Some("2019-06".into()),
                name: "Arthroscopy of the right knee".into(),
                facility: "Valley Clinic".into(),
                notes: "Meniscus trimmed".into(),
                ..Operation::default()
            },
        )
        .unwrap();
    store
        .add_item(
            id,
            &FamilyHistory {
                relative: "Mother".into(),
                condition: "Rheumatoid arthritis".into(),
                age_at_onset: Some(52),
                ..FamilyHistory::default()
            },
        )
        .unwrap();
    store
        .save_answers(
            id,
            &Background {
                height_cm: Some(162.5),
                weight_kg: Some(84.0),
                smoking: Some(Smoking::Current),
                smoking_details: "10 a day for 30 years".into(),
                alcohol: "A glass of wine at weekends".into(),
                occupation: "Primary school teacher".into(),
                pregnant: Some(Pregnancy::NotApplicable),
                implants: "Copper IUD".into(),
                notes: "Walks with a stick outdoors".into(),
            },
        )
        .unwrap();
    store
        .save_answers(
            id,
            &DailyLife {
                symptoms: "Pain and swelling in the right knee".into(),
                since: Some("2023-04".into()),
                pain_score: Some(7),
                limits: "Cannot climb stairs or walk more than 200 m".into(),
                tried: "Physiotherapy for 3 months: a little better".into(),
                matters_most: "Looking after my grandchildren".into(),
            },
        )
        .unwrap();
}

/// Everything in a store's data folder: every table's rows and every file's
/// bytes. Two equal snapshots mean nothing changed.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    let conn = rusqlite::Connection::open(dir.join("dossier.db")).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {t} ORDER BY rowid"))
            .unwrap();
        let n = stmt.column_count();
        let rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        out.insert(format!("table {t}"), rows);
    }
    let mut files: Vec<String> = std::fs::read_dir(dir.join("files"))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            format!(
                "{} {:?}",
                p.file_name().unwrap().to_string_lossy(),
                std::fs::read(&p).unwrap().len()
            )
        })
        .collect();
    files.sort();
    out.insert("files".into(), files);
    out
}
