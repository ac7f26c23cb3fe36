// What each section of a dossier holds, in the words the app shows.
import { dateInWords } from './format.js';

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
    ],
    summary: (x, v) => [x.name, x.code, v.label('diagnosis_statuses', x.status)],
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
    summary: (x) => [x.name, x.dose, x.frequency],
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
    summary: (x, v) => [x.substance, x.reaction, v.label('severities', x.severity)],
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
    summary: (x) => [x.name, x.role, x.institution],
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
    summary: (x) => [x.title],
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
  { key: 'records', title: 'Your records' },
  { key: 'questions', title: 'Your questions' },
  { key: 'doctor', title: 'Who gives the second opinion?' },
  { key: 'review', title: 'Check and export' },
];

/** The part of the dossier each guided step shows. */
export const STEP_PARTS = {
  why: 'why', who: 'about', told: 'diagnoses', recommended: 'treatments', medicines: 'medications',
  records: 'documents', questions: 'questions', doctor: 'doctor',
};
