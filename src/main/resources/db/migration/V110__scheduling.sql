-- The weekly schedule (module: scheduling): session types, track templates and their rotating curriculum, the sessions
-- generated from them, who is booked into each, each client's availability, notices of changes, optimizer runs and
-- calendar feeds.

-- What kind of session something is. Hours count toward the IOP weekly target only when counts_toward_hours; a session
-- attended in full counts counted_hours (a 50-minute clinical hour counts 1.0, see docs/decisions/0007).
CREATE TABLE session_type (
    id                  UUID PRIMARY KEY,
    code                TEXT          NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name                TEXT          NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    category            TEXT          NOT NULL CHECK (category IN ('GROUP_THERAPY', 'PSYCHOEDUCATION', 'SKILLS_GROUP',
                                          'INDIVIDUAL_THERAPY', 'FAMILY_THERAPY', 'MEDICATION_MANAGEMENT',
                                          'HOLISTIC', 'ALUMNI_SUPPORT')),
    duration_minutes    INT           NOT NULL CHECK (duration_minutes BETWEEN 10 AND 240),
    counts_toward_hours BOOLEAN       NOT NULL,
    counted_hours       NUMERIC(3, 1) NOT NULL CHECK (counted_hours BETWEEN 0 AND 4),
    modality            TEXT          NOT NULL CHECK (modality IN ('IN_PERSON', 'TELEHEALTH', 'EITHER')),
    -- Filled by billing (e.g. 90853 group psychotherapy); empty until then.
    billing_code        TEXT CHECK (billing_code ~ '^[A-Z0-9]{4,6}$'),
    -- Groups default to 12 (SAMHSA TIP 41: 6 to 12); individual, family and medication management hold one client.
    cap                 INT           NOT NULL CHECK (cap BETWEEN 1 AND 40),
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    version             INT           NOT NULL DEFAULT 0,
    CHECK (counts_toward_hours OR counted_hours = 0),
    CHECK (category IN ('GROUP_THERAPY', 'PSYCHOEDUCATION', 'SKILLS_GROUP', 'HOLISTIC', 'ALUMNI_SUPPORT') OR cap = 1)
);

INSERT INTO session_type (id, code, name, category, duration_minutes, counts_toward_hours, counted_hours, modality, cap)
VALUES ('5e55101a-0000-4000-8000-000000000001', 'GROUP_THERAPY', 'Group therapy', 'GROUP_THERAPY', 50, TRUE, 1.0, 'IN_PERSON', 12),
       ('5e55101a-0000-4000-8000-000000000002', 'PSYCHOEDUCATION', 'Psychoeducation workshop', 'PSYCHOEDUCATION', 50, TRUE, 1.0, 'IN_PERSON', 12),
       ('5e55101a-0000-4000-8000-000000000003', 'CBT_SKILLS', 'CBT skills group', 'SKILLS_GROUP', 50, TRUE, 1.0, 'IN_PERSON', 12),
       ('5e55101a-0000-4000-8000-000000000004', 'DBT_SKILLS', 'DBT skills group', 'SKILLS_GROUP', 50, TRUE, 1.0, 'IN_PERSON', 12),
       ('5e55101a-0000-4000-8000-000000000005', 'INDIVIDUAL', 'Individual therapy', 'INDIVIDUAL_THERAPY', 50, TRUE, 1.0, 'EITHER', 1),
       ('5e55101a-0000-4000-8000-000000000006', 'FAMILY', 'Family therapy', 'FAMILY_THERAPY', 50, TRUE, 1.0, 'EITHER', 1),
       ('5e55101a-0000-4000-8000-000000000007', 'MEDICATION', 'Medication management', 'MEDICATION_MANAGEMENT', 25, TRUE, 0.5, 'EITHER', 1),
       ('5e55101a-0000-4000-8000-000000000008', 'MINDFULNESS', 'Mindfulness practice', 'HOLISTIC', 50, TRUE, 1.0, 'IN_PERSON', 12),
       ('5e55101a-0000-4000-8000-000000000009', 'YOGA', 'Yoga', 'HOLISTIC', 50, TRUE, 1.0, 'IN_PERSON', 12),
       ('5e55101a-0000-4000-8000-00000000000a', 'ART_THERAPY', 'Art therapy', 'HOLISTIC', 50, TRUE, 1.0, 'IN_PERSON', 12),
       -- Alumni and support groups are aftercare: they do not count toward IOP hours.
       ('5e55101a-0000-4000-8000-00000000000b', 'ALUMNI', 'Alumni support group', 'ALUMNI_SUPPORT', 50, FALSE, 0, 'EITHER', 20);

