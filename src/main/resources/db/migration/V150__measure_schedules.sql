-- Measure schedules (module: measures, issue 6): which instrument a program (or one of its tracks) gives, when, and to
-- whom. What is due is not stored: MeasureDueRule works it out from the schedules, the episodes and the administrations
-- each time it is asked, so it is always current.

CREATE TABLE measure_schedule (
    -- The id of the form submission that created it, so that a double click creates one.
    id                  UUID PRIMARY KEY,
    program_id          UUID    NOT NULL REFERENCES program (id),
    -- Null: every track of the program.
    track_id            UUID REFERENCES track (id),
    instrument          TEXT    NOT NULL CHECK (instrument ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    timing              TEXT    NOT NULL CHECK (timing IN ('AT_ADMISSION', 'WEEKLY', 'BIWEEKLY', 'AT_DISCHARGE',
                                                           'FOLLOW_UP')),
    -- ICD-10-CM code prefixes (F43.1) or category ranges (F10-F19); empty: every client.
    diagnoses           TEXT[]  NOT NULL DEFAULT '{}' CHECK (array_position(diagnoses, NULL) IS NULL
                                                             AND cardinality(diagnoses) <= 20),
    -- Overdue once it has been due for more than this many days.
    overdue_after_days  INT     NOT NULL CHECK (overdue_after_days BETWEEN 0 AND 60),
    active              BOOLEAN NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          TEXT    NOT NULL CHECK (length(created_by) BETWEEN 1 AND 120),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          TEXT    NOT NULL CHECK (length(updated_by) BETWEEN 1 AND 120),
    version             INT     NOT NULL DEFAULT 0
);
CREATE INDEX measure_schedule_program_idx ON measure_schedule (program_id) WHERE active;

-- The due lists read a client's administrations by instrument and day.
CREATE INDEX measure_administration_client_instrument_idx
    ON measure_administration (client_id, instrument, administered_on DESC) WHERE deleted_at IS NULL;
