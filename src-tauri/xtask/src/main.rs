//! Project tasks: `cargo xtask run` opens the app, `cargo xtask test` runs
//! every check and test, `cargo xtask bench` runs the benchmarks. Each
//! installs what is missing first (Debian/Ubuntu packages with apt-get,
//! Rust components and tools with rustup and cargo) and says what it does.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Debian packages the app needs to build and run.
const APP_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libsoup-3.0-dev",
    "librsvg2-dev",
    "libxdo-dev",
    "libayatana-appindicator3-dev",
    "libssl-dev",
    "file",
];

/// Debian packages the tests need on top: a virtual display and the
/// WebKit WebDriver for end-to-end tests, and PDF tools to check exports.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "qpdf",
    "poppler-utils",
    "imagemagick",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run_app(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench(),
        _ => {
            eprintln!("usage: cargo xtask run [-- APP ARGS] | test | bench");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Res = Result<(), String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("xtask lives in src-tauri/xtask")
        .to_path_buf()
}

fn step(what: &str) {
    println!("==> {what}");
}

fn cmd(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root());
    c
}

fn status(mut c: Command) -> Res {
    let shown = format!("{c:?}");
    let s = c
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if s.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({s})"))
    }
}

fn cargo(args: &[&str]) -> Res {
    status(cmd(
        &std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        args,
    ))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn installed(pkg: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", pkg])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

/// Installs the Debian packages that are missing.
fn ensure_packages(packages: &[&str]) -> Res {
    if !Path::new("/usr/bin/dpkg-query").exists() {
        println!(
            "    not a Debian/Ubuntu system: install the equivalents of {packages:?} yourself"
        );
        return Ok(());
    }
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        println!("    system packages present");
        return Ok(());
    }
    step(&format!(
        "installing system packages: {}",
        missing.join(" ")
    ));
    let apt = |args: &[&str]| -> Res {
        let mut c = if is_root() {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        status(c)
    };
    apt(&["update", "-qq"])?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(&missing);
    apt(&args)
}

fn ensure_rust_components() -> Res {
    let ok = |args: &[&str]| {
        Command::new("cargo")
            .args(args)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    if !ok(&["fmt", "--version"]) || !ok(&["clippy", "--version"]) {
        step("installing rustfmt and clippy");
        status(cmd("rustup", &["component", "add", "rustfmt", "clippy"]))?;
    }
    Ok(())
}

fn run_app(extra: &[String]) -> Res {
    step("checking system packages for the app");
    ensure_packages(APP_PACKAGES)?;
    step("building and opening the app");
    let mut args = vec!["run", "--package", "second-opinion-dossier", "--"];
    args.extend(extra.iter().map(String::as_str).filter(|a| *a != "--"));
    cargo(&args)
}

fn test() -> Res {
    step("checking system packages for the app and the tests");
    let mut all = APP_PACKAGES.to_vec();
    all.extend(TEST_PACKAGES);
    if Command::new("node").arg("--version").output().is_err() {
        all.push("nodejs");
    }
    ensure_packages(&all)?;
    ensure_rust_components()?;
    step("cargo fmt --check");
    cargo(&["fmt", "--all", "--check"])?;
    step("cargo clippy (warnings are errors)");
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    step("cargo test");
    cargo(&["test", "--workspace"])?;
    step("UI unit tests (node --test)");
    status(cmd("node", &["--test", "tests/ui/"]))?;
    end_to_end()?;
    step("all checks and tests passed");
    Ok(())
}

/// Builds the app with the test-only dialog seam and drives it through
/// tauri-driver and WebKitWebDriver under a private Xvfb display.
fn end_to_end() -> Res {
    if Command::new("tauri-driver").arg("--help").output().is_err() {
        step("installing tauri-driver (cargo install tauri-driver --locked)");
        cargo(&["install", "tauri-driver", "--locked"])?;
        let bin =
            Path::new(&std::env::var("CARGO_HOME").unwrap_or_else(|_| {
                format!("{}/.cargo", std::env::var("HOME").unwrap_or_default())
            }))
            .join("bin");
        let path = std::env::var("PATH").unwrap_or_default();
        std::env::set_var("PATH", format!("{}:{path}", bin.display()));
    }
    step("building the app for end-to-end tests (with the e2e-seam feature)");
    cargo(&[
        "build",
        "--package",
        "second-opinion-dossier",
        "--features",
        "e2e-seam",
    ])?;
    cargo(&["build", "--package", "dossier", "--bin", "dossier"])?;
    let display = (90..140)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .ok_or("no free X display number for Xvfb")?;
    step(&format!("starting Xvfb on :{display}"));
    let mut xvfb = Command::new("Xvfb")
        .args([
            format!(":{display}").as_str(),
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
        ])
        .spawn()
        .map_err(|e| format!("could not start Xvfb (apt-get install xvfb): {e}"))?;
    std::thread::sleep(std::time::Duration::from_millis(800));
    step("end-to-end tests (node --test tests/e2e/)");
    let mut c = cmd("node", &["--test", "--test-concurrency=1", "tests/e2e/"]);
    c.env("DISPLAY", format!(":{display}"));
    c.env(
        "DOSSIER_APP",
        root().join("target/debug/second-opinion-dossier"),
    );
    c.env("DOSSIER_TOOL", root().join("target/debug/dossier"));
    c.env_remove("WEBKIT_DISABLE_COMPOSITING_MODE");
    let result = status(c);
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    let _ = Command::new("pkill")
        .args(["-f", "WebKitWebDriver"])
        .status();
    result
}

fn bench() -> Res {
    step("checking system packages");
    let mut all = APP_PACKAGES.to_vec();
    all.extend(["qpdf", "poppler-utils", "time", "python3-pip"]);
    ensure_packages(&all)?;
    if Command::new("img2pdf").arg("--version").output().is_err() {
        step("installing img2pdf (the reference for the bundle benchmark) with pip");
        let mut c = Command::new("python3");
        c.args(["-m", "pip", "install", "--quiet", "img2pdf"]);
        if status(c).is_err() {
            let mut c = Command::new("python3");
            c.args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--break-system-packages",
                "img2pdf",
            ]);
            status(c)?;
        }
    }
    step("benchmarks (release build)");
    cargo(&["bench", "--package", "dossier"])
}
