//! The integrity check behind `dossier check`: the database's own checks,
//! every report file a row names present with the bytes its hash says, and
//! no report file that no row names.

use crate::error::Result;
use crate::store::Store;
use serde::Serialize;

/// One thing found wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    /// `database`, `missing`, `changed` or `unused`.
    pub kind: &'static str,
    pub detail: String,
}

/// What the check found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub files_checked: usize,
    pub problems: Vec<Problem>,
}

impl Report {
    /// True when nothing is wrong. A file no row uses is a problem too: the
    /// store never leaves one, so one means something went wrong.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks the database and every report file.
pub fn check(store: &Store) -> Result<Report> {
    let mut problems: Vec<Problem> = store
        .database_problems()?
        .into_iter()
        .map(|detail| Problem {
            kind: "database",
            detail,
        })
        .collect();
    let referenced = store.referenced_files()?;
    let files = store.files();
    for (sha, _) in &referenced {
        let path = files.path_of(sha);
        if !path.is_file() {
            problems.push(Problem {
                kind: "missing",
                detail: format!("{} is missing", path.display()),
            });
        } else if files.hash_of(sha).ok().as_ref() != Some(sha) {
            problems.push(Problem {
                kind: "changed",
                detail: format!("{} has changed since it was added", path.display()),
            });
        }
    }
    let known: std::collections::HashSet<&str> =
        referenced.iter().map(|(s, _)| s.as_str()).collect();
    for sha in files.list()? {
        if !known.contains(sha.as_str()) {
            problems.push(Problem {
                kind: "unused",
                detail: format!(
                    "{} is not used by any document",
                    files.path_of(&sha).display()
                ),
            });
        }
    }
    Ok(Report {
        files_checked: referenced.len(),
        problems,
    })
}
