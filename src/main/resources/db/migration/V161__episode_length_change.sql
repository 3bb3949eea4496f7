-- Changes to an episode's planned length of stay (module: episodes, issue 6): each extension or shortening with who,
-- when and why. The episode keeps planned_end = admitted_on + planned_length_days (its CHECK); rows are only added.

CREATE TABLE episode_length_change (
    id          BIGSERIAL PRIMARY KEY,
    episode_id  UUID NOT NULL REFERENCES episode (id),
    from_days   INT  NOT NULL CHECK (from_days BETWEEN 14 AND 366),
    to_days     INT  NOT NULL CHECK (to_days BETWEEN 14 AND 366),
    from_end    DATE NOT NULL,
    to_end      DATE NOT NULL,
    changed_by  TEXT NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 120),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
    CHECK (from_days <> to_days)
);
CREATE INDEX episode_length_change_episode_idx ON episode_length_change (episode_id, id);
