-- Ready counts for the figures (service::figures::tally): what the dashboard adds up, kept
-- added up, so that a year's figures read a few hundred rows however many meetings it held.
-- Each change to what a meeting counts for (its outcome, its cancelling, a change of kind,
-- chair or time, a feedback) takes its old counts out and puts its new ones in, in the same
-- transaction. `tiptoes check-figures` counts everything again from the meetings and compares.

-- Held meetings and their people, by financial year (1 April), quarter, kind and chair.
CREATE TABLE tally_meetings (
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL,
    kind TEXT NOT NULL,
    chair_id TEXT NOT NULL,
    meetings_held BIGINT NOT NULL DEFAULT 0,
    c_invited BIGINT NOT NULL DEFAULT 0,
    c_not_able BIGINT NOT NULL DEFAULT 0,
    c_attended BIGINT NOT NULL DEFAULT 0,
    c_views BIGINT NOT NULL DEFAULT 0,
    c_took_part BIGINT NOT NULL DEFAULT 0,
    p_invited BIGINT NOT NULL DEFAULT 0,
    p_attended BIGINT NOT NULL DEFAULT 0,
    p_views BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (year, quarter, kind, chair_id)
);

-- The people of held meetings by their own gender and age band ('not_recorded' for none).
CREATE TABLE tally_people (
    year INTEGER NOT NULL,
    gender TEXT NOT NULL,
    age_band TEXT NOT NULL,
    c_invited BIGINT NOT NULL DEFAULT 0,
    c_not_able BIGINT NOT NULL DEFAULT 0,
    c_attended BIGINT NOT NULL DEFAULT 0,
    c_views BIGINT NOT NULL DEFAULT 0,
    c_took_part BIGINT NOT NULL DEFAULT 0,
    p_invited BIGINT NOT NULL DEFAULT 0,
    p_attended BIGINT NOT NULL DEFAULT 0,
    p_views BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (year, gender, age_band)
);

-- Feedback from meetings that took place or are to (not cancelled), by the meeting's year,
-- quarter, kind and chair, children (child = 1) apart from parents and carers.
CREATE TABLE tally_feedback (
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL,
    kind TEXT NOT NULL,
    chair_id TEXT NOT NULL,
    child INTEGER NOT NULL,
    responses BIGINT NOT NULL DEFAULT 0,
    face_1 BIGINT NOT NULL DEFAULT 0,
    face_2 BIGINT NOT NULL DEFAULT 0,
    face_3 BIGINT NOT NULL DEFAULT 0,
    face_4 BIGINT NOT NULL DEFAULT 0,
    face_5 BIGINT NOT NULL DEFAULT 0,
    listened__yes BIGINT NOT NULL DEFAULT 0,
    listened__a_bit BIGINT NOT NULL DEFAULT 0,
    listened__no BIGINT NOT NULL DEFAULT 0,
    understood__yes BIGINT NOT NULL DEFAULT 0,
    understood__a_bit BIGINT NOT NULL DEFAULT 0,
    understood__no BIGINT NOT NULL DEFAULT 0,
    said_what_wanted__yes BIGINT NOT NULL DEFAULT 0,
    said_what_wanted__a_bit BIGINT NOT NULL DEFAULT 0,
    said_what_wanted__no BIGINT NOT NULL DEFAULT 0,
    report_in_time__yes BIGINT NOT NULL DEFAULT 0,
    report_in_time__a_bit BIGINT NOT NULL DEFAULT 0,
    report_in_time__no BIGINT NOT NULL DEFAULT 0,
    met_chair_before__yes BIGINT NOT NULL DEFAULT 0,
    met_chair_before__no BIGINT NOT NULL DEFAULT 0,
    interpreter__yes BIGINT NOT NULL DEFAULT 0,
    interpreter__no BIGINT NOT NULL DEFAULT 0,
    interpreter__not_needed BIGINT NOT NULL DEFAULT 0,
    understood_decisions__yes BIGINT NOT NULL DEFAULT 0,
    understood_decisions__a_bit BIGINT NOT NULL DEFAULT 0,
    understood_decisions__no BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (year, quarter, kind, chair_id, child)
);

-- Made from the meetings at the next start (service::figures::tally::ensure).
INSERT INTO settings (name, value) VALUES ('tallies_built', '0');
