-- The figures count held meetings by date: one index serves every quarter's range scan.
CREATE INDEX meetings_status_starts ON meetings (status, starts_at);
