-- The language a person's views were written in: the kiosk's language when they sent them,
-- or the invite's language through the API. Older views have none: their invite's language
-- stands for it.
ALTER TABLE views ADD COLUMN language TEXT;

-- A chair's English translation of one answer in one version of a person's views. It sits
-- beside the words as written, never in their place. Saving again replaces it (one per
-- answer, keeping who made it and when); every save is in the audit log. A later version of
-- the views has its own answers, so a translation of the older words stays with them.
CREATE TABLE translations (
    views_id TEXT NOT NULL REFERENCES views (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    translated_by TEXT NOT NULL REFERENCES users (id),
    translated_at BIGINT NOT NULL,
    PRIMARY KEY (views_id, field)
);
