-- Issue 7 (module: signals): why a signal was closed without anyone acting on it. A discharge closes the client's open
-- signals with the note "closed at discharge"; signals resolved because their evidence no longer holds have none.
ALTER TABLE level_of_care_signal ADD COLUMN close_note TEXT CHECK (length(close_note) BETWEEN 1 AND 200);
