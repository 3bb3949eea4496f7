-- Treatment plans, continued (module: careplan): every version's full content, the three signatures on a version,
-- reviews, and each program's review rule. V130's treatment_plan and plan_objective stay as they are (a contract);
-- plan_objective always mirrors the objectives of the plan's latest version.

-- How many days after the last review (or the day the plan took effect) the next review is due. Whatever this says,
-- a review is never due later than two calendar months after the last (Medicare: at least every other month).
ALTER TABLE program ADD COLUMN plan_review_days INT NOT NULL DEFAULT 30 CHECK (plan_review_days BETWEEN 7 AND 60);

-- One row per version of a plan, with the whole content as signed: problems with their goals, objectives and
-- interventions, and the services (type, amount, frequency, duration). A DRAFT version is edited in place; the first
-- signature makes it SIGNED, and from then on it never changes (an edit starts the next version as a draft).
CREATE TABLE treatment_plan_version (
    plan_id       UUID NOT NULL REFERENCES treatment_plan (id),
    number        INT  NOT NULL CHECK (number >= 1),
    status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    -- How the version came about: drafted from the admission, edited by a clinician, or written by a review.
    origin        TEXT NOT NULL CHECK (origin IN ('DRAFTED', 'EDITED', 'REVIEWED')),
    content       JSONB NOT NULL,
    -- SHA-256 (hex) of the canonical JSON of the content: what each signature signs.
    content_hash  TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    -- The day the last of the three signatures (client, clinician, physician) put this version in effect.
    effective_on  DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID NOT NULL REFERENCES staff (id),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID NOT NULL REFERENCES staff (id),
    PRIMARY KEY (plan_id, number),
    CHECK (effective_on IS NULL OR status = 'SIGNED')
);

-- A signature on one version. The client signs on paper or a pad in person; the clinician records that they did, with
-- the name the client wrote and the date (staff_id is then who recorded it).
CREATE TABLE plan_signature (
    id              UUID PRIMARY KEY,
    plan_id         UUID NOT NULL,
    version_number  INT  NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('CLIENT', 'CLINICIAN', 'PHYSICIAN')),
    signer_name     TEXT NOT NULL CHECK (length(signer_name) BETWEEN 1 AND 120),
    credential      TEXT CHECK (length(credential) <= 120),
    signed_on       DATE NOT NULL,
    staff_id        UUID NOT NULL REFERENCES staff (id),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash    TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    FOREIGN KEY (plan_id, version_number) REFERENCES treatment_plan_version (plan_id, number),
    UNIQUE (plan_id, version_number, role)
);

-- A review of the plan: progress per objective with a comment (also in the new version's content), and the version it
-- wrote. The id comes from the form or the API caller, so that sending the same review twice records it once.
CREATE TABLE plan_review (
    id                UUID PRIMARY KEY,
    plan_id           UUID NOT NULL REFERENCES treatment_plan (id),
    reviewed_on       DATE NOT NULL,
    reviewed_version  INT  NOT NULL,
    new_version       INT  NOT NULL,
    summary           TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    progress          JSONB NOT NULL,
    reviewed_by       UUID NOT NULL REFERENCES staff (id),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (plan_id, new_version) REFERENCES treatment_plan_version (plan_id, number)
);
CREATE INDEX plan_review_plan_idx ON plan_review (plan_id, reviewed_on DESC);

-- A signed version is final in the database too, whatever the application does: its content, hash and status never
-- change, the day it took effect is set once, and no version is ever deleted.
CREATE FUNCTION treatment_plan_version_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'treatment plan % version % cannot be deleted', OLD.plan_id, OLD.number
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'SIGNED' AND (NEW.status <> 'SIGNED' OR NEW.content IS DISTINCT FROM OLD.content
            OR NEW.content_hash <> OLD.content_hash
            OR (OLD.effective_on IS NOT NULL AND NEW.effective_on IS DISTINCT FROM OLD.effective_on)) THEN
        RAISE EXCEPTION 'treatment plan % version % is signed: edit the plan to start a new version', OLD.plan_id,
            OLD.number USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER treatment_plan_version_signed_is_final BEFORE UPDATE OR DELETE ON treatment_plan_version
    FOR EACH ROW EXECUTE FUNCTION treatment_plan_version_signed_is_final();

-- Signatures and reviews are only ever added.
CREATE FUNCTION careplan_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are only ever added', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER plan_signature_append_only BEFORE UPDATE OR DELETE ON plan_signature
    FOR EACH ROW EXECUTE FUNCTION careplan_append_only();
CREATE TRIGGER plan_review_append_only BEFORE UPDATE OR DELETE ON plan_review
    FOR EACH ROW EXECUTE FUNCTION careplan_append_only();
