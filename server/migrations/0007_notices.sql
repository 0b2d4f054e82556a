-- Themes a manager gives an idea, comma-separated ("reports,waiting").
ALTER TABLE feedback ADD COLUMN themes TEXT;

-- "You said, we did": a manager's answer to ideas, shown on a public page and as a poster
-- once published. Nothing in it names anyone.
CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    you_said TEXT NOT NULL,
    we_did TEXT NOT NULL,
    published_at BIGINT,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX notices_published ON notices (published_at);

CREATE TABLE notice_ideas (
    notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    feedback_id TEXT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    PRIMARY KEY (notice_id, feedback_id)
);
