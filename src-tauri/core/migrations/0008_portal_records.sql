-- Schema version 8: records brought in from patient-portal files. Each
-- item of the sections an import fills says where it came from; lab
-- results are a new section.
ALTER TABLE diagnoses ADD COLUMN imported_from TEXT NOT NULL DEFAULT '';
ALTER TABLE medications ADD COLUMN imported_from TEXT NOT NULL DEFAULT '';
ALTER TABLE allergies ADD COLUMN imported_from TEXT NOT NULL DEFAULT '';
ALTER TABLE clinicians ADD COLUMN imported_from TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN imported_from TEXT NOT NULL DEFAULT '';

CREATE TABLE results (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    test TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', value TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '', reference_range TEXT NOT NULL DEFAULT '',
    flag TEXT NOT NULL DEFAULT '', date TEXT, notes TEXT NOT NULL DEFAULT '',
    imported_from TEXT NOT NULL DEFAULT ''
);
CREATE INDEX results_dossier ON results (dossier_id, position);
