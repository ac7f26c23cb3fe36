//! The keys of a protected record, and the encryption of files that travel.
//!
//! Owns the protection file of the data folder ([`LOCK_FILE`]): a data key,
//! made once when protection is turned on, sealed twice, once by the
//! passphrase and once by the recovery code. The data key holds the
//! database key (SQLCipher, raw key) and an age identity to which every
//! report file is encrypted. Changing the passphrase seals the same data key
//! again; no file is re-encrypted.
//!
//! All cryptography is the `age` crate's (scrypt for passphrases,
//! X25519 and ChaCha20-Poly1305 in 64 KiB chunks for files) and
//! SQLCipher's; nothing here invents any. It also owns the passphrase
//! suggestion (words from the EFF's large list) and the encryption of
//! `.dossier` files with a passphrase.

use crate::error::{quote, Error, ErrorKind, Result};
use age::secrecy::{ExposeSecret, SecretString};
use std::io::{Read, Write};
use std::path::Path;

/// The protection file inside the data folder; its presence means the record
/// is protected.
pub const LOCK_FILE: &str = "protection.json";

/// The first bytes of every age file (and so of an encrypted `.dossier`).
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// The environment variable the tool reads a passphrase from.
pub const PASSPHRASE_ENV: &str = "DOSSIER_PASSPHRASE";

/// The shortest passphrase accepted for a record or a file.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Words in a suggested passphrase: 6 words of 7,776 give 77 bits.
const SUGGESTED_WORDS: usize = 6;

/// The most scrypt work accepted when opening (2^22, a few seconds and
/// 4 GiB at most), so a hostile file cannot stall the app for hours.
const MAX_LOG_N: u8 = 22;

/// First line of a sealed data key, naming its layout; the number is the
/// database's encryption settings (see [`DbLayout`]).
const KEY_FORMAT: &str = "dossier-keys ";

/// How a protected record's database is encrypted. The layout is sealed
/// with the keys, so a record keeps the settings it was made with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DbLayout {
    /// SQLCipher 4's defaults: HMAC-SHA512 over 4 KiB pages.
    Sha512Pages4k = 1,
    /// HMAC-SHA256 over 8 KiB pages: the same AES-256 and authentication of
    /// every page, with a third of the cost of reading a cold page (SHA-256
    /// has processor support where SHA-512 has none, and larger pages mean
    /// fewer of them). Records protected from this layout on use it.
    Sha256Pages8k = 2,
}

impl DbLayout {
    fn from_number(n: &str) -> Option<DbLayout> {
        match n {
            "1" => Some(DbLayout::Sha512Pages4k),
            "2" => Some(DbLayout::Sha256Pages8k),
            _ => None,
        }
    }
}

/// Idle minutes before the app locks, unless the user chose otherwise.
pub const DEFAULT_IDLE_MINUTES: u32 = 10;

/// The longest idle time that can be set: a day.
pub const MAX_IDLE_MINUTES: u32 = 24 * 60;

/// The keys of an unlocked record.
#[derive(Clone)]
pub struct Keys {
    db: [u8; 32],
    identity: age::x25519::Identity,
    layout: DbLayout,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(…)")
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        self.db.fill(0);
    }
}

impl Keys {
    /// New random keys.
    pub fn generate() -> Result<Keys> {
        let mut db = [0u8; 32];
        random(&mut db)?;
        Ok(Keys {
            db,
            identity: age::x25519::Identity::generate(),
            layout: DbLayout::Sha256Pages8k,
        })
    }

    fn to_secret(&self) -> SecretString {
        SecretString::from(format!(
            "{KEY_FORMAT}{}\n{}\n{}\n",
            self.layout as u8,
            hex::encode(self.db),
            self.identity.to_string().expose_secret()
        ))
    }

    fn from_secret(secret: &SecretString) -> Result<Keys> {
        let damaged = || sealed_key_damaged();
        let mut lines = secret.expose_secret().lines();
        let layout = lines
            .next()
            .and_then(|l| l.strip_prefix(KEY_FORMAT))
            .and_then(DbLayout::from_number)
            .ok_or_else(damaged)?;
        let mut db = [0u8; 32];
        hex::decode_to_slice(lines.next().unwrap_or(""), &mut db).map_err(|_| damaged())?;
        let identity = lines
            .next()
            .unwrap_or("")
            .parse::<age::x25519::Identity>()
            .map_err(|_| damaged())?;
        Ok(Keys {
            db,
            identity,
            layout,
        })
    }

