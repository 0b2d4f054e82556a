-- Feedback after a meeting: one per person (a second is refused, so nobody is counted
-- twice). The answers are columns, not JSON, so the figures are counted in SQL. The meeting
-- and the role the person answered as are kept on the row, so the figures need no join
-- through participants.
CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL UNIQUE REFERENCES participants (id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('child', 'parent', 'carer')),
    submission_id TEXT NOT NULL UNIQUE,
    overall BIGINT CHECK (overall BETWEEN 1 AND 5),
    listened TEXT,
    understood TEXT,
    said_what_wanted TEXT,
    report_in_time TEXT,
    met_chair_before TEXT,
    interpreter TEXT,
    understood_decisions TEXT,
    idea TEXT,
    via TEXT NOT NULL CHECK (via IN ('kiosk', 'api')),
    created_at BIGINT NOT NULL
);
CREATE INDEX feedback_created ON feedback (created_at);
-- Covers the feedback figures: a year's meetings, then their feedback, from the index alone.
CREATE INDEX feedback_figures ON feedback (meeting_id, role, overall, listened, understood, said_what_wanted,
    report_in_time, met_chair_before, interpreter, understood_decisions);

-- A kiosk draft of feedback, beside the views draft (the meeting may start while someone is
-- between the two).
ALTER TABLE kiosk_sessions ADD COLUMN feedback TEXT;
ALTER TABLE kiosk_sessions ADD COLUMN feedback_sent BIGINT NOT NULL DEFAULT 0;

