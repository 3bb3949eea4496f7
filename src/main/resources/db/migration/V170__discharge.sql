-- Issue 7 (module: episodes): how an episode of care ended, the link from a readmission to the episode before it, and
-- a free place offered to the first client waiting for it.

-- One row per discharged episode, written in the same transaction as the episode's move to DISCHARGED and never
-- changed: a discharge recorded in error is corrected by an addendum to the discharge summary, not by rewriting it.
CREATE TABLE episode_discharge (
    episode_id         UUID PRIMARY KEY REFERENCES episode (id),
    discharge_type     TEXT NOT NULL CHECK (discharge_type IN ('COMPLETED', 'STEPPED_DOWN', 'STEPPED_UP', 'TRANSFERRED',
                                                                'LEFT_AGAINST_ADVICE', 'ADMINISTRATIVE')),
    discharged_on      DATE NOT NULL,
    reason             TEXT NOT NULL CHECK (length(reason) BETWEEN 3 AND 1000),
    -- The level of care the client goes on to (or is recommended), in the continuum's numbering; 0.5 is early
    -- intervention and recovery support without a treatment level. Empty when none was recommended.
    level_at_discharge TEXT CHECK (level_at_discharge IN ('0.5', '1', '2.1', '2.5', '3.1', '3.5', '3.7', '4')),
    -- Where the client goes: the program or provider taking over (required for a transfer).
    destination        TEXT CHECK (length(destination) BETWEEN 1 AND 200),
    recorded_by        TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 120),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX episode_discharge_on_idx ON episode_discharge (discharged_on);

CREATE FUNCTION episode_discharge_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a discharge is final: episode_discharge rows are never changed or deleted';
END $$;
CREATE TRIGGER episode_discharge_final BEFORE UPDATE OR DELETE ON episode_discharge
    FOR EACH ROW EXECUTE FUNCTION episode_discharge_is_final();

-- A readmission: the new episode names the client's most recent ended episode, so the chart reads as one history.
ALTER TABLE episode ADD COLUMN previous_episode_id UUID REFERENCES episode (id);
ALTER TABLE episode ADD CONSTRAINT episode_previous_not_self CHECK (previous_episode_id <> id);

-- A place came free and was offered to this waiting client, to start on offered_start. The intake coordinator admits
-- them from the roster (or takes them off the list); an offer holds the place for them meanwhile.
ALTER TABLE waitlist_entry ADD COLUMN offered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE waitlist_entry ADD COLUMN offered_start DATE;
ALTER TABLE waitlist_entry ADD CONSTRAINT waitlist_entry_offer_whole CHECK ((offered_at IS NULL) = (offered_start IS NULL));
