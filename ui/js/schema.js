// What each section of a dossier holds, in the words the app shows.
//
// The words come from the catalogue, which is loaded after this module is
// imported: nothing here calls t() when the module is read. SECTIONS is
// built by buildSections() (called by the start code once the catalogue is
// loaded, and again here on first use, or when the language changed); the
// other lists read their words through getters, when a screen is drawn.
import { t, dateInWords, number, language, has } from './i18n.js';

/** "From ccd.xml": the file an item was brought in from. */
const from = (x) => (x.imported_from ? t('schema-from-file', { file: x.imported_from }) : '');

/** A value as the lab gave it; a plain decimal number as the language writes it. */
const value = (v) => (/^[<>≤≥]?\s*-?\d+\.\d+$/.test(String(v ?? '').trim()) ? number(String(v).trim()) : v);

/** The fields of each list section, in the catalogue's words. */
function sectionsInWords() {
  const notes = () => ({ key: 'notes', label: t('schema-field-notes'), type: 'textarea' });
  const role = () => ({ key: 'role', label: t('schema-field-condition-role'), type: 'select', vocab: 'diagnosis_roles', none: false });
  const status = () => ({ key: 'status', label: t('schema-field-how-sure'), type: 'select', vocab: 'diagnosis_statuses' });
  const facility = () => ({ key: 'facility', label: t('schema-field-where-hospital') });
  return {
    diagnoses: {
      title: t('schema-diagnoses-title'),
      heading: t('schema-diagnoses-heading'),
      lead: t('schema-diagnoses-lead'),
      add: t('schema-diagnoses-add'),
      empty: t('schema-diagnoses-empty'),
      required: 'name',
      requiredMessage: t('schema-diagnoses-required'),
      fields: [
        { key: 'name', label: t('schema-diagnoses-name'), hint: t('schema-diagnoses-name-hint') },
        { key: 'code', label: t('schema-diagnoses-code'), hint: t('schema-diagnoses-code-hint') },
        status(),
        { key: 'diagnosed_on', label: t('schema-field-when'), type: 'date' },
        { key: 'diagnosed_by', label: t('schema-diagnoses-by') },
        facility(),
        notes(),
        role(),
      ],
      summary: (x, v) => [x.name, x.code, v.label('diagnosis_statuses', x.status), from(x)],
      only: (x) => x.role !== 'other',
    },
    other_conditions: {
      from: 'diagnoses',
      defaults: { role: 'other' },
      only: (x) => x.role === 'other',
      title: t('schema-other-conditions-title'),
      heading: t('schema-other-conditions-heading'),
      lead: t('schema-other-conditions-lead'),
      add: t('schema-other-conditions-add'),
      empty: t('schema-other-conditions-empty'),
      required: 'name',
      requiredMessage: t('schema-other-conditions-required'),
      fields: [
        { key: 'name', label: t('schema-other-conditions-name'), hint: t('schema-other-conditions-name-hint') },
        { key: 'diagnosed_on', label: t('schema-other-conditions-since'), type: 'date' },
        status(),
        { key: 'notes', label: t('schema-other-conditions-notes'), type: 'textarea' },
        role(),
      ],
      summary: (x, v) => [x.name, x.diagnosed_on ? t('schema-since', { date: dateInWords(x.diagnosed_on) }) : '', v.label('diagnosis_statuses', x.status), x.notes, from(x)],
    },
    results: {
      title: t('schema-results-title'),
      heading: t('schema-results-heading'),
      lead: t('schema-results-lead'),
      add: t('schema-results-add'),
      empty: t('schema-results-empty'),
      required: 'test',
      requiredMessage: t('schema-results-required'),
      fields: [
        { key: 'test', label: t('schema-results-test') },
        { key: 'value', label: t('schema-results-value') },
        { key: 'unit', label: t('schema-results-unit') },
        { key: 'reference_range', label: t('schema-results-range') },
        { key: 'flag', label: t('schema-results-flag') },
        { key: 'date', label: t('schema-field-date'), type: 'date' },
        notes(),
      ],
      summary: (x) => [x.test, [value(x.value), x.unit].filter(Boolean).join(' '), x.flag, x.date ? dateInWords(x.date) : '', from(x)],
    },
    operations: {
      title: t('schema-operations-title'),
      heading: t('schema-operations-heading'),
      lead: t('schema-operations-lead'),
      add: t('schema-operations-add'),
      empty: t('schema-none-listed'),
      required: 'name',
      requiredMessage: t('schema-operations-required'),
      fields: [
        { key: 'name', label: t('schema-operations-name'), hint: t('schema-operations-name-hint') },
        { key: 'date', label: t('schema-field-when'), type: 'date' },
        facility(),
        notes(),
      ],
      summary: (x) => [x.name, x.date ? dateInWords(x.date) : '', x.facility],
    },
    family_history: {
      title: t('schema-family-title'),
      heading: t('schema-family-heading'),
      lead: t('schema-family-lead'),
      add: t('schema-family-add'),
      empty: t('schema-none-listed'),
      required: 'condition',
      requiredMessage: t('schema-family-required'),
      fields: [
        { key: 'relative', label: t('schema-family-relative'), hint: t('schema-family-relative-hint') },
        { key: 'condition', label: t('schema-family-condition') },
        { key: 'age_at_onset', label: t('schema-family-age'), type: 'select', numeric: true, none: t('schema-not-known'), options: Array.from({ length: 121 }, (_, i) => ({ key: i, label: String(i) })) },
        notes(),
      ],
      summary: (x) => [x.condition, x.relative, x.age_at_onset != null ? t('schema-from-age', { age: Number(x.age_at_onset) }) : ''],
    },
    treatments: {
      title: t('schema-treatments-title'),
      heading: t('schema-treatments-heading'),
      lead: t('schema-treatments-lead'),
      add: t('schema-treatments-add'),
      empty: t('schema-treatments-empty'),
      required: 'name',
      requiredMessage: t('schema-treatments-required'),
      fields: [
        { key: 'name', label: t('schema-treatments-name'), hint: t('schema-treatments-name-hint') },
        { key: 'recommended_by', label: t('schema-treatments-recommended-by') },
        { key: 'status', label: t('schema-treatments-status'), type: 'select', vocab: 'treatment_statuses' },
        { key: 'benefits', label: t('schema-treatments-benefits'), type: 'textarea' },
        { key: 'risks', label: t('schema-treatments-risks'), type: 'textarea' },
        { key: 'costs', label: t('schema-treatments-costs'), type: 'textarea' },
        { key: 'alternatives', label: t('schema-treatments-alternatives'), type: 'textarea' },
        notes(),
      ],
      summary: (x, v) => [x.name, v.label('treatment_statuses', x.status)],
    },
    medications: {
      title: t('schema-medications-title'),
      heading: t('schema-medications-heading'),
      lead: t('schema-medications-lead'),
      add: t('schema-medications-add'),
      empty: t('schema-medications-empty'),
      required: 'name',
      requiredMessage: t('schema-medications-required'),
      fields: [
        { key: 'name', label: t('schema-medications-name') },
        { key: 'dose', label: t('schema-medications-dose'), hint: t('schema-medications-dose-hint') },
        { key: 'frequency', label: t('schema-medications-frequency') },
        { key: 'started_on', label: t('schema-medications-started'), type: 'date' },
        { key: 'stopped_on', label: t('schema-medications-stopped'), type: 'date' },
        { key: 'reason', label: t('schema-medications-reason') },
      ],
      summary: (x) => [x.name, x.dose, x.frequency, x.stopped_on ? t('schema-stopped-on', { date: dateInWords(x.stopped_on) }) : '', from(x)],
    },
    allergies: {
      title: t('schema-allergies-title'),
      heading: t('schema-allergies-heading'),
      lead: t('schema-allergies-lead'),
      add: t('schema-allergies-add'),
      empty: t('schema-allergies-empty'),
      required: 'substance',
      requiredMessage: t('schema-allergies-required'),
      fields: [
        { key: 'substance', label: t('schema-allergies-substance') },
        { key: 'reaction', label: t('schema-allergies-reaction') },
        { key: 'severity', label: t('schema-allergies-severity'), type: 'select', vocab: 'severities' },
      ],
      summary: (x, v) => [x.substance, x.reaction, v.label('severities', x.severity), from(x)],
    },
    clinicians: {
      title: t('schema-clinicians-title'),
      heading: t('schema-clinicians-heading'),
      lead: t('schema-clinicians-lead'),
      add: t('schema-clinicians-add'),
      empty: t('schema-clinicians-empty'),
      required: 'name',
      requiredMessage: t('schema-clinicians-required'),
      fields: [
        { key: 'name', label: t('schema-clinicians-name') },
        { key: 'role', label: t('schema-clinicians-role'), hint: t('schema-clinicians-role-hint') },
        { key: 'specialty', label: t('schema-clinicians-specialty') },
        { key: 'institution', label: t('schema-clinicians-institution') },
        { key: 'phone', label: t('schema-field-phone'), type: 'tel' },
        { key: 'email', label: t('schema-field-email'), type: 'email' },
      ],
      summary: (x) => [x.name, x.role, x.institution, from(x)],
    },
    events: {
      title: t('schema-events-title'),
      heading: t('schema-events-title'),
      lead: t('schema-events-lead'),
      add: t('schema-events-add'),
      empty: t('schema-events-empty'),
      required: 'title',
      requiredMessage: t('schema-events-required'),
      fields: [
        { key: 'date', label: t('schema-field-when'), type: 'date' },
        { key: 'title', label: t('schema-events-what') },
        { key: 'details', label: t('schema-events-details'), type: 'textarea' },
      ],
      summary: (x) => [x.title, from(x)],
    },
    documents: {
      title: t('schema-documents-title'),
      heading: t('schema-documents-heading'),
      lead: t('schema-documents-lead'),
      add: t('schema-documents-add'),
      empty: t('schema-documents-empty'),
      required: 'title',
      requiredMessage: t('schema-documents-required'),
      fields: [
        { key: 'title', label: t('schema-documents-field-title') },
        { key: 'kind', label: t('schema-documents-kind'), type: 'select', vocab: 'document_kinds' },
        { key: 'date', label: t('schema-documents-date'), type: 'date' },
        { key: 'source', label: t('schema-documents-source') },
        { key: 'include_in_export', label: t('schema-documents-include'), type: 'checkbox' },
        notes(),
      ],
      summary: (x, v) => [x.title, v.label('document_kinds', x.kind) || t('schema-documents-kind-not-set'), x.date ? t('schema-documents-dated', { date: dateInWords(x.date) }) : t('schema-documents-date-not-given')],
    },
    questions: {
      title: t('schema-questions-title'),
      heading: t('schema-questions-heading'),
      lead: t('schema-questions-lead'),
      add: t('schema-questions-add'),
      empty: t('schema-questions-empty'),
      required: 'text',
      requiredMessage: t('schema-questions-required'),
      ordered: true,
      fields: [
        { key: 'text', label: t('schema-questions-question'), type: 'textarea' },
        { key: 'category', label: t('schema-questions-category'), type: 'select', vocab: 'question_categories' },
        { key: 'answer', label: t('schema-questions-answer'), type: 'textarea' },
      ],
      summary: (x, v) => [x.text, v.label('question_categories', x.category), x.source && x.source !== 'own' ? t('schema-questions-from', { source: v.label('question_sources', x.source) || x.source }) : ''],
    },
  };
}

