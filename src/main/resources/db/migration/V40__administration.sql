-- Administration of the organisation, staff accounts and security policy (modules: staff, security).

-- Optimistic locking for the organisation, as staff already has: a stale edit is refused, never silently applied.
ALTER TABLE site    ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE program ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE track   ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE room    ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);
ALTER TABLE staff   ADD CONSTRAINT staff_version_check CHECK (version >= 0);

-- Names are unique regardless of case or surrounding spaces, so "Riverside" and "riverside " cannot both exist.
CREATE UNIQUE INDEX site_name_ci_idx ON site (lower(btrim(name)));
CREATE UNIQUE INDEX program_name_ci_idx ON program (site_id, lower(btrim(name)));
CREATE UNIQUE INDEX track_name_ci_idx ON track (program_id, lower(btrim(name)));
CREATE UNIQUE INDEX room_name_ci_idx ON room (site_id, lower(btrim(name)));
CREATE INDEX program_site_idx ON program (site_id);
CREATE INDEX room_site_idx ON room (site_id);

-- Text that is there must say something.
ALTER TABLE site ADD CONSTRAINT site_name_not_blank CHECK (btrim(name) <> '');
ALTER TABLE program ADD CONSTRAINT program_name_not_blank CHECK (btrim(name) <> '');
ALTER TABLE track ADD CONSTRAINT track_name_not_blank CHECK (btrim(name) <> '');
ALTER TABLE room ADD CONSTRAINT room_name_not_blank CHECK (btrim(name) <> '');
ALTER TABLE staff ADD CONSTRAINT staff_display_name_not_blank CHECK (btrim(display_name) <> '');
-- A staff email, when given, has one @ with text on both sides.
ALTER TABLE staff ADD CONSTRAINT staff_email_shape CHECK (email IS NULL OR email ~ '^[^@[:space:]]+@[^@[:space:]]+$');

-- Each sign-in moves the last one here, so that a user can see when their account was used before.
ALTER TABLE staff_login ADD COLUMN previous_login_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX staff_credential_expiry_idx ON staff_credential (expires_on) WHERE expires_on IS NOT NULL;
-- A licence expiry far outside a working life is a typing mistake.
ALTER TABLE staff_credential ADD CONSTRAINT staff_credential_expiry_range
    CHECK (expires_on IS NULL OR expires_on BETWEEN DATE '1950-01-01' AND DATE '2199-12-31');
ALTER TABLE staff_credential ADD CONSTRAINT staff_credential_text_not_blank
    CHECK (btrim(licence_type) <> '' AND btrim(licence_number) <> '');
