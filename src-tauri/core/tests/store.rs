//! The record store on an in-memory database with the real migrations, and
//! on files for what only files show (migrations, newer databases, crashes).

mod common;

use dossier::model::*;
use dossier::{ErrorKind, Store};
use std::path::Path;

fn memory_store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    (
        Store::open_in_memory(&dir.path().join("files")).unwrap(),
        dir,
    )
}

#[test]
fn a_dossier_keeps_every_field_and_section() {
    let (store, _dir) = memory_store();
    let id = common::full_dossier(&store);
    let full = store.full_dossier(id).unwrap();
    assert_eq!(full.patient.full_name, "Ελένη Παπαδοπούλου-Ivanova");
    assert_eq!(full.patient.date_of_birth.as_deref(), Some("1956-03"));
    assert_eq!(
        full.dossier.reasons,
        vec![Reason::ChooseTreatment, Reason::ConfirmPlan]
    );
    assert_eq!(
        full.dossier.consultant.mode,
        Some(ConsultationMode::InPerson)
    );
    assert_eq!(full.diagnoses[0].code, "M17.11");
    assert_eq!(full.treatments[0].alternatives, "Physiotherapy, injections");
    assert_eq!(full.allergies[0].severity, Some(Severity::Moderate));
    assert_eq!(full.questions.len(), 2);
    assert_eq!(full.questions[0].priority, 1);
    assert_eq!(full.questions[1].priority, 2);
    assert_eq!(full.documents.len(), common::fixture_reports().len());
    let pdf = full
        .documents
        .iter()
        .find(|d| d.original_name == "discharge-summary.pdf")
        .unwrap();
    assert_eq!(pdf.media_type, "application/pdf");
    assert_eq!(pdf.page_count, Some(3));
    assert!(pdf.include_in_export);
    let png = full
        .documents
        .iter()
        .find(|d| d.original_name.ends_with(".png"))
        .unwrap();
    assert_eq!(png.media_type, "image/png");
    assert_eq!(png.page_count, None);
}

#[test]
fn many_patients_and_dossiers_are_listed_apart() {
    let (store, _dir) = memory_store();
    let a = store
        .add_patient(&Patient {
            full_name: "Zoë Adams".into(),
            ..Patient::default()
        })
        .unwrap();
    let b = store
        .add_patient(&Patient {
            full_name: "bob Brown".into(),
            ..Patient::default()
        })
        .unwrap();
    store
        .create_dossier(
            a,
            &Dossier {
                title: "Heart valve".into(),
                ..Dossier::default()
            },
        )
        .unwrap();
    store
        .create_dossier(
            a,
            &Dossier {
                title: "Cataract".into(),
                ..Dossier::default()
            },
        )
        .unwrap();
    store
        .create_dossier(
            b,
            &Dossier {
                title: "Back pain".into(),
                ..Dossier::default()
            },
        )
        .unwrap();
    let names: Vec<String> = store
        .patients()
        .unwrap()
        .into_iter()
        .map(|p| p.full_name)
        .collect();
    assert_eq!(names, ["bob Brown", "Zoë Adams"]);
    assert_eq!(store.dossiers(Some(a)).unwrap().len(), 2);
    assert_eq!(store.dossiers(Some(b)).unwrap()[0].title, "Back pain");
    assert_eq!(store.dossiers(None).unwrap().len(), 3);
}

