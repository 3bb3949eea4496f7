-- The tamper-evident access log (module: audit).
-- Rows are chained: each row's hash covers its own fields and the previous row's hash, and audit_chain_head keeps the
-- last sequence number and hash, so an altered, inserted or deleted row (including the newest) is detected.

CREATE TABLE audit_event (
    seq            BIGINT PRIMARY KEY CHECK (seq >= 1),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    username       TEXT  NOT NULL CHECK (length(username) <= 100),
    role           TEXT  NOT NULL CHECK (length(role) <= 40),
    client_id      UUID,
    action         TEXT  NOT NULL CHECK (length(action) <= 40),
    subject        TEXT  NOT NULL CHECK (length(subject) <= 200),
    detail         TEXT  CHECK (length(detail) <= 2000),
    remote_address TEXT  CHECK (length(remote_address) <= 100),
    prev_hash      BYTEA NOT NULL CHECK (length(prev_hash) = 32),
    hash           BYTEA NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX audit_event_client_idx ON audit_event (client_id, occurred_at);
CREATE INDEX audit_event_user_idx ON audit_event (username, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE TABLE audit_chain_head (
    id        INT PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT NOT NULL CHECK (last_seq >= 0),
    last_hash BYTEA  NOT NULL CHECK (length(last_hash) = 32)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

-- Append-only through the application: updates and deletes are refused by the database itself.
-- (A superuser can still disable the trigger; the hash chain is what catches that.)
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
