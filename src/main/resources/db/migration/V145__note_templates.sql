-- Templates of individual, family and medication-management notes (module: notes, sub-package notes.individual): for
-- each kind of session and note format, what each section asks the author (prompt) and the text it starts with
-- (default_text). A section without a row here starts empty with a general prompt.

CREATE TABLE note_template (
    session_type_id  UUID NOT NULL REFERENCES session_type (id),
    format           TEXT NOT NULL CHECK (format IN ('DAP', 'BIRP', 'SOAP', 'MEDICATION')),
    section          TEXT NOT NULL CHECK (section ~ '^[a-z][A-Za-z]{1,39}$'),
    prompt           TEXT NOT NULL CHECK (length(prompt) BETWEEN 1 AND 500),
    default_text     TEXT NOT NULL DEFAULT '' CHECK (length(default_text) <= 2000),
    PRIMARY KEY (session_type_id, format, section)
);

-- The session types of V110: INDIVIDUAL (…05), FAMILY (…06), MEDICATION (…07).
INSERT INTO note_template (session_type_id, format, section, prompt, default_text) VALUES
    -- Individual therapy
    ('5e55101a-0000-4000-8000-000000000005', 'DAP', 'data', 'What the client said and did in the session, what you observed, the interventions you used.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'DAP', 'assessment', 'Your clinical reading: progress toward the objective, mood and risk, readiness for change.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'DAP', 'plan', 'Next steps: homework, the next session, referrals, changes to the treatment plan.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'BIRP', 'behavior', 'How the client presented: mood, affect, what they reported, what you observed.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'BIRP', 'intervention', 'What you did: the modality and techniques (CBT, DBT skills, motivational interviewing…).', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'BIRP', 'response', 'How the client responded to the interventions, and progress toward the objective.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'BIRP', 'plan', 'Next steps: homework, the next session, referrals, changes to the treatment plan.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'SOAP', 'subjective', 'What the client reports, in their words where it matters.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'SOAP', 'objective', 'What you observed and measured: presentation, scores, attendance.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'SOAP', 'assessment', 'Your clinical reading: progress toward the objective, risk.', ''),
    ('5e55101a-0000-4000-8000-000000000005', 'SOAP', 'plan', 'Next steps: homework, the next session, referrals, changes to the treatment plan.', ''),
    -- Family therapy
    ('5e55101a-0000-4000-8000-000000000006', 'DAP', 'data', 'Who attended and their relation to the client; what was discussed; family interactions you observed.', 'Present: '),
    ('5e55101a-0000-4000-8000-000000000006', 'DAP', 'assessment', 'Family dynamics, support for the client''s recovery, progress toward the objective.', ''),
    ('5e55101a-0000-4000-8000-000000000006', 'DAP', 'plan', 'Agreements made by the family, the next family session, referrals.', ''),
    ('5e55101a-0000-4000-8000-000000000006', 'BIRP', 'behavior', 'Who attended; how the client and family presented and interacted.', 'Present: '),
    ('5e55101a-0000-4000-8000-000000000006', 'BIRP', 'intervention', 'Family therapy techniques used (communication skills, psychoeducation, boundary setting…).', ''),
    ('5e55101a-0000-4000-8000-000000000006', 'BIRP', 'response', 'How the client and family responded, and progress toward the objective.', ''),
    ('5e55101a-0000-4000-8000-000000000006', 'BIRP', 'plan', 'Agreements made by the family, the next family session, referrals.', ''),
    ('5e55101a-0000-4000-8000-000000000006', 'SOAP', 'subjective', 'What the client and each family member report.', 'Present: '),
    ('5e55101a-0000-4000-8000-000000000006', 'SOAP', 'objective', 'Interactions you observed.', ''),
    ('5e55101a-0000-4000-8000-000000000006', 'SOAP', 'assessment', 'Family dynamics and support for recovery; progress toward the objective.', ''),
    ('5e55101a-0000-4000-8000-000000000006', 'SOAP', 'plan', 'Agreements made by the family, the next family session, referrals.', ''),
    -- Medication management (prescribers)
    ('5e55101a-0000-4000-8000-000000000007', 'MEDICATION', 'medicationsReviewed', 'Each current medication with dose and schedule, including medications for addiction treatment.', ''),
    ('5e55101a-0000-4000-8000-000000000007', 'MEDICATION', 'adherence', 'How the client takes them: missed doses, how they store and refill them.', ''),
    ('5e55101a-0000-4000-8000-000000000007', 'MEDICATION', 'sideEffects', 'Side effects reported or observed, and their severity.', 'None reported.'),
    ('5e55101a-0000-4000-8000-000000000007', 'MEDICATION', 'changes', 'Started, stopped or changed doses, and why.', 'No changes.'),
    ('5e55101a-0000-4000-8000-000000000007', 'MEDICATION', 'plan', 'Monitoring, labs, the next appointment.', '');
