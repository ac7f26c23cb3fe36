// Checks the end-to-end tests run on every main screen: axe-core's
// accessibility rules, a focus ring that can be seen on every control
// reached with Tab, and a layout that fits the window.
import { readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const AXE = readFileSync(join(root, 'tests/node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the current screen: [{id, help, nodes}]. */
export async function axeViolations(d) {
  const loaded = await d.exec('return typeof window.axe !== "undefined"');
  if (!loaded) await d.exec(`${AXE}; return true;`);
  const result = await d.execAsync(`const done = arguments[arguments.length - 1];
    window.axe.run(document, { resultTypes: ['violations'] })
      .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })))))
      .catch((e) => done(JSON.stringify([{ id: 'axe-error', help: String(e), nodes: [] }])));`);
  return JSON.parse(result);
}

/**
 * Tabs through the screen (up to `max` stops) and returns the controls whose
 * focus ring is missing or has less than 3:1 contrast against the colour
 * behind it.
 */
export async function weakFocusRings(d, max = 40) {
  await d.exec('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);');
  const TAB = '\uE004';
  const weak = [];
  const seen = new Set();
  for (let i = 0; i < max; i += 1) {
    await d.keys(TAB);
    const r = JSON.parse(await d.exec(`
      const a = document.activeElement;
      if (!a || a === document.body) return JSON.stringify(null);
      const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
      const ratio = (x, y) => { const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p); return (l1 + 0.05) / (l2 + 0.05); };
      let bgEl = a.parentElement; let bg = [255, 255, 255];
      while (bgEl) { const c = rgb(getComputedStyle(bgEl).backgroundColor); if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) { bg = c.slice(0, 3); break; } bgEl = bgEl.parentElement; }
      const s = getComputedStyle(a);
      const width = parseFloat(s.outlineWidth) || 0;
      const shown = s.outlineStyle !== 'none' && width >= 2;
      const contrast = shown ? ratio(rgb(s.outlineColor), bg) : 0;
      const name = (a.id ? '#' + a.id : a.tagName.toLowerCase()) + ' ' + (a.innerText || a.value || a.name || '').slice(0, 30);
      return JSON.stringify({ name, shown, contrast: Math.round(contrast * 10) / 10 });`));
    if (!r) continue;
    if (seen.has(r.name)) break;
    seen.add(r.name);
    if (!r.shown || r.contrast < 3) weak.push(r);
  }
  return weak;
}
