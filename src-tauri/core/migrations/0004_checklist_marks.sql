-- Schema version 4: what the patient said about checklist items
-- ("not applicable", "requested").
CREATE TABLE checklist_marks (
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    item       TEXT NOT NULL,
    mark       TEXT NOT NULL,
    PRIMARY KEY (dossier_id, item)
);
