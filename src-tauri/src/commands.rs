//! Tauri commands: unpack arguments, call the core, return its result or
//! its `{kind, message}` error. No SQL, no PDF code and no rules here.
//! Every command runs off the main thread (`async`), so the window stays
//! responsive during dialogs, imports and exports.

use crate::dialogs;
use crate::error::CmdResult;
use crate::AppState;
use dossier::archive::{self, ExistingPatient, Exported, Imported};
use dossier::i18n::{Catalogue, Language};
use dossier::model::{
    Document, Dossier, DossierSummary, FullDossier, Patient, PatientSummary, TimelineEntry,
};
use dossier::pdf::{ExportOptions, ExportReport, Password};
use dossier::{Error, ErrorKind};
use serde::Serialize;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::PoisonError;
use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_opener::OpenerExt;

/// The store, for one command. A lock left poisoned by a panic in another
/// command is taken back: the store's transactions rolled back as that
/// command unwound, so the record is consistent, and one bad file must not
/// break every later command.
macro_rules! store {
    ($state:expr) => {
        (*crate::protection::unlocked(&$state)?)
    };
}

/// Facts for the About box and the footer.
#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    data_dir: String,
}

/// The window's own title (task bar, window lists) follows the page's, so
/// that a screen without a patient does not keep naming one.
#[tauri::command]
pub async fn set_window_title(app: AppHandle, title: String) -> CmdResult<()> {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.set_title(&title);
    }
    Ok(())
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> CmdResult<AppInfo> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.data_dir.display().to_string(),
    })
}

/// The fixed choices (reasons, kinds, statuses...) with their plain words,
/// in the app's language.
#[tauri::command]
pub async fn vocabularies(
) -> CmdResult<std::collections::BTreeMap<&'static str, Vec<dossier::model::Choice>>> {
    Ok(dossier::model::vocabularies_in(Catalogue::of(app_lang())))
}

/// The app's language, chosen or the system's.
/// Read from the settings once at start and again when the person
/// chooses, not on every command (the window reloads on a change).
fn app_lang() -> Language {
    crate::error::words().language()
}

/// A language the window can be shown in.
#[derive(Serialize)]
pub struct Offered {
    code: &'static str,
    name: &'static str,
}

/// The app's language, with its catalogue for the window.
#[derive(Serialize)]
pub struct AppLanguage {
    code: &'static str,
    /// Chosen by the person, rather than following the system.
    chosen: bool,
    /// The system's language.
    system: &'static str,
    /// The catalogue's Fluent text.
    source: &'static str,
    offered: Vec<Offered>,
}

#[tauri::command]
pub async fn app_language(state: State<'_, AppState>) -> CmdResult<AppLanguage> {
    let now = dossier::settings::language(&state.data_dir);
    Ok(AppLanguage {
        code: now.language.code(),
        chosen: now.chosen,
        system: now.system.code(),
        source: dossier::i18n::catalogue_source(now.language),
        offered: Language::OFFERED
            .iter()
            .map(|l| Offered {
                code: l.code(),
                name: l.own_name(),
            })
            .collect(),
    })
}

/// Chooses the app's language by code; none follows the system's.
#[tauri::command]
pub async fn set_app_language(state: State<'_, AppState>, code: Option<String>) -> CmdResult<()> {
    let language = code.map(|c| Language::parse("language", &c)).transpose()?;
    dossier::settings::set_language(&state.data_dir, language)?;
    crate::error::set_language(dossier::settings::language(&state.data_dir).language);
    Ok(())
}

#[tauri::command]
pub async fn list_patients(state: State<'_, AppState>) -> CmdResult<Vec<PatientSummary>> {
    store!(state).patients()
}

#[tauri::command]
pub async fn get_patient(state: State<'_, AppState>, id: i64) -> CmdResult<Patient> {
    store!(state).patient(id)
}

/// Adds (id 0) or changes a patient; returns the ID.
#[tauri::command]
pub async fn save_patient(state: State<'_, AppState>, patient: Patient) -> CmdResult<i64> {
    let store = &store!(state);
    if patient.id == 0 {
        store.add_patient(&patient)
    } else {
        store.update_patient(&patient).map(|_| patient.id)
    }
}

#[tauri::command]
pub async fn delete_patient(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    store!(state).delete_patient(id)
}

