// What is done and what is missing in a dossier, for the task list and the
// review step. Pure functions, unit-tested with node's test runner.

export const NOT_STARTED = 'Not started';
export const IN_PROGRESS = 'In progress';
export const COMPLETED = 'Completed';

/** Status of each part of a dossier (a `get_dossier` result). */
export function sectionStatus(d) {
  const status = (done, started) => (done ? COMPLETED : started ? IN_PROGRESS : NOT_STARTED);
  const p = d.patient;
  const r = d.dossier;
  return {
    why: status(r.reasons.length > 0 && r.goal.trim() !== '', r.reasons.length > 0 || r.situations.length > 0 || r.goal.trim() !== ''),
    about: status(Boolean(p.full_name && p.date_of_birth && (p.phone || p.email)), Boolean(p.full_name)),
    diagnoses: status(d.diagnoses.length > 0, false),
    treatments: status(d.treatments.length > 0, false),
    documents: status(d.documents.length > 0 && d.documents.every((x) => x.kind), d.documents.length > 0),
    questions: status(d.questions.length >= 3, d.questions.length > 0),
    medications: status(d.medications.length + d.allergies.length > 0, false),
    clinicians: status(d.clinicians.length > 0, false),
    events: status(d.events.length > 0, false),
  };
}

/** What the doctor will miss, in plain words, each with where to fix it. */
export function missing(d) {
  const out = [];
  const r = d.dossier;
  if (r.reasons.length === 0) out.push({ what: 'Why you want a second opinion', where: 'why' });
  if (!d.patient.date_of_birth) out.push({ what: 'Your date of birth', where: 'about' });
  if (d.diagnoses.length === 0) out.push({ what: 'The diagnosis you were given', where: 'diagnoses' });
  if (d.treatments.length === 0) out.push({ what: 'The treatment that was recommended', where: 'treatments' });
  if (d.documents.length === 0) out.push({ what: 'Your reports (letters, scans, test results)', where: 'documents' });
  if (d.questions.length === 0) out.push({ what: 'Your questions for the doctor', where: 'questions' });
  if (!r.consultant.name) out.push({ what: 'The name of the doctor giving the second opinion', where: 'about' });
  if (!r.consultant.email) out.push({ what: "That doctor's email address, to send the PDF", where: 'about' });
  return out;
}
