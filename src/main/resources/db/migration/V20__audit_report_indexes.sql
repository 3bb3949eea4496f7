-- The audit report (module: audit) lists events newest first, which is by seq, and pages by seq (keyset), filtered by
-- user, client or action. These indexes serve "WHERE <filter> AND seq < ? ORDER BY seq DESC LIMIT n" without a sort.
-- They replace the (client_id, occurred_at) and (username, occurred_at) indexes of V4: every index slows the
-- serialised append, and a period filter is served by audit_event_time_idx.
CREATE INDEX audit_event_client_seq_idx ON audit_event (client_id, seq) WHERE client_id IS NOT NULL;
CREATE INDEX audit_event_user_seq_idx ON audit_event (username, seq);
CREATE INDEX audit_event_action_seq_idx ON audit_event (action, seq);
DROP INDEX audit_event_client_idx;
DROP INDEX audit_event_user_idx;
