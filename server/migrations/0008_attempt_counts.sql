-- Every limit on attempts (wrong passwords per address, sign-ins and wrong codes per client,
-- views sent per person) is one row per limit and subject, counted by a single atomic upsert
-- (INSERT … ON CONFLICT DO UPDATE … RETURNING). A count that was read, then checked, then
-- written let parallel requests all pass the check; one statement cannot be raced.
-- The key is a SHA-256 of the limit and its subject, so a copy of the database does not list
-- addresses or clients in the clear (a keyed hash, with the key outside the database, would
-- also stop someone who guesses them; see the encryption-at-rest work).
CREATE TABLE attempt_counts (
    key TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    count BIGINT NOT NULL,
    -- A random id of the attempt that last took a place: how an attempt learns, from the same
    -- statement, whether it got one (a refused attempt leaves the count as it was).
    taker TEXT NOT NULL
);
CREATE INDEX attempt_counts_window ON attempt_counts (window_start);

-- Replaced by attempt_counts.
DROP TABLE login_failures;
DROP TABLE code_failures;

