-- One schema for SQLite and PostgreSQL: TEXT and BIGINT only, times in milliseconds since
-- 1970 (UTC), booleans as 0/1. Ids are random UUIDs, so none can be guessed or counted.

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'manager')),
    password_hash TEXT NOT NULL,
    must_change_password BIGINT NOT NULL DEFAULT 0,
    disabled BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('cse_strategy', 'icpc', 'rcpc', 'cin_review', 'lac_review', 'other')),
    starts_at BIGINT NOT NULL,
    case_ref TEXT,
    chair_id TEXT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX meetings_chair_starts ON meetings (chair_id, starts_at);
CREATE INDEX meetings_starts ON meetings (starts_at);

CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('child', 'parent', 'carer')),
    first_name TEXT,
    language TEXT NOT NULL,
    age_band TEXT,
    gender TEXT,
    -- The invite code is never stored: only its SHA-256, so a copy of the database opens nothing.
    code_hash TEXT NOT NULL UNIQUE,
    code_expires_at BIGINT NOT NULL
);
CREATE INDEX participants_meeting ON participants (meeting_id, position);

-- Every submission is kept; the newest per participant is the one the chair reads.
CREATE TABLE views (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    submission_id TEXT NOT NULL UNIQUE,
    answers TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('kiosk', 'api')),
    created_at BIGINT NOT NULL
);
CREATE INDEX views_participant ON views (participant_id, created_at);

-- A kiosk draft: one person's unsent answers, thrown away on exit, idle or after sending.
CREATE TABLE kiosk_sessions (
    token_hash TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    answers TEXT,
    submission_id TEXT NOT NULL,
    sent BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX kiosk_sessions_last_seen ON kiosk_sessions (last_seen_at);

-- Failed invite codes per client, for the rate limit. Kept in the database so that several
-- app instances share one count.
CREATE TABLE code_failures (
    client TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX code_failures_client_at ON code_failures (client, at);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    meeting_id TEXT,
    participant_id TEXT
);
CREATE INDEX audit_log_meeting ON audit_log (meeting_id, at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
