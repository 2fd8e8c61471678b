# Pitchline, English. Every message here must also be in zh/pitchline.ftl
# (`cargo test -p i18n` checks). Ids are prefixed by the page or part that uses them;
# `common-` ids are shared. Add new sections at the end of a file.

## Site, header, footer

site-name = Pitchline
site-footer = Pitchline · the deal-flow manager of the Global Startup Investment Conference
skip-to-content = Skip to content
nav-main = Main
nav-showcase = Showcase
nav-log-in = Log in
nav-sign-up = Sign up
nav-log-out = Log out
nav-my-startups = My startups
nav-investor-desk = Investor desk
nav-reviews = Reviews
nav-staff = Staff
nav-invite = Invite people
nav-submissions = Submissions
nav-judging = Judging
nav-ranking = Ranking
nav-editions = Editions
nav-outbox = Outbox
nav-audit = Audit log
switch-language-title = Show Pitchline in English
switch-language-label = Language

## Shared pieces

common-loading = Loading…
common-working = Working…
common-please-log-in = Please log in
common-members-only = This page is for signed-in members.
common-not-found-title = Page not found
common-not-found-text = There is nothing here, or you do not have access to it.
common-go-home = Go to the start page
common-choose = Choose…
role-founder = Founder
role-investor = Investor
role-staff = Staff

## Errors a form or page can show

error-fix-field = Please correct the highlighted field.
error-fix-fields = Please correct the highlighted fields.
error-log-in = Please log in to continue.
error-forbidden = You do not have permission to do that.
error-not-found = We could not find that page or item.
rate-limited-seconds = Too many attempts. Please try again in { $count ->
    [one] 1 second
   *[other] { $count } seconds
}.
rate-limited-minutes = Too many attempts. Please try again in { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}.
rate-limited-hours = Too many attempts. Please try again in { $count ->
    [one] 1 hour
   *[other] { $count } hours
}.
error-internal = Something went wrong on our side. If it persists, quote reference { $reference }.
error-transport = Could not reach Pitchline: { $cause }. Check your connection and try again.
error-malformed = The form was incomplete or malformed; please fill it in again.

## Notices after an action

notice-logged-out = You are logged out.
notice-password-changed = Your password was changed. Log in with the new one.
notice-reset-sent = If an account exists for that email, we have sent it a link to choose a new password. The link works for one hour.
notice-investor-profile-saved = Profile saved.
notice-startup-saved = Profile saved.
notice-logo-uploaded = Logo uploaded.
notice-joined-team = Welcome to the team.
notice-cofounder-invited = Invitation sent. The link is valid for 7 days.
notice-left-team = You left the startup's team.
notice-draft-saved = Draft saved.
notice-pitch-submitted = Pitch submitted. You can still change it until the deadline.
notice-deck-uploaded = Deck uploaded.
notice-pitch-withdrawn = Pitch withdrawn.
notice-review-settings-saved = Review settings saved.
notice-assignments-changed = Assignments updated.
notice-decided = Decision recorded; the founders are emailed in 3 minutes unless you undo it.
notice-decision-undone = Decision undone; no email was sent.
notice-feedback-released = Feedback choices saved. Founders see the ticked comments on their pitch page.
notice-all-reviewed = All your assigned pitches are reviewed. Thank you!
notice-conflict-declared = Conflict declared. That pitch is no longer yours to review, and the organisers can see your reason.
notice-review-saved = Review saved.
notice-marks-saved = Your marks are saved.
notice-edition-saved = Edition saved.
notice-staff-invited = Invitation queued. Its link is in the newest message below.

upload-interrupted = The upload was interrupted; please try again.
upload-locked = This pitch can no longer be changed, so the file was not replaced.
upload-failed = The upload failed on our side. Please try again; if it keeps failing, tell the organisers.
upload-missing-logo = Choose a file: The logo must be a PNG, JPEG or WebP image.
upload-missing-deck = Choose a file: The pitch deck must be a PDF file.
upload-empty-logo = The logo is an empty file (0 bytes). Choose the real file.
upload-empty-deck = The pitch deck is an empty file (0 bytes). Choose the real file.
upload-too-large-logo = The logo is larger than { $size }. Export a smaller file and try again.
upload-too-large-deck = The pitch deck is larger than { $size }. Export a smaller file and try again.
upload-wrong-type-logo = The logo must be a PNG, JPEG or WebP image; this file is not one, whatever its name says.
upload-wrong-type-deck = The pitch deck must be a PDF file; this file is not one, whatever its name says.

