// The one module that talks to the app's back end. Every other module calls
// these functions and never touches Tauri directly. Errors arrive as
// {kind, message} objects from the core.

function invoke(command, args = {}) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    return Promise.reject({ kind: 'unavailable', message: 'The app back end is not available.' });
  }
  return tauri.core.invoke(command, args);
}

/** Version and data folder. */
export const appInfo = () => invoke('app_info');

/** Every patient: {id, full_name, date_of_birth, dossiers}. */
export const listPatients = () => invoke('list_patients');

/** Dossiers of one patient, or of all when patientId is null. */
export const listDossiers = (patientId = null) => invoke('list_dossiers', { patientId });
