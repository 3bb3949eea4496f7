-- Level-of-care placement (module: intake). A placement rates every dimension of one framework 0..4 with a
-- justification, answers the candidacy checks, stores the level the rule indicated and the level actually provided
-- (with a reason when they differ), and says when to reassess. Placements are never edited: a reassessment is a new row.

CREATE TABLE placement (
    id                     UUID PRIMARY KEY,
    client_id              UUID NOT NULL REFERENCES client (id),
    framework              TEXT NOT NULL CHECK (framework IN ('substance-use', 'mental-health')),
    -- The rule table's name and edition at the time, so that a later change of table stays traceable.
    rule_table             TEXT NOT NULL CHECK (length(rule_table) BETWEEN 1 AND 200),
    needs_more_than_weekly BOOLEAN NOT NULL,
    needs_24_hour_care     BOOLEAN NOT NULL,
    medically_stable       BOOLEAN NOT NULL,
    home_supports_recovery BOOLEAN NOT NULL,
    motivated              BOOLEAN NOT NULL,
    indicated_level        TEXT NOT NULL CHECK (indicated_level IN ('1', '2.1', '2.5', '3.1', '3.5', '3.7', '4')),
    drivers                TEXT[] NOT NULL CHECK (cardinality(drivers) BETWEEN 1 AND 20),
    reasons                TEXT[] NOT NULL CHECK (cardinality(reasons) BETWEEN 1 AND 20),
    provided_level         TEXT NOT NULL CHECK (provided_level IN ('1', '2.1', '2.5', '3.1', '3.5', '3.7', '4')),
    difference_reason      TEXT CHECK (length(difference_reason) BETWEEN 1 AND 2000),
    assessed_on            DATE NOT NULL CHECK (assessed_on >= DATE '2000-01-01'),
    reassess_on            DATE NOT NULL,
    assessed_by            UUID NOT NULL REFERENCES staff (id),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Someone 24-hour care or medical monitoring is called for is never indicated for outpatient or IOP care.
    CHECK (NOT (needs_24_hour_care OR NOT medically_stable) OR indicated_level NOT IN ('1', '2.1')),
    -- A level provided other than the one indicated always says why.
    CHECK (provided_level = indicated_level OR difference_reason IS NOT NULL),
    CHECK (reassess_on > assessed_on AND reassess_on <= (assessed_on + INTERVAL '1 year')::date),
    UNIQUE (id, framework)
);
CREATE INDEX placement_client_idx ON placement (client_id, assessed_on DESC, created_at DESC);
CREATE INDEX placement_reassess_idx ON placement (reassess_on);

-- One row per dimension; the framework is repeated so that a dimension key can be checked against its framework.
CREATE TABLE placement_rating (
    placement_id  UUID     NOT NULL,
    framework     TEXT     NOT NULL,
    dimension     TEXT     NOT NULL,
    position      SMALLINT NOT NULL CHECK (position BETWEEN 0 AND 19),
    rating        SMALLINT NOT NULL CHECK (rating BETWEEN 0 AND 4),
    justification TEXT     NOT NULL CHECK (length(justification) BETWEEN 1 AND 2000),
    PRIMARY KEY (placement_id, dimension),
    UNIQUE (placement_id, position),
    FOREIGN KEY (placement_id, framework) REFERENCES placement (id, framework),
    CHECK ((framework = 'substance-use' AND dimension IN ('d1', 'd2', 'd3', 'd4', 'd5', 'd6'))
        OR (framework = 'mental-health' AND dimension IN ('riskOfHarm', 'functionalStatus', 'comorbidity',
                                                          'environmentStress', 'environmentSupport',
                                                          'treatmentHistory', 'engagement')))
);

-- Every dimension of the framework is rated: checked when the transaction commits, after all rows are in.
CREATE FUNCTION placement_rated_in_full() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    expected INT := CASE NEW.framework WHEN 'substance-use' THEN 6 ELSE 7 END;
    actual   INT;
BEGIN
    SELECT count(*) INTO actual FROM placement_rating WHERE placement_id = NEW.id;
    IF actual <> expected THEN
        RAISE EXCEPTION 'placement % rates % of the % dimensions of %', NEW.id, actual, expected, NEW.framework
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER placement_rated_in_full AFTER INSERT ON placement
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION placement_rated_in_full();

-- A placement is a clinical record: it is never changed or removed; a new assessment adds a new placement.
CREATE FUNCTION placement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: record a new placement instead', TG_TABLE_NAME;
END $$;
CREATE TRIGGER placement_no_change BEFORE UPDATE OR DELETE ON placement
    FOR EACH ROW EXECUTE FUNCTION placement_append_only();
CREATE TRIGGER placement_rating_no_change BEFORE UPDATE OR DELETE ON placement_rating
    FOR EACH ROW EXECUTE FUNCTION placement_append_only();