#[test]
fn dates_keep_their_precision_sort_and_reject_nonsense_by_field() {
    let (store, _dir) = memory_store();
    let id = common::full_dossier(&store);
    for date in ["2024-05-01", "2023", "2024-05"] {
        store
            .add_item(
                id,
                &Event {
                    date: Some(date.into()),
                    title: format!("on {date}"),
                    ..Event::default()
                },
            )
            .unwrap();
    }
    let err = store
        .add_item(
            id,
            &Diagnosis {
                name: "x".into(),
                diagnosed_on: Some("31/31/2024".into()),
                ..Diagnosis::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.starts_with("diagnosed_on:"), "{}", err.message);
    assert!(err.message.contains("YYYY-MM-DD"));
    let timeline = store.full_dossier(id).unwrap().timeline();
    let dates: Vec<&str> = timeline.iter().map(|t| t.date.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "timeline is oldest first");
    assert!(timeline
        .iter()
        .any(|t| t.date == "2024-05" && t.date_text == "May 2024"));
    assert!(timeline
        .iter()
        .any(|t| t.section == "diagnoses" && t.date_text == "March 2024"));
}

#[test]
fn items_can_be_edited_reordered_and_deleted() {
    let (mut store, _dir) = memory_store();
    let id = common::full_dossier(&store);
    let q3 = store
        .add_item(
            id,
            &Question {
                text: "Third".into(),
                ..Question::default()
            },
        )
        .unwrap();
    store.move_item::<Question>(q3, 0).unwrap();
    let texts: Vec<String> = store
        .items::<Question>(id)
        .unwrap()
        .into_iter()
        .map(|q| q.text)
        .collect();
    assert_eq!(
        texts,
        ["Third", "Do I need surgery now?", "What if I wait a year?"]
    );
    let mut q: Question = store.item(q3).unwrap();
    q.answer = "Not urgent".into();
    store.update_item(&q).unwrap();
    assert_eq!(store.item::<Question>(q3).unwrap().answer, "Not urgent");
    store.delete_item::<Question>(q3).unwrap();
    assert_eq!(store.items::<Question>(id).unwrap().len(), 2);
    assert_eq!(
        store.delete_item::<Question>(q3).unwrap_err().kind,
        ErrorKind::NotFound
    );
    let empty = Question {
        id: 0,
        ..Question::default()
    };
    assert!(store
        .add_item(id, &empty)
        .unwrap_err()
        .message
        .starts_with("text:"));
}

#[test]
fn the_same_file_twice_is_reported_and_files_go_only_when_unused() {
    let (mut store, _dir) = memory_store();
    let id = common::full_dossier(&store);
    let report = &common::fixture_reports()[0];
    let err = store
        .add_document(id, report, &Document::default())
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Duplicate);
    assert!(err.message.contains(&report.display().to_string()));
    // A second dossier may hold the same file; deleting one keeps the file.
    let p = store.dossier(id).unwrap().patient_id;
    let other = store
        .create_dossier(
            p,
            &Dossier {
                title: "Other".into(),
                ..Dossier::default()
            },
        )
        .unwrap();
    let doc = store
        .add_document(other, report, &Document::default())
        .unwrap();
    let path = store.files().path_of(&doc.sha256);
    let first: Vec<Document> = store.items(id).unwrap();
    let shared = first.iter().find(|d| d.sha256 == doc.sha256).unwrap().id;
    store.delete_item::<Document>(shared).unwrap();
    assert!(path.is_file(), "still used by the other dossier");
    store.delete_dossier(other).unwrap();
    assert!(!path.exists(), "no document refers to it any more");
}

#[test]
fn bad_files_are_refused_with_their_name() {
    let (store, dir) = memory_store();
    let id = common::full_dossier(&store);
    let empty = dir.path().join("empty scan.pdf");
    std::fs::write(&empty, b"").unwrap();
    let err = store
        .add_document(id, &empty, &Document::default())
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::BadFile);
    assert!(err.message.contains("empty scan.pdf") && err.message.contains("empty"));
    let missing = dir.path().join("gone.pdf");
    let err = store
        .add_document(id, &missing, &Document::default())
        .unwrap_err();
    assert!(err.message.contains("gone.pdf"));
    let mislabelled = dir.path().join("photo.pdf");
    std::fs::write(&mislabelled, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]).unwrap();
    let doc = store
        .add_document(id, &mislabelled, &Document::default())
        .unwrap();
    assert_eq!(
        doc.media_type, "image/jpeg",
        "type comes from the bytes, not the name"
    );
}

#[test]
fn stray_temporary_files_are_swept_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    Store::open(dir.path()).unwrap();
    // Left by a killed process a moment ago: no one holds it.
    let stale = dir.path().join("files/.incoming-123-0");
    std::fs::write(&stale, b"half a file").unwrap();
    // Being written by a live process (which holds its lock) for hours.
    let held = dir.path().join("files/.incoming-a1B2c3");
    std::fs::write(&held, b"a copy under way").unwrap();
    let writer = std::fs::File::options().write(true).open(&held).unwrap();
    writer.lock().unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3 * 3600);
    writer.set_modified(old).unwrap();
    Store::open(dir.path()).unwrap();
    assert!(!stale.exists(), "a file no live process holds goes at once");
    assert!(
        held.exists(),
        "a copy another process is writing is left alone, however old"
    );
    drop(writer);
    Store::open(dir.path()).unwrap();
    assert!(!held.exists(), "once its writer is gone, it goes too");
}

#[test]
fn a_version_1_database_is_migrated_after_a_backup() {
    migrates_from(1);
}