    /// The SQLCipher key, as the value of `PRAGMA key` (a raw key: no
    /// key derivation on every open).
    pub fn sqlcipher_key(&self) -> String {
        format!("\"x'{}'\"", hex::encode(self.db))
    }

    /// The pragmas that follow the key, for the database named `schema`
    /// (`main`, or an attached one), before it is first read or written.
    pub fn sqlcipher_settings(&self, schema: &str) -> String {
        match self.layout {
            DbLayout::Sha512Pages4k => String::new(),
            DbLayout::Sha256Pages8k => format!(
                "PRAGMA {schema}.cipher_hmac_algorithm = HMAC_SHA256; PRAGMA {schema}.cipher_page_size = 8192;"
            ),
        }
    }

    /// Wraps `out` so that what is written to it is encrypted to this
    /// record. Call `finish` on the result.
    pub fn encrypt<W: Write>(&self, out: W) -> std::io::Result<age::stream::StreamWriter<W>> {
        let recipient = self.identity.to_public();
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(std::io::Error::other)?
            .wrap_output(out)
    }

    /// Reads a file encrypted to this record.
    pub fn decrypt<R: Read>(&self, input: R) -> std::io::Result<age::stream::StreamReader<R>> {
        age::Decryptor::new(input)
            .and_then(|d| d.decrypt(std::iter::once(&self.identity as &dyn age::Identity)))
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
}

/// The protection file's content.
#[derive(serde::Serialize, serde::Deserialize)]
struct Sealed {
    format: u32,
    /// The data key, encrypted with the passphrase (an age file, hex).
    by_passphrase: String,
    /// The data key, encrypted with the recovery code (an age file, hex).
    by_recovery_code: String,
    /// Minutes without use before the app locks; 0 for never.
    idle_minutes: u32,
    /// Whether the person said they wrote the recovery code down; until
    /// then, the app offers a new one after each unlock.
    #[serde(default = "yes")]
    recovery_code_kept: bool,
}

fn yes() -> bool {
    true
}

/// A passphrase as it is sealed: trimmed, and in Unicode's composed form,
/// so that "é" typed as one letter or as "e" and an accent is the same.
fn normalise(passphrase: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    passphrase.trim().nfc().collect()
}

/// Whether the record in `dir` is protected.
pub fn is_protected(dir: &Path) -> bool {
    dir.join(LOCK_FILE).is_file()
}

fn read_sealed(dir: &Path) -> Result<Sealed> {
    let path = dir.join(LOCK_FILE);
    let damaged = || {
        Error::said(
            ErrorKind::Integrity,
            "error-protection-file-damaged",
            &[("file", &path.display().to_string())],
        )
    };
    let text = std::fs::read_to_string(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => damaged(),
        _ => Error::io(&path, e),
    })?;
    let mut sealed: Sealed = serde_json::from_str(&text).map_err(|_| damaged())?;
    sealed.idle_minutes = sealed.idle_minutes.min(MAX_IDLE_MINUTES);
    Ok(sealed)
}

/// The record's database file is encrypted but its protection file is
/// gone: say so, rather than "not a database".
pub fn refuse_missing_protection(dir: &Path) -> Result<()> {
    let db = dir.join(crate::store::DB_FILE);
    let mut head = [0u8; 16];
    let read = std::fs::File::open(&db).and_then(|mut f| f.read_exact(&mut head));
    if read.is_ok() && &head != b"SQLite format 3\0" && !is_protected(dir) {
        return Err(Error::said(
            ErrorKind::Integrity,
            "error-protection-file-missing",
            &[("folder", &dir.display().to_string()), ("file", LOCK_FILE)],
        ));
    }
    Ok(())
}

fn write_sealed(dir: &Path, sealed: &Sealed) -> Result<()> {
    let text = serde_json::to_string_pretty(sealed)
        .map_err(|e| Error::new(ErrorKind::Io, format!("{LOCK_FILE}: {e}")))?;
    crate::write_atomically(&dir.join(LOCK_FILE), |f| {
        f.write_all(text.as_bytes())
            .map_err(|e| Error::io(&dir.join(LOCK_FILE), e))
    })
}