#[tauri::command]
pub async fn list_dossiers(
    state: State<'_, AppState>,
    patient_id: Option<i64>,
) -> CmdResult<Vec<DossierSummary>> {
    store!(state).dossiers(patient_id)
}

#[tauri::command]
pub async fn create_dossier(
    state: State<'_, AppState>,
    patient_id: i64,
    dossier: Dossier,
) -> CmdResult<i64> {
    store!(state).create_dossier(patient_id, &dossier)
}

#[tauri::command]
pub async fn save_dossier(state: State<'_, AppState>, dossier: Dossier) -> CmdResult<()> {
    store!(state).update_dossier(&dossier)
}

#[tauri::command]
pub async fn delete_dossier(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    store!(state).delete_dossier(id)
}

/// A whole dossier with its timeline.
#[derive(Serialize)]
pub struct DossierView {
    #[serde(flatten)]
    full: FullDossier,
    timeline: Vec<TimelineEntry>,
    progress: dossier::progress::Progress,
}

#[tauri::command]
pub async fn get_dossier(state: State<'_, AppState>, id: i64) -> CmdResult<DossierView> {
    let full = store!(state).full_dossier(id)?;
    let words = Catalogue::of(app_lang());
    Ok(DossierView {
        timeline: full.timeline_in(words),
        progress: dossier::progress::progress_in(&full, words),
        full,
    })
}

#[tauri::command]
pub async fn save_item(
    state: State<'_, AppState>,
    section: String,
    dossier_id: i64,
    item: Value,
) -> CmdResult<i64> {
    dossier::sections::save_item(&store!(state), &section, dossier_id, item)
}

/// Saves the health background or daily life as a whole; returns them as
/// stored.
#[tauri::command]
pub async fn save_answers(
    state: State<'_, AppState>,
    name: String,
    dossier_id: i64,
    answers: Value,
) -> CmdResult<Value> {
    dossier::sections::save_answers(&store!(state), &name, dossier_id, answers)
}

#[tauri::command]
pub async fn delete_item(
    state: State<'_, AppState>,
    section: String,
    dossier_id: i64,
    id: i64,
) -> CmdResult<()> {
    dossier::sections::delete_item(&mut store!(state), &section, dossier_id, id)
}

#[tauri::command]
pub async fn move_item(
    state: State<'_, AppState>,
    section: String,
    dossier_id: i64,
    id: i64,
    index: usize,
) -> CmdResult<()> {
    dossier::sections::move_item(&mut store!(state), &section, dossier_id, id, index)
}

/// Suggested questions and the what-to-bring checklist for a dossier.
#[tauri::command]
pub async fn guidance(
    state: State<'_, AppState>,
    dossier_id: i64,
) -> CmdResult<dossier::guidance::Guidance> {
    dossier::guidance::for_dossier(&store!(state), dossier_id, app_lang())
}

/// Adds a suggested question (by its library ID) to the dossier.
#[tauri::command]
pub async fn add_suggested_question(
    state: State<'_, AppState>,
    dossier_id: i64,
    id: String,
) -> CmdResult<i64> {
    dossier::guidance::add_suggestion(&store!(state), dossier_id, &id, app_lang())
}

/// Marks a checklist item `requested` or `not_applicable`, or clears it.
#[tauri::command]
pub async fn mark_checklist_item(
    state: State<'_, AppState>,
    dossier_id: i64,
    item: String,
    mark: Option<String>,
) -> CmdResult<()> {
    dossier::guidance::mark(&store!(state), dossier_id, &item, mark.as_deref())
}

/// The second opinion received, and how it compares with the first.
#[derive(Serialize)]
pub struct AfterVisit {
    opinion: dossier::model::Opinion,
    comparison: Vec<dossier::after::ComparisonRow>,
}

#[tauri::command]
pub async fn get_opinion(state: State<'_, AppState>, dossier_id: i64) -> CmdResult<AfterVisit> {
    let store = &store!(state);
    let opinion = store.opinion(dossier_id)?.unwrap_or_default();
    let comparison = dossier::after::compare(
        &store.full_dossier(dossier_id)?,
        &opinion,
        Catalogue::of(app_lang()),
    );
    Ok(AfterVisit {
        opinion,
        comparison,
    })
}

