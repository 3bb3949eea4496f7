-- Issue 7: the discharge summary, one per episode, drafted from the chart at discharge. The figures (dates, attendance,
-- scores, objectives, safety, medications) and the clinician's narrative sections live together in content; the
-- SHA-256 of its canonical JSON is what the signature signs. Once signed, a trigger keeps the row as it is.
CREATE TABLE discharge_summary (
    id             UUID PRIMARY KEY,
    episode_id     UUID        NOT NULL UNIQUE REFERENCES episode (id),
    client_id      UUID        NOT NULL REFERENCES client (id),
    status         TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    content        JSONB       NOT NULL,
    content_hash   TEXT        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    -- Who discharged the client and so drafted the summary: the documentation queue asks them to sign it.
    author_id      UUID        NOT NULL REFERENCES staff (id),
    author_name    TEXT        NOT NULL CHECK (length(author_name) BETWEEN 1 AND 200),
    drafted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     TEXT        NOT NULL CHECK (length(updated_by) BETWEEN 1 AND 200),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_by_id   UUID REFERENCES staff (id),
    signed_by_name TEXT CHECK (length(signed_by_name) BETWEEN 1 AND 200),
    signed_at      TIMESTAMP WITH TIME ZONE,
    version        INT         NOT NULL DEFAULT 0 CHECK (version >= 0),
    CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL AND signed_by_id IS NOT NULL AND signed_by_name IS NOT NULL))
);
CREATE INDEX discharge_summary_client_idx ON discharge_summary (client_id);
CREATE INDEX discharge_summary_unsigned_idx ON discharge_summary (author_id) WHERE status = 'DRAFT';

-- A signed summary is final: no change and no deletion, whoever connects (the application or a person at psql).
CREATE FUNCTION discharge_summary_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'SIGNED' THEN
        RAISE EXCEPTION 'discharge summary % is signed and final', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER discharge_summary_signed_is_final BEFORE UPDATE OR DELETE ON discharge_summary
    FOR EACH ROW EXECUTE FUNCTION discharge_summary_signed_is_final();