#[test]
fn a_version_4_database_is_migrated_after_a_backup() {
    let (store, _dir) = migrates_from(4);
    assert_eq!(
        store
            .checklist_marks(1)
            .unwrap()
            .get("imaging_studies")
            .map(String::as_str),
        Some("requested")
    );
    assert_eq!(store.opinion(1).unwrap(), None);
}

#[test]
fn a_version_3_database_is_migrated_after_a_backup() {
    let (store, _dir) = migrates_from(3);
    assert_eq!(
        store.dossier(1).unwrap().consultant.email,
        "ivo@kbc.example"
    );
    assert!(store.checklist_marks(1).unwrap().is_empty());
}

#[test]
fn a_version_2_database_is_migrated_after_a_backup() {
    let (store, _dir) = migrates_from(2);
    assert_eq!(store.dossier(1).unwrap().consultant.name, "Dr Ivo Marić");
    assert_eq!(store.dossier(1).unwrap().consultant.email, "");
}

fn migrates_from(version: i64) -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-v{version}.db"));
    std::fs::copy(&fixture, dir.path().join("dossier.db")).unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        dossier::store::SCHEMA_VERSION
    );
    let backup = dir.path().join(format!("dossier.db.v{version}.bak"));
    assert!(
        backup.is_file(),
        "a copy of the old database is kept beside it"
    );
    let old = rusqlite::Connection::open(&backup).unwrap();
    let v: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, version);
    let full = store.full_dossier(1).unwrap();
    assert_eq!(full.patient.full_name, "Ana Popović");
    assert_eq!(full.dossier.title, "Hip pain: surgery or not?");
    assert_eq!(full.diagnoses[0].code, "M16.1");
    assert_eq!(full.questions[0].text, "What happens if I wait a year?");
    assert_eq!(full.documents[0].kind, Some(DocumentKind::Discharge));
    assert_eq!(full.documents[0].page_count, Some(3));
    (store, dir)
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let db = dir.path().join("dossier.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let err = Store::open(dir.path()).err().expect("must refuse");
    assert_eq!(err.kind, ErrorKind::NewerDatabase);
    assert!(err.message.contains("newer version"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert!(!dir.path().join("dossier.db-wal").exists());
}

#[test]
fn the_kind_of_a_report_is_guessed_from_its_name() {
    use dossier::store::guess_kind;
    assert_eq!(
        guess_kind("discharge-summary.pdf", "application/pdf"),
        Some(DocumentKind::Discharge)
    );
    assert_eq!(
        guess_kind("lab-result-multiple-ranges.pdf", "application/pdf"),
        Some(DocumentKind::Lab)
    );
    assert_eq!(
        guess_kind("Knee MRI report.pdf", "application/pdf"),
        Some(DocumentKind::ImagingReport)
    );
    assert_eq!(
        guess_kind("Biopsy 2024.pdf", "application/pdf"),
        Some(DocumentKind::Pathology)
    );
    assert_eq!(
        guess_kind("IM0001", "application/dicom"),
        Some(DocumentKind::ImagingStudy)
    );
    assert_eq!(guess_kind("scan0001.pdf", "application/pdf"), None);
}

#[cfg(unix)]
#[test]
fn file_names_are_taken_as_the_system_gives_them() {
    use std::os::unix::ffi::OsStrExt;
    let (store, dir) = memory_store();
    let id = common::full_dossier(&store);
    // Spaces, accents, and a name that is not valid UTF-8 (Latin-1 "é").
    for name in [
        &b"Compte rendu d\xe9taill\xe9 IRM.pdf"[..],
        "Résumé de sortie (copie).pdf".as_bytes(),
    ] {
        let path = dir.path().join(std::ffi::OsStr::from_bytes(name));
        let mut bytes = std::fs::read(&common::fixture_reports()[0]).unwrap();
        bytes.extend_from_slice(name);
        std::fs::write(&path, bytes).unwrap();
        let doc = store.add_document(id, &path, &Document::default()).unwrap();
        assert!(doc.original_name.ends_with(".pdf"), "{}", doc.original_name);
        assert!(store.files().path_of(&doc.sha256).is_file());
    }
}

#[test]
fn unknown_reason_keys_do_not_empty_the_list_and_survive_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = common::empty_dossier(&store, "Ines", "Hip");
    // As a newer version of the app might have written it.
    let raw = rusqlite::Connection::open(dir.path().join("dossier.db")).unwrap();
    raw.execute(
        "UPDATE dossiers SET reasons='[\"choose_treatment\",\"cost_worry\"]',
         situations='[\"space_travel\",\"aesthetic\"]', consultant_mode='hologram' WHERE id=?1",
        [id],
    )
    .unwrap();
    let mut d = store.dossier(id).unwrap();
    assert_eq!(d.reasons, vec![Reason::ChooseTreatment]);
    assert_eq!(d.situations, vec![Situation::Aesthetic]);
    d.reasons.push(Reason::ConfirmPlan);
    store.update_dossier(&d).unwrap();
    assert_eq!(d.consultant.mode, None);
    let (reasons, situations, mode): (String, String, String) = raw
        .query_row(
            "SELECT reasons, situations, consultant_mode FROM dossiers WHERE id=?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(mode, "hologram");
    assert_eq!(
        reasons,
        r#"["choose_treatment","confirm_plan","cost_worry"]"#
    );
    assert_eq!(situations, r#"["aesthetic","space_travel"]"#);
    assert_eq!(
        store.dossier(id).unwrap().reasons,
        vec![Reason::ChooseTreatment, Reason::ConfirmPlan]
    );
}

#[test]
fn a_priority_out_of_range_is_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = common::full_dossier(&store);
    for priority in [i64::MAX, -1, dossier::model::MAX_PRIORITY + 1] {
        let err = store
            .add_item(
                id,
                &Question {
                    text: "When?".into(),
                    priority,
                    ..Question::default()
                },
            )
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidInput);
        assert_eq!(err.field.as_deref(), Some("priority"));
        assert!(
            err.message.starts_with("priority:") && err.message.contains("whole number"),
            "{}",
            err.message
        );
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["field"], "priority");
    }
    let last = Question {
        text: "Last".into(),
        priority: dossier::model::MAX_PRIORITY,
        ..Question::default()
    };
    store.add_item(id, &last).unwrap();
    let questions = store.items::<Question>(id).unwrap();
    assert_eq!(questions.last().unwrap().text, "Last");
}

