// What each section of a dossier holds, in the words the app shows.
import { dateInWords } from './format.js';

/**
 * What an imported record says of where a condition stands ("Status in the
 * record: resolved", "Resolved 14 August 2008"), from the notes the import
 * wrote, so that the list does not show it as current.
 */
export function recordStatus(notes) {
  return (notes || '').split('. ').filter((n) => n.startsWith('Status in the record') || n.startsWith('Resolved')).join(', ');
}

/** Fields of each list section. `vocab` names a list from `vocabularies`. */
export const SECTIONS = {
  diagnoses: {
    title: 'Diagnosis',
    heading: 'What were you told?',
    lead: 'Write the diagnosis as the doctor wrote it in your letters or reports, and in your own words if that helps.',
    add: 'Add a diagnosis',
    empty: 'No diagnosis yet. Add the one you were given, even if it is not certain.',
    required: 'name',
    requiredMessage: 'Write the diagnosis, even in your own words',
    fields: [
      { key: 'name', label: 'Diagnosis', hint: 'For example: osteoarthritis of the right knee' },
      { key: 'code', label: 'Code, if it is on your paperwork (optional)', hint: 'For example an ICD-10 code such as M17.11' },
      { key: 'status', label: 'How sure is it?', type: 'select', vocab: 'diagnosis_statuses' },
      { key: 'diagnosed_on', label: 'When', type: 'date' },
      { key: 'diagnosed_by', label: 'By which doctor' },
      { key: 'facility', label: 'Where (hospital or clinic)' },
      { key: 'notes', label: 'Notes', type: 'textarea' },
      { key: 'role', label: 'This condition is', type: 'select', vocab: 'diagnosis_roles', none: false },
    ],
    summary: (x, v) => [x.name, x.code, v.label('diagnosis_statuses', x.status), x.imported_from ? `From ${x.imported_from}` : ''],
    only: (x) => x.role !== 'other',
  },
  other_conditions: {
    from: 'diagnoses',
    defaults: { role: 'other' },
    only: (x) => x.role === 'other',
    title: 'Other conditions',
    heading: 'Other health conditions',
    lead: 'Conditions you have besides the one this second opinion is about, such as diabetes, high blood pressure or asthma. They can change which treatment is safe.',
    add: 'Add a condition',
    empty: 'No other conditions listed.',
    required: 'name',
    requiredMessage: 'Write the condition, even in your own words',
    fields: [
      { key: 'name', label: 'Condition', hint: 'For example: type 2 diabetes' },
      { key: 'diagnosed_on', label: 'Since when', type: 'date' },
      { key: 'status', label: 'How sure is it?', type: 'select', vocab: 'diagnosis_statuses' },
      { key: 'notes', label: 'Notes, such as how it is treated', type: 'textarea' },
      { key: 'role', label: 'This condition is', type: 'select', vocab: 'diagnosis_roles', none: false },
    ],
    summary: (x, v) => [x.name, x.diagnosed_on ? `Since ${dateInWords(x.diagnosed_on)}` : '', v.label('diagnosis_statuses', x.status), recordStatus(x.notes), x.imported_from ? `From ${x.imported_from}` : ''],
  },
  results: {
    title: 'Test results',
    heading: 'Test results',
    lead: 'Results brought in from a patient-portal file, as the file gives them. The PDF lists them by test, oldest first.',
    add: 'Add a result',
    empty: 'No test results yet.',
    required: 'test',
    requiredMessage: 'Write the name of the test',
    fields: [
      { key: 'test', label: 'Test' },
      { key: 'value', label: 'Value' },
      { key: 'unit', label: 'Unit' },
      { key: 'reference_range', label: 'Normal range given by the lab' },
      { key: 'flag', label: 'What the lab noted (for example: High)' },
      { key: 'date', label: 'Date', type: 'date' },
      { key: 'notes', label: 'Notes', type: 'textarea' },
    ],
    summary: (x) => [x.test, [x.value, x.unit].filter(Boolean).join(' '), x.flag, x.date ? dateInWords(x.date) : '', x.imported_from ? `From ${x.imported_from}` : ''],
  },
  operations: {
    title: 'Operations',
    heading: 'Operations and hospital stays',
    lead: 'Any operation you had, and any stay in hospital, even long ago.',
    add: 'Add an operation or stay',
    empty: 'None listed.',
    required: 'name',
    requiredMessage: 'Write what was done, or why you were in hospital',
    fields: [
      { key: 'name', label: 'What was done, or why you were in hospital', hint: 'For example: keyhole surgery on the right knee' },
      { key: 'date', label: 'When', type: 'date' },
      { key: 'facility', label: 'Where (hospital or clinic)' },
      { key: 'notes', label: 'Notes', type: 'textarea' },
    ],
    summary: (x) => [x.name, x.date ? dateInWords(x.date) : '', x.facility],
  },
  family_history: {
    title: 'Family history',
    heading: 'Illness in your family',
    lead: 'Illnesses of your parents, brothers, sisters or children that may matter, such as heart disease, cancer or the condition you have.',
    add: 'Add a relative’s illness',
    empty: 'None listed.',
    required: 'condition',
    requiredMessage: 'Write the illness',
    fields: [
      { key: 'relative', label: 'Who', hint: 'For example: my mother' },
      { key: 'condition', label: 'Illness' },
      { key: 'age_at_onset', label: 'Their age when it started (optional)', type: 'select', numeric: true, none: 'Not known', options: Array.from({ length: 121 }, (_, i) => ({ key: i, label: String(i) })) },
      { key: 'notes', label: 'Notes', type: 'textarea' },
    ],
    summary: (x) => [x.condition, x.relative, x.age_at_onset != null ? `From age ${x.age_at_onset}` : ''],
  },
  treatments: {
    title: 'Treatment',
    heading: 'What was recommended?',
    lead: 'Write down each treatment you were offered, with what you know of its benefits, risks and costs. It is fine to leave parts empty.',
    add: 'Add a treatment',
    empty: 'No treatment yet. Add what your doctor suggested.',
    required: 'name',
    requiredMessage: "Write the treatment's name",
    fields: [
      { key: 'name', label: 'Treatment', hint: 'For example: total knee replacement' },
      { key: 'recommended_by', label: 'Recommended by' },
      { key: 'status', label: 'Where does it stand?', type: 'select', vocab: 'treatment_statuses' },
      { key: 'benefits', label: 'What it should do for you', type: 'textarea' },
      { key: 'risks', label: 'Risks and side effects you were told about', type: 'textarea' },
      { key: 'costs', label: 'Costs (money, time off, travel)', type: 'textarea' },
      { key: 'alternatives', label: 'Other options mentioned', type: 'textarea' },
      { key: 'notes', label: 'Notes', type: 'textarea' },
    ],
    summary: (x, v) => [x.name, v.label('treatment_statuses', x.status)],
  },
  medications: {
    title: 'Medicines',
    heading: 'Medicines',
    lead: 'Every medicine you take or took for this, including ones from a pharmacy without a prescription.',
    add: 'Add a medicine',
    empty: 'No medicines yet.',
    required: 'name',
    requiredMessage: "Write the medicine's name",
    fields: [
      { key: 'name', label: 'Medicine' },
      { key: 'dose', label: 'Dose', hint: 'For example: 400 mg' },
      { key: 'frequency', label: 'How often' },
      { key: 'started_on', label: 'Started', type: 'date' },
      { key: 'stopped_on', label: 'Stopped', type: 'date' },
      { key: 'reason', label: 'What it is for' },
    ],
    summary: (x) => [x.name, x.dose, x.frequency, x.stopped_on ? `Stopped ${dateInWords(x.stopped_on)}` : '', x.imported_from ? `From ${x.imported_from}` : ''],
  },
  allergies: {
    title: 'Allergies',
    heading: 'Allergies',
    lead: 'Medicines or other things that gave you a reaction.',
    add: 'Add an allergy',
    empty: 'No allergies written down.',
    required: 'substance',
    requiredMessage: 'Write what you are allergic to',
    fields: [
      { key: 'substance', label: 'Allergic to' },
      { key: 'reaction', label: 'What happened' },
      { key: 'severity', label: 'How bad', type: 'select', vocab: 'severities' },
    ],
    summary: (x, v) => [x.substance, x.reaction, v.label('severities', x.severity), x.imported_from ? `From ${x.imported_from}` : ''],
  },
  clinicians: {
    title: 'Care team',
    heading: 'Doctors and care team',
    lead: 'The doctors and others who treat you, so the second-opinion doctor can contact them.',
    add: 'Add a person',
    empty: 'No one yet.',
    required: 'name',
    requiredMessage: "Write the person's name",
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'role', label: 'Role', hint: 'For example: treating surgeon, family doctor' },
      { key: 'specialty', label: 'Specialty' },
      { key: 'institution', label: 'Hospital or practice' },
      { key: 'phone', label: 'Phone', type: 'tel' },
      { key: 'email', label: 'Email', type: 'email' },
    ],
    summary: (x) => [x.name, x.role, x.institution, x.imported_from ? `From ${x.imported_from}` : ''],
  },
  events: {
    title: 'Timeline',
    heading: 'Timeline',
    lead: 'Events worth knowing, such as a fall, a scan or a hospital stay. Dated diagnoses, medicines and reports appear here too.',
    add: 'Add an event',
    empty: 'No events yet.',
    required: 'title',
    requiredMessage: 'Write what happened',
    fields: [
      { key: 'date', label: 'When', type: 'date' },
      { key: 'title', label: 'What happened' },
      { key: 'details', label: 'Details', type: 'textarea' },
    ],
    summary: (x) => [x.title, x.imported_from ? `From ${x.imported_from}` : ''],
  },
  documents: {
    title: 'Reports',
    heading: 'Your records',
    lead: 'Add letters, scan reports, test results and photos of paperwork. The app keeps its own copy, so you can move or delete the originals.',
    add: 'Add reports',
    empty: 'No reports yet. Add them with the button, or drag files onto this window.',
    required: 'title',
    requiredMessage: 'Write a title for the report',
    fields: [
      { key: 'title', label: 'Title' },
      { key: 'kind', label: 'What kind of report', type: 'select', vocab: 'document_kinds' },
      { key: 'date', label: 'Date on the report', type: 'date' },
      { key: 'source', label: 'From (hospital, lab or doctor)' },
      { key: 'include_in_export', label: 'Put it in the PDF for the doctor', type: 'checkbox' },
      { key: 'notes', label: 'Notes', type: 'textarea' },
    ],
    summary: (x, v) => [x.title, v.label('document_kinds', x.kind) || 'Kind not set', x.date ? `Dated ${dateInWords(x.date)}` : 'Date not given'],
  },
  questions: {
    title: 'Questions',
    heading: 'Your questions',
    lead: 'Write the questions you want answered. Put the most important first: the doctor may not have time for all of them.',
    add: 'Add a question',
    empty: 'No questions yet. What do you most want to know?',
    required: 'text',
    requiredMessage: 'Write the question',
    ordered: true,
    fields: [
      { key: 'text', label: 'Question', type: 'textarea' },
      { key: 'category', label: 'It is about', type: 'select', vocab: 'question_categories' },
      { key: 'answer', label: 'Answer (after the visit)', type: 'textarea' },
    ],
    summary: (x, v) => [x.text, v.label('question_categories', x.category), x.source && x.source !== 'own' ? `From: ${x.source}` : ''],
  },
};

