//! The sections of a dossier addressed by name, for the app: one set of
//! calls (save, delete, move) that takes a section name and the item as
//! JSON, checks both, and reaches the typed store.

use crate::error::{Error, ErrorKind, Result};
use crate::model::*;
use crate::store::Store;
use serde_json::Value;

/// The section names the app may use.
pub const SECTIONS: &[&str] = &[
    "diagnoses",
    "treatments",
    "medications",
    "allergies",
    "clinicians",
    "events",
    "documents",
    "questions",
    "operations",
    "family_history",
    "results",
];

fn parse<T: Item>(value: Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        Error::new(ErrorKind::InvalidInput, format!("{path}: {}", e.inner())).with_field(path)
    })
}

fn check_owner<T: Item>(store: &Store, dossier_id: i64, id: i64) -> Result<()> {
    if store.item_dossier::<T>(id)? != dossier_id {
        return Err(Error::said(
            ErrorKind::NotFound,
            "error-no-item-in-dossier",
            &[("id", &id.to_string()), ("section", T::SECTION)],
        ));
    }
    Ok(())
}

fn save<T: Item>(store: &Store, dossier_id: i64, value: Value) -> Result<i64> {
    let item: T = parse(value)?;
    if item.id() == 0 {
        store.add_item(dossier_id, &item)
    } else {
        check_owner::<T>(store, dossier_id, item.id())?;
        store.update_item(&item)?;
        Ok(item.id())
    }
}

/// Documents are added with their file; only what the user may change is
/// taken from the JSON (title, kind, date, source, include flag, notes).
fn save_document(store: &Store, dossier_id: i64, value: Value) -> Result<i64> {
    let edit: Document = parse(value)?;
    if edit.id == 0 {
        return Err(Error::invalid_said(
            "documents",
            "error-document-needs-file",
            &[],
        ));
    }
    check_owner::<Document>(store, dossier_id, edit.id)?;
    let mut doc: Document = store.item(edit.id)?;
    doc.title = edit.title;
    doc.kind = edit.kind;
    doc.date = edit.date;
    doc.source = edit.source;
    doc.include_in_export = edit.include_in_export;
    doc.notes = edit.notes;
    store.update_item(&doc)?;
    Ok(doc.id)
}

macro_rules! dispatch {
    ($section:expr, $t:ident => $body:expr) => {
        match $section {
            "diagnoses" => {
                type $t = Diagnosis;
                $body
            }
            "treatments" => {
                type $t = Treatment;
                $body
            }
            "medications" => {
                type $t = Medication;
                $body
            }
            "allergies" => {
                type $t = Allergy;
                $body
            }
            "clinicians" => {
                type $t = Clinician;
                $body
            }
            "events" => {
                type $t = Event;
                $body
            }
            "documents" => {
                type $t = Document;
                $body
            }
            "questions" => {
                type $t = Question;
                $body
            }
            "operations" => {
                type $t = Operation;
                $body
            }
            "family_history" => {
                type $t = FamilyHistory;
                $body
            }
            "results" => {
                type $t = LabResult;
                $body
            }
            other => Err(Error::invalid_said(
                "section",
                "error-not-one-of",
                &[
                    ("value", &format!("\"{other}\"")),
                    ("allowed", &SECTIONS.join(", ")),
                ],
            )),
        }
    };
}

/// Adds (when `item.id` is 0 or absent) or changes an item of a section;
/// returns its ID.
pub fn save_item(store: &Store, section: &str, dossier_id: i64, item: Value) -> Result<i64> {
    store.dossier(dossier_id)?;
    if section == "documents" {
        return save_document(store, dossier_id, item);
    }
    dispatch!(section, T => save::<T>(store, dossier_id, item))
}

/// Saves the dossier's answers named `name` ("background" or
/// "daily_life") as a whole; returns them as stored (dates normalised).
pub fn save_answers(store: &Store, name: &str, dossier_id: i64, value: Value) -> Result<Value> {
    fn save<T: Answers>(store: &Store, dossier_id: i64, value: Value) -> Result<Value> {
        let saved = store.save_answers(dossier_id, &crate::health::parse::<T>(value)?)?;
        serde_json::to_value(saved).map_err(|e| Error::invalid(T::NAME, e))
    }
    match name {
        "background" => save::<Background>(store, dossier_id, value),
        "daily_life" => save::<DailyLife>(store, dossier_id, value),
        other => Err(Error::invalid_said(
            "answers",
            "error-not-one-of",
            &[
                ("value", &crate::error::quote(other)),
                ("allowed", &crate::health::ANSWERS.join(", ")),
            ],
        )),
    }
}

/// Deletes an item of a section of the dossier.
pub fn delete_item(store: &mut Store, section: &str, dossier_id: i64, id: i64) -> Result<()> {
    dispatch!(section, T => {
        check_owner::<T>(store, dossier_id, id)?;
        store.delete_item::<T>(id)
    })
}

/// Moves an item to `index` (0 first) within its section.
pub fn move_item(
    store: &mut Store,
    section: &str,
    dossier_id: i64,
    id: i64,
    index: usize,
) -> Result<()> {
    dispatch!(section, T => {
        check_owner::<T>(store, dossier_id, id)?;
        store.move_item::<T>(id, index)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn store() -> (Store, tempfile::TempDir, i64) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_memory(&dir.path().join("files")).unwrap();
        let p = store
            .add_patient(&Patient {
                full_name: "A".into(),
                ..Patient::default()
            })
            .unwrap();
        let d = store
            .create_dossier(
                p,
                &Dossier {
                    title: "T".into(),
                    ..Dossier::default()
                },
            )
            .unwrap();
        (store, dir, d)
    }

    #[test]
    fn items_are_saved_by_section_name_and_checked() {
        let (mut store, _dir, d) = store();
        let id = save_item(
            &store,
            "diagnoses",
            d,
            json!({"name": "Angina", "status": "suspected"}),
        )
        .unwrap();
        save_item(
            &store,
            "diagnoses",
            d,
            json!({"id": id, "name": "Stable angina", "status": "confirmed"}),
        )
        .unwrap();
        let dx: Diagnosis = store.item(id).unwrap();
        assert_eq!(dx.status, Some(DiagnosisStatus::Confirmed));
        let err = save_item(
            &store,
            "diagnoses",
            d,
            json!({"name": "x", "status": "maybe"}),
        )
        .unwrap_err();
        assert!(err.message.starts_with("status:"), "{}", err.message);
        let err = save_item(
            &store,
            "diagnoses",
            d,
            json!({"name": "x", "diagnosed_on": "31/31/2024"}),
        )
        .unwrap_err();
        assert!(err.message.starts_with("diagnosed_on:"), "{}", err.message);
        assert_eq!(
            save_item(&store, "secrets", d, json!({})).unwrap_err().kind,
            ErrorKind::InvalidInput
        );
        // An item of another dossier cannot be reached through this one.
        let other = store
            .create_dossier(
                1,
                &Dossier {
                    title: "Other".into(),
                    ..Dossier::default()
                },
            )
            .unwrap();
        assert_eq!(
            delete_item(&mut store, "diagnoses", other, id)
                .unwrap_err()
                .kind,
            ErrorKind::NotFound
        );
        delete_item(&mut store, "diagnoses", d, id).unwrap();
    }
}
