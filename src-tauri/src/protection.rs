//! Commands of the record's protection: its state, unlocking and locking,
//! turning it on and off, the passphrase and the idle time. The rules are
//! the core's (`dossier::vault`, `dossier::protect`); here the open store is
//! taken out while the record is converted and put back after.

use crate::error::CmdResult;
use crate::AppState;
use dossier::{protect, vault, Error, ErrorKind, Store};
use serde::Serialize;
use std::sync::{MutexGuard, PoisonError};
use tauri::State;

/// The open store, for one command; a locked record is refused with
/// `locked`, which the window answers with its lock screen. A lock left
/// poisoned by a panic in another command is taken back: the store's
/// transactions rolled back as that command unwound.
pub struct Unlocked<'a>(MutexGuard<'a, Option<Store>>);

impl std::ops::Deref for Unlocked<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.0.as_ref().expect("checked when made")
    }
}

impl std::ops::DerefMut for Unlocked<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.0.as_mut().expect("checked when made")
    }
}

pub fn unlocked<'a>(state: &'a AppState) -> CmdResult<Unlocked<'a>> {
    let guard = state.store.lock().unwrap_or_else(PoisonError::into_inner);
    if guard.is_none() {
        return Err(Error::said(ErrorKind::Locked, "error-window-locked", &[]));
    }
    Ok(Unlocked(guard))
}

fn slot(state: &AppState) -> MutexGuard<'_, Option<Store>> {
    state.store.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What the window needs to know of the protection.
#[derive(Serialize)]
pub struct Status {
    protected: bool,
    locked: bool,
    /// Minutes without use before the app locks (0: never).
    idle_minutes: u32,
    /// Whether the recovery code was noted as written down; when not (the
    /// window closed while it was shown), the window offers a new one.
    recovery_code_kept: bool,
    /// "on" or "off" when turning protection on or off was cut short (the
    /// app closed, the computer stopped) and undone: the record is as it
    /// was, which the window says until the user has read it.
    interrupted: Option<&'static str>,
}

#[tauri::command]
pub async fn protection_status(state: State<'_, AppState>) -> CmdResult<Status> {
    let protected = protect::is_protected(&state.data_dir)?;
    Ok(Status {
        protected,
        locked: slot(&state).is_none(),
        idle_minutes: if protected {
            vault::idle_minutes(&state.data_dir)?
        } else {
            0
        },
        recovery_code_kept: !protected || vault::is_recovery_code_kept(&state.data_dir)?,
        interrupted: protect::interrupted(&state.data_dir).map(|on| if on { "on" } else { "off" }),
    })
}

/// The user has read that a change of protection was cut short.
#[tauri::command]
pub async fn forget_interrupted(state: State<'_, AppState>) -> CmdResult<()> {
    protect::forget_interrupted(&state.data_dir)
}

/// Makes a new recovery code for the unlocked record (the old one stops
/// working); returned to be shown once.
#[tauri::command]
pub async fn new_recovery_code(state: State<'_, AppState>) -> CmdResult<String> {
    let store = unlocked(&state)?;
    let keys = store
        .files()
        .keys()
        .ok_or_else(|| Error::said(ErrorKind::InvalidInput, "error-record-not-protected", &[]))?;
    vault::new_recovery_code_for(&state.data_dir, keys)
}

/// Notes that the recovery code shown was written down.
#[tauri::command]
pub async fn recovery_code_kept(state: State<'_, AppState>) -> CmdResult<()> {
    let _store = unlocked(&state)?;
    vault::recovery_code_kept(&state.data_dir)
}

/// A passphrase of six common words to offer.
#[tauri::command]
pub async fn suggest_passphrase() -> CmdResult<String> {
    Ok(vault::suggest_passphrase())
}

#[tauri::command]
pub async fn unlock_record(state: State<'_, AppState>, passphrase: String) -> CmdResult<()> {
    let mut slot = slot(&state);
    if slot.is_some() {
        return Ok(());
    }
    let keys = vault::unlock(&state.data_dir, &passphrase)?;
    *slot = Some(Store::open_with(&state.data_dir, Some(keys))?);
    Ok(())
}

/// Unlocks with the recovery code and sets a new passphrase at once.
#[tauri::command]
pub async fn recover_record(
    state: State<'_, AppState>,
    code: String,
    new_passphrase: String,
) -> CmdResult<()> {
    vault::check_passphrase(&new_passphrase)?;
    let keys = vault::unlock_with_recovery_code(&state.data_dir, &code)?;
    vault::change_passphrase(&state.data_dir, &keys, &new_passphrase)?;
    let mut slot = slot(&state);
    if slot.is_none() {
        *slot = Some(Store::open_with(&state.data_dir, Some(keys))?);
    }
    Ok(())
}

/// Locks a protected record: the store is closed (its keys go with it) and
/// copies made for the viewer are removed.
#[tauri::command]
pub async fn lock_record(state: State<'_, AppState>) -> CmdResult<()> {
    if !protect::is_protected(&state.data_dir)? {
        return Ok(());
    }
    slot(&state).take();
    let _ = dossier::viewer::sweep(&state.data_dir);
    Ok(())
}

/// Protects the record; returns the recovery code, shown once.
#[tauri::command]
pub async fn protect_record(state: State<'_, AppState>, passphrase: String) -> CmdResult<String> {
    vault::check_passphrase(&passphrase)?;
    let mut slot = slot(&state);
    // The record is converted closed; whatever happens, it is opened again.
    slot.take();
    let done = protect::protect(&state.data_dir, &passphrase);
    let keys = match &done {
        Ok(_) => Some(vault::unlock(&state.data_dir, &passphrase)?),
        Err(_) => None,
    };
    *slot = Some(Store::open_with(&state.data_dir, keys)?);
    done
}

/// Removes the protection, after checking the passphrase.
#[tauri::command]
pub async fn unprotect_record(state: State<'_, AppState>, passphrase: String) -> CmdResult<()> {
    let keys = vault::unlock(&state.data_dir, &passphrase)?;
    let mut slot = slot(&state);
    slot.take();
    let done = protect::unprotect(&state.data_dir, &keys);
    let keys = vault::is_protected(&state.data_dir).then_some(keys);
    *slot = Some(Store::open_with(&state.data_dir, keys)?);
    done
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    new_passphrase: String,
) -> CmdResult<()> {
    vault::check_passphrase(&new_passphrase).map_err(|e| e.with_field("new_passphrase"))?;
    let keys = vault::unlock(&state.data_dir, &current)?;
    vault::change_passphrase(&state.data_dir, &keys, &new_passphrase)
}

#[tauri::command]
pub async fn set_idle_minutes(state: State<'_, AppState>, minutes: u32) -> CmdResult<()> {
    // Only an unlocked record's window changes when it locks.
    let _store = unlocked(&state)?;
    vault::set_idle_minutes(&state.data_dir, minutes)
}
