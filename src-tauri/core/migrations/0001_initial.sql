-- Schema version 1: patients, dossiers and the sections of a dossier.
CREATE TABLE patients (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    date_of_birth TEXT,
    sex           TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE dossiers (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    reasons       TEXT NOT NULL DEFAULT '[]',
    situations    TEXT NOT NULL DEFAULT '[]',
    goal          TEXT NOT NULL DEFAULT '',
    decide_by     TEXT,
    notes         TEXT NOT NULL DEFAULT '',
    consultant_name        TEXT NOT NULL DEFAULT '',
    consultant_specialty   TEXT NOT NULL DEFAULT '',
    consultant_institution TEXT NOT NULL DEFAULT '',
    consultant_appointment TEXT,
    consultant_mode        TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE diagnoses (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', diagnosed_on TEXT,
    diagnosed_by TEXT NOT NULL DEFAULT '', facility TEXT NOT NULL DEFAULT '',
    status TEXT, notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE treatments (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL, recommended_by TEXT NOT NULL DEFAULT '',
    benefits TEXT NOT NULL DEFAULT '', risks TEXT NOT NULL DEFAULT '',
    costs TEXT NOT NULL DEFAULT '', alternatives TEXT NOT NULL DEFAULT '',
    status TEXT, notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE medications (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL, dose TEXT NOT NULL DEFAULT '', frequency TEXT NOT NULL DEFAULT '',
    started_on TEXT, stopped_on TEXT, reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE allergies (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    substance TEXT NOT NULL, reaction TEXT NOT NULL DEFAULT '', severity TEXT
);

CREATE TABLE clinicians (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', specialty TEXT NOT NULL DEFAULT '',
    institution TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT, title TEXT NOT NULL, details TEXT NOT NULL DEFAULT ''
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL, kind TEXT, date TEXT, source TEXT NOT NULL DEFAULT '',
    include_in_export INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL, media_type TEXT NOT NULL, original_name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL, page_count INTEGER,
    UNIQUE (dossier_id, sha256)
);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL, category TEXT, priority INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT 'own', answer TEXT NOT NULL DEFAULT ''
);