/// Refuses a passphrase too short to protect a medical record.
pub fn check_passphrase(passphrase: &str) -> Result<()> {
    if normalise(passphrase).chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::invalid_said(
            "passphrase",
            "error-passphrase-too-short",
            &[("min", &MIN_PASSPHRASE_CHARS.to_string())],
        ));
    }
    Ok(())
}

/// Refuses a passphrase or password another person must type from what
/// they are told or shown, when a space in it is easy to miss: one at its
/// start or end, two in a row, or a tab or line break.
pub fn check_spoken(field: &str, secret: &str) -> Result<()> {
    let blank_ends = secret.trim() != secret;
    let doubled = secret
        .chars()
        .zip(secret.chars().skip(1))
        .any(|(a, b)| a.is_whitespace() && b.is_whitespace());
    let odd = secret.chars().any(|c| c.is_whitespace() && c != ' ');
    if blank_ends || doubled || odd {
        return Err(Error::invalid_said(field, "error-spaces-easy-to-miss", &[]));
    }
    Ok(())
}

/// Seals the data key with a passphrase or a recovery code.
fn seal(keys: &Keys, passphrase: &str) -> Result<String> {
    let secret = keys.to_secret();
    let sealed = age::encrypt(
        &age::scrypt::Recipient::new(SecretString::from(passphrase.to_string())),
        secret.expose_secret().as_bytes(),
    )
    .map_err(|e| Error::new(ErrorKind::Io, format!("could not seal the key: {e}")))?;
    Ok(hex::encode(sealed))
}

/// The error for a sealed key that cannot be read.
fn sealed_key_damaged() -> Error {
    Error::said(
        ErrorKind::Integrity,
        "error-sealed-key-damaged",
        &[("file", LOCK_FILE)],
    )
}

/// Opens a sealed data key; `None` when the passphrase is not the one.
fn unseal(sealed_hex: &str, passphrase: &str) -> Result<Option<Keys>> {
    let damaged = || sealed_key_damaged();
    let sealed = hex::decode(sealed_hex).map_err(|_| damaged())?;
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
    identity.set_max_work_factor(MAX_LOG_N);
    match age::decrypt(&identity, &sealed) {
        Ok(plain) => {
            let text = String::from_utf8(plain).map_err(|_| damaged())?;
            Keys::from_secret(&SecretString::from(text)).map(Some)
        }
        Err(age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys) => Ok(None),
        Err(_) => Err(damaged()),
    }
}

/// The error for a passphrase (`field` "passphrase") or recovery code
/// ("recovery_code") that does not open the record.
fn wrong(field: &str) -> Error {
    let key = if field == "recovery_code" {
        "error-recovery-code-wrong"
    } else {
        "error-passphrase-wrong"
    };
    Error::said(ErrorKind::WrongPassphrase, key, &[]).with_field(field)
}

/// Unlocks the record in `dir` with its passphrase.
pub fn unlock(dir: &Path, passphrase: &str) -> Result<Keys> {
    let sealed = read_sealed(dir)?;
    let composed = normalise(passphrase);
    if let Some(keys) = unseal(&sealed.by_passphrase, &composed)? {
        return Ok(keys);
    }
    // A passphrase sealed as typed, before passphrases were composed.
    if composed != passphrase.trim() {
        if let Some(keys) = unseal(&sealed.by_passphrase, passphrase.trim())? {
            return Ok(keys);
        }
    }
    Err(wrong("passphrase"))
}

/// Unlocks the record in `dir` with its recovery code (spaces, dashes and
/// case do not matter).
pub fn unlock_with_recovery_code(dir: &Path, code: &str) -> Result<Keys> {
    let sealed = read_sealed(dir)?;
    unseal(&sealed.by_recovery_code, &normalise_code(code))?.ok_or_else(|| wrong("recovery_code"))
}

