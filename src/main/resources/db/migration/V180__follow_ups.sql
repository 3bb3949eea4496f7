-- Issue 7 (module: followup): the follow-up calls after discharge, their attempts, the outcome check and re-engagement.

-- The days after discharge at which a program follows up (module staff edits it on the program's page; followup reads
-- it when a client is discharged): one to six days, each 1 to 365, ascending without repeats.
CREATE FUNCTION follow_up_days_valid(days INT[]) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
    SELECT cardinality(days) BETWEEN 1 AND 6
       AND array_ndims(days) = 1
       AND NOT EXISTS (SELECT 1 FROM unnest(days) WITH ORDINALITY AS d(day, i)
                       WHERE day IS NULL OR day < 1 OR day > 365 OR (i > 1 AND day <= days[i - 1]))
$$;
ALTER TABLE program ADD COLUMN follow_up_days INT[] NOT NULL DEFAULT '{7,30,90}'
    CHECK (follow_up_days_valid(follow_up_days));

-- One follow-up per discharged episode and day of the program's schedule, made when the discharge is announced.
-- OPEN until someone reaches the client: COMPLETED when the outcome check shows nothing slipping, REENGAGEMENT_NEEDED
-- when it does (or three attempts failed), then REENGAGED once someone records what was done.
CREATE TABLE follow_up (
    id                   UUID PRIMARY KEY,
    episode_id           UUID NOT NULL REFERENCES episode (id),
    client_id            UUID NOT NULL REFERENCES client (id),
    program_id           UUID NOT NULL REFERENCES program (id),
    discharge_type       TEXT NOT NULL CHECK (length(discharge_type) BETWEEN 1 AND 40),
    discharged_on        DATE NOT NULL,
    days_after           INT  NOT NULL CHECK (days_after BETWEEN 1 AND 365),
    due_on               DATE NOT NULL,
    -- The case manager on the care team when the task was made, else a clinician on it, else no one (the director's
    -- list shows those).
    assigned_to          UUID REFERENCES staff (id),
    status               TEXT NOT NULL DEFAULT 'OPEN'
                         CHECK (status IN ('OPEN', 'COMPLETED', 'REENGAGEMENT_NEEDED', 'REENGAGED')),
    -- The outcome check, filled in when the client was reached (all of it at once).
    phq9_total           INT CHECK (phq9_total BETWEEN 0 AND 27),
    bam_use_days         INT CHECK (bam_use_days BETWEEN 0 AND 30),
    housing              TEXT CHECK (housing IN ('STABLE', 'UNSTABLE', 'HOMELESS')),
    work_or_school       TEXT CHECK (work_or_school IN ('WORKING', 'IN_SCHOOL', 'LOOKING', 'NEITHER')),
    hospital_since       BOOLEAN,
    aftercare            TEXT CHECK (aftercare IN ('YES', 'PARTLY', 'NO')),
    checked_by           TEXT CHECK (length(checked_by) BETWEEN 1 AND 120),
    checked_at           TIMESTAMP WITH TIME ZONE,
    -- Why re-engagement is needed (the rule's reason codes), and what was done about it.
    reengagement_reasons TEXT[] NOT NULL DEFAULT '{}',
    reengagement_details TEXT[] NOT NULL DEFAULT '{}',
    reengaged_action     TEXT CHECK (reengaged_action IN ('ALUMNI_GROUP', 'AFTERCARE_APPOINTMENT', 'READMISSION_REFERRAL')),
    reengaged_note       TEXT CHECK (length(reengaged_note) BETWEEN 3 AND 2000),
    reengaged_by         TEXT CHECK (length(reengaged_by) BETWEEN 1 AND 120),
    reengaged_at         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INT NOT NULL DEFAULT 0,
    UNIQUE (episode_id, days_after),
    CONSTRAINT follow_up_check_whole CHECK ((checked_at IS NULL) = (housing IS NULL) AND (housing IS NULL) = (work_or_school IS NULL)
        AND (housing IS NULL) = (hospital_since IS NULL) AND (housing IS NULL) = (aftercare IS NULL)),
    CONSTRAINT follow_up_reengaged_whole CHECK ((status = 'REENGAGED') = (reengaged_at IS NOT NULL))
);
CREATE INDEX follow_up_assigned_due_idx ON follow_up (assigned_to, due_on) WHERE status IN ('OPEN', 'REENGAGEMENT_NEEDED');
CREATE INDEX follow_up_client_idx ON follow_up (client_id);
CREATE INDEX follow_up_open_due_idx ON follow_up (due_on) WHERE status IN ('OPEN', 'REENGAGEMENT_NEEDED');

-- Each try at reaching the client, kept as recorded.
CREATE TABLE follow_up_attempt (
    id           UUID PRIMARY KEY,
    follow_up_id UUID NOT NULL REFERENCES follow_up (id),
    result       TEXT NOT NULL CHECK (result IN ('REACHED', 'NO_ANSWER', 'DECLINED', 'WRONG_NUMBER')),
    note         TEXT CHECK (length(note) BETWEEN 1 AND 2000),
    recorded_by  TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 120),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX follow_up_attempt_follow_up_idx ON follow_up_attempt (follow_up_id, recorded_at);
