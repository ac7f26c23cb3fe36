//! Opening a report never runs a program: viewer copies take their
//! extension from the bytes, only viewable types are marked for the system
//! viewer, and the copies live in an owner-only folder that is swept.

use dossier::model::*;
use dossier::Store;
use std::path::Path;

mod common;

fn add(store: &Store, dossier: i64, dir: &Path, name: &str, bytes: &[u8]) -> i64 {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    store
        .add_document(dossier, &path, &Document::default())
        .unwrap()
        .id
}

#[test]
fn a_received_file_named_like_a_program_opens_as_what_its_bytes_are() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(&data).unwrap();
    let d = common::empty_dossier(&store, "A", "T");
    let pdf = std::fs::read(&common::fixture_reports()[0]).unwrap();
    let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
    elf.extend([0u8, 1, 2, 3, 255, 254].repeat(50));
    let cases = [
        ("scan.exe", pdf.as_slice(), "pdf", true),
        ("scan.desktop", &elf[..], "bin", false),
        (
            "scan.bat",
            b"\xff\xfe\0\0not text at all\0\x01".as_slice(),
            "bin",
            false,
        ),
        ("scan.js", b"alert(1)\n".as_slice(), "txt", true),
    ];
    for (name, bytes, ext, viewable) in cases {
        let id = add(&store, d, dir.path(), name, bytes);
        let copy = dossier::viewer::copy_for_viewing(&store, &data, id).unwrap();
        let file = copy
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(file.ends_with(&format!(".{ext}")), "{name} became {file}");
        assert_eq!(file.matches('.').count(), 1, "{file}: one extension only");
        assert_eq!(copy.viewable, viewable, "{name}");
        assert_eq!(std::fs::read(&copy.path).unwrap(), bytes);
        assert!(copy.path.starts_with(data.join(dossier::viewer::VIEW_DIR)));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.join(dossier::viewer::VIEW_DIR))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700, "only the user can read viewer copies");
    }
    assert!(dossier::viewer::sweep(&data).unwrap() >= 3);
    assert_eq!(
        std::fs::read_dir(data.join(dossier::viewer::VIEW_DIR))
            .unwrap()
            .count(),
        0
    );
}
