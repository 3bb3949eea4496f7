-- A client's session (individual, family, medication management) has one note: starting its note again opens the same
-- draft (module: notes, sub-package notes.individual). A group's entries are unique per group note already (V140).
CREATE UNIQUE INDEX clinical_note_one_per_session ON clinical_note (session_id, client_id)
    WHERE session_id IS NOT NULL AND group_note_id IS NULL;