## Home pages

home-title = Pitch, judge and meet at the Global Startup Investment Conference
home-lead = Founders submit their pitch, investors score and shortlist, organisers run the rounds and the meetings: all in one place.
home-welcome-back = Welcome back, { $name }.
home-open-workspace = Open my workspace
home-sign-up-founder = Sign up as a founder
home-edition-loading = Loading the current edition…
home-no-edition = No edition is open yet.
home-current-edition = Current edition
home-submissions-close = Submissions close { $when }
home-hello = Hello, { $name }.
founder-home-title = Founder home
founder-home-intro = Build your startup profile, submit your pitch before the deadline and follow its status here.
investor-home-title = Investor home
investor-home-intro = Your review queue, shortlist and meeting requests for the current edition live here.
investor-home-queue = Review queue
investor-home-shortlist = My shortlist
investor-home-profile = Profile and thesis

## Log in, sign up, password reset, invitations

auth-email = Email
auth-password = Password
auth-log-in = Log in
auth-forgot = Forgot your password?
auth-new-here = New here?
auth-sign-up-founder = Sign up as a founder
auth-sign-up-title = Sign up
auth-create-founder-account = Create your founder account
auth-invitation-only = Investors and organisers join by invitation from the conference staff.
auth-your-name = Your name
auth-password-hint = 8 to 128 characters. A long passphrase is easiest to remember.
auth-password-hint-short = 8 to 128 characters.
auth-create-account = Create account
auth-already-registered = Already registered?
auth-reset-title = Reset your password
auth-email-reset-link = Email me a reset link
auth-back-to-log-in = Back to log in
auth-new-password-title = Choose a new password
auth-new-password = New password
auth-save-new-password = Save new password
auth-request-new-link = Request a new link
auth-invitation-title = Accept your invitation
auth-join = Join Pitchline
auth-checking-invitation = Checking your invitation…
auth-invited-as = You are invited as { $role } with { $email }.
auth-existing-account = You already have an account: confirm with its password to add this role.
auth-current-password = Your current password
auth-choose-password = Choose a password
auth-accept-continue = Accept and continue

## Names of statuses, stages and instruments

status-draft = Draft
status-submitted = Submitted
status-under-review = Under review
status-shortlisted = Shortlisted
status-accepted = Accepted
status-waitlisted = Waitlisted
status-rejected = Not selected
status-withdrawn = Withdrawn
status-draft-explained = Drafts are not sent to the organisers. Submit before the deadline.
status-submitted-explained = Received. Reviews start after the submission deadline.
status-under-review-explained = Investors are reviewing your pitch.
status-shortlisted-explained = You are on the shortlist. A final decision follows.
status-accepted-explained = Congratulations: you are invited to pitch on stage.
status-waitlisted-explained = You are on the waiting list and may still be invited.
status-rejected-explained = Your pitch was not selected this time.
status-withdrawn-explained = You withdrew this pitch.
stage-idea = Idea
stage-pre-seed = Pre-seed
stage-seed = Seed
stage-series-a = Series A
stage-series-b-plus = Series B+
stage-growth = Growth
instrument-equity = Equity
instrument-safe = SAFE
instrument-convertible = Convertible note
instrument-other = Other

## Emails (backend::platform::mail_texts): plain text, one subject and one body per kind;
## names and titles are inserted exactly as typed. The code adds the final line break.

mail-reset-subject = Reset your Pitchline password
mail-reset-body =
    Hello { $name },

    Someone (hopefully you) asked to reset your Pitchline password.
    Choose a new one here within the next hour:

    { $link }

    If you did not ask for this, ignore this email: your password stays as it is.
# $role is the role's code (investor, staff), which English writes as it is.
mail-invitation-role = { $role ->
        [investor] an investor
       *[other] a { $role }
    }
mail-invitation-subject = You are invited to Pitchline as { mail-invitation-role }
mail-invitation-body =
    Hello,

    { $inviter } invites you to join Pitchline, the deal-flow manager of the Global Startup Investment Conference, as { mail-invitation-role }.

    Accept within 7 days:

    { $link }
