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
/// WebKit WebDriver for end-to-end tests, PDF tools to check exports, fonts
/// for the scripts the bundle is tested in (Arabic, Hebrew, Indic, Thai,
/// Chinese, Japanese, Korean) and pango's renderer to compare pages with.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "x11-utils",
    "rpm",
    "webkit2gtk-driver",
    "qpdf",
    "poppler-utils",
    "imagemagick",
    "fonts-noto-core",
    "fonts-noto-cjk",
    "pango1.0-tools",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run_app(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench(),
        Some("icons") => icons(),
        Some("installers") => installers(),
        _ => {
            eprintln!("usage: cargo xtask run [-- APP ARGS] | test | bench | icons | installers");
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
    if Command::new("npm").arg("--version").output().is_err() {
        all.push("npm");
    }
    ensure_packages(&all)?;
    ensure_rust_components()?;
    step("JavaScript tools for the tests (npm ci in tests/: ESLint, axe-core)");
    status(cmd(
        "npm",
        &["ci", "--prefix", "tests", "--no-audit", "--no-fund"],
    ))?;
    step("ESLint over ui/ and tests/");
    status(cmd(
        "tests/node_modules/.bin/eslint",
        &[
            "--config",
            "tests/eslint.config.mjs",
            "--max-warnings",
            "0",
            "ui",
            "tests",
        ],
    ))?;
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
    let mut passed = counted(cmd(
        &std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        &["test", "--workspace"],
    ))?;
    step("UI unit tests (node --test)");
    passed += counted(cmd("node", &["--test", "tests/ui/"]))?;
    passed += end_to_end()?;
    installers()?;
    passed += 1;
    step("all checks and tests passed");
    println!("tests: {passed} passed, 0 failed");
    Ok(())
}

/// Runs a test command, echoing its output, and counts the tests it passed
/// (cargo's "test result" lines and node's "# pass" lines).
fn counted(mut c: Command) -> Result<usize, String> {
    use std::io::{BufRead, BufReader};
    let shown = format!("{c:?}");
    let mut child = c
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    let mut passed = 0;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(rest) = line.strip_prefix("test result: ok. ") {
                passed += rest
                    .split(' ')
                    .next()
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(0);
            } else if let Some(n) = line.strip_prefix("# pass ") {
                passed += n.trim().parse::<usize>().unwrap_or(0);
            }
        }
    }
    let s = child.wait().map_err(|e| e.to_string())?;
    if !s.success() {
        return Err(format!("{shown} failed ({s})"));
    }
    Ok(passed)
}

/// Builds the app with the test-only dialog seam and drives it through
/// tauri-driver and WebKitWebDriver under a private Xvfb display.
fn end_to_end() -> Result<usize, String> {
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
    let (mut xvfb, display) = xvfb(90)?;
    step(&format!("Xvfb on {display}"));
    step("end-to-end tests (node --test tests/e2e/)");
    let mut c = cmd("node", &["--test", "--test-concurrency=1", "tests/e2e/"]);
    c.env("DISPLAY", &display);
    c.env(
        "DOSSIER_APP",
        root().join("target/debug/second-opinion-dossier"),
    );
    c.env("DOSSIER_TOOL", root().join("target/debug/dossier"));
    c.env_remove("WEBKIT_DISABLE_COMPOSITING_MODE");
    let result = counted(c);
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
    cargo(&["bench", "--package", "dossier"])?;
    step("launch benchmark: release builds of the app and of a bare Tauri window");
    let mut all = vec!["xvfb", "webkit2gtk-driver"];
    all.extend(APP_PACKAGES);
    ensure_packages(&all)?;
    cargo(&[
        "build",
        "--release",
        "--package",
        "dossier",
        "--bin",
        "dossier",
    ])?;
    cargo(&[
        "build",
        "--release",
        "--package",
        "second-opinion-dossier",
        "--features",
        "e2e-seam",
        "--example",
        "bare",
        "--bin",
        "second-opinion-dossier",
    ])?;
    let (mut xvfb, display) = xvfb(190)?;
    let mut c = cmd("node", &["tests/bench/launch.mjs"]);
    c.env("DISPLAY", &display);
    let result = status(c);
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    result
}

