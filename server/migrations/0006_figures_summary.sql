-- A held meeting's participation counts, written with its outcome (after which the meeting
-- cannot change), so the quarter figures add up meetings rather than people: one range over
-- one index, however many people a year holds. See service/figures.
ALTER TABLE meetings ADD COLUMN c_invited BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN c_not_able BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN c_attended BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN c_views BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN c_took_part BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN p_invited BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN p_attended BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN p_views BIGINT NOT NULL DEFAULT 0;
CREATE INDEX meetings_figures ON meetings (status, starts_at, kind, chair_id, c_invited, c_not_able, c_attended,
    c_views, c_took_part, p_invited, p_attended, p_views);
-- The children's breakdowns (gender, age band) still count people: from this index alone.
CREATE INDEX participants_figures ON participants (meeting_id, role, gender, age_band, not_able, attended, views_shared_by);

-- Meetings already held: their counts now.
UPDATE meetings SET
    c_invited = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role = 'child'),
    c_not_able = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role = 'child' AND COALESCE(p.not_able, 0) = 1),
    c_attended = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role = 'child' AND COALESCE(p.not_able, 0) = 0 AND COALESCE(p.attended, 0) = 1),
    c_views = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role = 'child' AND COALESCE(p.not_able, 0) = 0 AND p.views_shared_by IS NOT NULL AND p.views_shared_by NOT IN ('[]', '["none"]')),
    c_took_part = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role = 'child' AND COALESCE(p.not_able, 0) = 0 AND (COALESCE(p.attended, 0) = 1 OR (p.views_shared_by IS NOT NULL AND p.views_shared_by NOT IN ('[]', '["none"]')))),
    p_invited = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role IN ('parent', 'carer')),
    p_attended = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role IN ('parent', 'carer') AND COALESCE(p.attended, 0) = 1),
    p_views = (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = meetings.id AND p.role IN ('parent', 'carer') AND p.views_shared_by IS NOT NULL AND p.views_shared_by NOT IN ('[]', '["none"]'))
WHERE status = 'held';