-- One recurring block of a track's week: "Monday 10:00, group therapy, Room 1, facilitated by J. Rivera".
CREATE TABLE track_template_block (
    id              UUID PRIMARY KEY,
    track_id        UUID    NOT NULL REFERENCES track (id),
    weekday         INT     NOT NULL CHECK (weekday BETWEEN 1 AND 7),   -- ISO: 1 = Monday
    starts_at       TIME    NOT NULL,
    session_type_id UUID    NOT NULL REFERENCES session_type (id),
    room_id         UUID REFERENCES room (id),
    facilitator_id  UUID    NOT NULL REFERENCES staff (id),
    -- Empty: the session type's cap (and never more than the room holds).
    cap             INT CHECK (cap BETWEEN 1 AND 40),
    -- Whether this block takes the next curriculum topic of the track (a process group keeps its own title).
    rotates_topic   BOOLEAN NOT NULL DEFAULT TRUE,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    version         INT     NOT NULL DEFAULT 0,
    UNIQUE (track_id, weekday, starts_at, room_id)
);
CREATE INDEX track_template_block_track_idx ON track_template_block (track_id) WHERE active;

-- The curriculum a track rotates through, week after week.
CREATE TABLE curriculum_topic (
    id       UUID PRIMARY KEY,
    track_id UUID NOT NULL REFERENCES track (id),
    position INT  NOT NULL CHECK (position >= 1),
    title    TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    UNIQUE (track_id, position)
);

