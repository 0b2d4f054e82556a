# The chair's workspace. Staff read these: plain, short, no jargon beyond the service's own.

staff-nav-label = Staff
staff-nav-meetings = Meetings
staff-nav-new-meeting = New meeting
staff-sign-in-title = Sign in
staff-sign-in = Sign in
staff-sign-out = Sign out
staff-signed-out = You have signed out.
staff-email = Email address
staff-password = Password

staff-error-unauthenticated = Please sign in again.
staff-error-invalid-credentials = The email address or password is not right.
staff-error-locked = Too many wrong passwords for this email address. Wait { $minutes } minutes, then try again.
staff-error-not-found = We could not find that meeting.
staff-error-invalid = Something on the form is not right. Check it and try again.
staff-error-invalid-date = Enter the date of the meeting.
staff-error-invalid-time = Enter the time of the meeting, like 10:30.
staff-error-in-the-past = The meeting must be in the future.
staff-error-unsupported-language = Choose a language from the list.
staff-error-text-too-long = That text is too long.
staff-error-choose-held = Say whether the meeting was held.
staff-error-unknown-participant = That person is not part of this meeting.
staff-error-child-only = Only a child can be recorded as not able to take part.
staff-error-meeting-closed = This meeting has been held or cancelled, so it cannot be changed.
staff-error-meeting-not-started = You can record the outcome once the meeting has started.
staff-error-network = The page could not reach the server. Check the connection and try again.
staff-error-internal = Something went wrong on our side. Try again in a minute.

staff-meetings-title = Meetings
staff-no-meetings = There are no meetings yet.
staff-filter-chair = Show meetings chaired by
staff-filter-everyone = Everyone
staff-filter-apply = Show
staff-chaired-by = Chair: { $name }
staff-people-count = { $n ->
    [one] 1 person invited
   *[other] { $n } people invited
}
staff-badge-views = Views received ({ $n })
staff-flag-talk-soon = A child wants to talk to someone soon
staff-flag-talk-soon-long = This child asked to talk to someone soon. Please make sure someone does.
staff-status-scheduled = Coming up
staff-status-held = Held
staff-status-cancelled = Cancelled

staff-kind-cse-strategy = Child sexual exploitation strategy meeting
staff-kind-icpc = Initial child protection conference
staff-kind-rcpc = Review child protection conference
staff-kind-cin-review = Child in need review
staff-kind-lac-review = Looked-after child review
staff-kind-other = Other meeting

staff-new-meeting-title = New meeting
staff-meeting-kind = Type of meeting
staff-date = Date
staff-time = Time
staff-time-hint = UK time, for example 10:30
staff-case-ref = Case reference (optional)
staff-case-ref-hint = Your own reference. Children and families never see it.
staff-people = Who is invited
staff-people-hint = Each person gets their own invite code. Leave a row's role empty if you do not need it.
staff-person-n = Person { $n }
staff-role = Role
staff-role-none = Not used
staff-role-child = Child
staff-role-parent = Parent
staff-role-carer = Carer
staff-first-name = First name
staff-language = Language
staff-age-band = Age (children only)
staff-gender = Gender (children only)
staff-gender-female = Female
staff-gender-male = Male
staff-gender-other = Other
staff-not-recorded = Not recorded
staff-create-meeting = Create meeting
staff-meeting-created = The meeting is set up. Print the invites next.

staff-meeting-title = Meeting
staff-back-to-meetings = Back to meetings
staff-back-to-meeting = Back to the meeting
staff-when = When
staff-chair = Chair
staff-status = Status
staff-print-invites = Print all invites
staff-print-invites-hint = Printing makes a new code for each person. An invite printed before stops working.
staff-print-for-meeting = Print for the meeting
staff-record-outcome = Record who took part
staff-cancel-meeting = Cancel this meeting
staff-cancel-confirm = Cancelling cannot be undone. Invite codes will stop taking views. The meeting and any views stay on record.
staff-cancel-meeting-yes = Yes, cancel the meeting
staff-cancel-keep = No, keep it
staff-views-heading = What people said

staff-fact-language = Language: { $language }
staff-fact-age = Age { $band }
staff-invite-printed = Invite printed { $when }
staff-invite-not-printed = Invite not printed yet
staff-no-views = No views sent yet.
staff-views-sent = { $n ->
    [one] Sent { $when }
   *[other] Sent { $when } (sent { $n } times; this is the newest)
}
staff-visibility-everyone = Everyone at the meeting can hear this
staff-visibility-chair-only = Only you, the chair
staff-visibility-talk-first = Wants to talk to you about this first
staff-supporter = Who they want with them
staff-anything-else = Anything else
staff-taking-part = How they want to take part
staff-safety = How safe they feel
staff-safety-value = { $n } out of 10 (0 is not safe at all, 10 is very safe)
staff-helped-by = Who helped them

staff-print-for-meeting-note = For the meeting: only the answers the child said everyone can hear. Answers kept for the chair, or to talk about first, are left out.
staff-print-how = Use your browser's Print (Ctrl+P).
staff-invites-title = Invites
staff-invites-new-codes = These invites have new codes. Any invite printed before for this meeting no longer works.
staff-invites-none = This meeting has nobody to invite yet.

staff-was-held = Was the meeting held?
staff-held-yes = Yes, it was held
staff-held-no = No, it was cancelled
staff-outcome-heading = Took part
staff-outcome-attended = Came to the meeting
staff-outcome-not-attended = Did not come
staff-outcome-not-able = Not able to take part (for example, a baby)
staff-not-able-reason = Why not (optional)
staff-shared-before = Views shared before the meeting by
staff-shared-kiosk-auto = Views sent through Tiptoes are counted already.
staff-shared-kiosk = Through Tiptoes
staff-shared-written = Writing them down
staff-shared-someone = Someone telling them for them
staff-shared-phone = A phone call with the chair
staff-shared-none = Not shared
staff-interpreter-needed = Needed an interpreter
staff-interpreter-present = An interpreter was there
staff-save-outcome = Save
staff-outcome-saved = Saved. Thank you.

staff-nav-audit = Audit log
staff-audit-title = Audit log
staff-audit-intro = Every time someone opened a meeting's views, printed its invite codes or recorded its outcome. Newest first.
staff-audit-by = Done by
staff-audit-meeting = Meeting
staff-audit-who = Who
staff-audit-what = What
staff-audit-empty = Nothing has been recorded yet.
staff-audit-read-views = Opened the views
staff-audit-print-invites = Printed the invites (new codes)
staff-audit-record-outcome = Recorded who took part
