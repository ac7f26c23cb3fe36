// Start screen: the people and dossiers in this record.
import * as api from './api.js';
import { dateInWords, count } from './format.js';

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function showError(err) {
  const box = document.getElementById('error');
  box.textContent = err && err.message ? err.message : String(err);
  box.hidden = false;
}

async function render() {
  const [patients, dossiers, info] = await Promise.all([
    api.listPatients(), api.listDossiers(), api.appInfo(),
  ]);
  const pBox = document.getElementById('patients');
  pBox.replaceChildren(patients.length
    ? el('ul', { class: 'cards', id: 'patient-list' }, ...patients.map((p) => el('li', { 'data-id': p.id },
      el('span', { class: 'title' }, p.full_name),
      el('span', {}, p.date_of_birth ? `, born ${dateInWords(p.date_of_birth)}` : ''),
      el('span', { class: 'hint' }, ` (${count(p.dossiers, 'dossier')})`))))
    : el('p', { class: 'empty' }, 'No one yet. People you add appear here.'));
  const dBox = document.getElementById('dossiers');
  dBox.replaceChildren(dossiers.length
    ? el('ul', { class: 'cards', id: 'dossier-list' }, ...dossiers.map((d) => el('li', { 'data-id': d.id },
      el('span', { class: 'title' }, d.title),
      el('span', {}, ` for ${d.patient_name}`),
      el('span', { class: 'hint' }, ` (${count(d.documents, 'report')})`))))
    : el('p', { class: 'empty' }, 'No dossiers yet. A dossier is started for one question that needs a second opinion.'));
  document.getElementById('data-dir').textContent = `Version ${info.version}. Your record is kept in ${info.data_dir}`;
}

render().catch(showError);
