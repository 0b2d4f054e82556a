-- When a participant's invite was last printed. Printing makes a new code (only hashes are
-- kept), so the meeting page says when, and that an earlier printout no longer works.
ALTER TABLE participants ADD COLUMN invite_printed_at BIGINT;