#[tauri::command]
pub async fn save_opinion(
    state: State<'_, AppState>,
    dossier_id: i64,
    opinion: dossier::model::Opinion,
) -> CmdResult<()> {
    store!(state).save_opinion(dossier_id, &opinion)
}

/// Asks where to save a generated PDF offered as `name`, writes it with
/// `write`, and keeps it for Open; returns its path, or `None` when the user
/// cancels the dialog.
async fn save_generated(
    app: &AppHandle,
    state: &AppState,
    title: &str,
    name: &str,
    write: impl FnOnce(&dossier::Store, &std::path::Path) -> dossier::Result<usize>,
) -> CmdResult<Option<String>> {
    let Some(out) = dialogs::save_file(app, title, name, ("PDF", &["pdf"])).await else {
        return Ok(None);
    };
    let store = &store!(state);
    store.refuse_own_path(&out)?;
    write(store, &out)?;
    *state
        .last_export
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(out.clone());
    Ok(Some(out.display().to_string()))
}

/// The language a PDF is written in: the code given, or English.
fn pdf_language(code: Option<String>) -> CmdResult<Language> {
    Ok(match code {
        Some(code) => Language::parse("language", &code)?,
        None => Language::En,
    })
}

/// Asks where to save, then writes the comparison PDF; returns its path.
#[tauri::command]
pub async fn export_comparison(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    language: Option<String>,
) -> CmdResult<Option<String>> {
    let language = pdf_language(language)?;
    let name = dossier::share::comparison_name(
        &store!(state).full_dossier(dossier_id)?,
        Catalogue::of(language),
    );
    let title = crate::error::words().t("dialog-save-comparison");
    save_generated(&app, &state, &title, &name, |store, out| {
        dossier::after::comparison_pdf(store, dossier_id, out, language)
    })
    .await
}

/// Asks where to save, then writes the records-request letter (PDF, and
/// the same text as .txt); returns the PDF's path. The request is checked
/// before the dialog opens.
#[tauri::command]
pub async fn write_records_request(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    request: dossier::after::RecordsRequest,
    language: Option<String>,
) -> CmdResult<Option<String>> {
    let language = pdf_language(language)?;
    request.clone().validate()?;
    let name = dossier::share::request_name(
        &store!(state).full_dossier(dossier_id)?,
        Catalogue::of(language),
    );
    let title = crate::error::words().t("dialog-save-letter");
    save_generated(&app, &state, &title, &name, |store, out| {
        dossier::after::records_request_pdf(store, dossier_id, &request, out, language)
    })
    .await
}

/// The outcome of adding several files: what went in, and what did not with
/// why. One bad file never stops the rest.
#[derive(Serialize)]
pub struct Added {
    added: Vec<Document>,
    failed: Vec<Failed>,
}

#[derive(Serialize)]
pub struct Failed {
    file: String,
    message: String,
}

fn add_files(
    app: &AppHandle,
    state: &AppState,
    dossier_id: i64,
    files: Vec<PathBuf>,
) -> CmdResult<Added> {
    let mut out = Added {
        added: Vec::new(),
        failed: Vec::new(),
    };
    let total = files.len();
    state.cancel.store(false, Ordering::SeqCst);
    for (i, file) in files.into_iter().enumerate() {
        if state.cancel.load(Ordering::SeqCst) {
            let name = file.display().to_string();
            out.failed.push(Failed {
                message: Error::said(
                    ErrorKind::Cancelled,
                    "error-not-added-cancelled",
                    &[("file", &name)],
                )
                .in_language(crate::error::words())
                .message,
                file: name,
            });
            continue;
        }
        let _ = app.emit("import-progress", (i, total));
        let meta = Document {
            include_in_export: true,
            ..Document::default()
        };
        let result = store!(state).add_document(dossier_id, &file, &meta);
        match result {
            Ok(doc) => out.added.push(doc),
            Err(e) if e.kind == ErrorKind::NotFound => return Err(e),
            Err(e) => out.failed.push(Failed {
                file: file.display().to_string(),
                message: e.in_language(crate::error::words()).message,
            }),
        }
    }
    let _ = app.emit("import-progress", (total, total));
    Ok(out)
}