mail-cofounder-subject = Join { $startup } on Pitchline
mail-cofounder-body =
    Hello,

    { $inviter } invites you to join the team of { $startup } on Pitchline, the deal-flow manager of the Global Startup Investment Conference. Co-founders share the startup with equal rights.

    Accept within 7 days:

    { $link }
# $status is the decision's status name (status-…); $message its explanation (status-…-explained).
mail-decision-subject = Your pitch: { $status }
mail-feedback-subject = New feedback on your pitch
mail-feedback-message = The organisers shared reviewers' feedback on your pitch. Read it on your pitch page.
# The body of an email about a pitch to each member of its team.
mail-pitch-body =
    Hello { $name },

    { $message }

    Your pitch "{ $title }" to { $edition }:

    { $link }
mail-outbox-held-until = held until { $time }
## Staff and judging pages: staff home, editions, invitations, outbox, audit log, judging, ranking, decisions, the judge's review queue and form

recommendation-strong-yes = Strong yes
recommendation-yes = Yes
recommendation-maybe = Maybe
recommendation-no = No
interest-none = None
interest-watching = Watching
interest-interested = Interested
interest-want-meeting = Want a meeting
visibility-after-own = After submitting their own review
visibility-never = Never
decision-accept = Accept
decision-shortlist = Shortlist
decision-waitlist = Waitlist
decision-reject = Reject

staff-home-title = Staff home
staff-home-intro = Configure editions, invite investors and colleagues, and follow what the system emails.
staff-tile-editions = Dates, tracks, deadlines, which one is current
staff-tile-judging = Rubric, review settings, assigning judges
staff-tile-ranking = Scores, judge calibration, decisions
staff-tile-invite = Investors and staff join by emailed link
staff-tile-outbox = Every email the system has queued
staff-cancel = Cancel
staff-pages = Pages
staff-previous = ← Previous
staff-next = Next →
staff-newer = ← Newer
staff-older = Older →
staff-page-of = Page { $page } of { $pages }
staff-page = Page { $page }
staff-former-investor = Former investor

editions-new = New edition
editions-loading = Loading editions…
editions-none = No editions yet. Create the first one.
editions-col-name = Name
editions-col-city = City
editions-col-dates = Dates
editions-col-deadline = Deadline (local)
editions-col-tracks = Tracks
editions-current = current
editions-make-current = Make current
editions-edit-title = Edit edition
editions-edit-named = Edit { $name }
editions-name = Name
editions-name-hint = e.g. GSIC 2026 Shanghai
editions-city = City
editions-first-day = First day
editions-last-day = Last day
editions-time-zone = Time zone
editions-time-zone-hint = IANA name, e.g. Asia/Shanghai or Europe/London
editions-deadline = Submission deadline (local time)
editions-tracks = Tracks
editions-tracks-hint = One track per line, at most 30.
editions-save = Save edition

invite-heading = Invite an investor or a colleague
invite-intro = They receive a link valid for 7 days to set their password. Someone who already has an account gains the role.
invite-role = Role
invite-role-investor = Investor (also judge)
invite-role-staff = Conference staff
invite-send = Send invitation

outbox-loading = Loading messages…
outbox-smtp = Messages are delivered over SMTP; this is the record. Links that carry a token (password resets, invitations) are hidden here and removed once sent: only the recipient has them.
outbox-no-smtp = No SMTP server is configured: messages stay here for you to read and forward.
outbox-count = {" "}{ $count } message(s).
outbox-live-links = The links below are live. Whoever opens a password-reset or invitation link can take over that account or join as that person: forward each one only to its recipient, and never share this page.
outbox-sent = sent { $when }
outbox-not-delivered = not delivered yet: { $error }
outbox-queued = queued

audit-intro = Who changed what, newest first. Entries are written in the same transaction as the change.
audit-col-when = When (UTC)
audit-col-who = Who
audit-col-action = Action
audit-col-subject = Subject
audit-col-detail = Detail
audit-system = system

