// Small DOM helpers shared by the screens.

/** Creates an element: el('p', {class: 'hint'}, 'text', child...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

let uid = 0;
/** A unique element ID. */
export const newId = (prefix = 'f') => `${prefix}-${++uid}`;

/** A short-lived status message read out by screen readers. */
export function announce(text) {
  const box = document.getElementById('announce');
  if (box) box.textContent = text;
}