/** The parts of a dossier, in the order of the task list. */
export const PARTS = [
  { key: 'why', title: 'Why a second opinion' },
  { key: 'about', title: 'About you and the appointment' },
  { key: 'diagnoses', title: 'Diagnosis' },
  { key: 'treatments', title: 'Recommended treatment' },
  { key: 'documents', title: 'Your records' },
  { key: 'questions', title: 'Your questions' },
  { key: 'medications', title: 'Medicines and allergies' },
  { key: 'background', title: 'Health background' },
  { key: 'daily_life', title: 'Daily life' },
  { key: 'clinicians', title: 'Doctors and care team' },
  { key: 'events', title: 'Timeline' },
];

/** One line on what each reason means for the visit. */
export const REASON_HINTS = {
  clarify_diagnosis: 'The diagnosis is unclear or complicated. The doctor will look at your reports and explain what they show.',
  choose_treatment: 'You were offered treatments and need help weighing benefits, risks and costs.',
  confirm_plan: 'The plan is long, costly or hard to undo, and you want it checked first.',
  rare_or_serious: 'The condition is rare, or you were told little can be done. An expert may know more options.',
  doctor_suggested: 'Your own doctor asked for another expert view.',
};

/** The walkthrough's steps. */
export const STEPS = [
  { key: 'why', title: 'Why a second opinion?' },
  { key: 'who', title: 'Who is this for?' },
  { key: 'told', title: 'What were you told?' },
  { key: 'recommended', title: 'What was recommended?' },
  { key: 'medicines', title: 'Medicines and allergies' },
  { key: 'background', title: 'Your health background' },
  { key: 'daily', title: 'Daily life' },
  { key: 'records', title: 'Your records' },
  { key: 'questions', title: 'Your questions' },
  { key: 'doctor', title: 'Who gives the second opinion?' },
  { key: 'review', title: 'Check and export' },
];

