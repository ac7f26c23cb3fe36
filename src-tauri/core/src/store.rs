//! The local record store: one SQLite database and a folder of report files.
//!
//! Owns the schema and its migrations, every read and write of the record,
//! and the reference counting of report files. The files themselves are
//! written by [`crate::files`]; this module decides when a file is kept or
//! removed. Every change that puts report files in place or releases them
//! runs under the report folder's lock with a journal
//! ([`Store::with_files`]), and [`Store::open`] finishes what a crash cut
//! short: no file is left without its row, and no row without its file.

use crate::error::{Error, ErrorKind, Result};
use crate::files::{FileStore, Journal, StoredFile};
use crate::model::*;
use crate::vault::Keys;
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde_json::{Map, Value};
use std::path::Path;

/// The embedded migrations; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_indexes.sql"),
    include_str!("../migrations/0003_consultant_email.sql"),
    include_str!("../migrations/0004_checklist_marks.sql"),
    include_str!("../migrations/0005_opinions.sql"),
    include_str!("../migrations/0006_marks_and_none.sql"),
    include_str!("../migrations/0007_health_background.sql"),
    include_str!("../migrations/0008_portal_records.sql"),
    include_str!("../migrations/0009_documents_by_dossier.sql"),
    include_str!("../migrations/0010_consultant_language.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// File name of the database inside the data folder.
pub const DB_FILE: &str = "dossier.db";

/// The record store.
pub struct Store {
    conn: Connection,
    files: FileStore,
    /// The shared hold on the record (none for a store in memory).
    _record: Option<crate::protect::RecordLock>,
}

/// How long a write waits for another process's write to finish.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Current time as RFC 3339 text (UTC), to the nanosecond so that text order
/// is time order.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}

impl Store {
    /// Opens (creating if needed) the store in `dir`: the database file, the
    /// report folder, pending migrations (after a backup copy of the database),
    /// and a sweep of stray temporary files. A protected record is refused
    /// with [`ErrorKind::Locked`]: open it with [`Store::open_with`].
    pub fn open(dir: &Path) -> Result<Store> {
        Store::open_with(dir, None)
    }

    /// Opens the store in `dir` with the keys of a protected record (or
    /// `None` for one that is not). A conversion cut short by a crash is
    /// finished first.
    pub fn open_with(dir: &Path, keys: Option<Keys>) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        // A medical record is its owner's alone, protected or not: other
        // accounts on the computer cannot list or read the folder. Where
        // the folder is not the user's to change, it stays as it is.
        let _ = crate::protect::owner_only(dir, 0o700);
        crate::protect::settle(dir)?;
        let record = crate::protect::hold_shared(dir)?;
        let protected = crate::vault::is_protected(dir);
        if protected && keys.is_none() {
            return Err(Error::said(
                ErrorKind::Locked,
                "error-record-locked",
                &[
                    ("folder", &dir.display().to_string()),
                    ("env", crate::vault::PASSPHRASE_ENV),
                ],
            ));
        }
        if !protected {
            crate::vault::refuse_missing_protection(dir)?;
        }
        let keys = keys.filter(|_| protected);
        let db_path = dir.join(DB_FILE);
        if protected && !db_path.exists() {
            // A new, empty database would hide the loss of the record.
            return Err(Error::said(
                ErrorKind::Integrity,
                "error-database-missing",
                &[("folder", &dir.display().to_string()), ("file", DB_FILE)],
            ));
        }
        let conn = Connection::open(&db_path)?;
        if let Some(keys) = &keys {
            apply_key(&conn, keys, &db_path)?;
        }
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let version = user_version(&conn)?;
        refuse_newer(version, &db_path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        configure(&conn)?;
        if version > 0 && version < SCHEMA_VERSION {
            backup_before_migration(&conn, &db_path, version, keys.is_some())?;
        }
        let mut conn = conn;
        migrate(&mut conn)?;
        let files = FileStore::open(&dir.join("files"))?.with_keys(keys);
        let store = Store {
            conn,
            files,
            _record: Some(record),
        };
        store.recover_files()?;
        Ok(store)
    }

    /// Finishes the changes to report files that a crash cut short (their
    /// journals list the files concerned; those no row uses go) and removes
    /// temporary files no live process holds.
    fn recover_files(&self) -> Result<()> {
        let _lock = self.files.lock_folder()?;
        for journal in self.files.abandoned_journals() {
            let unused = unreferenced(&self.conn, journal.shas)?;
            self.files.remove_all(&unused);
            // A journal that cannot be removed is simply done again next time.
            let _ = std::fs::remove_file(&journal.path);
        }
        self.files.sweep_temporary();
        Ok(())
    }

    /// A store on an in-memory database with the real migrations, keeping its
    /// report files in `files_dir`. For tests.
    pub fn open_in_memory(files_dir: &Path) -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrate(&mut conn)?;
        Ok(Store {
            conn,
            files: FileStore::open(files_dir)?,
            _record: None,
        })
    }

    /// The report files of this store.
    /// Refuses to write an output file (a bundle, an archive, a letter)
    /// inside the store's own folder, where it could replace the database
    /// or a report.
    pub fn refuse_own_path(&self, out: &Path) -> Result<()> {
        let Some(data) = self.files.dir().parent() else {
            return Ok(());
        };
        let Ok(data) = data.canonicalize() else {
            return Ok(());
        };
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        let inside = parent
            .canonicalize()
            .map(|p| p.starts_with(&data))
            .unwrap_or(false);
        if inside {
            return Err(Error::invalid_said(
                "out",
                "error-inside-data-folder",
                &[
                    ("file", &out.display().to_string()),
                    ("folder", &data.display().to_string()),
                ],
            ));
        }
        Ok(())
    }

    pub fn files(&self) -> &FileStore {
        &self.files
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        user_version(&self.conn)
    }

    // ----- patients -----

    /// Adds a patient and returns their ID.
    pub fn add_patient(&self, patient: &Patient) -> Result<i64> {
        insert_patient(&self.conn, patient)
    }

    /// Changes a patient's details.
    pub fn update_patient(&self, patient: &Patient) -> Result<()> {
        let mut p = patient.clone();
        p.validate()?;
        self.refuse_birth_after_operations(&p)?;
        let n = self.conn.execute(
            "UPDATE patients SET full_name=?1, date_of_birth=?2, sex=?3, phone=?4, email=?5,
             address=?6, language=?7, updated_at=?8 WHERE id=?9",
            params![
                p.full_name,
                p.date_of_birth,
                p.sex,
                p.phone,
                p.email,
                p.address,
                p.language,
                now(),
                p.id
            ],
        )?;
        if n == 0 {
            return Err(no_patient(p.id));
        }
        Ok(())
    }

    /// One patient.
    pub fn patient(&self, id: i64) -> Result<Patient> {
        self.conn
            .query_row(
                "SELECT id, full_name, date_of_birth, sex, phone, email, address, language
                 FROM patients WHERE id=?1",
                [id],
                |r| {
                    Ok(Patient {
                        id: r.get(0)?,
                        full_name: r.get(1)?,
                        date_of_birth: r.get(2)?,
                        sex: r.get(3)?,
                        phone: r.get(4)?,
                        email: r.get(5)?,
                        address: r.get(6)?,
                        language: r.get(7)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| no_patient(id))
    }

    /// Patients with the same name and date of birth as given.
    pub fn find_patient(
        &self,
        full_name: &str,
        date_of_birth: Option<&str>,
    ) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM patients WHERE full_name=?1 AND date_of_birth IS ?2 ORDER BY id LIMIT 1",
                params![full_name.trim(), date_of_birth],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Every patient, by name.
    pub fn patients(&self) -> Result<Vec<PatientSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.full_name, p.date_of_birth,
                    (SELECT count(*) FROM dossiers d WHERE d.patient_id = p.id)
             FROM patients p ORDER BY p.full_name COLLATE NOCASE, p.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PatientSummary {
                id: r.get(0)?,
                full_name: r.get(1)?,
                date_of_birth: r.get(2)?,
                dossiers: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes a patient with all their dossiers, and the report files no
    /// other dossier uses.
    pub fn delete_patient(&mut self, id: i64) -> Result<()> {
        let docs = "dossier_id IN (SELECT id FROM dossiers WHERE patient_id=?1)";
        self.delete_releasing_files("patients", id, Some(docs))
            .map_err(|e| missing(e, no_patient(id)))
    }

    /// Deletes row `id` of `table` (its dependants go by cascade) and then
    /// the report files of the documents matching `documents` (a condition
    /// on `?1`) that nothing refers to any more.
    fn delete_releasing_files(
        &mut self,
        table: &str,
        id: i64,
        documents: Option<&str>,
    ) -> Result<()> {
        self.with_files(|conn, journal| {
            if let Some(condition) = documents {
                journal.note_all(&shas_where(conn, condition, id)?)?;
            }
            if conn.execute(&format!("DELETE FROM {table} WHERE id=?1"), [id])? == 0 {
                return Err(Error::not_found(String::new()));
            }
            Ok(())
        })
    }

    // ----- dossiers -----

    /// Starts a dossier for a patient and returns its ID.
    pub fn create_dossier(&self, patient_id: i64, dossier: &Dossier) -> Result<i64> {
        self.patient(patient_id)?;
        insert_dossier(&self.conn, patient_id, dossier)
    }

    /// Changes a dossier's request details.
    pub fn update_dossier(&self, dossier: &Dossier) -> Result<()> {
        let mut d = dossier.clone();
        d.validate()?;
        // "None" cannot be the answer of a section that lists something.
        let listed = listed_sections(&self.conn, d.id)?;
        d.none_known.retain(|k| !listed.contains(&k.as_str()));
        let (old_reasons, old_situations, old_mode): (String, String, Option<String>) = self
            .conn
            .query_row(
                "SELECT reasons, situations, consultant_mode FROM dossiers WHERE id=?1",
                [d.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .unwrap_or_default();
        // A mode this version does not know is shown as none; saving "none"
        // keeps it.
        let mode = match d.consultant.mode {
            Some(m) => Some(m.key().to_string()),
            None => old_mode.filter(|k| ConsultationMode::find(k).is_none()),
        };
        let n = self.conn.execute(
            "UPDATE dossiers SET title=?1, reasons=?2, situations=?3, goal=?4, decide_by=?5, notes=?6,
             consultant_name=?7, consultant_specialty=?8, consultant_institution=?9,
             consultant_appointment=?10, consultant_mode=?11, updated_at=?12, consultant_email=?14,
             none_known=?15, consultant_language=?16
             WHERE id=?13",
            params![
                d.title,
                keys_keeping_unknown(&d.reasons, &old_reasons),
                keys_keeping_unknown(&d.situations, &old_situations),
                d.goal,
                d.decide_by,
                d.notes,
                d.consultant.name,
                d.consultant.specialty,
                d.consultant.institution,
                d.consultant.appointment,
                mode,
                now(),
                d.id,
                d.consultant.email,
                json(&d.none_known),
                d.consultant.language.trim()
            ],
        )?;
        if n == 0 {
            return Err(no_dossier(d.id));
        }
        Ok(())
    }

    /// One dossier's request details.
    pub fn dossier(&self, id: i64) -> Result<Dossier> {
        self.conn
            .query_row(
                "SELECT id, patient_id, title, reasons, situations, goal, decide_by, notes,
                        consultant_name, consultant_specialty, consultant_institution,
                        consultant_appointment, consultant_mode, consultant_email, none_known,
                        consultant_language
                 FROM dossiers WHERE id=?1",
                [id],
                |r| {
                    Ok(Dossier {
                        id: r.get(0)?,
                        patient_id: r.get(1)?,
                        title: r.get(2)?,
                        reasons: known_keys(&r.get::<_, String>(3)?),
                        situations: known_keys(&r.get::<_, String>(4)?),
                        goal: r.get(5)?,
                        decide_by: r.get(6)?,
                        notes: r.get(7)?,
                        consultant: Consultant {
                            name: r.get(8)?,
                            specialty: r.get(9)?,
                            institution: r.get(10)?,
                            appointment: r.get(11)?,
                            mode: r
                                .get::<_, Option<String>>(12)?
                                .and_then(|k| ConsultationMode::parse("mode", &k).ok()),
                            email: r.get(13)?,
                            language: r.get(15)?,
                        },
                        none_known: serde_json::from_str(&r.get::<_, String>(14)?)
                            .unwrap_or_default(),
                    })
                },
            )
            .optional()?
            .ok_or_else(|| no_dossier(id))
    }

    /// Every dossier (of one patient, or of all), most recently changed first.
    pub fn dossiers(&self, patient_id: Option<i64>) -> Result<Vec<DossierSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.patient_id, p.full_name, d.title,
                    (SELECT count(*) FROM documents x WHERE x.dossier_id = d.id), d.updated_at
             FROM dossiers d JOIN patients p ON p.id = d.patient_id
             WHERE ?1 IS NULL OR d.patient_id = ?1
             ORDER BY d.updated_at DESC, d.id DESC",
        )?;
        let rows = stmt.query_map([patient_id], |r| {
            Ok(DossierSummary {
                id: r.get(0)?,
                patient_id: r.get(1)?,
                patient_name: r.get(2)?,
                title: r.get(3)?,
                documents: r.get(4)?,
                updated_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes a dossier with its sections, and the report files no other
    /// dossier uses.
    pub fn delete_dossier(&mut self, id: i64) -> Result<()> {
        self.delete_releasing_files("dossiers", id, Some("dossier_id=?1"))
            .map_err(|e| missing(e, no_dossier(id)))
    }

    /// A dossier with its patient and every section.
    pub fn full_dossier(&self, id: i64) -> Result<FullDossier> {
        let dossier = self.dossier(id)?;
        Ok(FullDossier {
            patient: self.patient(dossier.patient_id)?,
            diagnoses: self.items(id)?,
            treatments: self.items(id)?,
            medications: self.items(id)?,
            allergies: self.items(id)?,
            clinicians: self.items(id)?,
            events: self.items(id)?,
            documents: self.items(id)?,
            questions: self.items(id)?,
            operations: self.items(id)?,
            family_history: self.items(id)?,
            results: self.items(id)?,
            background: self.answers(id)?,
            daily_life: self.answers(id)?,
            dossier,
        })
    }

    // ----- section items -----

    /// Adds an item to a section of a dossier, at the end, and returns its ID.
    pub fn add_item<T: Item>(&self, dossier_id: i64, item: &T) -> Result<i64> {
        self.dossier(dossier_id)?;
        self.refuse_before_birth(dossier_id, item)?;
        let id = insert_item(&self.conn, dossier_id, item)?;
        drop_answered_none(&self.conn, dossier_id)?;
        Ok(id)
    }

    /// Changes an item (found by its `id`).
    pub fn update_item<T: Item>(&self, item: &T) -> Result<()> {
        let mut item = item.clone();
        item.validate()?;
        let dossier_id = self.item_dossier::<T>(item.id())?;
        self.refuse_before_birth(dossier_id, &item)?;
        let fields = fields_of(&item)?;
        // The order of an ordered section is kept by `move_item`: an edit
        // that does not give one leaves it where it is.
        let keep_order = T::ORDER != "position"
            && fields.get(T::ORDER).and_then(Value::as_i64).unwrap_or(0) <= 0;
        let cols: Vec<&str> = T::COLUMNS
            .iter()
            .copied()
            .filter(|c| !(keep_order && *c == T::ORDER))
            .collect();
        let set: Vec<String> = cols
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c}=?{}", i + 1))
            .collect();
        let sql = format!(
            "UPDATE {} SET {} WHERE id=?{}",
            T::SECTION,
            set.join(", "),
            cols.len() + 1
        );
        let mut values: Vec<SqlValue> = cols.iter().map(|c| to_sql(fields.get(*c))).collect();
        values.push(SqlValue::Integer(item.id()));
        let n = self
            .conn
            .execute(&sql, rusqlite::params_from_iter(values))?;
        if n == 0 {
            return Err(not_found_item::<T>(item.id()));
        }
        touch(&self.conn, dossier_id)?;
        drop_answered_none(&self.conn, dossier_id)
    }

    /// Refuses an item dated before the birth of its dossier's patient.
    fn refuse_before_birth<T: Item>(&self, dossier_id: i64, item: &T) -> Result<()> {
        self.refuse_date_before_birth(dossier_id, item.after_birth())
    }

    /// Refuses a date of something that has happened (`field`, `date`) that
    /// is in the future or before the birth of the dossier's patient.
    fn refuse_date_before_birth(&self, dossier_id: i64, dated: Option<(&str, &str)>) -> Result<()> {
        let Some((field, date)) = dated else {
            return Ok(());
        };
        refuse_future(field, date)?;
        let born: Option<String> = self.conn.query_row(
            "SELECT p.date_of_birth FROM dossiers d JOIN patients p ON p.id = d.patient_id
             WHERE d.id=?1",
            [dossier_id],
            |r| r.get(0),
        )?;
        match born {
            Some(born) => refuse_before_birth(field, date, &born),
            None => Ok(()),
        }
    }

    /// Refuses a date of birth after one of the patient's operations.
    fn refuse_birth_after_operations(&self, p: &Patient) -> Result<()> {
        let Some(born) = p.date_of_birth.as_deref() else {
            return Ok(());
        };
        let mut stmt = self.conn.prepare(
            "SELECT o.date, 'operation', quote(o.name) FROM operations o
               JOIN dossiers d ON d.id = o.dossier_id WHERE d.patient_id=?1 AND o.date IS NOT NULL
             UNION ALL
             SELECT m.started_on, 'medication', quote(m.name) FROM medications m
               JOIN dossiers d ON d.id = m.dossier_id WHERE d.patient_id=?1 AND m.started_on IS NOT NULL
             UNION ALL
             SELECT json_extract(d.daily_life, '$.since'), 'symptoms', '' FROM dossiers d
               WHERE d.patient_id=?1 AND json_extract(d.daily_life, '$.since') IS NOT NULL",
        )?;
        let rows = stmt.query_map([p.id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let born_on = crate::date::PartialDate::parse("date_of_birth", born)?;
        for row in rows {
            let (date, what, name) = row?;
            if let Ok(op) = crate::date::PartialDate::parse("date", &date) {
                if op.surely_before(&born_on) {
                    let key = match what.as_str() {
                        "operation" => "error-birth-after-operation",
                        "medication" => "error-birth-after-medication",
                        _ => "error-birth-after-symptoms",
                    };
                    return Err(
                        Error::invalid_said("date_of_birth", key, &[("name", &name)])
                            .with_date("date", &op),
                    );
                }
            }
        }
        Ok(())
    }

    /// The dossier an item belongs to.
    pub fn item_dossier<T: Item>(&self, id: i64) -> Result<i64> {
        self.conn
            .query_row(
                &format!("SELECT dossier_id FROM {} WHERE id=?1", T::SECTION),
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| not_found_item::<T>(id))
    }

    /// One item by ID.
    pub fn item<T: Item>(&self, id: i64) -> Result<T> {
        let sql = format!(
            "SELECT id, {} FROM {} WHERE id=?1",
            T::COLUMNS.join(", "),
            T::SECTION
        );
        self.conn
            .query_row(&sql, [id], row_to_item::<T>)
            .optional()?
            .ok_or_else(|| not_found_item::<T>(id))?
    }

    /// The items of one section of a dossier, in order.
    pub fn items<T: Item>(&self, dossier_id: i64) -> Result<Vec<T>> {
        let sql = format!(
            "SELECT id, {} FROM {} WHERE dossier_id=?1 ORDER BY {}, id",
            T::COLUMNS.join(", "),
            T::SECTION,
            T::ORDER
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([dossier_id], row_to_item::<T>)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// Deletes an item. For documents, the report file goes too when no
    /// other document uses it.
    pub fn delete_item<T: Item>(&mut self, id: i64) -> Result<()> {
        self.touch_by_item::<T>(id)?;
        let documents = (T::SECTION == Document::SECTION).then_some("id=?1");
        self.delete_releasing_files(T::SECTION, id, documents)
            .map_err(|e| missing(e, not_found_item::<T>(id)))
    }

    /// Moves an item to `index` (0 is first) within its section, renumbering
    /// the section's order.
    pub fn move_item<T: Item>(&mut self, id: i64, index: usize) -> Result<()> {
        let dossier_id: i64 = self
            .conn
            .query_row(
                &format!("SELECT dossier_id FROM {} WHERE id=?1", T::SECTION),
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| not_found_item::<T>(id))?;
        self.immediate(|tx| {
            let mut ids: Vec<i64> = {
                let mut stmt = tx.prepare(&format!(
                    "SELECT id FROM {} WHERE dossier_id=?1 ORDER BY {}, id",
                    T::SECTION,
                    T::ORDER
                ))?;
                let rows = stmt.query_map([dossier_id], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            ids.retain(|x| *x != id);
            ids.insert(index.min(ids.len()), id);
            for (i, item_id) in ids.iter().enumerate() {
                tx.execute(
                    &format!("UPDATE {} SET {}=?1 WHERE id=?2", T::SECTION, T::ORDER),
                    params![i as i64 + 1, item_id],
                )?;
            }
            touch(tx, dossier_id)
        })
    }

    fn touch_by_item<T: Item>(&self, id: i64) -> Result<()> {
        self.conn.execute(
            &format!(
                "UPDATE dossiers SET updated_at=?1 WHERE id=(SELECT dossier_id FROM {} WHERE id=?2)",
                T::SECTION
            ),
            params![now(), id],
        )?;
        Ok(())
    }

    // ----- checklist marks -----

    /// What the patient said about checklist items: item key to mark.
    pub fn checklist_marks(
        &self,
        dossier_id: i64,
    ) -> Result<std::collections::BTreeMap<String, String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT item, mark FROM checklist_marks WHERE dossier_id=?1")?;
        let rows = stmt.query_map([dossier_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks a checklist item (`None` clears the mark).
    pub fn set_checklist_mark(
        &self,
        dossier_id: i64,
        item: &str,
        mark: Option<&str>,
    ) -> Result<()> {
        self.dossier(dossier_id)?;
        match mark {
            Some(m) => self.conn.execute(
                "INSERT INTO checklist_marks (dossier_id, item, mark) VALUES (?1, ?2, ?3)
                 ON CONFLICT (dossier_id, item) DO UPDATE SET mark = excluded.mark",
                params![dossier_id, item, m],
            )?,
            None => self.conn.execute(
                "DELETE FROM checklist_marks WHERE dossier_id=?1 AND item=?2",
                params![dossier_id, item],
            )?,
        };
        touch(&self.conn, dossier_id)
    }

    // ----- answers kept whole (health background, daily life) -----

    /// The dossier's answers of kind `T`; empty ones when never saved.
    pub fn answers<T: Answers>(&self, dossier_id: i64) -> Result<T> {
        answers_in(&self.conn, dossier_id)
    }

    /// Checks and saves the dossier's answers of kind `T` as a whole.
    pub fn save_answers<T: Answers>(&self, dossier_id: i64, answers: &T) -> Result<T> {
        self.dossier(dossier_id)?;
        let mut a = answers.clone();
        a.validate()?;
        self.refuse_date_before_birth(dossier_id, a.after_birth())?;
        save_answers(&self.conn, dossier_id, &a)?;
        drop_answered_none(&self.conn, dossier_id)?;
        Ok(a)
    }

    // ----- the opinion received -----

    /// The second opinion recorded after the visit, if any.
    pub fn opinion(&self, dossier_id: i64) -> Result<Option<Opinion>> {
        self.dossier(dossier_id)?;
        Ok(self
            .conn
            .query_row(
                "SELECT given_by, given_on, diagnosis, treatment, key_points, follow_ups, diagnosis_code, marks
                 FROM opinions WHERE dossier_id=?1",
                [dossier_id],
                |r| {
                    Ok(Opinion {
                        given_by: r.get(0)?,
                        given_on: r.get(1)?,
                        diagnosis: r.get(2)?,
                        treatment: r.get(3)?,
                        key_points: r.get(4)?,
                        follow_ups: r.get(5)?,
                        diagnosis_code: r.get(6)?,
                        marks: serde_json::from_str(&r.get::<_, String>(7)?).unwrap_or_default(),
                    })
                },
            )
            .optional()?)
    }

    /// Records (or changes) the second opinion received.
    pub fn save_opinion(&self, dossier_id: i64, opinion: &Opinion) -> Result<()> {
        self.dossier(dossier_id)?;
        let mut o = opinion.clone();
        o.validate()?;
        save_opinion(&self.conn, dossier_id, &o)?;
        touch(&self.conn, dossier_id)
    }

    // ----- documents -----

    /// Copies a report file into the store and adds it to a dossier.
    ///
    /// The file is copied and hashed first (into a temporary file), then put
    /// in place and its row written in one step ([`Store::with_files`]): a
    /// crash leaves neither a file without its row nor a row without its
    /// file. Adding the same bytes twice to one dossier is refused with
    /// [`ErrorKind::Duplicate`].
    pub fn add_document(&self, dossier_id: i64, path: &Path, meta: &Document) -> Result<Document> {
        self.dossier(dossier_id)?;
        refuse_unreadable_type(path)?;
        let (staged, stored) = self.files.stage_file(path)?;
        let mut doc = document_for(path, meta, &stored);
        self.with_files(|conn, journal| {
            refuse_duplicate(conn, dossier_id, &doc, path)?;
            doc.id = insert_item(conn, dossier_id, &doc)?;
            journal.note(&stored.sha256)?;
            self.files.place(staged)?;
            Ok(doc)
        })
    }

    /// Runs `f` in one immediate transaction while holding the report
    /// folder's lock. `f` notes in the journal every file it puts in place or
    /// may leave unused, before doing so; afterwards, committed or not, the
    /// noted files no row uses are removed and the journal goes. A crash
    /// half-way leaves the journal, and the next [`Store::open`] does the
    /// same clean-up.
    pub(crate) fn with_files<R>(
        &self,
        f: impl FnOnce(&Connection, &mut Journal) -> Result<R>,
    ) -> Result<R> {
        if !self.conn.is_autocommit() {
            return Err(Error::new(
                ErrorKind::Database,
                "report files cannot be added or removed inside a bulk change",
            ));
        }
        let _lock = self.files.lock_folder()?;
        let mut journal = self.files.journal();
        let result = self.immediate(|conn| f(conn, &mut journal));
        match unreferenced(&self.conn, journal.shas().to_vec()) {
            Ok(unused) => {
                self.files.remove_all(&unused);
                journal.finish();
                result
            }
            // The journal stays; the next start cleans up.
            Err(e) => result.and(Err(e)),
        }
    }

    /// Runs `f` in one transaction that takes the write lock at once (so two
    /// writers wait for each other instead of failing); nothing `f` wrote
    /// stays if it fails.
    pub(crate) fn immediate<R>(&self, f: impl FnOnce(&Connection) -> Result<R>) -> Result<R> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = f(&self.conn).and_then(|v| {
            self.conn.execute_batch("COMMIT")?;
            Ok(v)
        });
        if result.is_err() && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        result
    }

    /// Every report file the database refers to (hash, media type, size).
    pub fn referenced_files(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT sha256, max(size) FROM documents GROUP BY sha256 ORDER BY sha256")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Runs SQLite's own integrity and foreign-key checks; returns problems.
    pub fn database_problems(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(format!("database: {row}"));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
            let (table, id) = row?;
            problems.push(format!(
                "database: row {id} of {table} refers to a missing parent"
            ));
        }
        Ok(problems)
    }

    /// Runs several store calls as one transaction: all of them stay, or
    /// none if `f` fails. Report files cannot be added inside it.
    pub fn bulk<R>(&mut self, f: impl FnOnce(&Store) -> Result<R>) -> Result<R> {
        self.immediate(|_| f(self))
    }
}

/// A title read from a file: no control or direction-override characters
/// (which could rewrite a terminal line or disguise a name), one line, and
/// not longer than a title field holds.
fn clean_title(raw: &str) -> String {
    let cleaned: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .filter(|c| {
            !('\u{202A}'..='\u{202E}').contains(c) && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect();
    let line = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    line.chars().take(200).collect()
}

/// A new document's record: `meta` completed from the file's name and
/// what could be read from it.
pub(crate) fn document_for(path: &Path, meta: &Document, stored: &StoredFile) -> Document {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut doc = meta.clone();
    doc.id = 0;
    doc.sha256 = stored.sha256.clone();
    doc.media_type = stored.media_type.to_string();
    doc.size = stored.size as i64;
    doc.page_count = stored.pdf.pages;
    if doc.original_name.is_empty() {
        doc.original_name = name.clone();
    }
    if doc.title.trim().is_empty() {
        doc.title = stored
            .pdf
            .title
            .as_deref()
            .map(clean_title)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| title_from_name(&name));
    }
    // The date a PDF file was made is not the date of the report in it
    // (a scan or an export is made years later): the report's date is the
    // patient's to give.
    if doc.kind.is_none() {
        doc.kind = guess_kind(&format!("{name} {}", doc.title), stored.media_type);
    }
    doc
}

/// Refuses the same bytes twice in one dossier.
/// Whether the dossier holds a file with these bytes already.
pub(crate) fn has_file(conn: &Connection, dossier_id: i64, sha256: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM documents WHERE dossier_id=?1 AND sha256=?2",
            params![dossier_id, sha256],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn refuse_duplicate(conn: &Connection, dossier_id: i64, doc: &Document, path: &Path) -> Result<()> {
    let existing: Option<String> = conn
        .query_row(
            "SELECT title FROM documents WHERE dossier_id=?1 AND sha256=?2",
            params![dossier_id, doc.sha256],
            |r| r.get(0),
        )
        .optional()?;
    match existing {
        Some(title) => Err(Error::said(
            ErrorKind::Duplicate,
            "error-duplicate-file",
            &[
                ("file", &path.display().to_string()),
                ("title", &crate::error::quote(&title)),
            ],
        )),
        None => Ok(()),
    }
}

/// The known keys of a stored key list; keys this version does not know
/// (written by a newer one) are left out, the others kept.
fn known_keys<V: Vocabulary>(stored: &str) -> Vec<V> {
    stored_keys(stored)
        .iter()
        .filter_map(|k| V::find(k))
        .collect()
}

/// `keys` as stored, followed by the keys of the stored list `old` that this
/// version does not know, so that a save never drops them.
fn keys_keeping_unknown<V: Vocabulary>(keys: &[V], old: &str) -> String {
    let mut all: Vec<String> = keys.iter().map(|k| k.key().to_string()).collect();
    all.extend(
        stored_keys(old)
            .into_iter()
            .filter(|k| V::find(k).is_none()),
    );
    json(&all)
}

fn stored_keys(stored: &str) -> Vec<String> {
    serde_json::from_str::<Vec<Value>>(stored)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// Refuses, before anything is copied, file types the bundle can never show
/// and that have a better form the user can easily make.
fn refuse_unreadable_type(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut head = [0u8; 64];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    if crate::media::sniff(&head[..n]) == crate::media::HEIC {
        return Err(Error::said(
            ErrorKind::BadFile,
            "error-heic",
            &[("file", &path.display().to_string())],
        ));
    }
    Ok(())
}

/// A first guess at what a report is, from words in its name or title.
pub fn guess_kind(name: &str, media_type: &str) -> Option<DocumentKind> {
    if media_type == crate::media::DICOM {
        return Some(DocumentKind::ImagingStudy);
    }
    let text = name.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    Some(if has(&["patholog", "biops", "histolog", "cytolog"]) {
        DocumentKind::Pathology
    } else if has(&[
        "mri",
        "x-ray",
        "xray",
        "ct scan",
        "ultrasound",
        "radiolog",
        "imaging",
        "mammogra",
        "pet scan",
    ]) {
        DocumentKind::ImagingReport
    } else if has(&["lab", "blood", "urine", "result"]) {
        DocumentKind::Lab
    } else if has(&["operati", "surgery", "surgical", "procedure"]) {
        DocumentKind::Operative
    } else if has(&["discharge"]) {
        DocumentKind::Discharge
    } else if has(&["prescription", "rx "]) {
        DocumentKind::Prescription
    } else if has(&["letter", "referral", "summary"]) {
        DocumentKind::Letter
    } else {
        return None;
    })
}

fn title_from_name(name: &str) -> String {
    let stem = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let words = stem.replace(['_', '-'], " ");
    let words = words.trim();
    if words.is_empty() {
        "Report".to_string()
    } else {
        words.to_string()
    }
}

/// Gives a not-found error its message: that of `found`.
fn missing(e: Error, found: Error) -> Error {
    if e.kind == ErrorKind::NotFound {
        found
    } else {
        e
    }
}

fn not_found_item<T: Item>(id: i64) -> Error {
    Error::said(
        ErrorKind::NotFound,
        "error-no-item",
        &[("id", &id.to_string()), ("section", T::SECTION)],
    )
}

fn no_patient(id: i64) -> Error {
    Error::said(
        ErrorKind::NotFound,
        "error-no-patient",
        &[("id", &id.to_string())],
    )
}

fn no_dossier(id: i64) -> Error {
    Error::said(
        ErrorKind::NotFound,
        "error-no-dossier",
        &[("id", &id.to_string())],
    )
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

fn refuse_newer(version: i64, path: &Path) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(Error::said(
            ErrorKind::NewerDatabase,
            "error-newer-database",
            &[
                ("file", &path.display().to_string()),
                ("version", &version.to_string()),
                ("known", &SCHEMA_VERSION.to_string()),
            ],
        ));
    }
    Ok(())
}

/// Gives SQLCipher the record's key and checks that it opens the database.
pub(crate) fn apply_key(conn: &Connection, keys: &Keys, db_path: &Path) -> Result<()> {
    conn.execute_batch(&format!(
        "PRAGMA key = {}; {}",
        keys.sqlcipher_key(),
        keys.sqlcipher_settings("main")
    ))?;
    // SQLCipher's own log goes to the terminal; the messages below say
    // what went wrong in words, naming the file. (Set after the key: the
    // first key sets the default level.)
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))?;
    // Sorting and temporary tables stay in memory, never in a plain file.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| {
        Error::said(
            ErrorKind::Integrity,
            "error-database-wrong-key",
            &[("file", &db_path.display().to_string())],
        )
    })?;
    Ok(())
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

/// Keeps a copy of the database as `dossier.db.v{N}.bak` before migrating.
/// An encrypted database is copied as it is (after a checkpoint), so the
/// backup is encrypted too.
fn backup_before_migration(
    conn: &Connection,
    db_path: &Path,
    version: i64,
    encrypted: bool,
) -> Result<()> {
    let backup = db_path.with_file_name(format!("{DB_FILE}.v{version}.bak"));
    if backup.exists() {
        std::fs::remove_file(&backup).map_err(|e| Error::io(&backup, e))?;
    }
    if encrypted {
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        std::fs::copy(db_path, &backup).map_err(|e| Error::io(&backup, e))?;
    } else {
        conn.execute("VACUUM INTO ?1", [backup.to_string_lossy()])?;
    }
    Ok(())
}

/// Applies every pending migration in one transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let version = user_version(conn)?;
    if version >= SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for sql in &MIGRATIONS[version as usize..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

pub(crate) fn insert_patient(conn: &Connection, patient: &Patient) -> Result<i64> {
    let mut p = patient.clone();
    p.validate()?;
    let t = now();
    conn.execute(
        "INSERT INTO patients (full_name, date_of_birth, sex, phone, email, address, language, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![p.full_name.trim(), p.date_of_birth, p.sex, p.phone, p.email, p.address, p.language, t],
    )?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn insert_dossier(conn: &Connection, patient_id: i64, dossier: &Dossier) -> Result<i64> {
    let mut d = dossier.clone();
    d.validate()?;
    let t = now();
    conn.execute(
        "INSERT INTO dossiers (patient_id, title, reasons, situations, goal, decide_by, notes,
            consultant_name, consultant_specialty, consultant_institution, consultant_appointment,
            consultant_mode, created_at, updated_at, consultant_email, none_known,
            consultant_language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15, ?16)",
        params![
            patient_id,
            d.title.trim(),
            json(&d.reasons),
            json(&d.situations),
            d.goal,
            d.decide_by,
            d.notes,
            d.consultant.name,
            d.consultant.specialty,
            d.consultant.institution,
            d.consultant.appointment,
            d.consultant.mode.map(|m| m.key()),
            t,
            d.consultant.email,
            json(&d.none_known),
            d.consultant.language.trim()
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Inserts an item at the end of its section.
pub(crate) fn insert_item<T: Item>(conn: &Connection, dossier_id: i64, item: &T) -> Result<i64> {
    let ids = insert_items(conn, dossier_id, std::slice::from_ref(item))?;
    Ok(ids.first().copied().unwrap_or_default())
}

/// Inserts items at the end of their section, in order, and returns their
/// IDs. The section's last place is read once, so the time grows with the
/// number of items, not its square.
pub(crate) fn insert_items<T: Item>(
    conn: &Connection,
    dossier_id: i64,
    items: &[T],
) -> Result<Vec<i64>> {
    let mut last: i64 = conn.query_row(
        &format!(
            "SELECT coalesce(max({}), 0) FROM {} WHERE dossier_id=?1",
            T::ORDER,
            T::SECTION
        ),
        [dossier_id],
        |r| r.get(0),
    )?;
    let cols = T::COLUMNS;
    let marks: Vec<String> = (1..=cols.len() + 2).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {} (dossier_id, position, {}) VALUES ({})",
        T::SECTION,
        cols.join(", "),
        marks.join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut ids = Vec::with_capacity(items.len());
    for item in items {
        let mut item = item.clone();
        item.validate()?;
        let mut fields = fields_of(&item)?;
        let next = last
            .checked_add(1)
            .ok_or_else(|| Error::invalid_said(T::ORDER, "error-section-full", &[]))?;
        let given = fields.get(T::ORDER).and_then(Value::as_i64).unwrap_or(0);
        let order = if T::ORDER == "position" || given <= 0 {
            next
        } else {
            given
        };
        fields.insert(T::ORDER.to_string(), Value::from(order));
        last = last.max(order);
        let mut values = vec![SqlValue::Integer(dossier_id), SqlValue::Integer(next)];
        values.extend(cols.iter().map(|c| to_sql(fields.get(*c))));
        stmt.execute(rusqlite::params_from_iter(values))?;
        ids.push(conn.last_insert_rowid());
    }
    touch(conn, dossier_id)?;
    Ok(ids)
}

/// The sections that may be answered "none" and list something.
fn listed_sections(conn: &Connection, dossier_id: i64) -> Result<Vec<&'static str>> {
    let mut out = Vec::new();
    for key in NONE_KNOWN_SECTIONS {
        let sql = match *key {
            "other_conditions" => "SELECT 1 FROM diagnoses WHERE dossier_id=?1 AND role='other'",
            "implants" => "SELECT 1 FROM dossiers WHERE id=?1 AND json_extract(background, '$.implants') <> ''",
            "medications" => "SELECT 1 FROM medications WHERE dossier_id=?1",
            "allergies" => "SELECT 1 FROM allergies WHERE dossier_id=?1",
            "operations" => "SELECT 1 FROM operations WHERE dossier_id=?1",
            "family_history" => "SELECT 1 FROM family_history WHERE dossier_id=?1",
            _ => continue,
        };
        if conn
            .query_row(&format!("{sql} LIMIT 1"), [dossier_id], |_| Ok(()))
            .optional()?
            .is_some()
        {
            out.push(*key);
        }
    }
    Ok(out)
}

/// Takes back a "none" answer once its section lists something: the list
/// is the answer now, and deleting its last entry leaves it not filled in
/// rather than "none" again.
pub(crate) fn drop_answered_none(conn: &Connection, dossier_id: i64) -> Result<()> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT none_known FROM dossiers WHERE id=?1",
            [dossier_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(stored) = stored else {
        return Ok(());
    };
    let mut none: Vec<String> = serde_json::from_str(&stored).unwrap_or_default();
    let listed = listed_sections(conn, dossier_id)?;
    let before = none.len();
    none.retain(|k| !listed.contains(&k.as_str()));
    if none.len() != before {
        conn.execute(
            "UPDATE dossiers SET none_known=?1 WHERE id=?2",
            params![json(&none), dossier_id],
        )?;
    }
    Ok(())
}

/// The dossier's answers of kind `T`, read on `conn` (inside a
/// transaction too); empty ones when never saved.
pub(crate) fn answers_in<T: Answers>(conn: &Connection, dossier_id: i64) -> Result<T> {
    let stored: Option<String> = conn
        .query_row(
            &format!("SELECT {} FROM dossiers WHERE id=?1", T::NAME),
            [dossier_id],
            |r| r.get(0),
        )
        .optional()?;
    let stored = stored.ok_or_else(|| no_dossier(dossier_id))?;
    serde_json::from_str(&stored).map_err(|e| {
        Error::new(
            ErrorKind::Integrity,
            format!("{}: the stored answers could not be read: {e}", T::NAME),
        )
    })
}

pub(crate) fn save_answers<T: Answers>(conn: &Connection, dossier_id: i64, a: &T) -> Result<()> {
    conn.execute(
        &format!(
            "UPDATE dossiers SET {}=?1, updated_at=?2 WHERE id=?3",
            T::NAME
        ),
        params![json(a), now(), dossier_id],
    )?;
    Ok(())
}

pub(crate) fn save_opinion(conn: &Connection, dossier_id: i64, o: &Opinion) -> Result<()> {
    conn.execute(
        "INSERT INTO opinions (dossier_id, given_by, given_on, diagnosis, treatment, key_points, follow_ups,
           diagnosis_code, marks)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (dossier_id) DO UPDATE SET given_by=excluded.given_by, given_on=excluded.given_on,
           diagnosis=excluded.diagnosis, treatment=excluded.treatment, key_points=excluded.key_points,
           follow_ups=excluded.follow_ups, diagnosis_code=excluded.diagnosis_code, marks=excluded.marks",
        params![
            dossier_id,
            o.given_by,
            o.given_on,
            o.diagnosis,
            o.treatment,
            o.key_points,
            o.follow_ups,
            o.diagnosis_code,
            json(&o.marks)
        ],
    )?;
    Ok(())
}

fn touch(conn: &Connection, dossier_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE dossiers SET updated_at=?1 WHERE id=?2",
        params![now(), dossier_id],
    )?;
    Ok(())
}

fn fields_of<T: Item>(item: &T) -> Result<Map<String, Value>> {
    match serde_json::to_value(item) {
        Ok(Value::Object(map)) => {
            crate::model::limit_fields("", &map)?;
            Ok(map)
        }
        _ => Err(Error::invalid(T::SECTION, "could not be read")),
    }
}

fn to_sql(v: Option<&Value>) -> SqlValue {
    match v {
        None | Some(Value::Null) => SqlValue::Null,
        Some(Value::Bool(b)) => SqlValue::Integer(*b as i64),
        Some(Value::Number(n)) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => n.as_f64().map(SqlValue::Real).unwrap_or(SqlValue::Null),
        },
        Some(Value::String(s)) => SqlValue::Text(s.clone()),
        Some(other) => SqlValue::Text(other.to_string()),
    }
}

fn row_to_item<T: Item>(row: &rusqlite::Row) -> rusqlite::Result<Result<T>> {
    let mut map = Map::new();
    map.insert("id".into(), Value::from(row.get::<_, i64>(0)?));
    for (i, col) in T::COLUMNS.iter().enumerate() {
        let v = match row.get::<_, SqlValue>(i + 1)? {
            SqlValue::Null => Value::Null,
            SqlValue::Integer(n) => Value::from(n),
            SqlValue::Real(f) => Value::from(f),
            SqlValue::Text(s) => Value::String(s),
            SqlValue::Blob(_) => Value::Null,
        };
        map.insert((*col).to_string(), v);
    }
    Ok(serde_json::from_value(Value::Object(map)).map_err(|e| {
        Error::new(
            ErrorKind::Integrity,
            format!("{}: a stored row could not be read: {e}", T::SECTION),
        )
    }))
}

fn shas_where(tx: &Connection, condition: &str, id: i64) -> Result<Vec<String>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT DISTINCT sha256 FROM documents WHERE {condition}"
    ))?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Of the given hashes, those no document refers to any more.
fn unreferenced(tx: &Connection, shas: Vec<String>) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for sha in shas {
        let used: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM documents WHERE sha256=?1)",
            [&sha],
            |r| r.get(0),
        )?;
        if !used {
            out.push(sha);
        }
    }
    Ok(out)
}
