-- Schema version 3: the consultant's email address, for sending the bundle.
ALTER TABLE dossiers ADD COLUMN consultant_email TEXT NOT NULL DEFAULT '';
