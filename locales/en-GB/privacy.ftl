# Privacy: how long the family's words are kept, and the audit of what Tiptoes did by itself.

staff-words = Family's words
staff-words-kept-until = Kept until { $when }, then deleted. Only the counts stay, for the figures.
staff-words-deleted = Deleted on { $when }. Only the counts stay, for the figures.
staff-views-deleted = They sent views. Their words were deleted after the meeting.
staff-audit-by-tiptoes = Tiptoes (automatic)
staff-audit-purge = Deleted words past their time
staff-audit-rotate-key = Moved the words to a new key
staff-audit-forget-keys = Removed old keys