/// Opens the system file dialog and adds the chosen reports.
#[tauri::command]
pub async fn pick_documents(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
) -> CmdResult<Option<Added>> {
    store!(state).dossier(dossier_id)?;
    let words = crate::error::words();
    let (reports, all) = (
        words.t("dialog-reports-and-photos"),
        words.t("dialog-all-files"),
    );
    let filters: &[dialogs::Filter] = &[
        (
            &reports,
            &[
                "pdf", "jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "bmp", "dcm",
            ],
        ),
        (&all, &["*"]),
    ];
    let title = words.t("dialog-add-reports");
    let Some(files) = dialogs::pick_files(&app, &title, filters, true).await else {
        return Ok(None);
    };
    let state = state.inner();
    add_files(&app, state, dossier_id, files).map(Some)
}

/// What portal files hold, for the patient to check before anything is
/// added: the items by section (those the dossier has marked), what was
/// skipped and why, and any difference between the files' patient and the
/// dossier's.
#[derive(serde::Serialize)]
pub struct RecordsPreview {
    records: dossier::records::Records,
    mismatch: Vec<String>,
    files: Vec<String>,
}

/// Reads patient-portal files (chosen in the file dialog, or the files
/// last dropped on the window with `dropped`) and keeps what was found for
/// [`add_records`]. Nothing is written.
#[tauri::command]
pub async fn read_records(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    dropped: bool,
) -> CmdResult<Option<RecordsPreview>> {
    let full = store!(state).full_dossier(dossier_id)?;
    let files = if dropped {
        std::mem::take(&mut *state.dropped.lock().unwrap_or_else(PoisonError::into_inner))
    } else {
        let words = crate::error::words();
        let (records, all) = (
            words.t("dialog-portal-records"),
            words.t("dialog-all-files"),
        );
        let filters: &[dialogs::Filter] = &[
            (&records, &["xml", "json", "ndjson", "zip"]),
            (&all, &["*"]),
        ];
        let title = words.t("dialog-add-portal");
        match dialogs::pick_files(&app, &title, filters, true).await {
            Some(f) => f,
            None => return Ok(None),
        }
    };
    let words = crate::error::words();
    let mut records =
        dossier::records::read_files(&files, &dossier::records::Limits::default(), words)?;
    records.mark_duplicates(&full);
    let preview = RecordsPreview {
        mismatch: records.patient_mismatch(&full.patient, words),
        files: files
            .iter()
            .map(|f| {
                f.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect(),
        records: records.clone(),
    };
    *state
        .pending_records
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = Some((dossier_id, records));
    Ok(Some(preview))
}

/// Adds the items the patient ticked from the records last read, in one
/// transaction, keeping the files as documents.
#[tauri::command]
pub async fn add_records(
    state: State<'_, AppState>,
    dossier_id: i64,
    choice: dossier::records::Choice,
) -> CmdResult<dossier::records::Added> {
    let pending = state
        .pending_records
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    let Some((_, records)) = pending.filter(|(d, _)| *d == dossier_id) else {
        return Err(dossier::Error::invalid(
            "records",
            "there are no records waiting to be added to this dossier; add the file again",
        ));
    };
    dossier::records::add(
        &store!(state),
        dossier_id,
        &records,
        &choice,
        crate::error::words(),
    )
}

/// Adds the files last dropped on the window.
#[tauri::command]
pub async fn add_dropped_documents(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
) -> CmdResult<Added> {
    store!(state).dossier(dossier_id)?;
    let files = std::mem::take(
        &mut *state
            .dropped
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    );
    add_files(&app, state.inner(), dossier_id, files)
}

/// Opens a report in the system's viewer.
#[tauri::command]
pub async fn open_document(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    id: i64,
) -> CmdResult<dossier::viewer::ViewerCopy> {
    let copy = viewer_copy(&state, dossier_id, id)?;
    if copy.viewable {
        open_path(&app, &copy.path)?;
    }
    Ok(copy)
}

/// Shows a report's viewer copy in its folder (for files the app will not
/// hand to the system viewer).
#[tauri::command]
pub async fn show_document(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    id: i64,
) -> CmdResult<()> {
    let copy = viewer_copy(&state, dossier_id, id)?;
    app.opener()
        .reveal_item_in_dir(&copy.path)
        .map_err(|e| not_shown(&copy.path, e))
}

fn viewer_copy(
    state: &AppState,
    dossier_id: i64,
    id: i64,
) -> CmdResult<dossier::viewer::ViewerCopy> {
    let store = &store!(state);
    if store.item_dossier::<Document>(id)? != dossier_id {
        return Err(Error::said(
            ErrorKind::NotFound,
            "error-report-not-in-dossier",
            &[],
        ));
    }
    dossier::viewer::copy_for_viewing_in(store, &state.data_dir, id, crate::error::words())
}

/// A file or folder the file manager could not show.
fn not_shown(path: &std::path::Path, e: impl std::fmt::Display) -> Error {
    let (file, why) = (path.display().to_string(), e.to_string());
    Error::said(
        ErrorKind::Io,
        "error-not-shown",
        &[("file", &file), ("error", &why)],
    )
}

fn open_path(app: &AppHandle, path: &std::path::Path) -> CmdResult<()> {
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| {
            let (file, why) = (path.display().to_string(), e.to_string());
            Error::said(
                ErrorKind::Io,
                "error-not-opened",
                &[("file", &file), ("error", &why)],
            )
        })
}

/// Asks where to save, then builds the PDF bundle, sending `export-progress`
/// events; `None` when the user cancels the save dialog. `password`, when
/// given, protects the bundle; it is used for this export only.
#[tauri::command]
pub async fn export_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    mut options: ExportOptions,
    password: Option<String>,
) -> CmdResult<Option<ExportReport>> {
    options.password = password.map(Password::new).transpose()?;
    let words = Catalogue::of(options.language);
    let name = dossier::share::bundle_name(&store!(state).full_dossier(dossier_id)?, words);
    let title = crate::error::words().t("dialog-save-bundle");
    let Some(out) = dialogs::save_file(&app, &title, &name, ("PDF", &["pdf"])).await else {
        return Ok(None);
    };
    store!(state).refuse_own_path(&out)?;
    state.cancel.store(false, Ordering::SeqCst);
    let handle = app.clone();
    // The store is held only to read what the bundle needs; it is built
    // without it, so the app keeps saving while the export runs.
    let input = dossier::pdf::gather(&store!(state), dossier_id, &options)?;
    let report = tauri::async_runtime::spawn_blocking(move || {
        let state = handle.state::<AppState>();
        dossier::pdf::build(&input, &out, &mut |done, total| {
            let _ = handle.emit("export-progress", (done, total));
            !state.cancel.load(Ordering::SeqCst)
        })
    })
    .await
    .map_err(|e| {
        let why = e.to_string();
        Error::said(ErrorKind::Io, "error-export-stopped", &[("error", &why)])
    })??;
    *state
        .last_export
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(report.path.clone());
    Ok(Some(report))
}

