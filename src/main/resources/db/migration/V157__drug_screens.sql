-- Drug screens (module: safety; issue 6): panels of substances, each program's screening frequency and panel, the
-- substances a client is prescribed (a positive for one of them is expected), screens with a result per substance, and
-- the randomly chosen screening days of each client's week.

-- A panel: the substances one cup or test card reports, as lower-case codes.
CREATE TABLE drug_screen_panel (
    id          UUID PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    substances  TEXT[] NOT NULL CHECK (cardinality(substances) BETWEEN 1 AND 30)
);
INSERT INTO drug_screen_panel (id, code, name, substances) VALUES
    ('5a1e0000-0000-4000-8000-000000000005', '5-panel', '5-panel',
     ARRAY['amphetamines', 'cocaine', 'thc', 'opiates', 'pcp']),
    ('5a1e0000-0000-4000-8000-000000000012', '12-panel', '12-panel',
     ARRAY['amphetamines', 'barbiturates', 'benzodiazepines', 'buprenorphine', 'cocaine', 'thc', 'methadone',
           'methamphetamine', 'mdma', 'opiates', 'oxycodone', 'pcp']),
    ('5a1e0000-0000-4000-8000-000000000013', '13-panel-fentanyl', '13-panel with fentanyl',
     ARRAY['amphetamines', 'barbiturates', 'benzodiazepines', 'buprenorphine', 'cocaine', 'thc', 'methadone',
           'methamphetamine', 'mdma', 'opiates', 'oxycodone', 'pcp', 'fentanyl']);

-- A program's screening: how many random screens in four weeks (4 = weekly, 2 = every other week, 8 = twice a week;
-- at least one a week during a client's first 30 days whatever this says) and the panel its screens use. A program
-- without a row screens weekly with the 12-panel.
CREATE TABLE drug_screen_setting (
    program_id              UUID PRIMARY KEY REFERENCES program (id),
    screens_per_four_weeks  INT  NOT NULL DEFAULT 4 CHECK (screens_per_four_weeks BETWEEN 1 AND 20),
    panel_id          UUID NOT NULL REFERENCES drug_screen_panel (id),
    version           INT  NOT NULL DEFAULT 0
);

-- What the client is prescribed that a screen would show (buprenorphine, methadone, a prescribed benzodiazepine),
-- kept by the clinician per episode. Stopping one keeps the row, so earlier screens still read as they were.
CREATE TABLE prescribed_substance (
    id          UUID PRIMARY KEY,
    episode_id  UUID NOT NULL REFERENCES episode (id),
    substance   TEXT NOT NULL CHECK (substance ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    medication  TEXT NOT NULL CHECK (length(medication) BETWEEN 1 AND 120),
    added_by    UUID NOT NULL REFERENCES staff (id),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_by  UUID REFERENCES staff (id),
    stopped_at  TIMESTAMP WITH TIME ZONE,
    CHECK ((stopped_by IS NULL) = (stopped_at IS NULL))
);
CREATE UNIQUE INDEX prescribed_substance_active_idx ON prescribed_substance (episode_id, substance)
    WHERE stopped_at IS NULL;

-- A screen. Its id comes from the form or the API caller, so that sending the same screen twice records it once.
CREATE TABLE drug_screen (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL REFERENCES client (id),
    episode_id    UUID NOT NULL REFERENCES episode (id),
    panel_id      UUID NOT NULL REFERENCES drug_screen_panel (id),
    collected_on  DATE NOT NULL,
    observed      BOOLEAN NOT NULL,
    recorded_by   UUID NOT NULL REFERENCES staff (id),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX drug_screen_client_idx ON drug_screen (client_id, collected_on DESC);

-- One result per substance of the panel, and what it means given the prescriptions on the day it was recorded.
CREATE TABLE drug_screen_result (
    screen_id       UUID NOT NULL REFERENCES drug_screen (id),
    substance       TEXT NOT NULL CHECK (substance ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    result          TEXT NOT NULL CHECK (result IN ('NEGATIVE', 'POSITIVE', 'INVALID', 'DILUTE')),
    interpretation  TEXT NOT NULL CHECK (interpretation IN ('NEGATIVE', 'EXPECTED', 'UNEXPECTED', 'NOT_READABLE')),
    PRIMARY KEY (screen_id, substance)
);

CREATE FUNCTION drug_screen_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are only ever added', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER drug_screen_append_only BEFORE UPDATE OR DELETE ON drug_screen
    FOR EACH ROW EXECUTE FUNCTION drug_screen_append_only();
CREATE TRIGGER drug_screen_result_append_only BEFORE UPDATE OR DELETE ON drug_screen_result
    FOR EACH ROW EXECUTE FUNCTION drug_screen_append_only();

-- The days a client's week was chosen for random screens, chosen once per episode and week (the first time anyone
-- asks) and never shown ahead: the due list shows today's only.
CREATE TABLE drug_screen_week (
    episode_id  UUID NOT NULL REFERENCES episode (id),
    monday      DATE NOT NULL CHECK (extract(isodow FROM monday) = 1),
    days        DATE[] NOT NULL,
    chosen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (episode_id, monday)
);
