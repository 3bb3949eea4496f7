-- Attendance (module: attendance): who came to each session and for how long, the hours that earns toward the IOP
-- weekly target, alerts when a client falls behind, and the idempotency keys of the check-in API.

-- One record per client and session, however many people or retries check them in. Corrections update the row under
-- its version; the audit log keeps who changed what.
CREATE TABLE attendance (
    id               UUID PRIMARY KEY,
    session_id       UUID          NOT NULL REFERENCES session (id),
    client_id        UUID          NOT NULL REFERENCES client (id),
    episode_id       UUID          NOT NULL REFERENCES episode (id),
    status           TEXT          NOT NULL CHECK (status IN ('PRESENT', 'LATE', 'LEFT_EARLY', 'TELEHEALTH',
                                                              'EXCUSED_ABSENCE', 'UNEXCUSED_ABSENCE')),
    minutes_attended INT           NOT NULL CHECK (minutes_attended BETWEEN 0 AND 240),
    -- The session type's counted hours × minutes attended / session minutes, rounded to 2 decimals when recorded, so
    -- that a later change to the session type does not rewrite hours already reported to a payer.
    attended_hours   NUMERIC(4, 2) NOT NULL CHECK (attended_hours BETWEEN 0 AND 4),
    recorded_by      TEXT          NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 120),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INT           NOT NULL DEFAULT 0 CHECK (version >= 0),
    UNIQUE (session_id, client_id),
    -- An absence is 0 minutes; any other status at least 1.
    CHECK ((status IN ('EXCUSED_ABSENCE', 'UNEXCUSED_ABSENCE')) = (minutes_attended = 0))
);
CREATE INDEX attendance_episode_idx ON attendance (episode_id);
CREATE INDEX attendance_client_idx ON attendance (client_id, session_id);

-- "Cannot reach this week's target any more" or "missed two sessions in a row", for the client's care team and the
-- director, until someone closes it with a note. dedupe_key makes raising idempotent: the ISO week for SHORT_OF_TARGET,
-- the first missed session of the run for MISSED_IN_A_ROW.
CREATE TABLE attendance_alert (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES client (id),
    episode_id  UUID NOT NULL REFERENCES episode (id),
    kind        TEXT NOT NULL CHECK (kind IN ('SHORT_OF_TARGET', 'MISSED_IN_A_ROW')),
    dedupe_key  TEXT NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 60),
    week_start  DATE NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    close_note  TEXT CHECK (length(trim(close_note)) BETWEEN 3 AND 1000),
    closed_by   TEXT CHECK (length(closed_by) BETWEEN 1 AND 120),
    closed_at   TIMESTAMP WITH TIME ZONE,
    version     INT  NOT NULL DEFAULT 0 CHECK (version >= 0),
    UNIQUE (episode_id, kind, dedupe_key),
    CHECK ((status = 'OPEN' AND close_note IS NULL AND closed_by IS NULL AND closed_at IS NULL)
        OR (status = 'CLOSED' AND close_note IS NOT NULL AND closed_by IS NOT NULL AND closed_at >= opened_at))
);
CREATE INDEX attendance_alert_open_idx ON attendance_alert (client_id, opened_at) WHERE status = 'OPEN';

-- The make-up sessions suggested when the alert was raised, best first. Pages show each with its current seats.
CREATE TABLE attendance_alert_suggestion (
    alert_id   UUID NOT NULL REFERENCES attendance_alert (id),
    position   INT  NOT NULL CHECK (position BETWEEN 1 AND 20),
    session_id UUID NOT NULL REFERENCES session (id),
    PRIMARY KEY (alert_id, position),
    UNIQUE (alert_id, session_id)
);

-- Idempotency-Key of POST /api/v1/sessions/{id}/attendance, per caller: the same key with the same body replays the
-- stored answer; with another body it is refused. Claimed in the check-in's own transaction, so a refused check-in
-- leaves no key behind. Kept 48 hours.
CREATE TABLE attendance_request (
    caller          TEXT  NOT NULL CHECK (length(caller) BETWEEN 1 AND 120),
    idempotency_key TEXT  NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    fingerprint     BYTEA NOT NULL CHECK (length(fingerprint) = 32),
    response_status INT CHECK (response_status BETWEEN 200 AND 599),
    response_body   TEXT,
    -- Whose attendance the answer shows, to audit a replay.
    client_id       UUID REFERENCES client (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX attendance_request_created_idx ON attendance_request (created_at);
