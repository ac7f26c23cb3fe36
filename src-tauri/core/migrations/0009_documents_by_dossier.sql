-- Schema version 9: a narrow index of each dossier's documents. Counting a
-- dossier's reports (the list of dossiers does, for every one) read the
-- wider index of (dossier, file hash); this one holds a tenth of the bytes,
-- which matters most in a protected record, where every page read is
-- decrypted.
CREATE INDEX documents_by_dossier ON documents(dossier_id);