/// Writes the protection file for new keys into `dir`; returns the recovery
/// code, to be shown once.
pub(crate) fn seal_new(dir: &Path, keys: &Keys, passphrase: &str) -> Result<String> {
    check_passphrase(passphrase)?;
    let code = new_recovery_code()?;
    write_sealed(
        dir,
        &Sealed {
            format: 1,
            by_passphrase: seal(keys, &normalise(passphrase))?,
            by_recovery_code: seal(keys, &normalise_code(&code))?,
            idle_minutes: DEFAULT_IDLE_MINUTES,
            recovery_code_kept: false,
        },
    )?;
    Ok(code)
}

/// Seals the same keys with a new passphrase; nothing else changes.
pub fn change_passphrase(dir: &Path, keys: &Keys, new: &str) -> Result<()> {
    check_passphrase(new)?;
    let mut sealed = read_sealed(dir)?;
    sealed.by_passphrase = seal(keys, &normalise(new))?;
    write_sealed(dir, &sealed)
}

/// Replaces the recovery code of the record in `dir` (unlocked with
/// `keys`); the old code stops working. Returns the new one, to be shown
/// once.
pub fn new_recovery_code_for(dir: &Path, keys: &Keys) -> Result<String> {
    let code = new_recovery_code()?;
    let mut sealed = read_sealed(dir)?;
    sealed.by_recovery_code = seal(keys, &normalise_code(&code))?;
    sealed.recovery_code_kept = false;
    write_sealed(dir, &sealed)?;
    Ok(code)
}

/// Notes that the person wrote the recovery code down.
pub fn recovery_code_kept(dir: &Path) -> Result<()> {
    let mut sealed = read_sealed(dir)?;
    sealed.recovery_code_kept = true;
    write_sealed(dir, &sealed)
}

/// Whether the recovery code was shown and noted as written down; when
/// not (the window closed first), a new one should be made and shown.
pub fn is_recovery_code_kept(dir: &Path) -> Result<bool> {
    Ok(read_sealed(dir)?.recovery_code_kept)
}

/// Minutes without use before the app locks (0: never).
pub fn idle_minutes(dir: &Path) -> Result<u32> {
    Ok(read_sealed(dir)?.idle_minutes)
}

/// Sets the minutes without use before the app locks (0: never; at most a
/// day).
pub fn set_idle_minutes(dir: &Path, minutes: u32) -> Result<()> {
    if minutes > MAX_IDLE_MINUTES {
        return Err(Error::invalid_said(
            "idle_minutes",
            "error-idle-too-long",
            &[("max", &MAX_IDLE_MINUTES.to_string())],
        ));
    }
    let mut sealed = read_sealed(dir)?;
    sealed.idle_minutes = minutes;
    write_sealed(dir, &sealed)
}

/// A passphrase to suggest: six common words, easy to read out and type.
pub fn suggest_passphrase() -> String {
    (0..SUGGESTED_WORDS)
        .map(|_| eff_wordlist::large::random_word())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fills `buf` from the system's random number source.
fn random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("no random numbers from the system: {e}"),
        )
    })
}

/// Letters of recovery codes: Crockford's base 32, without I, L, O and U.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new recovery code: 125 random bits as five groups of five letters.
fn new_recovery_code() -> Result<String> {
    let mut bytes = [0u8; 25];
    random(&mut bytes)?;
    let letters: Vec<char> = bytes
        .iter()
        .map(|b| CODE_ALPHABET[(b & 31) as usize] as char)
        .collect();
    Ok(letters
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// A recovery code as typed, in the form it was sealed with: upper case,
/// without spaces or dashes, with the letters people confuse read as the
/// digits they look like.
fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

/// Whether these first bytes are an age file (an encrypted `.dossier`).
pub fn is_encrypted(first: &[u8]) -> bool {
    first.starts_with(AGE_MAGIC)
}

/// Wraps `out` so that what is written is encrypted with `passphrase`.
pub fn encrypt_with_passphrase<W: Write>(
    out: W,
    passphrase: &str,
) -> std::io::Result<age::stream::StreamWriter<W>> {
    age::Encryptor::with_user_passphrase(SecretString::from(normalise(passphrase))).wrap_output(out)
}

/// Reads a file encrypted with a passphrase. A wrong passphrase is
/// [`ErrorKind::WrongPassphrase`]; a damaged file is [`ErrorKind::BadArchive`].
pub fn decrypt_with_passphrase<R: Read>(
    input: R,
    passphrase: &str,
    label: &str,
) -> Result<age::stream::StreamReader<R>> {
    let decryptor = age::Decryptor::new(input).map_err(|_| damaged_file(label))?;
    let mut identity = age::scrypt::Identity::new(SecretString::from(normalise(passphrase)));
    identity.set_max_work_factor(MAX_LOG_N);
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => Error::said(
                ErrorKind::WrongPassphrase,
                "error-archive-wrong-passphrase",
                &[("file", label)],
            )
            .with_field("passphrase"),
            _ => damaged_file(label),
        })
}