const SECTION_KEYS = ['diagnoses', 'other_conditions', 'results', 'operations', 'family_history', 'treatments',
  'medications', 'allergies', 'clinicians', 'events', 'documents', 'questions'];

let built = null;
let builtFor = '';
/** The language and whether its catalogue was there when SECTIONS was built. */
const catalogue = () => `${language()}:${has('schema-diagnoses-title')}`;

/** Builds the sections in the words of the catalogue now loaded. */
export function buildSections() {
  built = sectionsInWords();
  builtFor = catalogue();
  return built;
}

/** The sections, built on first use, and again once the language changed. */
function current() {
  if (!built || builtFor !== catalogue()) buildSections();
  return built;
}

/** Fields of each list section. `vocab` names a list from `vocabularies`. */
export const SECTIONS = {};
for (const key of SECTION_KEYS) Object.defineProperty(SECTIONS, key, { enumerable: true, get: () => current()[key] });
Object.freeze(SECTIONS);

/** The parts of a dossier, in the order of the task list. */
export const PARTS = [
  { key: 'why', get title() { return t('schema-part-why'); } },
  { key: 'about', get title() { return t('schema-part-about'); } },
  { key: 'diagnoses', get title() { return t('schema-part-diagnoses'); } },
  { key: 'treatments', get title() { return t('schema-part-treatments'); } },
  { key: 'documents', get title() { return t('schema-part-documents'); } },
  { key: 'questions', get title() { return t('schema-part-questions'); } },
  { key: 'medications', get title() { return t('schema-part-medications'); } },
  { key: 'background', get title() { return t('schema-part-background'); } },
  { key: 'daily_life', get title() { return t('schema-part-daily-life'); } },
  { key: 'clinicians', get title() { return t('schema-part-clinicians'); } },
  { key: 'events', get title() { return t('schema-part-events'); } },
];