judging-lead = Set the rubric and how review runs, then give every submitted pitch its reviewers. Judges with a conflict of interest are never assigned.
judging-assigned = { $count } new assignments made.
judging-short = {" "}{ $count } pitches are short of reviewers: not enough judges without a conflict.
judging-setup = Review setup
judging-rubric-locked = Judges have scored pitches already: criteria, weights and scales are fixed now. Guidance text and the settings below can still change.
judging-rubric = Rubric
judging-rubric-hint = One criterion a line: name | weight | scale (5 or 10) | guidance for judges. At most 10.
judging-reviews-per-pitch = Reviews per pitch
judging-reviews-per-pitch-hint = How many judges score each pitch, 1 to 10.
judging-visibility = Judges see each other's scores
judging-phase-open = Review phase open (judges can write and change reviews)
judging-blind = Blind review (startup and founder names hidden from judges)
judging-blind-hint = Pitchline hides the names it prints (headings, page titles, deck file names) and masks the startup's name in the founders' own text. It cannot edit decks: founders are asked to leave their name out of them.
judging-browse = Judges may also review pitches not assigned to them
judging-save-setup = Save review setup
judging-assignments = Assignments
judging-auto-assign = Assign reviewers automatically
judging-board-hint = { $per_pitch } reviewers per pitch. Reviews already written are kept. Judges' loads: { $min } to { $max } pitches.
judging-track = Track
judging-all-tracks = All tracks
judging-show = Show
judging-no-pitches = No submitted pitches yet.
judging-board-range = Pitches { $first }–{ $last } of { $total }
judging-judge-load = { $count } assigned
judging-col-startup = Startup
judging-col-status = Status
judging-col-reviewers = Reviewers
judging-col-add-reviewer = Add a reviewer
judging-col-conflicts = Conflicts
judging-remove-reviewer = Remove { $name }
judging-reviewer-to-add = Reviewer to add
judging-type-judge = Type a judge's name
judging-add = Add
judging-conflict = { $name }: { $reason }
judging-found-automatically = {" "}(found automatically)
judging-decision = Decision
judging-decide = Decide
judging-reviews-count = Reviews ({ $count })
judging-no-reviews = No reviews yet.
judging-no-comment = (no comment)
judging-share-comment = Share this comment with the founders
judging-save-feedback = Save feedback choices
judging-conflicts-title = Conflicts of interest
judging-no-conflicts = None declared or found.

ranking-lead = The normalised mean turns each score into a z-score against its judge's own habits, so harsh and lenient judges count alike. A wide ± means the judges disagree or few have scored.
ranking-undone = Decision undone: { $count } pitches are back where they were, and no email was sent.
ranking-decided = Decision recorded for { $count } pitches. Their founders are emailed in 3 minutes unless you undo it.
ranking-nothing-changed = Nothing changed: the ticked pitches had that decision already.
ranking-undo = Undo
ranking-pitch-pages = Pages of pitches
ranking-page-of = Page { $page } of { $pages } · { $total } pitches
ranking-judge-pages = Pages of judges
ranking-previous-judges = ← Previous judges
ranking-next-judges = Next judges →
ranking-judge-page-of = Judges page { $page } of { $pages } · { $total } judges
ranking-raw-mean = Raw mean
ranking-normalised-mean = Normalised mean
ranking-sort-reviews = Number of reviews
ranking-sort-uncertain = Least certain first
ranking-sort-name = Name
ranking-sort-by = Sort by
ranking-panel-mean = {" "}· panel mean { $mean }
ranking-computed = Normalised means, ± and judge offsets computed { $when } (again on the first view after a review changes); counts and raw means are always current.
ranking-pick = Pick
ranking-pick-startup = Pick { $name }
ranking-col-reviews = Reviews
ranking-col-disagreement = Disagreement
ranking-col-stars = Stars
ranking-col-meetings = Meeting requests
ranking-reviews-of = { $done } of { $total }
ranking-judges-disagree = Judges disagree
ranking-decision-hint = A decision applies to the pitches ticked on this page; the next step lists them by name before anything changes.
ranking-decision-for-ticked = Decision for the ticked pitches
ranking-review-decision = Review decision…
ranking-calibration = Judge calibration
ranking-calibration-hint = Each judge's mean and spread of weighted scores (0–10). The offset allows for the pitches a judge happened to draw: below zero is harsher than the panel, above is more lenient.
ranking-col-judge = Judge
ranking-col-assigned = Assigned
ranking-col-reviewed = Reviewed
ranking-col-mean = Mean
ranking-col-spread = Spread
ranking-col-offset = Offset
ranking-harsh = {" "}harsh
ranking-lenient = {" "}lenient
ranking-back = Back to the ranking

