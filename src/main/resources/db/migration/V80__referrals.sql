-- Referrals (module: intake). A referral is a request for care about one person, from a source, moving through the
-- intake pipeline NEW -> FIRST_CONTACT -> SCREENING -> ASSESSMENT -> DECISION -> an outcome. Every move is a row of
-- referral_status_change with who, when and why; the referral row holds the current status and a version for
-- optimistic locking.

CREATE TABLE referral (
    id                    UUID PRIMARY KEY,
    source                TEXT NOT NULL CHECK (source IN ('SELF', 'FAMILY', 'PRIMARY_CARE', 'INPATIENT_DISCHARGE',
                                                          'RESIDENTIAL_DISCHARGE', 'PHP_STEP_DOWN', 'COURT', 'EMPLOYER',
                                                          'OTHER')),
    referrer_name         TEXT CHECK (length(referrer_name) BETWEEN 1 AND 120),
    referrer_organisation TEXT CHECK (length(referrer_organisation) BETWEEN 1 AND 120),
    referrer_phone        TEXT CHECK (length(referrer_phone) BETWEEN 1 AND 30),
    referrer_email        TEXT CHECK (length(referrer_email) BETWEEN 3 AND 200 AND referrer_email LIKE '%_@_%'),
    -- The person referred, as the referrer described them; client_id once they are linked to a client record.
    given_name            TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name           TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    date_of_birth         DATE CHECK (date_of_birth >= DATE '1900-01-01'),
    phone                 TEXT CHECK (length(phone) BETWEEN 1 AND 30),
    client_id             UUID REFERENCES client (id),
    reason                TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    urgency               TEXT NOT NULL CHECK (urgency IN ('ROUTINE', 'SOON', 'URGENT')),
    payer_name            TEXT CHECK (length(payer_name) BETWEEN 1 AND 120),
    member_id             TEXT CHECK (length(member_id) BETWEEN 1 AND 60),
    program_id            UUID REFERENCES program (id),
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL CHECK (received_at >= TIMESTAMP WITH TIME ZONE '2000-01-01 00:00Z'),
    status                TEXT NOT NULL CHECK (status IN ('NEW', 'FIRST_CONTACT', 'SCREENING', 'ASSESSMENT', 'DECISION',
                                                          'ADMITTED', 'WAITLISTED', 'REFERRED_ELSEWHERE', 'DECLINED')),
    status_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL CHECK (status_changed_at >= received_at),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            TEXT NOT NULL CHECK (length(created_by) BETWEEN 1 AND 200),
    version               INT  NOT NULL CHECK (version >= 0)
);
CREATE INDEX referral_status_idx ON referral (status, received_at);
CREATE INDEX referral_received_idx ON referral (received_at);
CREATE INDEX referral_client_idx ON referral (client_id) WHERE client_id IS NOT NULL;

-- Every move, with who made it, when and why. Outcomes always say why. Rows are only ever added.
CREATE TABLE referral_status_change (
    referral_id UUID NOT NULL REFERENCES referral (id),
    seq         INT  NOT NULL CHECK (seq >= 1),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL CHECK (to_status IN ('FIRST_CONTACT', 'SCREENING', 'ASSESSMENT', 'DECISION', 'ADMITTED',
                                                   'WAITLISTED', 'REFERRED_ELSEWHERE', 'DECLINED')),
    reason      TEXT CHECK (length(reason) BETWEEN 1 AND 2000),
    changed_by  TEXT NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 200),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (referral_id, seq),
    CHECK (to_status NOT IN ('ADMITTED', 'WAITLISTED', 'REFERRED_ELSEWHERE', 'DECLINED') OR reason IS NOT NULL)
);
CREATE INDEX referral_status_change_to_idx ON referral_status_change (to_status, referral_id);

CREATE FUNCTION referral_status_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'referral_status_change is append-only: a move is recorded by a new row';
END $$;
CREATE TRIGGER referral_status_change_no_change BEFORE UPDATE OR DELETE ON referral_status_change
    FOR EACH ROW EXECUTE FUNCTION referral_status_change_append_only();
