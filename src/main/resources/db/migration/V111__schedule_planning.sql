-- Schedule planning (module: scheduling): moving a session to another room checks the room's other sessions at that
-- time, as week generation does for every block; index them as facilitators' sessions already are.
CREATE INDEX session_room_idx ON session (room_id, starts_at) WHERE room_id IS NOT NULL;