/// The message for an encrypted dossier file that cannot be read to its
/// end: damaged, or cut short on the way.
pub fn damaged_file(label: &str) -> Error {
    Error::said(
        ErrorKind::BadArchive,
        "error-archive-damaged-encrypted",
        &[("file", label)],
    )
}

/// A passphrase from a file (its first line) or, failing that, from
/// [`PASSPHRASE_ENV`]; `None` when neither is given.
pub fn passphrase_from(file: Option<&Path>) -> Result<Option<String>> {
    if let Some(file) = file {
        let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
        // Notepad and others start a file with a byte-order mark.
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        let text = String::from_utf8(bytes.to_vec()).map_err(|_| {
            Error::invalid(
                "passphrase",
                format!(
                    "the file {} is not saved as UTF-8 text; save it as UTF-8 (Unicode) and try again",
                    quote(&file.display().to_string())
                ),
            )
        })?;
        let line = text.lines().next().unwrap_or("").trim().to_string();
        if line.is_empty() {
            return Err(Error::invalid(
                "passphrase",
                format!(
                    "the file {} is empty; write the passphrase on its first line",
                    quote(&file.display().to_string())
                ),
            ));
        }
        return Ok(Some(line));
    }
    Ok(std::env::var(PASSPHRASE_ENV)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_survive_sealing_and_only_the_right_words_open_them() {
        let dir = tempfile::tempdir().unwrap();
        let keys = Keys::generate().unwrap();
        let code = seal_new(dir.path(), &keys, "correct horse battery staple").unwrap();
        assert_eq!(code.len(), 29, "{code}");
        let by_pass = unlock(dir.path(), "correct horse battery staple").unwrap();
        assert_eq!(by_pass.db, keys.db);
        let by_code =
            unlock_with_recovery_code(dir.path(), &code.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!(by_code.sqlcipher_key(), keys.sqlcipher_key());
        let e = unlock(dir.path(), "correct horse battery stapler").unwrap_err();
        assert_eq!(e.kind, ErrorKind::WrongPassphrase);
        change_passphrase(dir.path(), &keys, "a different long phrase").unwrap();
        assert!(unlock(dir.path(), "correct horse battery staple").is_err());
        assert!(unlock(dir.path(), "a different long phrase").is_ok());
        assert!(unlock_with_recovery_code(dir.path(), &code).is_ok());
        let text = std::fs::read_to_string(dir.path().join(LOCK_FILE)).unwrap();
        assert!(!text.contains(&hex::encode(keys.db)));
    }

    #[test]
    fn files_round_trip_and_a_changed_byte_is_refused() {
        let keys = Keys::generate().unwrap();
        let mut w = keys.encrypt(Vec::new()).unwrap();
        w.write_all(b"%PDF-1.7 report").unwrap();
        let mut sealed = w.finish().unwrap();
        let mut plain = Vec::new();
        keys.decrypt(&sealed[..])
            .unwrap()
            .read_to_end(&mut plain)
            .unwrap();
        assert_eq!(plain, b"%PDF-1.7 report");
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        let mut out = Vec::new();
        assert!(keys
            .decrypt(&sealed[..])
            .unwrap()
            .read_to_end(&mut out)
            .is_err());
    }

    #[test]
    fn suggestions_are_six_words_and_short_passphrases_are_refused() {
        let s = suggest_passphrase();
        assert_eq!(s.split(' ').count(), 6);
        assert_ne!(s, suggest_passphrase());
        assert!(check_passphrase("short").is_err());
        assert!(check_passphrase(&s).is_ok());
    }
}
