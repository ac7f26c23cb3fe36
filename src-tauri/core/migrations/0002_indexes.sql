-- Schema version 2: indexes for large records (many dossiers and documents).

CREATE INDEX dossiers_by_patient ON dossiers(patient_id);
CREATE INDEX dossiers_by_update ON dossiers(updated_at);
CREATE INDEX diagnoses_by_dossier ON diagnoses(dossier_id);
CREATE INDEX treatments_by_dossier ON treatments(dossier_id);
CREATE INDEX medications_by_dossier ON medications(dossier_id);
CREATE INDEX allergies_by_dossier ON allergies(dossier_id);
CREATE INDEX clinicians_by_dossier ON clinicians(dossier_id);
CREATE INDEX events_by_dossier ON events(dossier_id);
CREATE INDEX questions_by_dossier ON questions(dossier_id);
CREATE INDEX documents_by_sha ON documents(sha256);
