-- Schema version 10: the language the consultant reads ("es"), the default
-- language of what is written for them; empty when not said.
ALTER TABLE dossiers ADD COLUMN consultant_language TEXT NOT NULL DEFAULT '';
