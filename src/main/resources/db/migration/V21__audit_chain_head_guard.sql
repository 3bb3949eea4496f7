-- The chain head (module: audit) records the newest audit row so that deleting the newest rows is detected.
-- Guard it in the database too: it only moves forward, only to a row that exists with that hash, and cannot be
-- deleted or truncated. (A superuser can still disable these triggers; the verifier is what catches that.)
CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit_chain_head cannot be deleted or truncated';
    END IF;
    IF NEW.last_seq <= OLD.last_seq THEN
        RAISE EXCEPTION 'audit_chain_head only moves forward (from % to %)', OLD.last_seq, NEW.last_seq;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_event WHERE seq = NEW.last_seq AND hash = NEW.last_hash) THEN
        RAISE EXCEPTION 'audit_chain_head must point at an existing audit row with that hash (seq %)', NEW.last_seq;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_forward_only();
