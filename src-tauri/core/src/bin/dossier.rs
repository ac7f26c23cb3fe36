//! `dossier`: the command-line front of Second Opinion Dossier, for
//! scripting, backups and tests. It works on the same store as the app.

use clap::{Args, Parser, Subcommand};
use dossier::archive::{self, ExistingPatient};
use dossier::i18n::Language;
use dossier::model::{Document, DocumentKind, Dossier, Opinion, Patient, Vocabulary};
use dossier::pdf::{export_pdf, ExportOptions, Paper, Password, Section};
use dossier::{protect, vault, Error, ErrorKind, Result, Store};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once standard output's reader has gone (`dossier show 1 | head -1`):
/// the command then stops quietly, as there is no one left to tell.
static OUTPUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes one line to standard output. A reader that has gone stops the
/// command through an error that [`main`] does not report.
fn out_line(args: std::fmt::Arguments) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out
        .write_fmt(args)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            OUTPUT_CLOSED.store(true, Ordering::Relaxed);
            Err(Error::new(ErrorKind::Io, "standard output was closed"))
        }
        Err(e) => Err(Error::new(
            ErrorKind::Io,
            format!("standard output could not be written: {e}"),
        )),
    }
}

/// Writes one line to standard error; a closed standard error is ignored
/// (there is nowhere else to say so).
fn err_line(args: std::fmt::Arguments) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{args}");
}

/// `println!` through [`out_line`]: returns from the function on error.
macro_rules! outln {
    ($($arg:tt)*) => {
        out_line(format_args!($($arg)*))?
    };
}