confirm-title = Confirm decision
confirm-heading = Confirm the decision
confirm-summary = { $changing } of { $total } ticked pitches will be marked “{ $status }”; { $emailed } founders will be emailed.
confirm-replacing = { $count } of them already had a decision, which this one replaces.
confirm-count = { $decision }: { $count } pitches
confirm-refused = This decision cannot be applied: { $reasons }
confirm-col-pitch = Pitch
confirm-col-now = Now
confirm-col-after = After
confirm-no-change = no change
confirm-apply = Confirm and email the founders

reviews-show-todo = Not reviewed yet
reviews-show-done = Reviewed
reviews-show-starred = Shortlist (starred)
reviews-progress = { $done } of { $total } assigned pitches reviewed.
reviews-phase-closed-note = {" "}The review phase is closed: reviews are read-only.
reviews-progress-label = Review progress
reviews-show = Show
reviews-everything = Everything
reviews-filter = Filter
reviews-empty = Nothing here. Staff assign pitches after the submission deadline.
reviews-on-shortlist = On your shortlist
reviews-to-review = To review
reviews-not-assigned = Not assigned to you
reviews-blind-label = Pitch { $code }
reviews-review-title = Review
reviews-position = Pitch { $n } of { $m } assigned to you
reviews-back-to-queue = Back to the queue
reviews-download-deck = Download the deck (PDF)
reviews-watch-video = Watch the video
reviews-summary = Summary
reviews-startup = Startup
reviews-stage = Stage
reviews-where = Where
reviews-sectors = Sectors
reviews-founded = Founded
reviews-team = Team
reviews-team-size = { $count } people
reviews-raising = Raising
reviews-website = Website
reviews-monthly-revenue = Monthly revenue
reviews-users = Users
reviews-growth = Growth
reviews-growth-value = { $pct }% a month
reviews-raised-so-far = Raised so far
reviews-blind-hint = Blind review: the startup's and founders' names are hidden. Where the founders wrote their startup's name in this text it shows as [startup]; the deck is shown as they uploaded it and may still name them.
reviews-your-review = Your review
reviews-phase-closed = The review phase is closed, so reviews can no longer be written or changed.
reviews-recommendation = Recommendation
reviews-comment = Comment
reviews-comment-hint = Staff may share it with the founders as feedback. At most 3,000 characters.
reviews-private-note = Private note
reviews-private-note-hint = Only you can read this.
reviews-save-next = Save and next
reviews-save = Save
reviews-criterion-scale = {" "}· weight { $weight } · 1 to { $max }
reviews-other-judges = Other judges
reviews-others-after-own = Other judges' scores stay hidden until you have saved your own review, if the organisers show them at all.
reviews-others-hidden = The organisers keep other judges' scores hidden.
reviews-no-others = No other reviews yet.
reviews-other-judge = Judge { $letter }
reviews-your-marks = Your marks
reviews-marks-hint = Private to you. Staff see only how many investors starred a startup.
reviews-starred = ★ On my shortlist
reviews-tags = Tags
reviews-tags-hint = Separate with commas, at most 8.
reviews-interest = Interest
reviews-save-marks = Save marks
reviews-declare-conflict-title = Declare a conflict of interest
reviews-conflict-hint = You will no longer review this pitch or see its scores. Staff see your reason.
reviews-reason = Reason
reviews-reason-hint = e.g. I advised this company. 3 to 500 characters.
reviews-declare-conflict = Declare conflict
## Problems: what is wrong with a field, a refused form, an action that does not fit (components::problems)

