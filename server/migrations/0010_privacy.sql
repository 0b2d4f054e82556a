-- Privacy by design (see service::retention, crypto, service::audit).

-- The audit log also records what nobody signed in did: the hourly purge and the command
-- line (user_id NULL), and says more than the action: the counts a purge deleted, the field
-- a translation was of, the account a manager changed (detail, JSON, never anyone's words).
-- SQLite cannot drop NOT NULL from a column, so the table is made again.
CREATE TABLE audit_log_new (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id TEXT REFERENCES users (id),
    action TEXT NOT NULL,
    meeting_id TEXT,
    participant_id TEXT,
    detail TEXT
);
INSERT INTO audit_log_new (id, at, user_id, action, meeting_id, participant_id)
    SELECT id, at, user_id, action, meeting_id, participant_id FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_meeting ON audit_log (meeting_id, at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- A meeting whose words were deleted, when and why ('retention'): its counts stay for the
-- figures, its people's words and names do not.
ALTER TABLE meetings ADD COLUMN words_deleted_at BIGINT;
ALTER TABLE meetings ADD COLUMN words_deleted_why TEXT;
-- One person's words deleted on request ('erasure'), before their meeting's time was up.
ALTER TABLE participants ADD COLUMN words_deleted_at BIGINT;
ALTER TABLE participants ADD COLUMN words_deleted_why TEXT;
-- Purges look meetings up by date, past the ones already done.
CREATE INDEX meetings_words_due ON meetings (words_deleted_at, starts_at);

-- Facts about the database itself. words_sealed: whether every word in it is sealed
-- (words written before encryption are sealed once, at the first start that can).
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (name, value) VALUES ('words_sealed', '0');

-- attempt_counts.key is now an HMAC under a key from the key file (see crypto); counts made
-- before are only minutes old, and go.
DELETE FROM attempt_counts;
