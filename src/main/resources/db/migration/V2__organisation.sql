-- The organisation: sites, programs, tracks, rooms and staff (module: staff).

CREATE TABLE site (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    address     TEXT CHECK (length(address) <= 300),
    timezone    TEXT NOT NULL DEFAULT 'America/New_York' CHECK (length(timezone) <= 60),
    crisis_line TEXT NOT NULL DEFAULT '988' CHECK (length(crisis_line) <= 60)
);

CREATE TABLE program (
    id                   UUID PRIMARY KEY,
    site_id              UUID NOT NULL REFERENCES site (id),
    name                 TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    kind                 TEXT NOT NULL CHECK (kind IN ('MENTAL_HEALTH', 'SUBSTANCE_USE', 'CO_OCCURRING')),
    -- Adults: IOP is 9 to 19 hours a week; adolescent programs may start at 6 (iop-domain.md section 1).
    default_weekly_hours NUMERIC(4, 1) NOT NULL CHECK (default_weekly_hours BETWEEN 6 AND 19),
    -- Any length from 2 weeks to a year.
    default_length_days  INT  NOT NULL CHECK (default_length_days BETWEEN 14 AND 366),
    UNIQUE (site_id, name)
);

CREATE TABLE track (
    id         UUID PRIMARY KEY,
    program_id UUID NOT NULL REFERENCES program (id),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    period     TEXT NOT NULL CHECK (period IN ('DAY', 'EVENING')),
    capacity   INT  NOT NULL CHECK (capacity BETWEEN 1 AND 200),
    UNIQUE (program_id, name)
);

CREATE TABLE room (
    id       UUID PRIMARY KEY,
    site_id  UUID NOT NULL REFERENCES site (id),
    name     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    capacity INT  NOT NULL CHECK (capacity BETWEEN 1 AND 200),
    UNIQUE (site_id, name)
);

CREATE TABLE staff (
    id              UUID PRIMARY KEY,
    username        TEXT    NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name    TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    role            TEXT    NOT NULL CHECK (role IN ('ADMINISTRATOR', 'PROGRAM_DIRECTOR', 'CLINICIAN', 'PRESCRIBER', 'NURSE',
                                                     'CASE_MANAGER', 'INTAKE_COORDINATOR', 'BILLER', 'FRONT_DESK')),
    email           TEXT CHECK (length(email) <= 200),
    site_id         UUID REFERENCES site (id),
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version         INT     NOT NULL DEFAULT 0
);
CREATE INDEX staff_display_name_idx ON staff (lower(display_name));

-- Login secrets live apart from the staff record (module: security), so that no other module ever reads them.
CREATE TABLE staff_login (
    staff_id      UUID PRIMARY KEY REFERENCES staff (id),
    password_hash TEXT    NOT NULL CHECK (length(password_hash) <= 400),
    mfa_secret    TEXT CHECK (length(mfa_secret) <= 100),
    mfa_enabled   BOOLEAN NOT NULL DEFAULT FALSE,
    failed_logins INT     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until  TIMESTAMP WITH TIME ZONE,
    last_login_at TIMESTAMP WITH TIME ZONE,
    CHECK (NOT mfa_enabled OR mfa_secret IS NOT NULL)
);

CREATE TABLE staff_credential (
    id                   UUID PRIMARY KEY,
    staff_id             UUID    NOT NULL REFERENCES staff (id),
    licence_type         TEXT    NOT NULL CHECK (length(licence_type) BETWEEN 1 AND 40),
    licence_number       TEXT    NOT NULL CHECK (length(licence_number) BETWEEN 1 AND 40),
    issuing_state        TEXT CHECK (length(issuing_state) <= 40),
    expires_on           DATE,
    -- Some credentials (e.g. an associate licence) need a supervisor's co-signature on notes.
    requires_cosignature BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (licence_type, licence_number, issuing_state)
);
CREATE INDEX staff_credential_staff_idx ON staff_credential (staff_id);

-- Per-role policy an administrator sets, such as requiring TOTP multi-factor authentication.
CREATE TABLE role_policy (
    role         TEXT PRIMARY KEY CHECK (role IN ('ADMINISTRATOR', 'PROGRAM_DIRECTOR', 'CLINICIAN', 'PRESCRIBER', 'NURSE',
                                                  'CASE_MANAGER', 'INTAKE_COORDINATOR', 'BILLER', 'FRONT_DESK')),
    mfa_required BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO role_policy (role) VALUES ('ADMINISTRATOR'), ('PROGRAM_DIRECTOR'), ('CLINICIAN'), ('PRESCRIBER'), ('NURSE'),
                                      ('CASE_MANAGER'), ('INTAKE_COORDINATOR'), ('BILLER'), ('FRONT_DESK');

-- Bearer tokens for the JSON API: only a SHA-256 of the token is stored, so a database read cannot replay one.
CREATE TABLE api_token (
    token_hash  BYTEA PRIMARY KEY CHECK (length(token_hash) = 32),
    staff_id    UUID NOT NULL REFERENCES staff (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_token_staff_idx ON api_token (staff_id);
