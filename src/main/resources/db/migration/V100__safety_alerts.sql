-- Safety alerts (module: safety). One alert per administration that raised a safety flag (PHQ-9 item 9 above 0,
-- C-SSRS screener moderate or high); it stays open until a clinician records what was done.

CREATE TABLE safety_alert (
    id                UUID PRIMARY KEY,
    client_id         UUID NOT NULL REFERENCES client (id),
    -- The administration that raised it: at most one alert each, so a redelivered event opens nothing new.
    administration_id UUID NOT NULL UNIQUE REFERENCES measure_administration (id),
    instrument        TEXT NOT NULL CHECK (instrument ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    administered_on   DATE NOT NULL,
    severity          TEXT NOT NULL CHECK (severity IN ('moderate', 'high')),
    reason            TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    action_taken      TEXT CHECK (length(trim(action_taken)) BETWEEN 10 AND 2000),
    outcome           TEXT CHECK (outcome IN ('safety-plan-made', 'referred-to-emergency-care',
                                              'higher-level-of-care-arranged', 'no-current-risk-after-assessment')),
    resolved_by       UUID REFERENCES staff (id),
    resolved_at       TIMESTAMP WITH TIME ZONE,
    version           INT  NOT NULL DEFAULT 0 CHECK (version >= 0),
    CHECK ((status = 'open' AND action_taken IS NULL AND outcome IS NULL AND resolved_by IS NULL AND resolved_at IS NULL)
        OR (status = 'resolved' AND action_taken IS NOT NULL AND outcome IS NOT NULL AND resolved_by IS NOT NULL
            AND resolved_at IS NOT NULL AND resolved_at >= opened_at))
);

-- Open alerts per client (chart panel, Today counts), oldest first.
CREATE INDEX safety_alert_open_idx ON safety_alert (client_id, opened_at) WHERE status = 'open';
-- A client's alerts, newest first.
CREATE INDEX safety_alert_client_idx ON safety_alert (client_id, opened_at DESC);