/// Cancels the export or the adding of files under way.
#[tauri::command]
pub async fn cancel_export(state: State<'_, AppState>) -> CmdResult<()> {
    state.cancel.store(true, Ordering::SeqCst);
    Ok(())
}

fn last_export(state: &AppState) -> CmdResult<PathBuf> {
    state
        .last_export
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
        .filter(|p| p.exists())
        .ok_or_else(|| Error::said(ErrorKind::NotFound, "error-export-first", &[]))
}

/// Opens the last bundle in the system PDF viewer (to read or print).
#[tauri::command]
pub async fn open_export(app: AppHandle, state: State<'_, AppState>) -> CmdResult<()> {
    open_path(&app, &last_export(&state)?)
}

/// Shows the last bundle in its folder.
#[tauri::command]
pub async fn show_export(app: AppHandle, state: State<'_, AppState>) -> CmdResult<()> {
    let path = last_export(&state)?;
    app.opener()
        .reveal_item_in_dir(&path)
        .map_err(|e| not_shown(&path, e))
}

/// Opens the mail program with the consultant's address, a subject and a
/// covering message, and shows the bundle in its folder to attach.
#[tauri::command]
pub async fn email_export(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    language: Option<String>,
) -> CmdResult<()> {
    let words = Catalogue::of(pdf_language(language)?);
    let path = last_export(&state)?;
    let full = store!(state).full_dossier(dossier_id)?;
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let link = dossier::share::email_link(&full, &file, words);
    app.opener().open_url(link, None::<&str>).map_err(|e| {
        let why = e.to_string();
        Error::said(ErrorKind::Io, "error-no-mail-program", &[("error", &why)])
    })?;
    let _ = app.opener().reveal_item_in_dir(&path);
    Ok(())
}

