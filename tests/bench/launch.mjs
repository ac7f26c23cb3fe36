// Launch benchmark (run by `cargo xtask bench`, release builds, under Xvfb):
// time from launch to a dossier of 300 reports being usable in the app,
// against a bare Tauri window showing a static page, built the same way;
// then adding 50 files in one go, and the app's memory after that.
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Driver, startDriver } from '../e2e/webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const APP = join(root, 'target/release/second-opinion-dossier');
const BARE = join(root, 'target/release/examples/bare');
const TOOL = join(root, 'target/release/dossier');
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const dialog = join(work, 'dialog.txt');
const PORT = 5444 + (process.pid % 300);
const tool = (...a) => execFileSync(TOOL, ['--data-dir', join(work, 'data'), ...a]).toString().trim();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

function makeFiles(dir, count, prefix) {
  execFileSync('mkdir', ['-p', dir]);
  const base = readFileSync(join(root, 'tests/fixtures/reports/discharge-summary.pdf'));
  const files = [];
  for (let i = 0; i < count; i += 1) {
    const f = join(dir, `${prefix} ${String(i).padStart(3, '0')}.pdf`);
    writeFileSync(f, Buffer.concat([base, Buffer.from(`\n% copy ${prefix} ${i}\n`)]));
    files.push(f);
  }
  return files;
}

const p = tool('add-patient', '--name', 'Bench Patient', '--dob', '1950');
const id = tool('new-dossier', p, '--title', 'Three hundred reports');
tool('add-document', id, ...makeFiles(join(work, 'three-hundred'), 300, 'report'));
const driver = await startDriver(PORT, { ...process.env, DOSSIER_E2E_DIALOG: dialog });
const rounds = 5;
const app = [];
const bare = [];
try {
  for (let r = 0; r < rounds; r += 1) {
    let d = new Driver(PORT);
    let t = performance.now();
    await d.start(BARE, []);
    await d.find('h1');
    bare.push(performance.now() - t);
    await d.quit();

    d = new Driver(PORT);
    t = performance.now();
    await d.start(APP, ['--data-dir', join(work, 'data')]);
    await d.find('h1');
    await d.go(`#/d/${id}`);
    await d.find('.task-list');
    app.push(performance.now() - t);
    await d.quit();
  }
  const d = new Driver(PORT);
  await d.start(APP, ['--data-dir', join(work, 'data')]);
  await d.go(`#/d/${id}/s/documents`);
  await d.find('#add-documents');
  writeFileSync(dialog, makeFiles(join(work, 'fifty'), 50, 'new').join('\n'));
  const t = performance.now();
  await d.click('#add-documents');
  await d.findText('.add-result', 'Added 50 reports', 120000);
  const add50 = performance.now() - t;
  const pid = execFileSync('pgrep', ['-n', '-f', `${APP} --data-dir`]).toString().trim();
  const rss = (p2) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p2}/status`, 'utf8'))[1]) / 1024;
  const web = readdirSync('/proc').filter((x) => /^\d+$/.test(x)).filter((x) => {
    try { return readFileSync(`/proc/${x}/cmdline`, 'utf8').includes('WebKitWebProcess') && readFileSync(`/proc/${x}/status`, 'utf8').includes(`PPid:\t${pid}`); } catch { return false; }
  });
  console.log(`launch to a usable overview of 300 reports: app ${median(app).toFixed(0)} ms, bare Tauri window ${median(bare).toFixed(0)} ms, ratio ${(median(app) / median(bare)).toFixed(2)} (aim <= 1.5; medians of ${rounds}, WebDriver session start included in both)`);
  console.log(`adding 50 report files in one go: ${(add50 / 1000).toFixed(2)} s`);
  console.log(`memory after that: app process ${rss(pid).toFixed(0)} MB, its web view ${web.map((w) => `${rss(w).toFixed(0)} MB`).join(' + ') || 'n/a'}`);
  await d.quit();
} finally {
  driver.proc.kill();
}
