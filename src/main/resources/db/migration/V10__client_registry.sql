-- Client registry additions (module: clients). V3 defines the tables; this adds what search and editing need.

-- Name search reads one index per name column in the order it shows results, and stops at the page size, so that a
-- short, common prefix ("jo") costs as little as a rare one: (name, then family name, then record number).
-- Byte-wise (text_pattern_ops) so that a prefix is a range even in a generic prepared-statement plan.
-- Family-name matches (V3's client_family_prefix_idx holds the first column only).
CREATE INDEX client_family_search_idx ON client
    (lower(family_name) text_pattern_ops, lower(given_name) text_pattern_ops, record_number) WHERE deleted_at IS NULL;
-- Given-name matches.
CREATE INDEX client_given_search_idx ON client
    (lower(given_name) text_pattern_ops, lower(family_name) text_pattern_ops, record_number) WHERE deleted_at IS NULL;
-- Preferred-name matches: "Jo" finds Joanna Smith, whose preferred name is Jo.
CREATE INDEX client_preferred_search_idx ON client
    (lower(preferred_name) text_pattern_ops, lower(family_name) text_pattern_ops, record_number) WHERE deleted_at IS NULL;

-- "Clients registered in the last 7 days" on the intake coordinator's Today page.
CREATE INDEX client_created_idx ON client (created_at) WHERE deleted_at IS NULL;

-- A support person is edited on their own form, so each carries a version for optimistic locking.
-- NOT NULL with a default: inserts written against V3 (which name no version) still work.
ALTER TABLE support_person ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);

-- A client's version only grows; a negative one is a bug.
ALTER TABLE client ADD CONSTRAINT client_version_not_negative CHECK (version >= 0);

-- Break-glass accesses of one client (the client page, the review list).
CREATE INDEX break_glass_client_idx ON break_glass_access (client_id, granted_at);
