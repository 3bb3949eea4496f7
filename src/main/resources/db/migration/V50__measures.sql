-- Administrations of standardized instruments (module: measures). Definitions live in versioned files, not here;
-- each row keeps the code and definition version that scored it, the answers as the form prints them, and the result.

CREATE TABLE measure_administration (
    id                 UUID PRIMARY KEY,
    client_id          UUID    NOT NULL REFERENCES client (id),
    instrument         TEXT    NOT NULL CHECK (instrument ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    definition_version TEXT    NOT NULL CHECK (length(definition_version) BETWEEN 1 AND 20),
    administered_on    DATE    NOT NULL CHECK (administered_on >= DATE '1900-01-01'),
    entered_by         UUID    NOT NULL REFERENCES staff (id),
    -- One value per item, as the published form prints it (yes/no as 1/0; AUDIT items 9-10 as 0, 2 or 4).
    answers            INT[]   NOT NULL CHECK (cardinality(answers) BETWEEN 1 AND 200
                                               AND array_ndims(answers) = 1
                                               AND array_position(answers, NULL) IS NULL
                                               AND 0 <= ALL (answers) AND 100 >= ALL (answers)),
    -- The options scoring used: sex for a cut-off by sex (AUDIT-C), recency of C-SSRS item 6 behaviour.
    sex                TEXT CHECK (sex IN ('female', 'male')),
    recent_behavior    BOOLEAN,
    total              INT CHECK (total BETWEEN 0 AND 20000),
    band               TEXT CHECK (band ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
    positive           BOOLEAN,
    flags              TEXT[]  NOT NULL DEFAULT '{}' CHECK (array_position(flags, NULL) IS NULL
                                                            AND cardinality(flags) <= 50),
    -- Instrument-specific scores (PCL-5 dsmPattern, WHO-5 percent, BAM use/risk/protective, C-SSRS riskLevel).
    extra_scores       JSONB   NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra_scores) = 'object'
                                                            AND length(extra_scores::text) <= 2000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Clinical data is never deleted: a mistaken entry is withdrawn with who and why.
    deleted_at         TIMESTAMP WITH TIME ZONE,
    deleted_by         TEXT CHECK (length(deleted_by) <= 100),
    deletion_reason    TEXT CHECK (length(deletion_reason) <= 500),
    CHECK ((deleted_at IS NULL AND deleted_by IS NULL AND deletion_reason IS NULL)
        OR (deleted_at IS NOT NULL AND deleted_by IS NOT NULL AND length(trim(deletion_reason)) > 0))
);

-- A client's history, newest first.
CREATE INDEX measure_administration_client_idx
    ON measure_administration (client_id, administered_on DESC, created_at DESC) WHERE deleted_at IS NULL;
-- Program reports by instrument and period.
CREATE INDEX measure_administration_instrument_idx
    ON measure_administration (instrument, administered_on) WHERE deleted_at IS NULL;