-- A dated session: generated from a template block (block_id set) or booked one by one (individual, family, medication).
CREATE TABLE session (
    id              UUID PRIMARY KEY,
    session_type_id UUID        NOT NULL REFERENCES session_type (id),
    track_id        UUID REFERENCES track (id),
    block_id        UUID REFERENCES track_template_block (id),
    site_id         UUID        NOT NULL REFERENCES site (id),
    room_id         UUID REFERENCES room (id),
    facilitator_id  UUID        NOT NULL REFERENCES staff (id),
    title           TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 160),
    -- Monday of the ISO week the session falls in (in the site's time zone).
    week_start      DATE        NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    cap             INT         NOT NULL CHECK (cap BETWEEN 1 AND 40),
    modality        TEXT        NOT NULL CHECK (modality IN ('IN_PERSON', 'TELEHEALTH')),
    status          TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    cancel_reason   TEXT CHECK (length(cancel_reason) <= 300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
    -- A block yields at most one session a day, however often a week is generated.
    UNIQUE (block_id, starts_at)
);
CREATE INDEX session_week_idx ON session (week_start, site_id, starts_at);
CREATE INDEX session_facilitator_idx ON session (facilitator_id, starts_at);
CREATE INDEX session_track_idx ON session (track_id, starts_at);

-- Who is booked into a session. A cancelled booking stays for the record; a client holds one live booking per session.
CREATE TABLE booking (
    id           UUID PRIMARY KEY,
    session_id   UUID NOT NULL REFERENCES session (id),
    client_id    UUID NOT NULL REFERENCES client (id),
    episode_id   UUID NOT NULL REFERENCES episode (id),
    status       TEXT NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED')),
    source       TEXT NOT NULL CHECK (source IN ('OPTIMIZER', 'MANUAL', 'CHECK_IN')),
    booked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_by    TEXT NOT NULL CHECK (length(booked_by) BETWEEN 1 AND 120),
    cancelled_at TIMESTAMP WITH TIME ZONE,
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE UNIQUE INDEX booking_one_live_per_client_idx ON booking (session_id, client_id) WHERE status = 'BOOKED';
CREATE INDEX booking_client_idx ON booking (client_id, session_id) WHERE status = 'BOOKED';
CREATE INDEX booking_episode_idx ON booking (episode_id);

-- When a client can come, and what their week must hold besides groups. One row per current episode.
CREATE TABLE client_availability (
    episode_id              UUID PRIMARY KEY REFERENCES episode (id),
    client_id               UUID    NOT NULL REFERENCES client (id),
    weekdays                INT[]   NOT NULL CHECK (cardinality(weekdays) BETWEEN 1 AND 7
                                        AND weekdays <@ ARRAY [1, 2, 3, 4, 5, 6, 7]),
    day_part                TEXT    NOT NULL CHECK (day_part IN ('DAY', 'EVENING', 'ANY')),
    -- Individual, family and medication-management sessions: one every N weeks; empty = not needed.
    individual_every_weeks  INT CHECK (individual_every_weeks BETWEEN 1 AND 8),
    family_every_weeks      INT CHECK (family_every_weeks BETWEEN 1 AND 8),
    medication_every_weeks  INT CHECK (medication_every_weeks BETWEEN 1 AND 8),
    preferred_staff         UUID[]  NOT NULL DEFAULT '{}',
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              TEXT    NOT NULL,
    version                 INT     NOT NULL DEFAULT 0
);

-- Hours blocked by work, school or care of others.
CREATE TABLE client_blocked_time (
    id         UUID PRIMARY KEY,
    episode_id UUID NOT NULL REFERENCES client_availability (episode_id) ON DELETE CASCADE,
    weekday    INT  NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    from_time  TIME NOT NULL,
    to_time    TIME NOT NULL,
    reason     TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 120),
    CHECK (to_time > from_time)
);
CREATE INDEX client_blocked_time_episode_idx ON client_blocked_time (episode_id);

-- "Your Tuesday group moved to Room 3": one notice per person told of a change to a session they are booked into.
CREATE TABLE session_notice (
    id          UUID PRIMARY KEY,
    session_id  UUID NOT NULL REFERENCES session (id),
    client_id   UUID REFERENCES client (id),
    staff_id    UUID REFERENCES staff (id),
    message     TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  TEXT NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    CHECK ((client_id IS NULL) <> (staff_id IS NULL))
);
CREATE INDEX session_notice_client_idx ON session_notice (client_id, created_at DESC) WHERE client_id IS NOT NULL;
CREATE INDEX session_notice_staff_idx ON session_notice (staff_id, created_at DESC) WHERE staff_id IS NOT NULL;

-- A run of the optimizer for one week: its progress while it runs, its best plan, and who accepted or discarded it.
CREATE TABLE schedule_run (
    id               UUID PRIMARY KEY,
    site_id          UUID REFERENCES site (id),
    week_start       DATE NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    status           TEXT NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'ACCEPTED', 'DISCARDED', 'FAILED')),
    started_by       TEXT NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    clients          INT  NOT NULL CHECK (clients >= 0),
    within_target    INT  NOT NULL DEFAULT 0 CHECK (within_target >= 0),
    feasible         BOOLEAN NOT NULL DEFAULT FALSE,
    score            TEXT,
    plan             JSONB,
    shortfalls       JSONB,
    decided_by       TEXT,
    decided_at       TIMESTAMP WITH TIME ZONE,
    version          INT  NOT NULL DEFAULT 0
);
-- One run at a time per week and site: a second start while one runs is refused.
CREATE UNIQUE INDEX schedule_run_one_running_idx ON schedule_run (week_start, coalesce(site_id, '00000000-0000-0000-0000-000000000000'))
    WHERE status = 'RUNNING';

-- A secret calendar URL. Only a SHA-256 of the token is stored; revoking stamps revoked_at and the URL stops at once.
CREATE TABLE calendar_feed (
    token_hash BYTEA PRIMARY KEY CHECK (length(token_hash) = 32),
    client_id  UUID REFERENCES client (id),
    staff_id   UUID REFERENCES staff (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CHECK ((client_id IS NULL) <> (staff_id IS NULL))
);
CREATE INDEX calendar_feed_client_idx ON calendar_feed (client_id) WHERE client_id IS NOT NULL;
CREATE INDEX calendar_feed_staff_idx ON calendar_feed (staff_id) WHERE staff_id IS NOT NULL;
