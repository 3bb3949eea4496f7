-- Issue 7 (module: alumni): the program's alumni roster, the weekly alumni groups put on the schedule, and who came.
-- Alumni are discharged: they hold no admitted episode, so their attendance is kept here and never in `attendance`,
-- and it counts toward no IOP weekly hours (the ALUMNI session type counts none either, V110).

-- One row per client and program. Clients discharged as COMPLETED or STEPPED_DOWN join on their own (the listener of
-- episodes.ClientDischarged); staff add any other former client by hand. Nobody is deleted: leaving is a status.
CREATE TABLE alumni_member (
    id                UUID PRIMARY KEY,
    client_id         UUID    NOT NULL REFERENCES client (id),
    program_id        UUID    NOT NULL REFERENCES program (id),
    -- The discharged episode that made them an alumnus, and how it ended (copied: a discharge is final, V170).
    source_episode_id UUID    NOT NULL REFERENCES episode (id),
    discharge_type    TEXT    NOT NULL CHECK (discharge_type IN ('COMPLETED', 'STEPPED_DOWN', 'STEPPED_UP',
                                              'TRANSFERRED', 'LEFT_AGAINST_ADVICE', 'ADMINISTRATIVE')),
    discharged_on     DATE    NOT NULL,
    joined_on         DATE    NOT NULL,
    joined_how        TEXT    NOT NULL CHECK (joined_how IN ('ON_DISCHARGE', 'BY_HAND')),
    status            TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
    left_reason       TEXT CHECK (length(left_reason) BETWEEN 3 AND 300),
    left_on           DATE,
    -- Whether the client agreed to be contacted about alumni groups and events; not asked yet until staff set it.
    may_contact       BOOLEAN NOT NULL DEFAULT FALSE,
    added_by          TEXT    NOT NULL CHECK (length(added_by) BETWEEN 1 AND 120),
    added_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INT     NOT NULL DEFAULT 0,
    UNIQUE (client_id, program_id),
    CHECK ((status = 'LEFT') = (left_reason IS NOT NULL)),
    CHECK ((status = 'LEFT') = (left_on IS NOT NULL))
);
CREATE INDEX alumni_member_program_idx ON alumni_member (program_id, status);

-- A weekly alumni group of a program: what staff asked for ("Thursdays 18:00 in Room 2 with J. Rivera"). Its dated
-- sessions live in scheduling's `session` (type ALUMNI, no track); alumni_session says which program each belongs to.
CREATE TABLE alumni_group (
    id             UUID PRIMARY KEY,
    program_id     UUID NOT NULL REFERENCES program (id),
    site_id        UUID NOT NULL REFERENCES site (id),
    weekday        INT  NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- ISO: 1 = Monday
    starts_at      TIME NOT NULL,
    room_id        UUID REFERENCES room (id),
    facilitator_id UUID NOT NULL REFERENCES staff (id),
    created_by     TEXT NOT NULL CHECK (length(created_by) BETWEEN 1 AND 120),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Scheduling the same group again (a double click, more weeks) reuses this row and skips the days it already has.
    UNIQUE (program_id, site_id, weekday, starts_at)
);

CREATE TABLE alumni_session (
    session_id UUID PRIMARY KEY REFERENCES session (id),
    group_id   UUID NOT NULL REFERENCES alumni_group (id),
    program_id UUID NOT NULL REFERENCES program (id),
    -- The session's local date at its site when it was scheduled.
    day        DATE NOT NULL,
    UNIQUE (group_id, day)
);
CREATE INDEX alumni_session_day_idx ON alumni_session (day);

-- Who came to an alumni session: one row per session and client, corrected under a version.
CREATE TABLE alumni_attendance (
    session_id  UUID    NOT NULL REFERENCES alumni_session (session_id),
    client_id   UUID    NOT NULL REFERENCES client (id),
    attended    BOOLEAN NOT NULL,
    recorded_by TEXT    NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 120),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, client_id)
);
CREATE INDEX alumni_attendance_client_idx ON alumni_attendance (client_id) WHERE attended;
