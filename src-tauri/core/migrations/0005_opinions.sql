-- Schema version 5: the second opinion received, after the consultation.
CREATE TABLE opinions (
    dossier_id  INTEGER PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
    given_by    TEXT NOT NULL DEFAULT '',
    given_on    TEXT,
    diagnosis   TEXT NOT NULL DEFAULT '',
    treatment   TEXT NOT NULL DEFAULT '',
    key_points  TEXT NOT NULL DEFAULT '',
    follow_ups  TEXT NOT NULL DEFAULT ''
);