#[test]
fn a_file_without_its_row_or_a_row_without_its_file_fails_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = common::full_dossier(&store);
    assert!(dossier::check::check(&store).unwrap().ok());
    let stray = dir.path().join("files").join("ab".repeat(32));
    std::fs::write(&stray, b"no row names me").unwrap();
    let report = dossier::check::check(&store).unwrap();
    assert!(!report.ok());
    assert_eq!(report.problems[0].kind, "unused");
    std::fs::remove_file(&stray).unwrap();
    let doc = &store.items::<Document>(id).unwrap()[0];
    std::fs::remove_file(store.files().path_of(&doc.sha256)).unwrap();
    let report = dossier::check::check(&store).unwrap();
    assert!(!report.ok());
    assert_eq!(report.problems[0].kind, "missing");
}

#[test]
fn a_change_cut_short_by_a_crash_is_finished_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = common::full_dossier(&store);
    let kept = store.items::<Document>(id).unwrap()[0].sha256.clone();
    drop(store);
    // A crash after a file was put in place but before its row was
    // committed leaves the file and the journal that names it.
    let files = dir.path().join("files");
    let orphan = "cd".repeat(32);
    std::fs::write(files.join(&orphan), b"placed, never committed").unwrap();
    let journal = files.join(".journal-Zq81xA");
    std::fs::write(&journal, format!("{orphan}\n{kept}\n")).unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert!(!files.join(&orphan).exists(), "the file without a row goes");
    assert!(files.join(&kept).exists(), "a file a row uses stays");
    assert!(!journal.exists());
    assert!(dossier::check::check(&store).unwrap().ok());
}

