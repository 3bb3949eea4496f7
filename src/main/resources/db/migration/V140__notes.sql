-- Clinical notes (module: notes): a group note written once per session with an entry per attending client, individual,
-- family and medication-management notes, signatures, co-signatures and addenda.
--
-- A note is a row of clinical_note in one client's chart, whatever kind it is: a group note's per-client entry is that
-- client's own note (kind GROUP), joined to the group's shared text in group_note. Once signed, the database itself
-- refuses any change to what a note says (the triggers below); corrections are addenda.

-- Each program of the clinic chooses the form of its individual and family notes.
ALTER TABLE program ADD COLUMN note_format TEXT NOT NULL DEFAULT 'DAP' CHECK (note_format IN ('DAP', 'BIRP', 'SOAP'));

-- What a group session covered, written once for everyone who attended.
CREATE TABLE group_note (
    id             UUID PRIMARY KEY,
    session_id     UUID NOT NULL UNIQUE REFERENCES session (id),
    topic          TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
    interventions  TEXT NOT NULL DEFAULT '' CHECK (length(interventions) <= 2000),
    summary        TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
    author_id      UUID NOT NULL REFERENCES staff (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set when the author signs the group's notes; from then on topic, interventions and summary are fixed.
    signed_at      TIMESTAMP WITH TIME ZONE,
    version        INT  NOT NULL DEFAULT 0 CHECK (version >= 0)
);

CREATE TABLE clinical_note (
    id                UUID PRIMARY KEY,
    client_id         UUID NOT NULL REFERENCES client (id),
    episode_id        UUID NOT NULL REFERENCES episode (id),
    kind              TEXT NOT NULL CHECK (kind IN ('GROUP', 'INDIVIDUAL', 'FAMILY', 'MEDICATION')),
    -- GROUP_ENTRY: participation, presentation, progress, risk. DAP, BIRP, SOAP: their sections. MEDICATION: the
    -- prescriber's note. The sections themselves are in `sections`, keyed by section name, in the form's order.
    format            TEXT NOT NULL CHECK (format IN ('GROUP_ENTRY', 'DAP', 'BIRP', 'SOAP', 'MEDICATION')),
    sections          JSONB NOT NULL CHECK (jsonb_typeof(sections) = 'object'),
    session_id        UUID REFERENCES session (id),
    group_note_id     UUID REFERENCES group_note (id),
    -- The plan objective this note reports progress on: always one of this client's own.
    objective_id      UUID REFERENCES plan_objective (id),
    service_date      DATE NOT NULL,
    -- When the service ended (the session's end, or what the author says for a note without a session): the clock
    -- for "time to sign" and for late entries starts here.
    service_ended_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    author_id         UUID NOT NULL REFERENCES staff (id),
    status            TEXT NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_COSIGNATURE', 'SIGNED')),
    -- 42 CFR Part 2 segmentation: the note is about substance use disorder treatment, so disclosing it needs a Part 2
    -- consent; an SUD counseling note (sud_counseling) needs a consent of its own.
    part2             BOOLEAN NOT NULL,
    sud_counseling    BOOLEAN NOT NULL DEFAULT FALSE,
    -- Signed later than the program's deadline after the service: shown as a late entry wherever the note is shown.
    late_entry        BOOLEAN NOT NULL DEFAULT FALSE,
    -- SHA-256 of the note's content as signed (hex); the signatures repeat it.
    content_hash      TEXT CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_at         TIMESTAMP WITH TIME ZONE,
    version           INT  NOT NULL DEFAULT 0 CHECK (version >= 0),
    CHECK ((kind = 'GROUP') = (group_note_id IS NOT NULL)),
    CHECK ((kind = 'GROUP') = (format = 'GROUP_ENTRY')),
    CHECK (NOT sud_counseling OR part2),
    CHECK ((status = 'DRAFT') = (signed_at IS NULL)),
    CHECK ((status = 'DRAFT') = (content_hash IS NULL)),
    -- A client has one entry in a group's note.
    UNIQUE (group_note_id, client_id)
);
CREATE INDEX clinical_note_client_idx ON clinical_note (client_id, service_date DESC);
CREATE INDEX clinical_note_author_open_idx ON clinical_note (author_id, service_date) WHERE status <> 'SIGNED';
CREATE INDEX clinical_note_awaiting_idx ON clinical_note (service_date) WHERE status = 'AWAITING_COSIGNATURE';
CREATE INDEX clinical_note_session_idx ON clinical_note (session_id);

-- Who signed what, when, in which capacity, and the hash of the content they signed. Rows are only ever added.
CREATE TABLE note_signature (
    id            UUID PRIMARY KEY,
    note_id       UUID NOT NULL REFERENCES clinical_note (id),
    signer_id     UUID NOT NULL REFERENCES staff (id),
    signer_name   TEXT NOT NULL CHECK (length(signer_name) BETWEEN 1 AND 120),
    -- The credential the signer signed under ("LCSW", "LPC-Associate"), as it stood that day.
    credential    TEXT CHECK (length(credential) <= 80),
    capacity      TEXT NOT NULL CHECK (capacity IN ('AUTHOR', 'COSIGNER')),
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash  TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    UNIQUE (note_id, capacity)
);

-- A correction or later addition to a signed note: never an edit. Rows are only ever added.
CREATE TABLE note_addendum (
    id           UUID PRIMARY KEY,
    note_id      UUID NOT NULL REFERENCES clinical_note (id),
    author_id    UUID NOT NULL REFERENCES staff (id),
    author_name  TEXT NOT NULL CHECK (length(author_name) BETWEEN 1 AND 120),
    text         TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 3 AND 4000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX note_addendum_note_idx ON note_addendum (note_id, created_at);

-- The database keeps a signed note as signed, whatever a page, the API or a bug in between tries: once the author has
-- signed, only the move from awaiting co-signature to signed is allowed, and nothing a note says may change.
CREATE FUNCTION clinical_note_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'clinical note % is signed and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'DRAFT' AND (
            NEW.sections IS DISTINCT FROM OLD.sections OR NEW.objective_id IS DISTINCT FROM OLD.objective_id
            OR NEW.client_id IS DISTINCT FROM OLD.client_id OR NEW.episode_id IS DISTINCT FROM OLD.episode_id
            OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.format IS DISTINCT FROM OLD.format
            OR NEW.session_id IS DISTINCT FROM OLD.session_id OR NEW.group_note_id IS DISTINCT FROM OLD.group_note_id
            OR NEW.service_date IS DISTINCT FROM OLD.service_date
            OR NEW.service_ended_at IS DISTINCT FROM OLD.service_ended_at
            OR NEW.author_id IS DISTINCT FROM OLD.author_id OR NEW.part2 IS DISTINCT FROM OLD.part2
            OR NEW.sud_counseling IS DISTINCT FROM OLD.sud_counseling OR NEW.late_entry IS DISTINCT FROM OLD.late_entry
            OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
            OR NOT (NEW.status = OLD.status OR (OLD.status = 'AWAITING_COSIGNATURE' AND NEW.status = 'SIGNED'))) THEN
        RAISE EXCEPTION 'clinical note % is signed: add an addendum instead', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER clinical_note_signed_is_final BEFORE UPDATE OR DELETE ON clinical_note
    FOR EACH ROW EXECUTE FUNCTION clinical_note_signed_is_final();

CREATE FUNCTION group_note_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.signed_at IS NOT NULL THEN
            RAISE EXCEPTION 'group note % is signed and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.signed_at IS NOT NULL AND (NEW.topic IS DISTINCT FROM OLD.topic
            OR NEW.interventions IS DISTINCT FROM OLD.interventions OR NEW.summary IS DISTINCT FROM OLD.summary
            OR NEW.session_id IS DISTINCT FROM OLD.session_id OR NEW.author_id IS DISTINCT FROM OLD.author_id
            OR NEW.signed_at IS DISTINCT FROM OLD.signed_at) THEN
        RAISE EXCEPTION 'group note % is signed: add an addendum instead', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER group_note_signed_is_final BEFORE UPDATE OR DELETE ON group_note
    FOR EACH ROW EXECUTE FUNCTION group_note_signed_is_final();

-- Signatures and addenda are only ever added.
CREATE FUNCTION notes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are only ever added', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER note_signature_append_only BEFORE UPDATE OR DELETE ON note_signature
    FOR EACH ROW EXECUTE FUNCTION notes_append_only();
CREATE TRIGGER note_addendum_append_only BEFORE UPDATE OR DELETE ON note_addendum
    FOR EACH ROW EXECUTE FUNCTION notes_append_only();