/// Makes every icon size and format from `icons/icon.svg`.
fn icons() -> Res {
    ensure_packages(&["librsvg2-bin", "imagemagick"])?;
    let dir = root().join("icons");
    let svg = dir.join("icon.svg");
    let render = |size: u32, out: &str| -> Res {
        let mut c = Command::new("rsvg-convert");
        c.args(["-w", &size.to_string(), "-h", &size.to_string()])
            .arg(&svg)
            .arg("-o")
            .arg(dir.join(out));
        status(c)
    };
    step("rendering icons/icon.svg to every size");
    for (size, name) in [
        (32, "32x32.png"),
        (128, "128x128.png"),
        (256, "128x128@2x.png"),
        (256, "256x256.png"),
        (512, "512x512.png"),
        (512, "icon.png"),
    ] {
        render(size, name)?;
    }
    let tmp = std::env::temp_dir().join("dossier-icons");
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let mut ico = Command::new(if Path::new("/usr/bin/convert").exists() {
        "/usr/bin/convert"
    } else {
        "convert"
    });
    for size in [16, 24, 32, 48, 64, 256] {
        let png = tmp.join(format!("{size}.png"));
        let mut c = Command::new("rsvg-convert");
        c.args(["-w", &size.to_string(), "-h", &size.to_string()])
            .arg(&svg)
            .arg("-o")
            .arg(&png);
        status(c)?;
        ico.arg(&png);
    }
    ico.arg(dir.join("icon.ico"));
    status(ico)?;
    // icon.icns: PNG entries of 128, 256 and 512 pixels.
    let mut body = Vec::new();
    for (tag, name) in [
        (b"ic07", "128x128.png"),
        (b"ic08", "256x256.png"),
        (b"ic09", "512x512.png"),
    ] {
        let data = std::fs::read(dir.join(name)).map_err(|e| e.to_string())?;
        body.extend_from_slice(tag);
        body.extend_from_slice(&((data.len() + 8) as u32).to_be_bytes());
        body.extend_from_slice(&data);
    }
    let mut icns = b"icns".to_vec();
    icns.extend_from_slice(&((body.len() + 8) as u32).to_be_bytes());
    icns.extend_from_slice(&body);
    std::fs::write(dir.join("icon.icns"), icns).map_err(|e| e.to_string())?;
    Ok(())
}