#[test]
fn implausible_background_answers_are_refused_at_their_field_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let id = common::full_dossier(&store);
    let before = store.full_dossier(id).unwrap();
    let refused = |name: &str, value: serde_json::Value| {
        dossier::sections::save_answers(&store, name, id, value).unwrap_err()
    };
    // 17 m, given in centimetres.
    let e = refused(
        "background",
        serde_json::json!({"height_cm": 1700, "weight_kg": 80}),
    );
    assert_eq!(e.field.as_deref(), Some("height_cm"));
    assert!(e.message.contains("cm"), "{}", e.message);
    let e = refused("background", serde_json::json!({"weight_kg": -3}));
    assert_eq!(e.field.as_deref(), Some("weight_kg"));
    let e = refused("daily_life", serde_json::json!({"pain_score": 11}));
    assert_eq!(e.field.as_deref(), Some("pain_score"));
    let e = refused("daily_life", serde_json::json!({"since": "last spring"}));
    assert_eq!(e.field.as_deref(), Some("since"));
    assert_eq!(
        store.full_dossier(id).unwrap(),
        before,
        "nothing saved wrong"
    );

    // An operation before the patient was born (1956-03), and a birth date
    // moved after an operation (2019-06): refused at the field.
    let e = dossier::sections::save_item(
        &store,
        "operations",
        id,
        serde_json::json!({"name": "Tonsils out", "date": "1950"}),
    )
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("date"));
    assert!(
        e.message.contains("before the date of birth"),
        "{}",
        e.message
    );
    let mut p = before.patient.clone();
    p.date_of_birth = Some("2020-01-01".into());
    let e = store.update_patient(&p).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("date_of_birth"));
    assert!(e.message.contains("Arthroscopy"), "{}", e.message);
    // The same year as the birth is not surely before it.
    dossier::sections::save_item(
        &store,
        "operations",
        id,
        serde_json::json!({"name": "Hernia repair", "date": "1956"}),
    )
    .unwrap();
    let e = dossier::sections::save_item(
        &store,
        "family_history",
        id,
        serde_json::json!({"condition": "Stroke", "age_at_onset": 400}),
    )
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("age_at_onset"));
    let after = store.full_dossier(id).unwrap();
    assert_eq!(after.patient, before.patient);
    assert_eq!(after.background, before.background);
    assert_eq!(after.operations.len(), before.operations.len() + 1);
    assert_eq!(after.family_history, before.family_history);
    dossier::sections::delete_item(&mut store, "operations", id, after.operations[1].id).unwrap();
}

#[test]
fn none_is_taken_back_once_a_section_lists_something() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = common::empty_dossier(&store, "Amal", "Knee");
    let mut d = store.dossier(id).unwrap();
    d.none_known = vec![
        "implants".into(),
        "family_history".into(),
        "other_conditions".into(),
    ];
    store.update_dossier(&d).unwrap();
    // A pacemaker typed after "no implants" was ticked: the text is the answer.
    store
        .save_answers(
            id,
            &Background {
                implants: "Pacemaker (2021)".into(),
                ..Background::default()
            },
        )
        .unwrap();
    let fh = store
        .add_item(
            id,
            &FamilyHistory {
                relative: "Mother".into(),
                condition: "Rheumatoid arthritis".into(),
                ..FamilyHistory::default()
            },
        )
        .unwrap();
    assert_eq!(
        store.dossier(id).unwrap().none_known,
        vec!["other_conditions"]
    );
    // Deleting the last entry leaves the section not filled in, not "none".
    let mut store = store;
    store.delete_item::<FamilyHistory>(fh).unwrap();
    assert!(!store
        .dossier(id)
        .unwrap()
        .none_known
        .contains(&"family_history".to_string()));
    // "None" for a section that lists something is not kept.
    let mut d = store.dossier(id).unwrap();
    d.none_known.push("implants".into());
    store.update_dossier(&d).unwrap();
    assert!(!store
        .dossier(id)
        .unwrap()
        .none_known
        .contains(&"implants".to_string()));
}

#[test]
fn what_has_happened_cannot_be_before_birth_or_in_the_future() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = common::empty_dossier(&store, "Amal", "Knee");
    let mut p = store
        .patient(store.dossier(id).unwrap().patient_id)
        .unwrap();
    p.date_of_birth = Some("1963-05-12".into());
    store.update_patient(&p).unwrap();
    let e = store
        .add_item(
            id,
            &Medication {
                name: "Metformin".into(),
                started_on: Some("1950".into()),
                ..Medication::default()
            },
        )
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("started_on"));
    let e = store
        .save_answers(
            id,
            &DailyLife {
                since: Some("2999".into()),
                ..DailyLife::default()
            },
        )
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("since"));
    assert!(e.message.contains("in the future"), "{}", e.message);
    store
        .add_item(
            id,
            &Medication {
                name: "Metformin".into(),
                started_on: Some("2015".into()),
                ..Medication::default()
            },
        )
        .unwrap();
    p.date_of_birth = Some("2016".into());
    let e = store.update_patient(&p).unwrap_err();
    assert!(e.message.contains("Metformin"), "{}", e.message);
    p.date_of_birth = Some("2999-01-01".into());
    let e = store.update_patient(&p).unwrap_err();
    assert!(e.message.contains("in the future"), "{}", e.message);
}