/** The part of the dossier each guided step shows. */
export const STEP_PARTS = {
  why: 'why', who: 'about', told: 'diagnoses', recommended: 'treatments', medicines: 'medications',
  background: 'background', daily: 'daily_life',
  records: 'documents', questions: 'questions', doctor: 'doctor',
};

/** The health background's own questions (besides its lists). */
export const BACKGROUND = [
  { key: 'height_cm', label: 'Height', type: 'measure', measure: 'height' },
  { key: 'weight_kg', label: 'Weight', type: 'measure', measure: 'weight' },
  { key: 'smoking', label: 'Do you smoke?', type: 'select', vocab: 'smoking', none: 'Not answered' },
  { key: 'smoking_details', label: 'How much, for how long, or when you stopped (optional)' },
  { key: 'implants', label: 'Implants or devices in your body', type: 'textarea', hint: 'For example a pacemaker, a metal plate or joint, a stent, a coil. They matter for MRI scans and some treatments.' },
  { key: 'alcohol', label: 'Alcohol: how much in a usual week (optional)' },
  { key: 'occupation', label: 'Your work, or what you did before (optional)' },
  { key: 'pregnant', label: 'Are you pregnant?', type: 'select', vocab: 'pregnancy', none: 'Not answered' },
  { key: 'notes', label: 'Anything else about your health (optional)', type: 'textarea' },
];

/** How the problem affects daily life. */
export const DAILY_LIFE = [
  { key: 'symptoms', label: 'What are your main symptoms?', type: 'textarea', hint: 'In your own words, for example: pain in the left knee, worse on stairs.' },
  { key: 'since', label: 'Since when?', type: 'date' },
  { key: 'pain_score', label: 'If you have pain: how bad is it on most days?', type: 'select', numeric: true, none: 'No answer, or no pain to rate',
    options: Array.from({ length: 11 }, (_, i) => ({ key: i, label: i === 0 ? '0: no pain' : i === 10 ? '10: the worst pain you can imagine' : `${i} out of 10` })) },
  { key: 'limits', label: 'What does it stop you doing?', type: 'textarea', hint: 'For example: I cannot climb stairs, walk the dog or sleep through the night.' },
  { key: 'tried', label: 'What have you tried, and how did it go?', type: 'textarea', hint: 'Treatments, exercises, medicines, changes at home.' },
  { key: 'matters_most', label: 'What matters most to you?', type: 'textarea', hint: 'For example: to keep working, to look after my grandchildren, to avoid an operation.' },
];