/// Builds the .deb and .rpm, unpacks the .deb into a scratch root, and
/// checks that the installed app shows its window under Xvfb and that the
/// installed `dossier` tool runs and reports the app's version.
fn installers() -> Res {
    let mut all = APP_PACKAGES.to_vec();
    all.extend(["xvfb", "x11-utils", "rpm"]);
    ensure_packages(&all)?;
    let has_cli = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["tauri", "--version"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !has_cli {
        step("installing the Tauri command-line tool (cargo install tauri-cli --locked)");
        cargo(&["install", "tauri-cli", "--version", "^2", "--locked"])?;
    }
    step("building the dossier tool to ship with the installers");
    cargo(&["build", "--package", "dossier", "--bin", "dossier"])?;
    let extra = root().join("target/bundle-extra");
    std::fs::create_dir_all(&extra).map_err(|e| e.to_string())?;
    std::fs::copy(root().join("target/debug/dossier"), extra.join("dossier"))
        .map_err(|e| e.to_string())?;
    step("building the .deb and .rpm (cargo tauri build --debug --bundles deb rpm)");
    cargo(&[
        "tauri",
        "build",
        "--debug",
        "--bundles",
        "deb",
        "rpm",
        "--config",
        "src-tauri/tauri.bundle.json",
    ])?;
    let bundle = root().join("target/debug/bundle");
    let find = |kind: &str| -> Result<PathBuf, String> {
        std::fs::read_dir(bundle.join(kind))
            .map_err(|e| format!("{}: {e}", bundle.join(kind).display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().map(|x| x == kind).unwrap_or(false))
            .ok_or_else(|| format!("no .{kind} was built"))
    };
    let deb = find("deb")?;
    let rpm = find("rpm")?;
    let scratch = std::env::temp_dir().join(format!("dossier-install-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    step(&format!(
        "installing {} into {}",
        deb.display(),
        scratch.display()
    ));
    let mut x = Command::new("dpkg-deb");
    x.arg("-x").arg(&deb).arg(&scratch);
    status(x)?;
    let app = scratch.join("usr/bin/second-opinion-dossier");
    let tool = scratch.join("usr/bin/dossier");
    let desktop = std::fs::read_dir(scratch.join("usr/share/applications"))
        .map_err(|e| format!("no desktop entry in the .deb: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().map(|x| x == "desktop").unwrap_or(false))
        .ok_or("no desktop entry in the .deb")?;
    let entry = std::fs::read_to_string(&desktop).map_err(|e| e.to_string())?;
    for want in [
        "Name=Second Opinion Dossier",
        "Categories=",
        "Icon=",
        "MimeType=application/x-second-opinion-dossier",
        " %F",
    ] {
        if !entry.contains(want) {
            return Err(format!("{}: has no {want}:\n{entry}", desktop.display()));
        }
    }
    let mime = scratch.join("usr/share/mime/packages/second-opinion-dossier.xml");
    if !std::fs::read_to_string(&mime)
        .map(|m| m.contains("*.dossier"))
        .unwrap_or(false)
    {
        return Err(format!(
            "{}: the .dossier file type is not declared",
            mime.display()
        ));
    }
    if !scratch.join("usr/share/icons/hicolor").is_dir() {
        return Err("the .deb installs no icons".into());
    }
    let version = Command::new(&tool)
        .arg("--version")
        .output()
        .map_err(|e| format!("{}: {e}", tool.display()))?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    if version != format!("dossier {}", env!("CARGO_PKG_VERSION")) {
        return Err(format!(
            "the installed dossier tool says {version:?}, not the app's version {}",
            env!("CARGO_PKG_VERSION")
        ));
    }
    println!("    installed dossier tool: {version}");
    let (mut xvfb, display) = xvfb(140)?;
    let data = scratch.join("data");
    let mut running = Command::new(&app)
        .arg("--data-dir")
        .arg(&data)
        .env("DISPLAY", &display)
        .spawn()
        .map_err(|e| format!("{}: {e}", app.display()))?;
    let mut shown = false;
    for _ in 0..60 {
        std::thread::sleep(std::time::Duration::from_millis(500));
        let tree = Command::new("xwininfo")
            .args(["-root", "-tree"])
            .env("DISPLAY", &display)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        if tree.contains("\"Second Opinion Dossier\"") {
            shown = true;
            break;
        }
    }
    let _ = running.kill();
    let _ = running.wait();
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    if !shown {
        return Err("the installed app did not show its window within 30 seconds".into());
    }
    println!("    the installed app showed its window");
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
    println!(
        "    sizes: .deb {:.1} MB, .rpm {:.1} MB, app binary (debug) {:.1} MB",
        size(&deb),
        size(&rpm),
        size(&app)
    );
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

/// Starts a private Xvfb display numbered from `from`; returns it and its
/// display name.
fn xvfb(from: u32) -> Result<(std::process::Child, String), String> {
    let n = (from..from + 50)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .ok_or("no free X display number for Xvfb")?;
    let display = format!(":{n}");
    let child = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
        ])
        .spawn()
        .map_err(|e| format!("could not start Xvfb (apt-get install xvfb): {e}"))?;
    std::thread::sleep(std::time::Duration::from_millis(800));
    Ok((child, display))
}
