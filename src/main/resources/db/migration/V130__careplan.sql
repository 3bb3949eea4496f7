-- Treatment plans (module: careplan): one plan per episode of care, built of problems, goals, measurable objectives
-- and interventions, signed, reviewed and versioned.
--
-- The two tables below are the contract other modules rely on (notes link each client's entry to one of their
-- objectives by plan_objective.id): columns may be added, none renamed or dropped.

CREATE TABLE treatment_plan (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES client (id),
    episode_id  UUID NOT NULL UNIQUE REFERENCES episode (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  TEXT NOT NULL CHECK (length(created_by) BETWEEN 1 AND 120),
    -- Optimistic lock over the whole plan: every edit, signature and review moves it on.
    version     INT  NOT NULL DEFAULT 0 CHECK (version >= 0)
);
CREATE INDEX treatment_plan_client_idx ON treatment_plan (client_id);

-- A measurable objective, with an id that stays the same through every version of the plan, so that a note written
-- against it in March still points at it after the May review revised its wording. An objective a review ends
-- (met, discontinued) stays, with active = false.
CREATE TABLE plan_objective (
    id            UUID PRIMARY KEY,
    plan_id       UUID NOT NULL REFERENCES treatment_plan (id),
    client_id     UUID NOT NULL REFERENCES client (id),
    -- The problem and goal it serves, as the current version words them.
    problem       TEXT NOT NULL CHECK (length(problem) BETWEEN 1 AND 300),
    goal          TEXT NOT NULL CHECK (length(goal) BETWEEN 1 AND 500),
    text          TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    target_date   DATE NOT NULL,
    progress      TEXT NOT NULL DEFAULT 'NOT_STARTED'
                  CHECK (progress IN ('NOT_STARTED', 'IN_PROGRESS', 'MET', 'REVISED', 'DISCONTINUED')),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    position      INT  NOT NULL CHECK (position >= 0)
);
CREATE INDEX plan_objective_plan_idx ON plan_objective (plan_id, position);
CREATE INDEX plan_objective_client_idx ON plan_objective (client_id) WHERE active;