/** One line on what each reason means for the visit. */
export const REASON_HINTS = {
  get clarify_diagnosis() { return t('schema-reason-hint-clarify-diagnosis'); },
  get choose_treatment() { return t('schema-reason-hint-choose-treatment'); },
  get confirm_plan() { return t('schema-reason-hint-confirm-plan'); },
  get rare_or_serious() { return t('schema-reason-hint-rare-or-serious'); },
  get doctor_suggested() { return t('schema-reason-hint-doctor-suggested'); },
};

/** The walkthrough's steps. */
export const STEPS = [
  { key: 'why', get title() { return t('schema-step-why'); } },
  { key: 'who', get title() { return t('schema-step-who'); } },
  { key: 'told', get title() { return t('schema-step-told'); } },
  { key: 'recommended', get title() { return t('schema-step-recommended'); } },
  { key: 'medicines', get title() { return t('schema-step-medicines'); } },
  { key: 'background', get title() { return t('schema-step-background'); } },
  { key: 'daily', get title() { return t('schema-step-daily'); } },
  { key: 'records', get title() { return t('schema-step-records'); } },
  { key: 'questions', get title() { return t('schema-step-questions'); } },
  { key: 'doctor', get title() { return t('schema-step-doctor'); } },
  { key: 'review', get title() { return t('schema-step-review'); } },
];

