// The one module that talks to the app's back end. Every other module calls
// these functions and never touches Tauri directly. Errors arrive as
// {kind, message} objects from the core.

function tauri() {
  const t = window.__TAURI__;
  if (!t || !t.core) throw { kind: 'unavailable', message: 'The app back end is not available.' };
  return t;
}

function invoke(command, args = {}) {
  try {
    return tauri().core.invoke(command, args);
  } catch (e) {
    return Promise.reject(e);
  }
}

/** Listens to a back-end event; returns a function that stops listening. */
export async function on(event, handler) {
  return tauri().event.listen(event, (e) => handler(e.payload));
}

/**
 * Runs `handler` (which may take its time) when the window is asked to
 * close; the window closes once it has finished.
 */
export async function onCloseRequested(handler) {
  return tauri().window.getCurrentWindow().onCloseRequested(async () => { await handler(); });
}

export const appInfo = () => invoke('app_info');
/** Gives the window (task bar, window lists) the page's title. */
export const setWindowTitle = (title) => invoke('set_window_title', { title });
export const vocabularies = () => invoke('vocabularies');
/** The app's language: {code, chosen, system, source, offered}; `source` is
 * its Fluent catalogue, `chosen` is false while it follows the system's. */
export const appLanguage = () => invoke('app_language');
/** Chooses the app's language by code, or null to follow the system's. */
export const setAppLanguage = (code) => invoke('set_app_language', { code });

export const listPatients = () => invoke('list_patients');
export const getPatient = (id) => invoke('get_patient', { id });
/** Adds (id 0) or changes a patient; resolves to the ID. */
export const savePatient = (patient) => invoke('save_patient', { patient });
export const deletePatient = (id) => invoke('delete_patient', { id });

export const listDossiers = (patientId = null) => invoke('list_dossiers', { patientId });
export const createDossier = (patientId, dossier) => invoke('create_dossier', { patientId, dossier });
export const saveDossier = (dossier) => invoke('save_dossier', { dossier });
export const deleteDossier = (id) => invoke('delete_dossier', { id });
/** The whole dossier: patient, dossier, every section, and the timeline. */
export const getDossier = (id) => invoke('get_dossier', { id });

/** Adds (no id) or changes an item of a section; resolves to its ID. */
export const saveItem = (section, dossierId, item) => invoke('save_item', { section, dossierId, item });
/** Saves the health background or daily life (`name`) as a whole. */
export const saveAnswers = (name, dossierId, answers) => invoke('save_answers', { name, dossierId, answers });
/** Reads patient-portal files (dialog, or the dropped files) into a preview; null if cancelled. */
export const readRecords = (dossierId, dropped) => invoke('read_records', { dossierId, dropped });
/** Adds the ticked items of the records last read. */
export const addRecords = (dossierId, choice) => invoke('add_records', { dossierId, choice });
export const deleteItem = (section, dossierId, id) => invoke('delete_item', { section, dossierId, id });
export const moveItem = (section, dossierId, id, index) => invoke('move_item', { section, dossierId, id, index });

/** Suggested questions and the what-to-bring checklist. */
export const guidance = (dossierId) => invoke('guidance', { dossierId });
export const addSuggestedQuestion = (dossierId, id) => invoke('add_suggested_question', { dossierId, id });
/** mark: 'requested', 'not_applicable', or null to clear. */
export const markChecklistItem = (dossierId, item, mark) => invoke('mark_checklist_item', { dossierId, item, mark });

/** System file dialog, then adds the files: {added, failed} or null. */
export const pickDocuments = (dossierId) => invoke('pick_documents', { dossierId });
/** Adds the files last dropped on the window: {added, failed}. */
export const addDroppedDocuments = (dossierId) => invoke('add_dropped_documents', { dossierId });
/** Opens a report in the system viewer when its bytes are of a viewable
 * type; resolves to {viewable, what, path}. */
export const openDocument = (dossierId, id) => invoke('open_document', { dossierId, id });
export const showDocument = (dossierId, id) => invoke('show_document', { dossierId, id });

/** Save dialog, then builds the bundle: an export report, or null. A
 * password (or null) protects the PDF; it is passed for this export only. */
export const exportPdf = (dossierId, options, password = null) => invoke('export_pdf', { dossierId, options, password: password || null });
/** Cancels the export or the adding of files under way. */
export const cancelLongAction = () => invoke('cancel_export');
export const openExport = () => invoke('open_export');
export const showExport = () => invoke('show_export');
/** The mail program, with a covering message in `language` (the PDF's). */
export const emailExport = (dossierId, language = 'en') => invoke('email_export', { dossierId, language });

/** Save dialog, then writes the dossier file, encrypted with `passphrase`
 * when one is given. */
export const exportArchive = (dossierId, passphrase = null) => invoke('export_archive', { dossierId, passphrase: passphrase || null });
export const importArchive = () => invoke('import_archive');
/** mode: 'as_new' or 'attach'. */
/** Goes on with the import waiting for an answer: mode 'attach', 'as_new' or
 * 'refuse', and the passphrase of an encrypted file (or null). */
export const resolveImport = (mode, passphrase = null) => invoke('resolve_import', { mode, passphrase: passphrase || null });

/** The second opinion received and its comparison with the first. */
export const getOpinion = (dossierId) => invoke('get_opinion', { dossierId });
export const saveOpinion = (dossierId, opinion) => invoke('save_opinion', { dossierId, opinion });
/** Save dialog, then the comparison PDF: its path, or null. */
export const exportComparison = (dossierId, language = 'en') => invoke('export_comparison', { dossierId, language });
/** Save dialog, then the records-request letter: its path, or null. */
export const writeRecordsRequest = (dossierId, request, language = 'en') => invoke('write_records_request', { dossierId, request, language });

/** The name of a .dossier file the app was asked to open, or null. */
export const openedFile = () => invoke('opened_file');
/** Imports that file (after the user said yes). */
export const importOpenedFile = () => invoke('import_opened_file');
export const showDataDir = () => invoke('show_data_dir');

/** {protected, locked, idle_minutes, recovery_code_kept, interrupted} of the record. */
export const protectionStatus = () => invoke('protection_status');
export const suggestPassphrase = () => invoke('suggest_passphrase');
export const unlockRecord = (passphrase) => invoke('unlock_record', { passphrase });
/** Opens the record with its recovery code and sets a new passphrase. */
export const recoverRecord = (code, newPassphrase) => invoke('recover_record', { code, newPassphrase });
export const lockRecord = () => invoke('lock_record');
/** Turns protection on; resolves to the recovery code, to show once. */
export const protectRecord = (passphrase) => invoke('protect_record', { passphrase });
export const unprotectRecord = (passphrase) => invoke('unprotect_record', { passphrase });
export const changePassphrase = (current, newPassphrase) => invoke('change_passphrase', { current, newPassphrase });
export const setIdleMinutes = (minutes) => invoke('set_idle_minutes', { minutes });
/** Replaces the recovery code (the old one stops working); resolves to the new one. */
export const newRecoveryCode = () => invoke('new_recovery_code');
/** Notes that the recovery code shown was written down. */
export const recoveryCodeKept = () => invoke('recovery_code_kept');
/** The user has read that a change of protection was cut short. */
export const forgetInterrupted = () => invoke('forget_interrupted');
