-- Issue 7 (module: aftercare): the aftercare plan of an episode of care, written in the last weeks of treatment or at
-- discharge, its versions, the copies given to the client or shared with their support people, and referrals out to
-- the next provider. The plan is per episode, so a readmission starts a plan of its own.

CREATE TABLE aftercare_plan (
    id          UUID PRIMARY KEY,
    episode_id  UUID NOT NULL UNIQUE REFERENCES episode (id),
    client_id   UUID NOT NULL REFERENCES client (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Optimistic lock: raised by every save and review, so an editor who read an older state is told.
    version     INT  NOT NULL DEFAULT 0 CHECK (version >= 0)
);

-- A version is rewritten in place until it is reviewed with the client; from then on it never changes and the next
-- save starts the next version, so that what the client was given stays readable.
CREATE TABLE aftercare_plan_version (
    plan_id        UUID NOT NULL REFERENCES aftercare_plan (id),
    number         INT  NOT NULL CHECK (number >= 1),
    -- The plan as written (aftercare.AftercareContent as JSON).
    content        JSONB NOT NULL,
    content_hash   TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     UUID NOT NULL REFERENCES staff (id),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     UUID NOT NULL REFERENCES staff (id),
    -- "Reviewed with the client on <date>", recorded by a staff member.
    reviewed_on    DATE,
    reviewed_by    UUID REFERENCES staff (id),
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (plan_id, number),
    CONSTRAINT aftercare_review_whole CHECK ((reviewed_on IS NULL) = (reviewed_by IS NULL)
                                             AND (reviewed_on IS NULL) = (reviewed_at IS NULL))
);

CREATE FUNCTION aftercare_plan_version_reviewed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'aftercare plan % version % cannot be deleted', OLD.plan_id, OLD.number
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.reviewed_on IS NOT NULL AND (NEW.content IS DISTINCT FROM OLD.content
            OR NEW.content_hash <> OLD.content_hash OR NEW.reviewed_on IS DISTINCT FROM OLD.reviewed_on) THEN
        RAISE EXCEPTION 'aftercare plan % version % was reviewed with the client: save to start a new version',
            OLD.plan_id, OLD.number USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER aftercare_plan_version_reviewed_is_final BEFORE UPDATE OR DELETE ON aftercare_plan_version
    FOR EACH ROW EXECUTE FUNCTION aftercare_plan_version_reviewed_is_final();

-- A copy of a version given to the client, or shared with a member of their support network (then under a consent,
-- with the disclosure recorded in the accounting of disclosures).
CREATE TABLE aftercare_handout (
    id                 UUID PRIMARY KEY,
    plan_id            UUID NOT NULL,
    version_number     INT  NOT NULL,
    recipient          TEXT NOT NULL CHECK (recipient IN ('CLIENT', 'SUPPORT_PERSON')),
    -- No foreign key: a person may later leave the support network; the handout keeps their name.
    support_person_id  UUID,
    recipient_name     TEXT NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 120),
    given_on           DATE NOT NULL,
    given_by           UUID NOT NULL REFERENCES staff (id),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    disclosure_id      UUID REFERENCES disclosure (id),
    FOREIGN KEY (plan_id, version_number) REFERENCES aftercare_plan_version (plan_id, number),
    CONSTRAINT aftercare_handout_who CHECK ((recipient = 'CLIENT') = (support_person_id IS NULL)),
    CONSTRAINT aftercare_handout_consent CHECK (recipient = 'CLIENT' OR disclosure_id IS NOT NULL)
);
-- The same copy recorded twice (a double click) is one handout.
CREATE UNIQUE INDEX aftercare_handout_once ON aftercare_handout
    (plan_id, version_number, recipient, COALESCE(support_person_id, '00000000-0000-0000-0000-000000000000'), given_on);

-- A referral packet sent to the next provider: which sections it carried, which were left out and why, and the
-- disclosures recorded for it.
CREATE TABLE aftercare_referral (
    id               UUID PRIMARY KEY,
    plan_id          UUID NOT NULL,
    version_number   INT  NOT NULL,
    recipient_name   TEXT NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 200),
    included         TEXT[] NOT NULL CHECK (cardinality(included) >= 1),
    -- [{"section": "DIAGNOSES", "reason": "…"}]
    left_out         JSONB NOT NULL,
    disclosure_ids   UUID[] NOT NULL,
    sent_on          DATE NOT NULL,
    sent_by          UUID NOT NULL REFERENCES staff (id),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (plan_id, version_number) REFERENCES aftercare_plan_version (plan_id, number)
);
CREATE INDEX aftercare_referral_plan_idx ON aftercare_referral (plan_id);

CREATE FUNCTION aftercare_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are only ever added', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER aftercare_handout_append_only BEFORE UPDATE OR DELETE ON aftercare_handout
    FOR EACH ROW EXECUTE FUNCTION aftercare_append_only();
CREATE TRIGGER aftercare_referral_append_only BEFORE UPDATE OR DELETE ON aftercare_referral
    FOR EACH ROW EXECUTE FUNCTION aftercare_append_only();
