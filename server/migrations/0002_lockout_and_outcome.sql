-- Wrong passwords per email address (whether or not an account has it), so a lockout says
-- nothing about which emails exist. In the database: it holds across restarts and instances.
CREATE TABLE login_failures (
    email TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_email_at ON login_failures (email, at);

-- The outcome a chair records after the meeting, per participant.
ALTER TABLE participants ADD COLUMN attended BIGINT;
ALTER TABLE participants ADD COLUMN views_shared_by TEXT;
ALTER TABLE participants ADD COLUMN not_able BIGINT;
ALTER TABLE participants ADD COLUMN interpreter_needed BIGINT;
ALTER TABLE participants ADD COLUMN interpreter_present BIGINT;
ALTER TABLE meetings ADD COLUMN outcome_recorded_at BIGINT;
ALTER TABLE participants ADD COLUMN not_able_reason TEXT;

-- Whether a child's submission asked to talk to someone soon: kept as a column so the
-- meetings list can flag it without reading every answer.
ALTER TABLE views ADD COLUMN talk_soon BIGINT NOT NULL DEFAULT 0;
