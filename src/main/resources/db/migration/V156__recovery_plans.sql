-- Safety plans and relapse prevention plans (module: safety; issue 6): one versioned, signed plan per client and kind,
-- kept in one store. A DRAFT version is edited in place; the first signature makes it SIGNED, and from then on it never
-- changes (saving again starts the next version as a draft). Earlier versions stay readable.

CREATE TABLE recovery_plan (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES client (id),
    kind        TEXT NOT NULL CHECK (kind IN ('SAFETY', 'RELAPSE_PREVENTION')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Optimistic lock: raised by every save and signature, so an editor who read an older state is told.
    version     INT  NOT NULL DEFAULT 0 CHECK (version >= 0),
    UNIQUE (client_id, kind)
);

CREATE TABLE recovery_plan_version (
    plan_id       UUID NOT NULL REFERENCES recovery_plan (id),
    number        INT  NOT NULL CHECK (number >= 1),
    status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    -- The sections as written ({"sections": {"warningSigns": "…", …}, "reviewOn": "2026-05-01"}).
    content       JSONB NOT NULL,
    -- SHA-256 (hex) of the canonical content: what each signature signs.
    content_hash  TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID NOT NULL REFERENCES staff (id),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID NOT NULL REFERENCES staff (id),
    PRIMARY KEY (plan_id, number)
);

-- The client signs on paper or a pad in person; the clinician records that they did (staff_id is who recorded it).
CREATE TABLE recovery_plan_signature (
    plan_id         UUID NOT NULL,
    version_number  INT  NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('CLIENT', 'CLINICIAN')),
    signer_name     TEXT NOT NULL CHECK (length(signer_name) BETWEEN 1 AND 120),
    signed_on       DATE NOT NULL,
    staff_id        UUID NOT NULL REFERENCES staff (id),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash    TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    PRIMARY KEY (plan_id, version_number, role),
    FOREIGN KEY (plan_id, version_number) REFERENCES recovery_plan_version (plan_id, number)
);

-- A signed version is final in the database too: content, hash and status never change, no version is deleted.
CREATE FUNCTION recovery_plan_version_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'recovery plan % version % cannot be deleted', OLD.plan_id, OLD.number
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'SIGNED' AND (NEW.status <> 'SIGNED' OR NEW.content IS DISTINCT FROM OLD.content
            OR NEW.content_hash <> OLD.content_hash) THEN
        RAISE EXCEPTION 'recovery plan % version % is signed: save the plan to start a new version', OLD.plan_id,
            OLD.number USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER recovery_plan_version_signed_is_final BEFORE UPDATE OR DELETE ON recovery_plan_version
    FOR EACH ROW EXECUTE FUNCTION recovery_plan_version_signed_is_final();

CREATE FUNCTION recovery_plan_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are only ever added', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER recovery_plan_signature_append_only BEFORE UPDATE OR DELETE ON recovery_plan_signature
    FOR EACH ROW EXECUTE FUNCTION recovery_plan_append_only();