/// Asks where to save, then writes the dossier's portable archive.
#[tauri::command]
pub async fn export_archive(
    app: AppHandle,
    state: State<'_, AppState>,
    dossier_id: i64,
    passphrase: Option<String>,
) -> CmdResult<Option<Exported>> {
    if let Some(p) = &passphrase {
        dossier::vault::check_passphrase(p)?;
    }
    let name = dossier::share::archive_name(&store!(state).full_dossier(dossier_id)?);
    let words = crate::error::words();
    let (title, kind) = (
        words.t("dialog-save-archive"),
        words.t("dialog-dossier-file"),
    );
    let Some(out) = dialogs::save_file(&app, &title, &name, (&kind, &["dossier"])).await else {
        return Ok(None);
    };
    let store = &store!(state);
    store.refuse_own_path(&out)?;
    archive::export_archive_sealed(store, dossier_id, &out, passphrase.as_deref()).map(Some)
}

/// Asks for a `.dossier` file and imports it. If its patient already
/// exists, fails with `patient_exists` and keeps the file for
/// [`resolve_import`].
#[tauri::command]
pub async fn import_archive(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<Option<Imported>> {
    let words = crate::error::words();
    let (title, kind) = (
        words.t("dialog-open-archive"),
        words.t("dialog-dossier-file"),
    );
    let Some(files) = dialogs::pick_files(&app, &title, &[(&kind, &["dossier"])], false).await
    else {
        return Ok(None);
    };
    let Some(file) = files.into_iter().next() else {
        return Ok(None);
    };
    import_file(&state, file, ExistingPatient::Refuse, None).map(Some)
}

/// Imports `file`. One that needs an answer (its patient exists, or it
/// needs its passphrase or the one given is wrong) is kept for
/// [`resolve_import`].
fn import_file(
    state: &AppState,
    file: PathBuf,
    mode: ExistingPatient,
    passphrase: Option<String>,
) -> CmdResult<Imported> {
    let result =
        archive::import_sealed_archive(&mut store!(state), &file, mode, passphrase.as_deref());
    if let Err(e) = &result {
        if matches!(
            e.kind,
            ErrorKind::PatientExists | ErrorKind::Locked | ErrorKind::WrongPassphrase
        ) {
            *state
                .pending_import
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((file, passphrase));
        }
    }
    result
}

/// The name of a `.dossier` file the app was asked to open, if any.
#[tauri::command]
pub async fn opened_file(state: State<'_, AppState>) -> CmdResult<Option<String>> {
    Ok(state
        .opened
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .as_ref()
        .map(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        }))
}

/// Imports the `.dossier` file the app was asked to open (after the user
/// said yes); like [`import_archive`] for a patient who already exists.
#[tauri::command]
pub async fn import_opened_file(state: State<'_, AppState>) -> CmdResult<Imported> {
    let file = state
        .opened
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take()
        .ok_or_else(|| Error::said(ErrorKind::NotFound, "error-no-opened-file", &[]))?;
    import_file(&state, file, ExistingPatient::Refuse, None)
}

/// Shows the data folder in the file manager.
#[tauri::command]
pub async fn show_data_dir(app: AppHandle, state: State<'_, AppState>) -> CmdResult<()> {
    let db = state.data_dir.join(dossier::store::DB_FILE);
    app.opener()
        .reveal_item_in_dir(&db)
        .map_err(|e| not_shown(&state.data_dir, e))
}

/// Goes on with the import waiting for an answer: `mode` for a patient who
/// already exists (`refuse` to ask again), `passphrase` for an encrypted
/// file (or the one given before).
#[tauri::command]
pub async fn resolve_import(
    state: State<'_, AppState>,
    mode: ExistingPatient,
    passphrase: Option<String>,
) -> CmdResult<Imported> {
    let (file, given) = state
        .pending_import
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take()
        .ok_or_else(|| Error::said(ErrorKind::NotFound, "error-no-import-waiting", &[]))?;
    import_file(&state, file, mode, passphrase.or(given))
}
