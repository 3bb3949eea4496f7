-- The episode of care: admission into a program and track, its terms, its status history, and the track waitlist
-- (module: episodes).

CREATE TABLE episode (
    id                    UUID PRIMARY KEY,
    client_id             UUID          NOT NULL REFERENCES client (id),
    program_id            UUID          NOT NULL REFERENCES program (id),
    track_id              UUID          NOT NULL REFERENCES track (id),
    status                TEXT          NOT NULL CHECK (status IN ('WAITLISTED', 'ADMITTED', 'DISCHARGED', 'CANCELLED')),
    referral_id           UUID,
    -- The day treatment starts (for a waitlisted client: the day asked for, until a place is offered).
    admitted_on           DATE          NOT NULL,
    -- Any length from two weeks to a year; the planned end is always the admission date plus the length.
    planned_length_days   INT           NOT NULL CHECK (planned_length_days BETWEEN 14 AND 366),
    planned_end           DATE          NOT NULL,
    -- 6 to 19 hours a week (adolescent IOP from 6, adult IOP 9 to 19; 20 or more is partial hospitalization).
    weekly_hours          NUMERIC(4, 1) NOT NULL CHECK (weekly_hours BETWEEN 6 AND 19),
    level_of_care         TEXT          NOT NULL CHECK (level_of_care IN ('1', '2.1', '2.5', '3.1', '3.5', '3.7', '4')),
    -- ICD-10-CM codes, the primary one first; 1 to 12 of them.
    diagnoses             TEXT[]        NOT NULL CHECK (cardinality(diagnoses) BETWEEN 1 AND 12),
    payer_name            TEXT CHECK (length(payer_name) <= 120),
    member_id             TEXT CHECK (length(member_id) <= 40),
    authorization_number  TEXT CHECK (length(authorization_number) <= 40),
    authorized_units      INT CHECK (authorized_units BETWEEN 1 AND 1000),
    authorization_start   DATE,
    authorization_end     DATE,
    certified_on          DATE,
    certifying_physician  TEXT CHECK (length(certifying_physician) <= 120),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            TEXT          NOT NULL,
    version               INT           NOT NULL DEFAULT 0,
    CHECK (planned_end = admitted_on + planned_length_days),
    CHECK (array_position(diagnoses, NULL) IS NULL),
    CHECK ((authorization_start IS NULL) = (authorization_end IS NULL)),
    CHECK (authorization_end >= authorization_start),
    CHECK ((certified_on IS NULL) = (certifying_physician IS NULL))
);
-- One current (waitlisted or admitted) episode per client: a second admission is refused, however it arrives.
CREATE UNIQUE INDEX episode_one_current_per_client_idx ON episode (client_id)
    WHERE status IN ('WAITLISTED', 'ADMITTED');
CREATE INDEX episode_track_status_idx ON episode (track_id, status, planned_end);
CREATE INDEX episode_client_idx ON episode (client_id, admitted_on DESC);

-- Every move of an episode's status: who, when, from, to and why. Rows are only ever added.
CREATE TABLE episode_status_change (
    id          BIGSERIAL PRIMARY KEY,
    episode_id  UUID NOT NULL REFERENCES episode (id),
    from_status TEXT CHECK (from_status IN ('WAITLISTED', 'ADMITTED', 'DISCHARGED', 'CANCELLED')),
    to_status   TEXT NOT NULL CHECK (to_status IN ('WAITLISTED', 'ADMITTED', 'DISCHARGED', 'CANCELLED')),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  TEXT NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 120),
    reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    CHECK (from_status IS DISTINCT FROM to_status)
);
CREATE INDEX episode_status_change_episode_idx ON episode_status_change (episode_id, id);

-- A client waiting for a place on a full track. Positions of those still waiting run 1, 2, 3... without gaps; an entry
-- that leaves the list (admitted or removed) gives up its position.
CREATE TABLE waitlist_entry (
    id             UUID PRIMARY KEY,
    episode_id     UUID NOT NULL UNIQUE REFERENCES episode (id),
    track_id       UUID NOT NULL REFERENCES track (id),
    client_id      UUID NOT NULL REFERENCES client (id),
    requested_on   DATE NOT NULL,
    position       INT CHECK (position >= 1),
    -- The planned end of the k-th earliest-ending admitted episode for position k, kept current as the list moves;
    -- empty when no current episode ends early enough to tell.
    expected_start DATE,
    status         TEXT NOT NULL CHECK (status IN ('WAITING', 'ADMITTED', 'REMOVED')),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at        TIMESTAMP WITH TIME ZONE,
    CHECK ((status = 'WAITING') = (position IS NOT NULL)),
    CHECK ((status = 'WAITING') = (left_at IS NULL)),
    -- Deferred, so that closing a gap (every later position moves up by one) is a single statement.
    CONSTRAINT waitlist_entry_position_unique UNIQUE (track_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX waitlist_entry_waiting_idx ON waitlist_entry (track_id, position) WHERE status = 'WAITING';
