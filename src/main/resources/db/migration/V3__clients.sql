-- The client registry (module: clients).

CREATE SEQUENCE client_record_number_seq START 1001;

CREATE TABLE client (
    id                      UUID PRIMARY KEY,
    record_number           TEXT NOT NULL UNIQUE CHECK (record_number ~ '^SW-[0-9]{6,}$'),
    given_name              TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name             TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    preferred_name          TEXT CHECK (length(preferred_name) <= 100),
    pronouns                TEXT CHECK (length(pronouns) <= 40),
    date_of_birth           DATE NOT NULL CHECK (date_of_birth >= DATE '1900-01-01'),
    sex_at_birth            TEXT CHECK (sex_at_birth IN ('FEMALE', 'MALE', 'INTERSEX', 'UNKNOWN')),
    gender_identity         TEXT CHECK (length(gender_identity) <= 60),
    preferred_language      TEXT NOT NULL DEFAULT 'English' CHECK (length(preferred_language) BETWEEN 1 AND 60),
    interpreter_needed      BOOLEAN NOT NULL DEFAULT FALSE,
    phone                   TEXT CHECK (length(phone) <= 30),
    -- Digits only, so that a search for 5551234 finds (555) 123-4567 too.
    phone_digits            TEXT CHECK (phone_digits ~ '^[0-9]{0,20}$'),
    email                   TEXT CHECK (length(email) <= 200),
    address_line            TEXT CHECK (length(address_line) <= 200),
    city                    TEXT CHECK (length(city) <= 100),
    state                   TEXT CHECK (length(state) <= 40),
    postal_code             TEXT CHECK (length(postal_code) <= 20),
    emergency_contact_name  TEXT CHECK (length(emergency_contact_name) <= 120),
    emergency_contact_phone TEXT CHECK (length(emergency_contact_phone) <= 30),
    emergency_contact_relationship TEXT CHECK (length(emergency_contact_relationship) <= 60),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              TEXT NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              TEXT NOT NULL,
    deleted_at              TIMESTAMP WITH TIME ZONE,
    deleted_by              TEXT,
    deletion_reason         TEXT CHECK (length(deletion_reason) <= 500),
    version                 INT  NOT NULL DEFAULT 0,
    -- A soft delete always carries who and why.
    CHECK ((deleted_at IS NULL AND deleted_by IS NULL AND deletion_reason IS NULL)
        OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL AND length(deletion_reason) > 0))
);
-- Prefix search by name (case-insensitive) and fuzzy duplicate detection.
CREATE INDEX client_family_prefix_idx ON client (lower(family_name) text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX client_given_prefix_idx ON client (lower(given_name) text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX client_dob_idx ON client (date_of_birth) WHERE deleted_at IS NULL;
CREATE INDEX client_phone_idx ON client (phone_digits text_pattern_ops) WHERE deleted_at IS NULL;

CREATE TABLE support_person (
    id           UUID PRIMARY KEY,
    client_id    UUID    NOT NULL REFERENCES client (id),
    position     INT     NOT NULL CHECK (position >= 0),
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    relationship TEXT    NOT NULL CHECK (length(relationship) BETWEEN 1 AND 60),
    phone        TEXT CHECK (length(phone) <= 30),
    email        TEXT CHECK (length(email) <= 200),
    may_contact  BOOLEAN NOT NULL DEFAULT FALSE,
    notes        TEXT CHECK (length(notes) <= 500),
    UNIQUE (client_id, position)
);

-- Who cares for the client; staff outside it need break-glass to open the chart.
CREATE TABLE care_team_member (
    client_id    UUID NOT NULL REFERENCES client (id),
    staff_id     UUID NOT NULL REFERENCES staff (id),
    role_on_team TEXT NOT NULL CHECK (length(role_on_team) BETWEEN 1 AND 60),
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, staff_id)
);
CREATE INDEX care_team_member_staff_idx ON care_team_member (staff_id);

-- Emergency access to a client outside one's care team: a reason, a time limit, and a director's review.
CREATE TABLE break_glass_access (
    id          UUID PRIMARY KEY,
    staff_id    UUID NOT NULL REFERENCES staff (id),
    username    TEXT NOT NULL,
    client_id   UUID NOT NULL REFERENCES client (id),
    reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 10 AND 500),
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by TEXT,
    reviewed_at TIMESTAMP WITH TIME ZONE,
    CHECK (expires_at > granted_at),
    CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL))
);
CREATE INDEX break_glass_lookup_idx ON break_glass_access (staff_id, client_id, expires_at);
CREATE INDEX break_glass_unreviewed_idx ON break_glass_access (granted_at) WHERE reviewed_at IS NULL;
