-- Schema version 7: what the consultant asks on day one. Diagnoses get a
-- role (the condition this opinion is about, or another one); the dossier
-- gets its health background and daily life (one JSON object each); past
-- operations and family history are new sections.
ALTER TABLE diagnoses ADD COLUMN role TEXT NOT NULL DEFAULT 'main';
ALTER TABLE dossiers ADD COLUMN background TEXT NOT NULL DEFAULT '{}';
ALTER TABLE dossiers ADD COLUMN daily_life TEXT NOT NULL DEFAULT '{}';

CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT, name TEXT NOT NULL, facility TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX operations_dossier ON operations (dossier_id, position);

CREATE TABLE family_history (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    relative TEXT NOT NULL DEFAULT '', condition TEXT NOT NULL,
    age_at_onset INTEGER, notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX family_history_dossier ON family_history (dossier_id, position);
