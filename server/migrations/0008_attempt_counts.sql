-- Every limit on attempts (wrong passwords per address, sign-ins and wrong codes per client,
-- views sent per person) is one row per limit and subject, counted by a single atomic upsert
-- (INSERT … ON CONFLICT DO UPDATE … RETURNING). A count that was read, then checked, then
-- written let parallel requests all pass the check; one statement cannot be raced.
-- The key is a SHA-256 of the limit and its subject, so a copy of the database does not list
-- which addresses tried to sign in or which clients guessed codes.
CREATE TABLE attempt_counts (
    key TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    count BIGINT NOT NULL
);
CREATE INDEX attempt_counts_window ON attempt_counts (window_start);

-- Replaced by attempt_counts.
DROP TABLE login_failures;
DROP TABLE code_failures;

