import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionStatus, missing, COMPLETED, NOT_STARTED, IN_PROGRESS } from '../../ui/js/status.js';

const empty = () => ({
  patient: { full_name: 'A', date_of_birth: null, phone: '', email: '' },
  dossier: { reasons: [], situations: [], goal: '', consultant: { name: '', email: '' } },
  diagnoses: [], treatments: [], documents: [], questions: [], medications: [], allergies: [], clinicians: [], events: [],
});

test('a new dossier shows what is left to do', () => {
  const d = empty();
  const s = sectionStatus(d);
  assert.equal(s.why, NOT_STARTED);
  assert.equal(s.diagnoses, NOT_STARTED);
  assert.equal(s.about, IN_PROGRESS);
  const wants = missing(d).map((m) => m.where);
  assert.ok(wants.includes('documents') && wants.includes('questions') && wants.includes('diagnoses'));
});

test('filled parts are completed and no longer missing', () => {
  const d = empty();
  d.dossier.reasons = ['choose_treatment'];
  d.dossier.goal = 'Know my options';
  d.documents = [{ kind: 'lab' }];
  d.questions = [{}, {}, {}];
  const s = sectionStatus(d);
  assert.equal(s.why, COMPLETED);
  assert.equal(s.documents, COMPLETED);
  assert.equal(s.questions, COMPLETED);
  const wants = missing(d).map((m) => m.where);
  assert.ok(!wants.includes('documents') && !wants.includes('why'));
});