/// `eprintln!` through [`err_line`].
macro_rules! errln {
    ($($arg:tt)*) => {
        err_line(format_args!($($arg)*))
    };
}

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "Keep and move second-opinion dossiers from the command line"
)]
struct Cli {
    /// The data folder (default: $DOSSIER_DATA_DIR, else the app's folder)
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// A file whose first line is the passphrase of a protected record
    /// (default: $DOSSIER_PASSPHRASE); give it before the command
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List patients: ID, name, date of birth, number of dossiers
    Patients,
    /// List dossiers, one a line: ID, patient, title
    List {
        /// Only this patient's dossiers
        #[arg(long, value_name = "PATIENT_ID")]
        patient: Option<i64>,
    },
    /// Show one dossier
    Show {
        id: i64,
        /// Print the whole dossier as JSON
        #[arg(long)]
        json: bool,
    },
    /// Add a patient; prints the new patient's ID
    AddPatient(AddPatient),
    /// Start a dossier for a patient; prints the new dossier's ID
    NewDossier {
        patient_id: i64,
        /// What the second opinion is about
        #[arg(long)]
        title: String,
    },
    /// Copy report files into a dossier
    AddDocument {
        id: i64,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Title (default: the PDF's title or the file name)
        #[arg(long)]
        title: Option<String>,
        /// One of: pathology, imaging_report, imaging_study, lab, operative, discharge, letter, prescription, other
        #[arg(long)]
        kind: Option<String>,
        /// YYYY, YYYY-MM or YYYY-MM-DD
        #[arg(long)]
        date: Option<String>,
        /// Who issued it
        #[arg(long)]
        source: Option<String>,
    },
    /// Write a dossier to a .dossier archive
    ExportArchive {
        id: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Encrypt the file with the passphrase on this file's first line
        /// (default: $DOSSIER_PASSPHRASE if set); send the passphrase by
        /// another way than the file
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Read a .dossier archive into the store
    ImportArchive {
        file: PathBuf,
        /// If the patient exists (same name and birth date), add a new patient anyway
        #[arg(long, conflicts_with = "attach")]
        as_new: bool,
        /// If the patient exists, add the dossier to that patient
        #[arg(long)]
        attach: bool,
        /// The passphrase of an encrypted file, on this file's first line
        /// (default: $DOSSIER_PASSPHRASE)
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Build the PDF bundle for the consulting doctor
    ExportPdf {
        id: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Paper size of the generated pages: a4 or letter
        #[arg(long, default_value = "a4")]
        paper: String,
        /// Shrink photos and scanned pages above 150 dpi for email
        #[arg(long)]
        email_size: bool,
        /// Leave out a section (summary, questions, background, medications, clinicians,
        /// timeline, index, documents) or a document (its ID); repeatable
        #[arg(long, value_name = "SECTION_OR_DOCUMENT")]
        exclude: Vec<String>,
        /// Protect the PDF with the password on this file's first line
        /// (AES-256); send the password to the doctor another way than the file
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        /// Language of the generated words: en, es or de (default: the
        /// consultant's, else the app's); what the patient typed stays as typed
        #[arg(long)]
        language: Option<String>,
    },
    /// Add an item to a section (or change one, when the JSON has its "id");
    /// prints the item's ID
    SaveItem {
        id: i64,
        /// diagnoses, treatments, medications, allergies, clinicians, events,
        /// questions, operations or family_history
        section: String,
        /// JSON with the item's fields, as in the archive format
        file: PathBuf,
    },
    /// Delete an item from a section
    DeleteItem {
        id: i64,
        section: String,
        item_id: i64,
    },
    /// Save the health background or daily life from a JSON file
    SaveAnswers {
        id: i64,
        /// background or daily_life
        name: String,
        /// JSON with the fields, as in the archive format
        file: PathBuf,
    },
    /// Answer a section with "none known" (medications, allergies,
    /// other_conditions, operations, family_history, implants)
    NoneKnown {
        id: i64,
        section: String,
        /// Take the answer back: the section is "not filled in" again
        #[arg(long)]
        undo: bool,
    },
    /// Add what patient-portal files hold (C-CDA, XDM zip, FHIR JSON or
    /// NDJSON, or a folder of them) to a dossier; the files are kept as documents
    ImportRecords {
        id: i64,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Show what would be added, without adding anything
        #[arg(long)]
        dry_run: bool,
        /// Print what was found as JSON (with --dry-run) or what was added
        #[arg(long)]
        json: bool,
        /// Add even though the files name another patient than the dossier's
        #[arg(long)]
        other_patient: bool,
        /// Language of the words the app adds (notes, reasons): en, es or
        /// de (default: the app's, as the window would write them)
        #[arg(long)]
        language: Option<String>,
    },
    /// Record the second opinion received (and the patient's marks) from a JSON file
    SaveOpinion {
        id: i64,
        /// JSON with given_by, given_on, diagnosis, diagnosis_code, treatment,
        /// key_points, follow_ups and marks ({"diagnosis": "same" | "different" | "not_sure"})
        file: PathBuf,
    },
    /// Write the comparison of the first and second opinion as a PDF
    Compare {
        id: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Language of the generated words: en, es or de (default: the
        /// consultant's, else the app's); what the patient typed stays as typed
        #[arg(long)]
        language: Option<String>,
    },
    /// Write a letter asking for copies of records (a PDF and a .txt beside it)
    RecordsRequest {
        id: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Who the letter is to
        #[arg(long, default_value = "")]
        to: String,
        /// A record wanted; repeatable
        #[arg(long = "record", value_name = "TEXT", required = true)]
        records: Vec<String>,
        /// From when: YYYY, YYYY-MM or YYYY-MM-DD
        #[arg(long)]
        from: Option<String>,
        /// Until when
        #[arg(long)]
        until: Option<String>,
        /// Where the records should be sent
        #[arg(long, default_value = "")]
        send_to: String,
        /// Language of the generated words: en, es or de (default: the
        /// consultant's, else the app's); what the patient typed stays as typed
        #[arg(long)]
        language: Option<String>,
    },
    /// Check the database and every report file; non-zero exit if anything is wrong
    Check,
    /// Protect the whole record with a passphrase (database and report files
    /// encrypted); prints the recovery code, the one way back if the
    /// passphrase is lost
    Protect {
        /// The new passphrase, on this file's first line
        #[arg(long, value_name = "FILE", required = true)]
        passphrase_file: PathBuf,
    },
    /// Remove the protection: the record is written back unencrypted
    Unprotect {
        /// The current passphrase, on this file's first line (default: the
        /// one given before the command, or $DOSSIER_PASSPHRASE)
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// Change the passphrase of a protected record (the record is unlocked
    /// with the current passphrase or the recovery code)
    ChangePassphrase {
        /// The new passphrase, on this file's first line
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: PathBuf,
        /// Unlock with the recovery code on this file's first line instead
        #[arg(long, value_name = "FILE")]
        recovery_code_file: Option<PathBuf>,
    },
    /// Make a new recovery code for a protected record (the old one stops
    /// working); needs the passphrase
    NewRecoveryCode,
    /// Say whether the record is protected; set the minutes without use
    /// before the app locks it (setting needs the passphrase)
    Protection {
        /// Minutes without use before the app locks (0: never)
        #[arg(long, value_name = "MINUTES")]
        idle_minutes: Option<u32>,
    },
    /// Say or choose the app's language (en, es or de); with no choice made
    /// it follows the system's
    Language {
        /// The language to choose
        code: Option<String>,
        /// Forget the choice: follow the system's language again
        #[arg(long, conflicts_with = "code")]
        system: bool,
    },
    /// The questions suggested for a dossier, one a line: library ID,
    /// category, text
    Suggestions {
        id: i64,
        /// Language of the questions: en, es or de (default: the app's)
        #[arg(long)]
        language: Option<String>,
    },
    /// Add a suggested question to a dossier, by its library ID; prints the
    /// new question's ID
    AddSuggestion {
        id: i64,
        question: String,
        /// Language to write the question in: en, es or de (default: the app's)
        #[arg(long)]
        language: Option<String>,
    },
}

#[derive(Args)]
struct AddPatient {
    /// Full name
    #[arg(long)]
    name: String,
    /// Date of birth: YYYY, YYYY-MM or YYYY-MM-DD
    #[arg(long)]
    dob: Option<String>,
    #[arg(long, default_value = "")]
    sex: String,
    #[arg(long, default_value = "")]
    phone: String,
    #[arg(long, default_value = "")]
    email: String,
    #[arg(long, default_value = "")]
    address: String,
    #[arg(long, default_value = "")]
    language: String,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind as K;
            if matches!(
                e.kind(),
                K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return if e.kind() == K::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("error: bad arguments");
            errln!(
                "dossier: {} (see dossier --help)",
                first.trim_start_matches("error: ")
            );
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(code) => code,
        // The reader of the output has gone: nothing more to say.
        Err(_) if OUTPUT_CLOSED.load(Ordering::Relaxed) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("dossier: {}", e.message.replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}

fn import_records(
    store: &Store,
    id: i64,
    files: &[PathBuf],
    dry_run: bool,
    json: bool,
    other_patient: bool,
    words: &'static dossier::i18n::Catalogue,
) -> Result<()> {
    use dossier::records;
    let full = store.full_dossier(id)?;
    let mut found = records::read_files(files, &records::Limits::default(), words)?;
    found.mark_duplicates(&full);
    let print = |v: &dyn erased::Json| -> Result<()> {
        outln!("{}", v.pretty()?);
        Ok(())
    };
    let mismatch = found.patient_mismatch(&full.patient, words);
    if dry_run {
        for m in &mismatch {
            errln!("warning: {m}");
        }
        if json {
            print(&found)?;
        } else {
            outln!(
                "{} item(s) found, {} already in the dossier or repeated in the files, {} skipped",
                found.count(),
                found.duplicates(),
                found.skipped_count()
            );
            for s in &found.skipped {
                outln!("skipped: {} ({}): {}", s.item, s.source.words(), s.reason);
            }
            if found.skipped_more > 0 {
                outln!("skipped: {} more, not listed", found.skipped_more);
            }
        }
        return Ok(());
    }
    if !mismatch.is_empty() && !other_patient {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            format!(
                "{}; nothing was added (add --other-patient if this is right)",
                mismatch.join("; ")
            ),
        ));
    }
    let added = records::add(store, id, &found, &records::Choice::default(), words)?;
    if json {
        print(&added)?;
    } else {
        outln!(
            "added {} diagnoses, {} medicines, {} allergies, {} timeline events, {} people, {} results, {} family history line(s) and {} device(s) to the health background; {} file(s) kept as documents",
            added.diagnoses, added.medications, added.allergies, added.events, added.clinicians, added.results, added.family_history, added.devices, added.documents
        );
    }
    Ok(())
}

mod erased {
    /// Anything printed as pretty JSON.
    pub trait Json {
        fn pretty(&self) -> dossier::Result<String>;
    }
    impl<T: serde::Serialize> Json for T {
        fn pretty(&self) -> dossier::Result<String> {
            serde_json::to_string_pretty(self)
                .map_err(|e| dossier::Error::new(dossier::ErrorKind::Io, e.to_string()))
        }
    }
}

/// Reads a JSON file given on the command line.
fn read_json(file: &std::path::Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    serde_json::from_str(&text)
        .map_err(|e| Error::invalid(&file.display().to_string(), format!("not JSON: {e}")))
}

/// The record's keys, when it is protected: from the passphrase given
/// before the command, or $DOSSIER_PASSPHRASE.
fn keys(cli: &Cli, dir: &std::path::Path) -> Result<Option<vault::Keys>> {
    if !protect::is_protected(dir)? {
        return Ok(None);
    }
    match vault::passphrase_from(cli.passphrase_file.as_deref())? {
        Some(p) => vault::unlock(dir, &p).map(Some),
        None => Err(Error::new(
            ErrorKind::Locked,
            format!(
                "the record in {} is protected; give its passphrase with --passphrase-file FILE before the command, or in {}",
                dir.display(),
                vault::PASSPHRASE_ENV
            ),
        )),
    }
}

fn open(cli: &Cli) -> Result<Store> {
    let dir = dossier::data_dir(cli.data_dir.as_deref())?;
    Store::open_with(&dir, keys(cli, &dir)?)
}

fn not_protected() -> Error {
    Error::new(
        ErrorKind::InvalidInput,
        "the record is not protected; use dossier protect",
    )
}

/// Prints a recovery code, then notes it as shown; if it could not be
/// printed, the app offers a new one at the next unlock.
fn show_recovery_code(dir: &std::path::Path, code: &str, first: &str) -> Result<()> {
    use std::io::Write;
    outln!("{first} The recovery code (write it down and keep it apart from this computer; it is shown only now):");
    outln!("{code}");
    std::io::stdout()
        .flush()
        .map_err(|e| Error::new(ErrorKind::Io, format!("standard output: {e}")))?;
    vault::recovery_code_kept(dir)
}

/// The commands that change the record's protection, run before the
/// record is opened. `None` for every other command.
fn protection(cli: &Cli) -> Result<Option<ExitCode>> {
    let dir = dossier::data_dir(cli.data_dir.as_deref())?;
    match &cli.command {
        Command::Protect { passphrase_file } => {
            let passphrase = vault::passphrase_from(Some(passphrase_file))?.unwrap_or_default();
            let code = protect::protect(&dir, &passphrase)?;
            show_recovery_code(&dir, &code, "The record is protected.")?;
        }
        Command::NewRecoveryCode => {
            let keys = keys(cli, &dir)?.ok_or_else(not_protected)?;
            let code = vault::new_recovery_code_for(&dir, &keys)?;
            show_recovery_code(&dir, &code, "The old recovery code no longer works.")?;
        }
        Command::Unprotect { passphrase_file } => {
            let file = passphrase_file
                .as_deref()
                .or(cli.passphrase_file.as_deref());
            if !protect::is_protected(&dir)? {
                outln!("the record is not protected");
                return Ok(Some(ExitCode::SUCCESS));
            }
            let passphrase = vault::passphrase_from(file)?.ok_or_else(|| {
                Error::new(
                    ErrorKind::Locked,
                    format!(
                        "give the current passphrase with --passphrase-file FILE or {}",
                        vault::PASSPHRASE_ENV
                    ),
                )
            })?;
            let keys = vault::unlock(&dir, &passphrase)?;
            protect::unprotect(&dir, &keys)?;
            outln!("the record is no longer protected");
        }
        Command::ChangePassphrase {
            new_passphrase_file,
            recovery_code_file,
        } => {
            let keys = match recovery_code_file {
                Some(f) => {
                    let code = vault::passphrase_from(Some(f))?.unwrap_or_default();
                    vault::unlock_with_recovery_code(&dir, &code)?
                }
                None => keys(cli, &dir)?.ok_or_else(not_protected)?,
            };
            let new = vault::passphrase_from(Some(new_passphrase_file))?.unwrap_or_default();
            vault::change_passphrase(&dir, &keys, &new)?;
            outln!("the passphrase is changed");
        }
        Command::Protection { idle_minutes } => {
            let protected = protect::is_protected(&dir)?;
            match protect::interrupted(&dir) {
                Some(true) => eprintln!("note: turning protection on did not finish; the record is as it was before, not protected"),
                Some(false) => eprintln!("note: turning protection off did not finish; the record is as it was before, still protected"),
                None => {}
            }
            if !protected {
                outln!("not protected");
                return Ok(Some(ExitCode::SUCCESS));
            }
            if let Some(m) = idle_minutes {
                // Only someone who can unlock the record changes when it locks.
                keys(cli, &dir)?;
                vault::set_idle_minutes(&dir, *m)?;
            }
            outln!(
                "protected\tlocks after {} minute(s) without use",
                vault::idle_minutes(&dir)?
            );
        }
        Command::Language { code, system } => {
            if let Err(e) = dossier::settings::check(&dir) {
                eprintln!("note: {e}");
            }
            if *system {
                dossier::settings::set_language(&dir, None)?;
            } else if let Some(code) = code {
                let language = Language::parse("language", code)?;
                dossier::settings::set_language(&dir, Some(language))?;
            }
            let now = dossier::settings::language(&dir);
            let from = if now.chosen { "chosen" } else { "the system's" };
            outln!(
                "{}\t{}\t{from}",
                now.language.code(),
                now.language.own_name()
            );
        }
        _ => return Ok(None),
    }
    Ok(Some(ExitCode::SUCCESS))
}

/// The language asked for with `--language`, else the app's.
fn app_language(dir: &std::path::Path, asked: Option<&str>) -> Result<Language> {
    match asked {
        Some(code) => Language::parse("--language", code),
        None => Ok(dossier::settings::language(dir).language),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    if let Some(code) = protection(&cli)? {
        return Ok(code);
    }
    let mut store = open(&cli)?;
    let dir = dossier::data_dir(cli.data_dir.as_deref())?;
    match cli.command {
        Command::Patients => {
            for p in store.patients()? {
                outln!(
                    "{}\t{}\t{}\t{} dossier(s)",
                    p.id,
                    p.full_name,
                    p.date_of_birth.unwrap_or_default(),
                    p.dossiers
                );
            }
        }
        Command::List { patient } => {
            for d in store.dossiers(patient)? {
                outln!("{}\t{}\t{}", d.id, d.patient_name, d.title);
            }
        }
        Command::Show { id, json } => {
            let full = store.full_dossier(id)?;
            if json {
                let text = serde_json::to_string_pretty(&full)
                    .map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
                outln!("{text}");
            } else {
                print_dossier(&full)?;
            }
        }
        Command::AddPatient(p) => {
            let id = store.add_patient(&Patient {
                full_name: p.name,
                date_of_birth: p.dob,
                sex: p.sex,
                phone: p.phone,
                email: p.email,
                address: p.address,
                language: p.language,
                ..Patient::default()
            })?;
            outln!("{id}");
        }
        Command::NewDossier { patient_id, title } => {
            let id = store.create_dossier(
                patient_id,
                &Dossier {
                    title,
                    ..Dossier::default()
                },
            )?;
            outln!("{id}");
        }
        Command::AddDocument {
            id,
            files,
            title,
            kind,
            date,
            source,
        } => {
            let kind = kind
                .map(|k| DocumentKind::parse("--kind", &k))
                .transpose()?;
            let meta = Document {
                title: title.unwrap_or_default(),
                kind,
                date,
                source: source.unwrap_or_default(),
                include_in_export: true,
                ..Document::default()
            };
            let mut failed = 0;
            for file in &files {
                match store.add_document(id, file, &meta) {
                    Ok(doc) => outln!(
                        "{}\t{}\t{}\t{} bytes{}",
                        doc.id,
                        doc.title,
                        doc.media_type,
                        doc.size,
                        doc.page_count
                            .map(|n| format!(", {n} page(s)"))
                            .unwrap_or_default()
                    ),
                    Err(e) => {
                        errln!("dossier: {}", e.message);
                        failed += 1;
                    }
                }
            }
            if failed > 0 {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::ExportArchive {
            id,
            out,
            passphrase_file,
        } => {
            store.refuse_own_path(&out)?;
            let passphrase = vault::passphrase_from(passphrase_file.as_deref())?;
            if passphrase.is_some() && passphrase_file.is_none() {
                errln!(
                    "The file is encrypted with the passphrase in {}.",
                    vault::PASSPHRASE_ENV
                );
            }
            let done = archive::export_archive_sealed(&store, id, &out, passphrase.as_deref())?;
            outln!(
                "{}\t{} document(s)\t{} bytes",
                done.path.display(),
                done.documents,
                done.bytes
            );
        }
        Command::ImportArchive {
            file,
            as_new,
            attach,
            passphrase_file,
        } => {
            let passphrase = vault::passphrase_from(passphrase_file.as_deref())?;
            let mode = if as_new {
                ExistingPatient::AsNew
            } else if attach {
                ExistingPatient::Attach
            } else {
                ExistingPatient::Refuse
            };
            let done =
                archive::import_sealed_archive(&mut store, &file, mode, passphrase.as_deref())
                    .map_err(|mut e| {
                        if e.kind == ErrorKind::PatientExists {
                            e.message.push_str(" (use --as-new or --attach)");
                        }
                        e
                    })?;
            outln!(
                "{}\tdossier imported for patient {}, {} document(s)",
                done.dossier_id,
                done.patient_id,
                done.documents
            );
        }
        Command::ExportPdf {
            id,
            out,
            paper,
            email_size,
            exclude,
            password_file,
            language,
        } => {
            let mut opts = ExportOptions {
                email_size,
                language: pdf_language(&store, &dir, id, language.as_deref())?,
                password: password_file
                    .as_deref()
                    .map(Password::from_file)
                    .transpose()?,
                paper: match paper.as_str() {
                    "a4" | "A4" => Paper::A4,
                    "letter" | "Letter" => Paper::Letter,
                    other => {
                        return Err(Error::invalid(
                            "--paper",
                            format!("\"{other}\" is not a4 or letter"),
                        ))
                    }
                },
                ..ExportOptions::default()
            };
            let docs: Vec<i64> = store.items::<Document>(id)?.iter().map(|d| d.id).collect();
            for e in &exclude {
                if let Some(s) = Section::parse(e) {
                    opts.exclude_sections.insert(s);
                } else if let Some(doc) = e.parse::<i64>().ok().filter(|d| docs.contains(d)) {
                    opts.exclude_documents.insert(doc);
                } else {
                    let keys: Vec<&str> = Section::ALL.iter().map(|s| s.key()).collect();
                    return Err(Error::invalid(
                        "--exclude",
                        format!(
                            "\"{e}\" is neither a section ({}) nor a document ID of dossier {id}",
                            keys.join(", ")
                        ),
                    ));
                }
            }
            store.refuse_own_path(&out)?;
            let report = export_pdf(&store, id, &out, &opts)?;
            outln!("{}", report.path.display());
            outln!(
                "{} pages, {:.1} MB ({} bytes)",
                report.pages,
                report.bytes as f64 / 1e6,
                report.bytes
            );
            if report.over_email_limit {
                outln!("warning: over 20 MB, which many email services refuse; try --email-size");
            }
            if !report.missing_characters.is_empty() {
                let letters: Vec<String> = report
                    .missing_characters
                    .chars()
                    .map(|c| format!("U+{:04X}", c as u32))
                    .collect();
                outln!(
                    "warning: no font on this computer can draw {}; printed as \"?\" (install a font for that script)",
                    letters.join(", ")
                );
            }
            for n in &report.not_enclosed {
                outln!(
                    "not enclosed: document {} \"{}\": {}",
                    n.document_id,
                    n.title,
                    n.reason
                );
            }
            for n in &report.repaired {
                outln!(
                    "repaired: document {} \"{}\": {}",
                    n.document_id,
                    n.title,
                    n.reason
                );
            }
        }
        Command::SaveItem { id, section, file } => {
            let item = read_json(&file)?;
            outln!(
                "{}",
                dossier::sections::save_item(&store, &section, id, item)?
            );
        }
        Command::DeleteItem {
            id,
            section,
            item_id,
        } => dossier::sections::delete_item(&mut store, &section, id, item_id)?,
        Command::SaveAnswers { id, name, file } => {
            dossier::sections::save_answers(&store, &name, id, read_json(&file)?)?;
        }
        Command::NoneKnown { id, section, undo } => {
            let mut d = store.dossier(id)?;
            d.none_known.retain(|k| *k != section);
            if !undo {
                d.none_known.push(section);
            }
            store.update_dossier(&d)?;
        }
        Command::ImportRecords {
            id,
            files,
            dry_run,
            json,
            other_patient,
            language,
        } => {
            let words = dossier::i18n::Catalogue::of(app_language(&dir, language.as_deref())?);
            import_records(&store, id, &files, dry_run, json, other_patient, words)?
        }
        Command::SaveOpinion { id, file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
            let opinion: Opinion = serde_json::from_str(&text).map_err(|e| {
                Error::invalid(&file.display().to_string(), format!("not an opinion: {e}"))
            })?;
            store.save_opinion(id, &opinion)?;
        }
        Command::Suggestions { id, language } => {
            let language = app_language(&dir, language.as_deref())?;
            let guidance = dossier::guidance::for_dossier(&store, id, language)?;
            for q in guidance.suggestions {
                outln!("{}\t{}\t{}", q.id, q.category.key(), q.text);
            }
        }
        Command::AddSuggestion {
            id,
            question,
            language,
        } => {
            let language = app_language(&dir, language.as_deref())?;
            let new = dossier::guidance::add_suggestion(&store, id, &question, language)?;
            outln!("{new}");
        }
        Command::Compare { id, out, language } => {
            let language = pdf_language(&store, &dir, id, language.as_deref())?;
            store.refuse_own_path(&out)?;
            let pages = dossier::after::comparison_pdf(&store, id, &out, language)?;
            outln!("{}\n{pages} page(s)", out.display());
        }
        Command::RecordsRequest {
            id,
            out,
            to,
            records,
            from,
            until,
            send_to,
            language,
        } => {
            let language = pdf_language(&store, &dir, id, language.as_deref())?;
            let req = dossier::after::RecordsRequest {
                to,
                records: records.join("\n"),
                from,
                until,
                send_to,
            };
            store.refuse_own_path(&out)?;
            let pages = dossier::after::records_request_pdf(&store, id, &req, &out, language)?;
            outln!("{}\n{pages} page(s)", out.display());
        }
        Command::Check => {
            let report = dossier::check::check(&store)?;
            for p in &report.problems {
                outln!("{}\t{}", p.kind, p.detail);
            }
            outln!(
                "{} file(s) checked, {}",
                report.files_checked,
                if report.ok() {
                    "no problems"
                } else {
                    "PROBLEMS FOUND"
                }
            );
            if !report.ok() {
                return Ok(ExitCode::FAILURE);
            }
        }
        // Run by `protection` before the record is opened.
        Command::Protect { .. }
        | Command::Unprotect { .. }
        | Command::ChangePassphrase { .. }
        | Command::NewRecoveryCode
        | Command::Protection { .. }
        | Command::Language { .. } => {}
    }
    Ok(ExitCode::SUCCESS)
}

fn print_dossier(full: &dossier::model::FullDossier) -> Result<()> {
    let p = &full.patient;
    let d = &full.dossier;
    outln!("{} (ID {})", d.title, d.id);
    outln!(
        "Patient: {}{}",
        p.full_name,
        p.date_of_birth
            .as_deref()
            .map(|b| format!(", born {}", dossier::date::display_long(b)))
            .unwrap_or_default()
    );
    if !d.reasons.is_empty() {
        let r: Vec<String> = d.reasons.iter().map(|r| r.label()).collect();
        outln!("Reasons: {}", r.join("; "));
    }
    for dx in &full.diagnoses {
        let what = match dx.role {
            dossier::model::DiagnosisRole::Main => "Diagnosis",
            dossier::model::DiagnosisRole::Other => "Other condition",
        };
        let status = dx
            .status
            .map(|s| format!(" ({})", s.label().to_lowercase()))
            .unwrap_or_default();
        outln!("{what} {}: {} {}{status}", dx.id, dx.name, dx.code);
    }
    for o in &full.operations {
        outln!("Operation {}: {}", o.id, o.name);
    }
    for f in &full.family_history {
        outln!("Family history {}: {} {}", f.id, f.relative, f.condition);
    }
    for t in &full.treatments {
        outln!("Treatment: {}", t.name);
    }
    for doc in &full.documents {
        outln!(
            "Document {}: {} ({}{})",
            doc.id,
            doc.title,
            doc.kind
                .map(|k| k.label())
                .unwrap_or_else(|| "kind not set".into()),
            doc.date
                .as_deref()
                .map(|x| format!(", {}", dossier::date::display_long(x)))
                .unwrap_or_default()
        );
    }
    for (i, q) in full.questions.iter().enumerate() {
        outln!("Question {}: {}", i + 1, q.text);
    }
    Ok(())
}

/// The language asked for with `--language`, else the consultant's, else
/// the app's (as the window starts its choice).
fn pdf_language(
    store: &Store,
    dir: &std::path::Path,
    id: i64,
    asked: Option<&str>,
) -> dossier::Result<Language> {
    match asked {
        Some(code) => Language::parse("--language", code),
        None => Ok(store
            .dossier(id)?
            .consultant
            .language_or(dossier::settings::language(dir).language)),
    }
}
