-- Home environment (module: safety; issue 6): whether the client's home supports recovery, as a clinician assessed it.
-- Every assessment is kept; the latest is the one that counts.
CREATE TABLE recovery_environment_assessment (
    id                 UUID PRIMARY KEY,
    client_id          UUID NOT NULL REFERENCES client (id),
    episode_id         UUID NOT NULL REFERENCES episode (id),
    supports_recovery  BOOLEAN NOT NULL,
    summary            TEXT NOT NULL CHECK (length(trim(summary)) BETWEEN 1 AND 2000),
    assessed_on        DATE NOT NULL,
    assessed_by        UUID NOT NULL REFERENCES staff (id),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX recovery_environment_client_idx ON recovery_environment_assessment (client_id, assessed_on DESC, recorded_at DESC);
CREATE TRIGGER recovery_environment_append_only BEFORE UPDATE OR DELETE ON recovery_environment_assessment
    FOR EACH ROW EXECUTE FUNCTION drug_screen_append_only();