problem-noun-display-name = Name
problem-noun-email = Email
problem-noun-password = Password
problem-noun-edition-name = Name
problem-noun-city = City
problem-noun-start-date = Start date
problem-noun-end-date = End date
problem-noun-submission-deadline = Submission deadline
problem-noun-track-name = A track name
problem-noun-startup-name = Name
problem-noun-one-liner = One-liner
problem-noun-description = Description
problem-noun-sector = A sector
problem-noun-stage = Stage
problem-noun-country = Country
problem-noun-founded-year = Founded (year)
problem-noun-team-size = Team size
problem-noun-website = Website
problem-noun-monthly-revenue = Monthly revenue
problem-noun-users = Users
problem-noun-amount-asked = Amount asked
problem-noun-currency = Currency
problem-noun-instrument = Instrument
problem-noun-pre-money-valuation = Pre-money valuation
problem-noun-use-of-funds = Use of funds
problem-noun-raised-so-far = Raised so far
problem-noun-firm = Firm
problem-noun-job-title = Title
problem-noun-smallest-ticket = Smallest ticket
problem-noun-largest-ticket = Largest ticket
problem-noun-company-name = the company name
problem-noun-company-website = the website
problem-noun-pitch-title = Title
problem-noun-summary = Summary
problem-noun-video-link = Video link
problem-noun-criterion-name = The name
problem-noun-guidance = The guidance
problem-noun-visibility = Visibility
problem-noun-recommendation = Recommendation
problem-noun-comment = The comment
problem-noun-private-note = The private note
problem-noun-conflict-reason = The reason
problem-noun-interest = Interest
problem-noun-decision = Decision
problem-required = { $field } is required.
problem-too-short = { $field } needs at least { $min } characters.
problem-too-long = { $field } can be at most { $max } characters (it has { $len }).
problem-at-most = { $field } can be at most { $max } characters.
problem-hidden-characters = { $field } cannot contain line breaks, tabs or other invisible characters.
problem-not-in-list = Choose a { $field } from the list.
problem-not-a-date = { $field } must be a date like 2026-09-14.
problem-not-a-date-time = { $field } must be a date and time like 2026-08-31T23:59.
problem-not-an-amount = { $field } must be a whole amount like 1500000, 1,500,000 or 1.5m.
problem-amount-too-large = { $field } is too large.
problem-out-of-range = { $field } must be between { $min } and { $max }.
problem-not-a-whole-number = { $field } must be a whole number.
problem-not-http = { $field } must start with https:// or http://.
problem-not-a-web-address = { $field } must be a web address like https://example.com.
problem-at-line = Line { $line }: { $problem }
problem-not-an-email = "{ $value }" is not a valid email address, e.g. name@example.com.
problem-not-a-role = "{ $value }" is not a role: choose founder, investor or staff.
problem-email-taken = An account with this email already exists. Log in, or reset your password.
problem-email-just-taken = An account with this email was just created: log in first.
problem-bad-credentials = That email and password do not match an account.
problem-not-your-password = That is not the password of your existing account.
problem-founders-sign-up = Founders sign themselves up; invite investors or staff.
problem-invitation-for-other = This invitation is for { $email }. Log out, then open the link again.
problem-invitee-has-account = { $email } already has an account: log in first, then open the link again.
problem-already-on-team = { $name } is already on the team.
problem-unknown-time-zone = "{ $value }" is not a known time zone; use an IANA name such as Asia/Shanghai.
problem-fix-time-zone-first = Fix the time zone first.
problem-no-such-local-time = That local time does not exist in this time zone (a clock change); pick another.
problem-duplicate-track = Track "{ $name }" is listed twice.
problem-no-tracks = Add at least one track, one per line.
problem-too-many-tracks = An edition can have at most { $max } tracks.
problem-end-before-start = The end date cannot be before the start date.
problem-deadline-after-end = The submission deadline must fall before the edition ends.
problem-edition-name-taken = Another edition already has this name.
problem-track-in-use = Track "{ $name }" has { $pitches } pitch(es) and cannot be removed; rename it by adding the new name and keeping the old one.
problem-not-a-country = "{ $value }" is not a country code from the list.
problem-founded-out-of-range = Founded must be a year from 1900 to { $last }.
problem-founded-not-a-year = Founded must be a year like 2021.
problem-team-size-out-of-range = Team size must be between 1 and 100,000.
problem-growth-out-of-range = Growth must be between -100 % and 10,000 %.
problem-growth-not-a-number = Growth must be a number of percent, like 12.5.
problem-no-sectors = Add at least one sector.
problem-too-many-sectors = Choose at most { $max } sectors.
problem-instrument-needed = Say which instrument the amount asked is for.
problem-ask-over-valuation = The amount asked is more than ten times the pre-money valuation; check both.
problem-not-a-stage = "{ $value }" is not a stage; use { $stages }.
problem-no-stages = Choose at least one stage you invest in.
problem-too-many-companies = List at most { $max } portfolio companies.
problem-tickets-reversed = The largest ticket cannot be smaller than the smallest.
problem-no-track = Choose a track.
problem-not-a-track = Choose one of this edition's tracks.
problem-window-shape = Line { $line } ("{ $text }") must look like { $example } 09:00-12:00.
problem-not-a-pitch-day = { $day } is not a pitch day; use { $first } to { $last }.
problem-window-ends-first = the window must end after it starts.
problem-no-such-time = that time does not exist on { $day } (a clock change).
problem-too-many-windows = Give at most { $max } windows.
problem-windows-overlap = Two windows overlap on { $day }; merge them into one line.
problem-deck-before-submit = Save the draft, upload your pitch deck (PDF), then submit.
problem-deck-missing = Upload your pitch deck (PDF) before you submit.
problem-rubric-line-shape = write name | weight | scale | guidance, e.g. "Team | 20 | 5 | Can they build it?".
problem-weight-range = the weight must be a whole number from 1 to { $max }.
problem-scale-five-or-ten = the scale must be 5 or 10.
problem-criterion-twice = "{ $name }" is already in the rubric.
problem-no-criteria = Give at least one criterion.
problem-too-many-criteria = At most { $max } criteria (there are { $count }).
problem-rubric-in-use = Judges have already scored pitches on this rubric, so its criteria, weights and scales can no longer change. Guidance text still can.
problem-reviews-per-pitch-range = Reviews per pitch must be a whole number from 1 to { $max }.
problem-score-missing = Give a score for { $criterion }.
problem-score-out-of-scale = { $criterion } takes a whole score from 1 to { $max }.
problem-tag-too-long = A tag can be at most { $max } characters ("{ $tag }" is longer).
problem-too-many-tags = At most { $max } tags.
problem-not-a-judge = Choose a judge from the list.
problem-ambiguous-judge = More than one judge has that name: choose the one with their email from the list.
problem-only-investors-review = Only investors can review pitches.
problem-judge-conflicted = { $judge } cannot review this pitch: conflict of interest ({ $reason })
problem-already-reviews = { $judge } already reviews this pitch.
problem-search-too-long = Search for at most { $max } characters.
problem-conflict-team-member = You are on the team of { $name }.
problem-conflict-portfolio = { $name } is in your portfolio list.
problem-conflict-shared-domain = You share the email domain { $domain } with a founder.
problem-reset-link-expired = This reset link has expired or was already used. Request a new one.
problem-invitation-expired = This invitation has expired or was already used. Ask the organisers for a new one.
problem-cofounder-invite-expired = This invitation has expired or was already used. Ask your co-founder for a new one.
problem-nothing-ticked = Tick at least one pitch first.
problem-too-many-startups = You are already on the team of { $teams } startups, the most one founder may have. Leave one of them, or write to the conference team, before you add another.
problem-locked-deadline = The submission deadline has passed, so this pitch is read-only now.
problem-locked-withdrawn = This pitch was withdrawn and cannot be changed.
problem-locked-in-review = This pitch is { $status } and can no longer be changed.
problem-review-phase-closed = The review phase is closed, so reviews can no longer be written or changed.
problem-last-member = You are the last member of this startup. Invite a co-founder before you leave.
problem-no-more-reviewers = This pitch is { $status } and takes no more reviewers.
problem-review-saved-elsewhere = This review was just saved from another window. Reload to see it.
problem-pitch-exists = This startup already has a pitch for this edition; reload the page.
problem-not-decidable = Nothing was changed. { $pitches }
problem-already-undone = This decision was undone already.
problem-too-late-to-undo = Too late to undo: the founders have been emailed. Record a new decision instead.
problem-undecidable-draft = This pitch is still a draft: it was never submitted.
problem-undecidable-withdrawn = The founders withdrew this pitch.
problem-pitch-refused = { $name }: { $why }
