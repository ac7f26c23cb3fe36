//! Hostile reports cost bounded memory and time: a PDF of 20,000 tiny
//! pages and flate bombs (in page content and in a scanned image, with
//! and without email size) are exported by the `dossier` tool in a child
//! process, whose peak memory (`VmHWM` of /proc/<pid>/status, read every
//! millisecond while it runs) and time are compared with those of a normal
//! export of a real report measured in the same test. (`getrusage` is no
//! use here: a spawned child's `ru_maxrss` counts the test process's own
//! peak from before the exec.)

mod common;
#[path = "common/hostile.rs"]
mod hostile;

use dossier::model::*;
use dossier::Store;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn vm_hwm(pid: u32) -> Option<i64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Runs the tool; returns its peak resident memory (KiB), its time and
/// what it printed. Gives up (failing) after two minutes.
fn measured(args: &[&str]) -> (i64, Duration, String) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    // Read the output on threads so that a full pipe never blocks it.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut s).ok();
        s
    });
    let mut peak = 0;
    let status = loop {
        if let Some(kb) = vm_hwm(pid) {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            child.kill().ok();
            child.wait().ok();
            panic!("the export of {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let took = started.elapsed();
    let text = out.join().unwrap() + &err.join().unwrap();
    assert!(status.success(), "{args:?} failed: {text}");
    assert!(peak > 0, "no memory figure for {args:?}");
    (peak, took, text)
}

fn store_with(dir: &Path, name: &str, bytes: &[u8]) -> i64 {
    let store = Store::open(&dir.join("data")).unwrap();
    let id = common::empty_dossier(&store, "Test Patient", "Memory");
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    store
        .add_document(
            id,
            &path,
            &Document {
                title: name.into(),
                include_in_export: true,
                ..Document::default()
            },
        )
        .unwrap();
    id
}

fn export(name: &str, bytes: &[u8], email: bool) -> (i64, Duration, String) {
    let dir = tempfile::tempdir().unwrap();
    let id = store_with(dir.path(), name, bytes);
    let data = dir.path().join("data");
    let out = dir.path().join("bundle.pdf");
    let id = id.to_string();
    let mut args = vec![
        "--data-dir",
        data.to_str().unwrap(),
        "export-pdf",
        &id,
        "--out",
        out.to_str().unwrap(),
    ];
    if email {
        args.push("--email-size");
    }
    let r = measured(&args);
    assert!(out.exists());
    r
}

#[test]
fn hostile_reports_cost_bounded_memory_and_time() {
    let real = common::fixture_reports()
        .into_iter()
        .find(|p| p.ends_with("lab-result-multiple-ranges.pdf"))
        .unwrap();
    let (normal_kb, normal_time, _) = export("report.pdf", &std::fs::read(real).unwrap(), false);
    let cases: Vec<(&str, Vec<u8>, bool, &str)> = vec![
        (
            "tiny-pages.pdf",
            hostile::tiny_pages(20_000),
            false,
            "pages",
        ),
        (
            "content-bomb.pdf",
            hostile::one_page(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R >>",
                hostile::stream("/Filter /FlateDecode", &hostile::flate_bomb(1 << 30)),
                vec![],
            ),
            false,
            "unpacks to more than",
        ),
        (
            "scan-bomb.pdf",
            hostile::image_bomb(7000, 7000, 1 << 30),
            true,
            "unpacks to more than",
        ),
        (
            "huge-photo.jpg",
            hostile::jpeg_claiming(60000, 60000),
            true,
            "60000 x 60000",
        ),
    ];
    let mut worst = (0i64, Duration::ZERO);
    for (name, bytes, email, why) in cases {
        let (kb, took, text) = export(name, &bytes, email);
        eprintln!(
            "{name}: peak {} MB in {took:?} (a normal export: {} MB in {normal_time:?})",
            kb / 1024,
            normal_kb / 1024
        );
        assert!(
            text.contains(name) || text.contains(why),
            "{name} named: {text}"
        );
        assert!(text.contains(why), "{name}: {text}");
        // Bounded: under three times what a normal export of a real report takes.
        assert!(
            kb < normal_kb * 3,
            "{name}: peak {kb} KiB against {normal_kb} KiB for a normal export"
        );
        assert!(
            took < normal_time * 20 + Duration::from_secs(5),
            "{name}: {took:?} against {normal_time:?} for a normal export"
        );
        worst = (worst.0.max(kb), worst.1.max(took));
    }
    eprintln!(
        "worst hostile file: peak {} MB, {:?}",
        worst.0 / 1024,
        worst.1
    );
}
