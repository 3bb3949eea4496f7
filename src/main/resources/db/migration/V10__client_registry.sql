-- Client registry additions (module: clients). V3 defines the tables; this adds what search and editing need.

-- Prefix search covers the preferred name too: "Jo" finds Joanna Smith, whose preferred name is Jo.
CREATE INDEX client_preferred_prefix_idx ON client (lower(preferred_name) text_pattern_ops) WHERE deleted_at IS NULL;

-- "Clients registered in the last 7 days" on the intake coordinator's Today page.
CREATE INDEX client_created_idx ON client (created_at) WHERE deleted_at IS NULL;

-- A support person is edited on their own form, so each carries a version for optimistic locking.
-- NOT NULL with a default: inserts written against V3 (which name no version) still work.
ALTER TABLE support_person ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);

-- A client's version only grows; a negative one is a bug.
ALTER TABLE client ADD CONSTRAINT client_version_not_negative CHECK (version >= 0);

-- Break-glass accesses of one client (the client page, the review list).
CREATE INDEX break_glass_client_idx ON break_glass_access (client_id, granted_at);