/** The part of the dossier each guided step shows. */
export const STEP_PARTS = {
  why: 'why', who: 'about', told: 'diagnoses', recommended: 'treatments', medicines: 'medications',
  background: 'background', daily: 'daily_life',
  records: 'documents', questions: 'questions', doctor: 'doctor',
};

/** The health background's own questions (besides its lists). */
export const BACKGROUND = [
  { key: 'height_cm', get label() { return t('schema-background-height'); }, type: 'measure', measure: 'height' },
  { key: 'weight_kg', get label() { return t('schema-background-weight'); }, type: 'measure', measure: 'weight' },
  { key: 'smoking', get label() { return t('schema-background-smoking'); }, type: 'select', vocab: 'smoking', get none() { return t('schema-not-answered'); } },
  { key: 'smoking_details', get label() { return t('schema-background-smoking-details'); } },
  { key: 'implants', get label() { return t('schema-background-implants'); }, type: 'textarea', get hint() { return t('schema-background-implants-hint'); } },
  { key: 'alcohol', get label() { return t('schema-background-alcohol'); } },
  { key: 'occupation', get label() { return t('schema-background-occupation'); } },
  { key: 'pregnant', get label() { return t('schema-background-pregnant'); }, type: 'select', vocab: 'pregnancy', get none() { return t('schema-not-answered'); } },
  { key: 'notes', get label() { return t('schema-background-notes'); }, type: 'textarea' },
];

/** The labels of the pain scale, 0 to 10. */
const painOptions = () => Array.from({ length: 11 }, (_, i) => ({
  key: i,
  label: i === 0 ? t('schema-pain-none') : i === 10 ? t('schema-pain-worst') : t('schema-pain-score', { score: i }),
}));

/** How the problem affects daily life. */
export const DAILY_LIFE = [
  { key: 'symptoms', get label() { return t('schema-daily-symptoms'); }, type: 'textarea', get hint() { return t('schema-daily-symptoms-hint'); } },
  { key: 'since', get label() { return t('schema-daily-since'); }, type: 'date' },
  { key: 'pain_score', get label() { return t('schema-daily-pain'); }, type: 'select', numeric: true, get none() { return t('schema-daily-pain-none'); },
    get options() { return painOptions(); } },
  { key: 'limits', get label() { return t('schema-daily-limits'); }, type: 'textarea', get hint() { return t('schema-daily-limits-hint'); } },
  { key: 'tried', get label() { return t('schema-daily-tried'); }, type: 'textarea', get hint() { return t('schema-daily-tried-hint'); } },
  { key: 'matters_most', get label() { return t('schema-daily-matters-most'); }, type: 'textarea', get hint() { return t('schema-daily-matters-most-hint'); } },
];
