// A small WebDriver client for the end-to-end tests: enough to start the
// app through tauri-driver, find elements, click, type, read text and take
// screenshots. No dependencies beyond Node's fetch.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Driver {
  constructor(port) {
    this.base = `http://127.0.0.1:${port}`;
    this.session = null;
  }

  async cmd(method, path, body) {
    const url = this.session ? `${this.base}/session/${this.session}${path}` : `${this.base}${path}`;
    const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const err = new Error(`${method} ${path}: ${json.value?.message || res.status}`);
      err.webdriver = json.value?.error;
      throw err;
    }
    return json.value;
  }

  /** Starts the app binary with these arguments. */
  async start(application, args = []) {
    const res = await fetch(`${this.base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: { 'tauri:options': { application, args } } } }),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`could not start the app: ${JSON.stringify(json)}`);
    this.session = json.value.sessionId;
  }

  async quit() {
    if (!this.session) return;
    try { await this.cmd('DELETE', ''); } catch { /* already gone */ }
    this.session = null;
  }

  /** Waits until `fn` returns a truthy value (or throws after `ms`). */
  async until(fn, what, ms = 15000) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      try {
        const v = await fn();
        if (v) return v;
      } catch (e) { last = e; }
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
  }

  async find(css, ms = 15000) {
    return this.until(async () => {
      const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
      return v[ELEMENT];
    }, css, ms);
  }

  async findAll(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return v.map((e) => e[ELEMENT]);
  }

  /** The element whose text contains `text` among those matching `css`. */
  async findText(css, text, ms = 15000) {
    return this.until(async () => {
      for (const id of await this.findAll(css)) {
        if ((await this.cmd('GET', `/element/${id}/text`)).includes(text)) return id;
      }
      return null;
    }, `${css} with "${text}"`, ms);
  }

  /** Clicks the element; if the screen was redrawn between finding and
   * clicking it (a stale element), finds it again once. */
  async click(css) {
    try {
      await this.cmd('POST', `/element/${await this.find(css)}/click`, {});
    } catch (e) {
      if (e.webdriver !== 'stale element reference' && !/: 404$/.test(e.message)) throw e;
      await this.cmd('POST', `/element/${await this.find(css)}/click`, {});
    }
  }
  async clickText(css, text) { await this.cmd('POST', `/element/${await this.findText(css, text)}/click`, {}); }
  async clickId(id) { await this.cmd('POST', `/element/${id}/click`, {}); }

  async type(css, text) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/clear`, {});
    if (text !== '') await this.cmd('POST', `/element/${id}/value`, { text });
  }

  /** Types into the element that has the focus. */
  async keys(text) {
    const actions = [...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  async text(css) {
    return this.until(async () => {
      const t = await this.cmd('GET', `/element/${await this.find(css)}/text`);
      return t === '' ? ' ' : t;
    }, `the text of ${css}`);
  }
  async exec(script, args = []) { return this.cmd('POST', '/execute/sync', { script, args }); }
  /** Runs an async script: it calls its last argument with the result. */
  async execAsync(script, args = []) { return this.cmd('POST', '/execute/async', { script, args }); }
  async hash() { return this.exec('return location.hash'); }
  async go(hash) { await this.exec('location.hash = arguments[0]', [hash]); }
  async activeText() { return this.exec('const a = document.activeElement; return a ? (a.innerText || a.value || a.getAttribute("aria-label") || a.id || a.tagName) : ""'); }

  async screenshot(file) {
    const png = await this.cmd('GET', '/screenshot');
    mkdirSync(file.replace(/\/[^/]*$/, ''), { recursive: true });
    writeFileSync(file, Buffer.from(png, 'base64'));
  }

  /**
   * Resizes the window and waits until the page itself reports the new
   * width and has laid out again, so media queries have applied.
   */
  async setSize(width, height) {
    await this.cmd('POST', '/window/rect', { width, height });
    const end = Date.now() + 10000;
    for (;;) {
      const seen = await this.execAsync(
        'const done = arguments[arguments.length - 1];'
        + 'requestAnimationFrame(() => requestAnimationFrame(() => done(window.outerWidth)));',
      );
      if (Math.abs(seen - width) <= 2) return;
      if (Date.now() > end) throw new Error(`the window stayed ${seen}px wide, not ${width}px`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts tauri-driver on a port; resolves when it answers. */
export async function startDriver(port, env) {
  // Its own port for the native driver too, so another run on this machine never answers.
  const proc = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1000)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const end = Date.now() + 20000;
  while (Date.now() < end) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok || r.status) return { proc, log: () => log };
    } catch { /* not yet */ }
    if (proc.exitCode !== null) break;
    await sleep(200);
  }
  proc.kill();
  throw new Error(`tauri-driver did not start (is it installed? cargo install tauri-driver --locked): ${log}`);
}
