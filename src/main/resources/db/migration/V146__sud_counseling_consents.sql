-- Part 2 segmentation of notes (module: consents, for notes.individual): two more kinds of information a consent may
-- name, progress notes and SUD counseling notes. A consent to disclose SUD counseling notes is a Part 2 consent of its
-- own: it names no other kind of information (42 CFR 2.31(b) as amended in 2024). The consents' own checks refuse
-- both with a message; these constraints are the last line.

ALTER TABLE consent DROP CONSTRAINT consent_categories_check;
ALTER TABLE consent ADD CONSTRAINT consent_categories_check CHECK (categories <@ ARRAY['DIAGNOSIS', 'ATTENDANCE',
    'TREATMENT_PLAN', 'MEDICATIONS', 'DRUG_SCREENS', 'SUMMARY', 'PROGRESS_NOTES', 'SUD_COUNSELING_NOTES']);
ALTER TABLE consent ADD CONSTRAINT consent_counseling_notes_alone CHECK (NOT ('SUD_COUNSELING_NOTES' = ANY (categories))
    OR (kind = 'PART2' AND categories = ARRAY['SUD_COUNSELING_NOTES']));

ALTER TABLE disclosure DROP CONSTRAINT disclosure_categories_check;
ALTER TABLE disclosure ADD CONSTRAINT disclosure_categories_check CHECK (cardinality(categories) >= 1
    AND categories <@ ARRAY['DIAGNOSIS', 'ATTENDANCE', 'TREATMENT_PLAN', 'MEDICATIONS', 'DRUG_SCREENS', 'SUMMARY',
        'PROGRESS_NOTES', 'SUD_COUNSELING_NOTES']);
