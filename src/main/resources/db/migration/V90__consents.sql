-- Consents and 42 CFR Part 2 (module: consents). A consent row holds the signed terms and is never changed: the
-- SHA-256 of the signed content is stored with it, and a change is a new consent. What happens later (a revocation,
-- the expiry event) is added in tables of its own, one row per consent at most. A consent's status is computed from
-- these dates, never stored.

CREATE TABLE consent (
    id                       UUID PRIMARY KEY,
    client_id                UUID NOT NULL REFERENCES client (id),
    kind                     TEXT NOT NULL CHECK (kind IN ('TREATMENT', 'HIPAA_AUTHORIZATION', 'PART2')),
    patient_name             TEXT NOT NULL CHECK (length(patient_name) BETWEEN 1 AND 201),
    scope                    TEXT CHECK (length(scope) BETWEEN 1 AND 2000),
    discloser                TEXT CHECK (length(discloser) BETWEEN 1 AND 200),
    categories               TEXT[] NOT NULL DEFAULT '{}' CHECK (categories <@ ARRAY['DIAGNOSIS', 'ATTENDANCE',
                                 'TREATMENT_PLAN', 'MEDICATIONS', 'DRUG_SCREENS', 'SUMMARY']),
    information_detail       TEXT CHECK (length(information_detail) BETWEEN 1 AND 1000),
    recipient_names          TEXT[] NOT NULL DEFAULT '{}' CHECK (cardinality(recipient_names) <= 20),
    recipient_classes        TEXT[] NOT NULL DEFAULT '{}' CHECK (recipient_classes <@ ARRAY['TREATING_PROVIDERS',
                                 'HEALTH_PLAN']),
    purposes                 TEXT[] NOT NULL DEFAULT '{}' CHECK (purposes <@ ARRAY['TREATMENT', 'PAYMENT',
                                 'HEALTH_CARE_OPERATIONS', 'CARE_COORDINATION', 'CLIENT_REQUEST']),
    purpose_description      TEXT CHECK (length(purpose_description) BETWEEN 1 AND 1000),
    revocation_statement     TEXT CHECK (length(revocation_statement) BETWEEN 1 AND 2000),
    expires_on               DATE,
    expiry_event             TEXT CHECK (length(expiry_event) BETWEEN 1 AND 300),
    signer                   TEXT NOT NULL CHECK (signer IN ('CLIENT', 'REPRESENTATIVE')),
    signer_name              TEXT NOT NULL CHECK (length(signer_name) BETWEEN 1 AND 200),
    representative_authority TEXT CHECK (length(representative_authority) BETWEEN 1 AND 200),
    signed_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_on                DATE NOT NULL,
    witnessed_by             UUID NOT NULL REFERENCES staff (id),
    content_hash             TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    -- A representative's signature, and only that, says what authority the representative has.
    CHECK ((signer = 'REPRESENTATIVE') = (representative_authority IS NOT NULL)),
    CHECK (expires_on IS NULL OR expires_on >= signed_on),
    -- Consent to treatment: its scope, and nothing about disclosures.
    CHECK (kind <> 'TREATMENT' OR (scope IS NOT NULL AND discloser IS NULL AND cardinality(categories) = 0
        AND cardinality(recipient_names) = 0 AND cardinality(recipient_classes) = 0 AND cardinality(purposes) = 0)),
    -- A Part 2 consent (42 CFR 2.31) or HIPAA authorization holds every element.
    CHECK (kind = 'TREATMENT' OR (scope IS NULL AND discloser IS NOT NULL AND cardinality(categories) >= 1
        AND cardinality(recipient_names) + cardinality(recipient_classes) >= 1 AND cardinality(purposes) >= 1
        AND revocation_statement IS NOT NULL AND (expires_on IS NOT NULL OR expiry_event IS NOT NULL)))
);
CREATE INDEX consent_client_idx ON consent (client_id, signed_at DESC);

-- The client withdrew the consent: from revoked_on on it permits nothing.
CREATE TABLE consent_revocation (
    consent_id  UUID PRIMARY KEY REFERENCES consent (id),
    revoked_on  DATE NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('IN_WRITING', 'VERBALLY', 'ELECTRONICALLY')),
    note        TEXT CHECK (length(note) BETWEEN 1 AND 1000),
    recorded_by UUID NOT NULL REFERENCES staff (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The event a consent expires on happened: from occurred_on on the consent has expired.
CREATE TABLE consent_expiry_event (
    consent_id  UUID PRIMARY KEY REFERENCES consent (id),
    occurred_on DATE NOT NULL,
    note        TEXT CHECK (length(note) BETWEEN 1 AND 1000),
    recorded_by UUID NOT NULL REFERENCES staff (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each permitted disclosure, for the accounting of disclosures (42 CFR 2.24: three years).
CREATE TABLE disclosure (
    id              UUID PRIMARY KEY,
    client_id       UUID NOT NULL REFERENCES client (id),
    consent_id      UUID NOT NULL REFERENCES consent (id),
    recipient_name  TEXT NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 200),
    recipient_class TEXT CHECK (recipient_class IN ('TREATING_PROVIDERS', 'HEALTH_PLAN')),
    purpose         TEXT NOT NULL CHECK (purpose IN ('TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS',
                        'CARE_COORDINATION', 'CLIENT_REQUEST')),
    categories      TEXT[] NOT NULL CHECK (cardinality(categories) >= 1 AND categories <@ ARRAY['DIAGNOSIS',
                        'ATTENDANCE', 'TREATMENT_PLAN', 'MEDICATIONS', 'DRUG_SCREENS', 'SUMMARY']),
    disclosed_on    DATE NOT NULL,
    notice_edition  TEXT NOT NULL CHECK (length(notice_edition) BETWEEN 1 AND 40),
    recorded_by     UUID NOT NULL REFERENCES staff (id),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX disclosure_client_idx ON disclosure (client_id, disclosed_on DESC);

-- Signed consents, revocations, expiry events and the accounting are records: never changed or removed.
CREATE FUNCTION consent_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: a signed consent is never changed (sign a new one)', TG_TABLE_NAME;
END $$;
CREATE TRIGGER consent_no_change BEFORE UPDATE OR DELETE ON consent
    FOR EACH ROW EXECUTE FUNCTION consent_append_only();
CREATE TRIGGER consent_revocation_no_change BEFORE UPDATE OR DELETE ON consent_revocation
    FOR EACH ROW EXECUTE FUNCTION consent_append_only();
CREATE TRIGGER consent_expiry_event_no_change BEFORE UPDATE OR DELETE ON consent_expiry_event
    FOR EACH ROW EXECUTE FUNCTION consent_append_only();
CREATE TRIGGER disclosure_no_change BEFORE UPDATE OR DELETE ON disclosure
    FOR EACH ROW EXECUTE FUNCTION consent_append_only();
