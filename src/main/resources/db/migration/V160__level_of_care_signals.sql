-- Level-of-care signals (module: signals, issue 6): what the client's data says about stepping care up or down, and
-- what is coming due, each with the evidence that raised it; and what a clinician did about each.

CREATE TABLE level_of_care_signal (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES client (id),
    episode_id  UUID NOT NULL REFERENCES episode (id),
    -- Which rule raised it (RELIABLE_DETERIORATION, ...); see signals.SignalKind.
    kind        TEXT NOT NULL CHECK (kind ~ '^[A-Z_]{3,40}$'),
    -- What the rule is about when it can hold more than once at a time (an instrument: phq9, gad7); '' otherwise.
    topic       TEXT NOT NULL DEFAULT '' CHECK (length(topic) <= 40),
    direction   TEXT NOT NULL CHECK (direction IN ('UP', 'DOWN', 'DUE')),
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'ACTED', 'DISMISSED', 'RESOLVED')),
    summary     TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
    -- The facts that raised it: [{"what", "value", "on", "link"}, ...].
    evidence    JSONB NOT NULL,
    -- SHA-256 of the facts (not of the summary, whose "in 3 days" changes daily): a dismissed signal comes back only
    -- when this changes.
    fingerprint TEXT NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    raised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    version     INT NOT NULL DEFAULT 0 CHECK (version >= 0),
    CHECK ((status = 'OPEN') = (closed_at IS NULL))
);
-- At most one open signal per episode, rule and topic, however many listeners evaluate at once.
CREATE UNIQUE INDEX level_of_care_signal_one_open_idx ON level_of_care_signal (episode_id, kind, topic)
    WHERE status = 'OPEN';
-- The director's list of open signals, newest first.
CREATE INDEX level_of_care_signal_open_idx ON level_of_care_signal (raised_at DESC) WHERE status = 'OPEN';
CREATE INDEX level_of_care_signal_client_idx ON level_of_care_signal (client_id, raised_at DESC);
CREATE INDEX level_of_care_signal_latest_idx ON level_of_care_signal (episode_id, kind, topic, raised_at DESC);

-- What was done about a signal: one action closes it (refer up, plan the step-down, extend the stay, dismiss).
CREATE TABLE signal_action (
    id           UUID PRIMARY KEY,
    signal_id    UUID NOT NULL UNIQUE REFERENCES level_of_care_signal (id),
    action       TEXT NOT NULL CHECK (action IN ('REFER_UP', 'PLAN_STEP_DOWN', 'EXTEND_STAY', 'DISMISS')),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 1000),
    target_date  DATE,
    extend_days  INT CHECK (extend_days BETWEEN 1 AND 180),
    acted_by     TEXT NOT NULL CHECK (length(acted_by) BETWEEN 1 AND 120),
    acted_by_id  UUID NOT NULL REFERENCES staff (id),
    acted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((action = 'PLAN_STEP_DOWN') = (target_date IS NOT NULL)),
    CHECK ((action = 'EXTEND_STAY') = (extend_days IS NOT NULL))
);

-- The signals module's own record of the facts other modules announce by event (safety owns the alerts, screens and
-- home assessments; these rows are what the signal rules need of them, kept as the events arrive).
CREATE TABLE signal_safety_alert (
    alert_id    UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES client (id),
    reason      TEXT NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX signal_safety_alert_client_idx ON signal_safety_alert (client_id, opened_at DESC);

CREATE TABLE signal_drug_screen (
    screen_id    UUID PRIMARY KEY,
    client_id    UUID NOT NULL REFERENCES client (id),
    episode_id   UUID NOT NULL,
    collected_on DATE NOT NULL,
    observed     BOOLEAN NOT NULL,
    unexpected   TEXT[] NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signal_drug_screen_client_idx ON signal_drug_screen (client_id, collected_on DESC);

CREATE TABLE signal_home_assessment (
    assessment_id     UUID PRIMARY KEY,
    client_id         UUID NOT NULL REFERENCES client (id),
    episode_id        UUID NOT NULL,
    supports_recovery BOOLEAN NOT NULL,
    summary           TEXT NOT NULL,
    assessed_on       DATE NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signal_home_assessment_client_idx ON signal_home_assessment (client_id, assessed_on DESC, received_at DESC);
