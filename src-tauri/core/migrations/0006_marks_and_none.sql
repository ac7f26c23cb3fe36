-- Schema version 6: the patient's own marks on the comparison of the two
-- opinions, the second opinion's diagnosis code, and the sections the
-- patient says have nothing to list ("I take no medicines").
ALTER TABLE opinions ADD COLUMN diagnosis_code TEXT NOT NULL DEFAULT '';
ALTER TABLE opinions ADD COLUMN marks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE dossiers ADD COLUMN none_known TEXT NOT NULL DEFAULT '[]';
