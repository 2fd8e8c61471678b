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
reviews-masked-name = [startup]
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
problem-at-sign = { $field } cannot contain "@": on Pitchline it marks a confirmed company mail domain.
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

## Founder pages (startups, team, pitch, joining), the showcase and the investor profile

startup-add = Add a startup
startup-none-yet = No startup yet. Add one: its profile is reused every time you apply.
startup-pitch-to = Pitch to { $edition }
startup-start-pitch = Start a pitch
startup-choose-stage = Choose a stage…
startup-choose-country = Choose a country…
startup-company = The company
startup-name = Startup name
startup-name-hint = Up to 100 characters.
startup-one-liner = One-liner
startup-one-liner-hint = What you do, in at most 140 characters.
startup-description = Description
startup-description-hint = Optional, up to 5,000 characters.
startup-sectors = Sectors
startup-sectors-hint = Separate with commas, at most 8, e.g. AI, Fintech, logistics.
startup-stage = Stage
startup-country = Country
startup-city = City
startup-founded = Founded (year)
startup-team-size = Team size
startup-website = Website
startup-website-hint = Optional, e.g. https://example.com
startup-traction = Traction (optional)
startup-monthly-revenue = Monthly revenue
startup-monthly-revenue-hint = In the currency below, e.g. 120k
startup-users = Users
startup-growth = Growth, % per month
startup-funding = Funding
startup-ask = Amount asked
startup-ask-hint = e.g. 1,500,000 or 1.5m; leave empty if you are not raising.
startup-currency = Currency
startup-instrument = Instrument
startup-pre-money = Pre-money valuation
startup-optional = Optional.
startup-raised = Raised so far
startup-use-of-funds = Use of funds
startup-use-of-funds-hint = Optional, up to 2,000 characters.
startup-showcase = List us in the public showcase if we are accepted
startup-showcase-hint = Only your name, one-liner, description, sectors, stage, location, website and logo are shown.
startup-create = Create startup
startup-save-profile = Save profile
startup-new-lead = The profile belongs to the startup: co-founders you invite share it, and it is reused when you apply again next year.
startup-profile-title = Startup profile
startup-logo-alt = { $name } logo
startup-profile = Profile
startup-pitches = Pitches
startup-pitch-item = { $edition }: { $title }
startup-list-separator = {", "}
startup-open-pitch = Open the pitch for the current edition
startup-logo = Logo
startup-logo-image = Logo image
startup-logo-hint = PNG, JPEG or WebP, at most 2 MB. Square images look best.
startup-upload-logo = Upload logo
startup-team = Team
startup-you = you
startup-invited = { $email } · invited
startup-invite = Invite a co-founder by email
startup-invite-hint = Co-founders share the startup with equal rights.
startup-send-invitation = Send invitation
startup-leave = Leave this startup
startup-join-title = Join a startup
startup-join-invites = { $inviter } invites { $email } to the team of { $startup }.
startup-join-team = Join the team
startup-join-have-account = You already have an account:{" "}
startup-join-log-in = log in
startup-join-then = , then open the link from the email again.
startup-join-create = Create my account and join
pitch-title = Pitch
pitch-page-title = Pitch · { $startup }
pitch-closes = Submissions close{" "}
pitch-closes-end = {". "}
pitch-days = Pitch days: { $from } to { $to }.
pitch-blind = Judging of this edition is blind: judges do not see your startup's or your names. Pitchline masks your startup's name where you write it in the title and summary, but it cannot edit your deck, so leave your name and logo out of it.
pitch-status = Status
pitch-timeline = Timeline
pitch-feedback = Feedback from the reviewers
pitch-deck = Pitch deck
pitch-deck-uploaded = uploaded { $when }
pitch-deck-replace = Replace the deck
pitch-deck-pdf = Deck (PDF)
pitch-deck-hint = PDF, at most 20 MB. The current deck stays until the new one is stored.
pitch-upload-deck = Upload deck
pitch-save-first = Save your draft first, then upload the deck here.
pitch-submit = Submit
pitch-submit-explained = Submits the saved draft and its deck to the organisers.
pitch-submit-pitch = Submit pitch
pitch-withdraw = Withdraw this pitch
pitch-yours = Your pitch
pitch-track = Track
pitch-choose-track = Choose a track…
pitch-title-field = Title
pitch-title-hint = Up to 120 characters.
pitch-summary = Summary
pitch-summary-hint = Up to 3,000 characters: problem, solution, traction, the ask.
pitch-video = Video link
pitch-video-hint = Optional, e.g. a 2-minute demo.
pitch-availability = Availability on the pitch days
pitch-availability-hint = One window per line in the edition's local time, e.g. { $example } 09:00-12:00. Leave empty if you can pitch any time.
pitch-save-draft = Save draft
file-size-bytes = { $count } bytes
showcase-description = Startups selected to pitch at the Global Startup Investment Conference.
showcase-heading = Showcase · { $edition }
showcase-lead = The startups selected to pitch on stage. { $count } match your filters.
showcase-track = Track
showcase-country = Country
showcase-stage = Stage
showcase-name = Name
showcase-all-tracks = All tracks
showcase-all-countries = All countries
showcase-all-stages = All stages
showcase-search-placeholder = Search by name
showcase-filter = Filter
showcase-none = No startup matches these filters yet.
showcase-pages = Pages
showcase-first-page = ← First page
showcase-next-page = Next page →
showcase-pitch = Pitch
showcase-based-in = Based in
showcase-based-in-value = { $city }, { $country }
showcase-founded = Founded
showcase-sectors = Sectors
showcase-website = Website
showcase-all-startups = ← All startups
submissions-heading = Submissions · { $edition }
submissions-lead = { $count } submissions match. Drafts (and their decks) stay private to their teams until submitted.
submissions-status = Status
submissions-all-statuses = All statuses
submissions-country-placeholder = e.g. CN
submissions-search = Search
submissions-search-placeholder = Startup name
submissions-startup = Startup
submissions-pitch = Pitch
submissions-submitted = Submitted
submissions-deck = Deck
submissions-pdf = PDF
submissions-zone = ({ $zone })
submissions-previous = ← Previous
submissions-page-of = Page { $page } of { $pages }
submissions-next = Next →
investor-profile-title = Investor profile
investor-profile-lead = What you invest in. It finds conflicts of interest for you and decides which pitches you are asked to review first.
investor-profile-firm = Firm
investor-profile-job-title = Title
investor-profile-job-title-hint = Optional, e.g. Partner.
investor-profile-sectors = Sectors
investor-profile-sectors-hint = Separate with commas, at most 8, e.g. AI, Fintech.
investor-profile-stages = Stages
investor-profile-stages-hint = Separate with commas: { $stages }.
investor-profile-ticket-min = Smallest ticket
investor-profile-ticket-min-hint = e.g. 250k
investor-profile-ticket-max = Largest ticket
investor-profile-ticket-max-hint = e.g. 2m
investor-profile-currency = Currency
investor-profile-geographies = Geographies
investor-profile-geographies-hint = Two-letter country codes, e.g. CN, SG, GB. Empty: anywhere.
investor-profile-portfolio = Portfolio companies
investor-profile-portfolio-hint = One a line: name, then optionally a comma and the website. Used to flag conflicts of interest.
investor-profile-save = Save profile
currency-cny = Chinese yuan
currency-usd = US dollar
currency-eur = Euro
currency-hkd = Hong Kong dollar
currency-gbp = Pound sterling
currency-jpy = Japanese yen
currency-sgd = Singapore dollar
currency-krw = South Korean won
currency-chf = Swiss franc
currency-aud = Australian dollar
currency-cad = Canadian dollar
currency-aed = UAE dirham
currency-inr = Indian rupee
currency-sek = Swedish krona
country-ad = Andorra
country-ae = United Arab Emirates
country-af = Afghanistan
country-ag = Antigua and Barbuda
country-ai = Anguilla
country-al = Albania
country-am = Armenia
country-ao = Angola
country-aq = Antarctica
country-ar = Argentina
country-as = American Samoa
country-at = Austria
country-au = Australia
country-aw = Aruba
country-ax = Åland Islands
country-az = Azerbaijan
country-ba = Bosnia and Herzegovina
country-bb = Barbados
country-bd = Bangladesh
country-be = Belgium
country-bf = Burkina Faso
country-bg = Bulgaria
country-bh = Bahrain
country-bi = Burundi
country-bj = Benin
country-bl = Saint Barthélemy
country-bm = Bermuda
country-bn = Brunei Darussalam
country-bo = Bolivia
country-bq = Bonaire, Sint Eustatius and Saba
country-br = Brazil
country-bs = Bahamas
country-bt = Bhutan
country-bv = Bouvet Island
country-bw = Botswana
country-by = Belarus
country-bz = Belize
country-ca = Canada
country-cc = Cocos (Keeling) Islands
country-cd = Congo, Democratic Republic of the
country-cf = Central African Republic
country-cg = Congo
country-ch = Switzerland
country-ci = Côte d'Ivoire
country-ck = Cook Islands
country-cl = Chile
country-cm = Cameroon
country-cn = China
country-co = Colombia
country-cr = Costa Rica
country-cu = Cuba
country-cv = Cabo Verde
country-cw = Curaçao
country-cx = Christmas Island
country-cy = Cyprus
country-cz = Czechia
country-de = Germany
country-dj = Djibouti
country-dk = Denmark
country-dm = Dominica
country-do = Dominican Republic
country-dz = Algeria
country-ec = Ecuador
country-ee = Estonia
country-eg = Egypt
country-eh = Western Sahara
country-er = Eritrea
country-es = Spain
country-et = Ethiopia
country-fi = Finland
country-fj = Fiji
country-fk = Falkland Islands (Malvinas)
country-fm = Micronesia
country-fo = Faroe Islands
country-fr = France
country-ga = Gabon
country-gb = United Kingdom
country-gd = Grenada
country-ge = Georgia
country-gf = French Guiana
country-gg = Guernsey
country-gh = Ghana
country-gi = Gibraltar
country-gl = Greenland
country-gm = Gambia
country-gn = Guinea
country-gp = Guadeloupe
country-gq = Equatorial Guinea
country-gr = Greece
country-gs = South Georgia and the South Sandwich Islands
country-gt = Guatemala
country-gu = Guam
country-gw = Guinea-Bissau
country-gy = Guyana
country-hk = Hong Kong, China
country-hm = Heard Island and McDonald Islands
country-hn = Honduras
country-hr = Croatia
country-ht = Haiti
country-hu = Hungary
country-id = Indonesia
country-ie = Ireland
country-il = Israel
country-im = Isle of Man
country-in = India
country-io = British Indian Ocean Territory
country-iq = Iraq
country-ir = Iran
country-is = Iceland
country-it = Italy
country-je = Jersey
country-jm = Jamaica
country-jo = Jordan
country-jp = Japan
country-ke = Kenya
country-kg = Kyrgyzstan
country-kh = Cambodia
country-ki = Kiribati
country-km = Comoros
country-kn = Saint Kitts and Nevis
country-kp = Korea, Democratic People's Republic of
country-kr = Korea, Republic of
country-kw = Kuwait
country-ky = Cayman Islands
country-kz = Kazakhstan
country-la = Lao People's Democratic Republic
country-lb = Lebanon
country-lc = Saint Lucia
country-li = Liechtenstein
country-lk = Sri Lanka
country-lr = Liberia
country-ls = Lesotho
country-lt = Lithuania
country-lu = Luxembourg
country-lv = Latvia
country-ly = Libya
country-ma = Morocco
country-mc = Monaco
country-md = Moldova
country-me = Montenegro
country-mf = Saint Martin (French part)
country-mg = Madagascar
country-mh = Marshall Islands
country-mk = North Macedonia
country-ml = Mali
country-mm = Myanmar
country-mn = Mongolia
country-mo = Macao, China
country-mp = Northern Mariana Islands
country-mq = Martinique
country-mr = Mauritania
country-ms = Montserrat
country-mt = Malta
country-mu = Mauritius
country-mv = Maldives
country-mw = Malawi
country-mx = Mexico
country-my = Malaysia
country-mz = Mozambique
country-na = Namibia
country-nc = New Caledonia
country-ne = Niger
country-nf = Norfolk Island
country-ng = Nigeria
country-ni = Nicaragua
country-nl = Netherlands
country-no = Norway
country-np = Nepal
country-nr = Nauru
country-nu = Niue
country-nz = New Zealand
country-om = Oman
country-pa = Panama
country-pe = Peru
country-pf = French Polynesia
country-pg = Papua New Guinea
country-ph = Philippines
country-pk = Pakistan
country-pl = Poland
country-pm = Saint Pierre and Miquelon
country-pn = Pitcairn
country-pr = Puerto Rico
country-ps = Palestine, State of
country-pt = Portugal
country-pw = Palau
country-py = Paraguay
country-qa = Qatar
country-re = Réunion
country-ro = Romania
country-rs = Serbia
country-ru = Russian Federation
country-rw = Rwanda
country-sa = Saudi Arabia
country-sb = Solomon Islands
country-sc = Seychelles
country-sd = Sudan
country-se = Sweden
country-sg = Singapore
country-sh = Saint Helena, Ascension and Tristan da Cunha
country-si = Slovenia
country-sj = Svalbard and Jan Mayen
country-sk = Slovakia
country-sl = Sierra Leone
country-sm = San Marino
country-sn = Senegal
country-so = Somalia
country-sr = Suriname
country-ss = South Sudan
country-st = Sao Tome and Principe
country-sv = El Salvador
country-sx = Sint Maarten (Dutch part)
country-sy = Syrian Arab Republic
country-sz = Eswatini
country-tc = Turks and Caicos Islands
country-td = Chad
country-tf = French Southern Territories
country-tg = Togo
country-th = Thailand
country-tj = Tajikistan
country-tk = Tokelau
country-tl = Timor-Leste
country-tm = Turkmenistan
country-tn = Tunisia
country-to = Tonga
country-tr = Türkiye
country-tt = Trinidad and Tobago
country-tv = Tuvalu
country-tw = Taiwan, China
country-tz = Tanzania
country-ua = Ukraine
country-ug = Uganda
country-um = United States Minor Outlying Islands
country-us = United States
country-uy = Uruguay
country-uz = Uzbekistan
country-va = Holy See
country-vc = Saint Vincent and the Grenadines
country-ve = Venezuela
country-vg = Virgin Islands (British)
country-vi = Virgin Islands (U.S.)
country-vn = Viet Nam
country-vu = Vanuatu
country-wf = Wallis and Futuna
country-ws = Samoa
country-ye = Yemen
country-yt = Mayotte
country-za = South Africa
country-zm = Zambia
country-zw = Zimbabwe

## Walkthrough fixes

reviews-place = { $city }, { $country }

# The audit log's action codes and subject kinds, worded (unknown old codes show as stored).
audit-decision-accept = Accepted
audit-decision-shortlist = Shortlisted
audit-decision-waitlist = Waitlisted
audit-decision-reject = Not selected
audit-decision-undo = Decision undone
audit-edition-create = Edition created
audit-edition-update = Edition changed
audit-edition-make-current = Edition made current
audit-feedback-release = Feedback released
audit-investor-profile = Investor profile saved
audit-invitation-accept = Invitation accepted
audit-invitation-create = Invitation sent
audit-pitch-deck = Deck uploaded
audit-pitch-save = Pitch saved
audit-pitch-submit = Pitch submitted
audit-pitch-withdraw = Pitch withdrawn
audit-review-assign = Judge assigned
audit-review-auto-assign = Judges assigned automatically
audit-review-conflict = Conflict declared
audit-review-save = Review saved
audit-review-setup = Judging set up
audit-review-unassign = Judge removed
audit-startup-create = Startup created
audit-startup-invite-cofounder = Co-founder invited
audit-startup-join = Co-founder joined
audit-startup-leave = Co-founder left
audit-startup-logo = Logo uploaded
audit-startup-update = Startup profile changed
audit-user-create = Account created by staff
audit-user-password-reset = Password reset
audit-user-sign-up = Signed up
audit-subject-edition = Edition { $id }
audit-subject-submission = Pitch { $id }
audit-subject-startup = Startup { $id }
audit-subject-user = Account { $id }
audit-subject-invitation = Invitation { $id }
audit-subject-investor = Investor { $id }

# What a new edition starts with (tracks on the edition form, the default rubric).
default-track-ai = AI
default-track-biotech = Biotech & health
default-track-clean-energy = Clean energy
default-track-fintech = Fintech
default-track-smart-city = Smart city
default-track-manufacturing = Advanced manufacturing
default-criterion-team = Team
default-criterion-team-guidance = Can these people build it? Experience, completeness, commitment.
default-criterion-problem = Problem & solution
default-criterion-problem-guidance = A real, painful problem and a solution that clearly solves it.
default-criterion-market = Market
default-criterion-market-guidance = Size and growth of the market this company can reach.
default-criterion-traction = Traction
default-criterion-traction-guidance = Revenue, users, pilots: evidence that customers want it.
default-criterion-business-model = Business model
default-criterion-business-model-guidance = How it makes money and whether the unit economics can work.
default-criterion-readiness = Investment readiness
default-criterion-readiness-guidance = A clear ask, sensible terms and a credible use of funds.

# Refusals of the HTTP layer itself (plain text, before any page).
refusal-use-post = Use POST for this endpoint.
refusal-cross-site = Cross-site requests are not accepted.
refusal-no-endpoint = There is no such endpoint.

# Pitch rounds: field names and problems.
problem-noun-room-name = Room name
problem-noun-capacity = Capacity
problem-noun-session-title = Session title
problem-noun-room = Room
problem-noun-session-day = Day
problem-noun-start-time = Start time
problem-noun-end-time = End time
problem-noun-pitch-minutes = Pitch minutes
problem-noun-qa-minutes = Q&A minutes
problem-noun-changeover-minutes = Changeover minutes
problem-noun-panel-min = Smallest panel
problem-noun-panel-max = Largest panel
problem-not-a-time = { $field } must be a time like 09:30.
problem-break-shape = write a break as 12:00-13:00.
problem-break-outside-session = A break must fall inside the session.
problem-too-many-breaks = At most { $max } breaks per session.
problem-breaks-overlap = Breaks must not overlap.
problem-session-ends-first = The session must end after it starts.
problem-slot-longer-than-session = One slot (pitch and Q&A) takes { $slot } minutes, longer than the { $session }-minute session.
problem-panel-reversed = The largest panel cannot be smaller than the smallest.
problem-room-busy = The room is taken then by "{ $session }".
problem-room-name-taken = This edition already has a room with this name.
problem-room-in-use = { $sessions } session(s) use this room; move them to another room first.
problem-slot-taken = { $startup } already pitches in this slot.
problem-breaks-rules = This change breaks these rules: { $rules }. Tick "Save anyway" to keep it; the override is logged.
problem-schedule-changed = The draft changed since this solve was computed; look at the new proposal before accepting it.

# The schedule's rules, as staff read them in lists.
rule-well-formed = entries that exist
rule-once-per-startup = each startup placed once
rule-one-startup-per-slot = one startup per slot
rule-startup-availability = the startup's availability
rule-track = the session's track
rule-judge-overlap = a judge on two panels at once
rule-founder-overlap = a founder in two places at once
rule-judge-pitching = a judge pitching while their panel sits
rule-judge-availability = the judge's availability
rule-conflict = conflict of interest
rule-panel-size = panel size
rule-locked = locked placements
rule-unplaced = startups without a slot
rule-preferred-time = founders' preferred times
rule-preferred-session = judges' preferred sessions
rule-judge-load = level judge load
audit-rounds-room = Room saved
audit-rounds-room-delete = Room removed
audit-rounds-session = Pitch session saved
audit-rounds-session-delete = Pitch session removed
audit-schedule-solve = Schedule solved
audit-schedule-edit = Schedule edited
audit-schedule-override = Schedule rule overridden
audit-subject-room = Room { $id }
audit-subject-session = Session { $id }

# Pitch rounds: notices.
notice-room-saved = Room saved.
notice-room-removed = Room removed.
notice-session-saved = Pitch session saved.
notice-session-removed = Pitch session removed; its startups wait for a slot again.
notice-schedule-solved = The solver's schedule is now the draft.
notice-schedule-edited = Draft schedule changed.

# The schedule's facts, worded with names.
schedule-slot-at = { $session }, { $time }
schedule-breach-stale = The draft names a session, slot, startup or judge that is gone; solve again.
schedule-breach-seated-twice = { $judge } is on the panel of { $session } twice.
schedule-breach-placed-twice = { $startup } is placed more than once.
schedule-breach-slot-shared = { $slot } holds more than one startup: { $startups }.
schedule-breach-outside-availability = { $startup } pitches at { $slot }, outside the times its founders gave.
schedule-breach-wrong-track = { $startup } pitches in { $session }, a session of another track.
schedule-breach-judge-overlap = { $judge } is on two panels at once: { $first } and { $second }.
schedule-breach-founder-overlap = A founder of both { $first } and { $second } would pitch in two places at once.
schedule-breach-judge-pitching = { $judge } would judge { $session } while pitching { $startup }.
schedule-breach-judge-unavailable = { $judge } is not available for all of { $session }.
schedule-breach-judge-blocked = { $judge } is blocked out during { $session }.
schedule-breach-conflict = { $judge } is on the panel of { $session } but has a conflict of interest with { $startup }.
schedule-breach-panel-small = { $session } has { $seated } judge(s); it needs at least { $min }.
schedule-breach-panel-large = { $session } has { $seated } judges; it takes at most { $max }.
schedule-breach-locked-moved = { $startup } was locked in its slot but is no longer there.
schedule-breach-locked-seat = { $judge } was locked on the panel of { $session } but is no longer on it.
schedule-warning-unplaced = { $startup } has no slot yet.
schedule-warning-preferred-time = { $startup } pitches at { $slot }, outside its preferred times.
schedule-warning-preferred-session = { $judge } sits on { $session }, not a session they asked for.
schedule-warning-uneven-load = Judges sit on { $min } to { $max } panels each.
schedule-change-placed = { $startup }: new slot { $slot }
schedule-change-moved = { $startup }: moves from { $from } to { $to }
schedule-change-unplaced = { $startup }: loses its slot { $from }
schedule-change-judge-added = { $judge } joins the panel of { $session }
schedule-change-judge-removed = { $judge } leaves the panel of { $session }
schedule-why-no-session = No session takes the { $track } track, and there is no mixed session.
schedule-why-not-available = The founders' available times fall in no slot of a session of its track.
schedule-why-founder-busy = Its founder pitches { $other } at the only times it could have.
schedule-why-room-needs-founder = Making room would move { $startup } to when its founder pitches { $other }.
schedule-why-group = { $startups } ({ $count } startups) can only use { $places } ({ $slots ->
    [one] 1 slot
   *[other] { $slots } slots
}), which cannot hold them all.
schedule-short-panel = { $session } has { $seated } of the { $min } judges it needs: { $unavailable } not available then, { $conflicted } in conflict with a startup there, { $pitching } pitching meanwhile, { $busy } on another panel at the same time.

# Pitch rounds: the staff pages.
nav-rounds = Pitch rounds
nav-schedule = Schedule
staff-tile-rounds = Rooms and pitch sessions with their slot pattern and panel size.
staff-tile-schedule = Solve the pitch schedule, fix what it flags, lock placements.
rounds-lead = Rooms, then the pitch sessions in them. Times are in the edition's time zone.
rounds-edition = { $name } · times in { $zone } · pitch days { $first } to { $last }
rounds-open-schedule = Open the schedule
rounds-rooms = Rooms
rounds-no-rooms = No rooms yet: add the first one below.
rounds-room = Room
rounds-room-name = Room name
rounds-capacity = Capacity (seats)
rounds-sessions = Sessions
rounds-actions = Actions
rounds-remove = Remove
rounds-remove-room = Remove room { $name }
rounds-remove-session = Remove session { $name }
rounds-add-room = Add a room
rounds-sessions-title = Pitch sessions
rounds-no-sessions = No pitch sessions yet.
rounds-when = When
rounds-session = Session
rounds-track = Track
rounds-track-hint = A mixed session takes startups of every track.
rounds-mixed = Mixed
rounds-mixed-option = Mixed (every track)
rounds-slots = Slots
rounds-slots-used = { $used } of { $slots } used
rounds-panel = Panel
rounds-panel-range = { $min }–{ $max } judges
rounds-edit = Edit
rounds-add-session = Add a pitch session
rounds-edit-session = Edit { $name }
rounds-rooms-first = Add a room first: every session runs in one.
rounds-session-title = Title
rounds-choose-room = Choose a room…
rounds-day = Day
rounds-day-hint = A pitch day; times below are { $zone }.
rounds-starts = Starts
rounds-ends = Ends
rounds-pitch-minutes = Pitch (minutes)
rounds-qa-minutes = Q&A (minutes)
rounds-changeover-minutes = Changeover (minutes)
rounds-breaks = Breaks
rounds-breaks-hint = One a line, e.g. 10:30-10:45. No slot crosses a break.
rounds-panel-min = Smallest panel (judges)
rounds-panel-max = Largest panel (judges)
rounds-save-session = Save session
schedule-lead = The draft: who pitches when, and who judges each session. Only staff see it until it is released.
schedule-times-in = times in { $zone }
schedule-open-rounds = Rooms and sessions
schedule-solve = Solve
schedule-solve-hint = Proposes a schedule that keeps every hard rule and changes as little as it can; nothing changes until you accept it.
schedule-proposal = The solver's proposal
schedule-no-changes = The draft is already what the solver would make: nothing to change.
schedule-changes-count = { $count ->
    [one] 1 change:
   *[other] { $count } changes:
}
schedule-left-out = Left without a slot
schedule-short-panels = Panels below their minimum
schedule-objective = Cost { $objective } against a lower bound of { $bound } (lower is better).
schedule-accept = Accept these changes
schedule-discard = Discard
schedule-problems = Rules
schedule-no-problems = The draft breaks no rule.
schedule-blocks = Blocks release
schedule-warns = Warning
schedule-unplaced = { $count ->
    [one] 1 accepted startup without a slot
   *[other] { $count } accepted startups without a slot
}
schedule-choose-slot = Choose a free slot…
schedule-lock = Lock here
schedule-override = Save anyway
schedule-place = Place
schedule-time = Time
schedule-startup = Startup
schedule-move = Move
schedule-locked = Locked
schedule-free = Free
schedule-move-label = Where { $startup } pitches
schedule-stay = Stay here
schedule-take-out = Take out of the schedule
schedule-apply = Apply
schedule-panel = Panel: { $seated } judge(s), { $min }–{ $max } wanted
schedule-unseat = Remove
schedule-unseat-label = Remove { $judge } from the panel of { $session }
schedule-add-judge = Add a judge
schedule-seat = Seat

# Releasing the schedule.
problem-noun-version-name = Version name
problem-noun-changelog = Changelog
problem-schedule-breaks-rules = The draft breaks { $count } rule(s) that block release; fix them first (see Rules).
mail-schedule-subject = Your place in the { $edition } pitch schedule
mail-schedule-body =
    Hello { $name },

    The organisers released "{ $version }" of the { $edition } pitch schedule, and your part of it is new or changed. As it stands now:

    { $yours }

    The whole agenda:

    { $link }
mail-schedule-slot-line = { $startup } pitches { $when } in { $room } ({ $session })
mail-schedule-panel-line = You judge { $session }, { $when } in { $room }
mail-schedule-nothing-now = You no longer pitch or judge in this schedule.
audit-schedule-release = Schedule released
notice-schedule-released = Schedule released. Founders and judges whose place is new or changed are being emailed.
schedule-release = Release
schedule-release-intro = The public agenda, founders and judges see only released versions. Releasing emails only the people whose slot or panel is new or changed.
schedule-version-name = Version name
schedule-version-name-hint = e.g. "Final programme" or "v2: Fintech moved to Hall B".
schedule-changelog = What changed (optional)
schedule-release-button = Release this draft
schedule-versions = Released versions
schedule-no-versions = Nothing released yet: the public agenda is empty.
schedule-version-line = { $number }. { $name } · { $when }
nav-agenda = Agenda
agenda-lead = The pitch sessions of { $edition }. Times are { $zone }.
agenda-none = The pitch schedule is not out yet.
agenda-version = Version "{ $name }", released { $when }.
agenda-judges = Judges: { $names }
agenda-all-days = All days
agenda-all-rooms = All rooms
agenda-all-tracks = All tracks
agenda-day = Day
agenda-room = Room
agenda-show = Show
agenda-nothing-matches = No session matches these filters.
my-schedule-title = Your pitch schedule
my-schedule-pitch = { $startup } pitches { $day } { $starts }–{ $ends } in { $room } ({ $session })
my-schedule-panel = You judge { $session }: { $day } { $starts }–{ $ends } in { $room }
my-schedule-nothing = You have no slot or panel in the released schedule "{ $version }".
my-schedule-agenda = See the whole agenda
audit-schedule-availability = Judge availability saved
audit-schedule-block = Person blocked out
audit-schedule-unblock = Block-out lifted
notice-availability-saved = Availability saved.
availability-title = Pitch-day availability
availability-link = Pitch-day availability
availability-intro = When you can sit on a judging panel at { $edition } ({ $first } to { $last }, times { $zone }), and the sessions you would like to judge. Leave the times empty if you can judge at any time.
availability-windows = When you can judge
availability-windows-hint = One time a line, e.g. { $example } 09:00-12:00.
availability-sessions = Sessions you would like to judge
availability-no-sessions = The pitch sessions are not set up yet.
availability-session = { $title }: { $day } { $starts }–{ $ends }
availability-save = Save availability
schedule-blocked = Blocked out
schedule-blocked-intro = A judge blocked out is never put on a panel at that time, and a founder's startup never pitches then (a talk to give, a flight).
schedule-block-person = Judge or founder
schedule-block-day = Day
schedule-block-from = From
schedule-block-to = To
schedule-block-note = Note (optional)
schedule-block-button = Block out
schedule-unblock = Lift
schedule-unblock-label = Lift the block-out of { $person }
schedule-blocked-line = { $person }: { $day } { $starts }–{ $ends }
## Usability (issue 16): withdrawing with confirmation, the pitch summary, emails on submission and withdrawal
mail-received-subject = Pitch received: { $title }
mail-received-message = We received your pitch. You can still change it until the deadline, { $deadline }; reviews start after it.
mail-withdrawn-subject = Pitch withdrawn: { $startup }
mail-withdrawn-body =
    Hello { $name },

    { $startup } withdrew its pitch "{ $title }" from { $edition }. It was { $status }: that place is now free.

    { $link }
pitch-withdraw-confirm-title = Withdraw this pitch?
pitch-withdraw-confirm-lead = You are about to withdraw "{ $title }" from { $edition }. Withdrawing means:
pitch-withdraw-means-final = It is final: this startup cannot pitch to { $edition } again.
pitch-withdraw-means-judges = Judges no longer see the pitch, and reviews already written no longer count.
pitch-withdraw-means-place = It is { $status } now: the organisers are told by email at once, and the place is lost (it may go to another startup).
pitch-withdraw-yes = Withdraw the pitch
pitch-withdraw-keep = Keep my pitch
pitch-withdraw-not-possible = This pitch cannot be withdrawn.
pitch-edit-until = Edit until { $deadline }
pitch-summary-heading = Your pitch as submitted
pitch-decided-heading = Your pitch
pitch-no-deck = No deck yet.
pitch-no-deck-why = The deck is the PDF judges read beside your pitch: the slides you would show on stage. A pitch needs one to be submitted.
pitch-no-video = No video link.
pitch-no-availability = Available at any time on the pitch days.
pitch-save-changes = Save changes
pitch-view-summary = Back to the summary
notice-pitch-changes-saved = Changes saved. Your pitch stays submitted.
audit-filter-label = Filter the audit log
audit-filter-who = Who (name or email)
audit-filter-action = Action
audit-filter-any-action = All actions
audit-filter-from = From (UTC)
audit-filter-to = To (UTC, included)
audit-filter-apply = Filter
audit-filter-clear = Clear the filters
audit-none = No entries match these filters.
audit-named-submission = Pitch of { $name }
audit-named-startup = Startup { $name }
audit-named-edition = Edition { $name }
audit-named-user = Account of { $name }
audit-empty = Nothing has been recorded yet.
problem-noun-rule-level = Level
audit-schedule-levels = Rule levels changed
schedule-levels = What each soft rule does
schedule-levels-intro = Hard rules always block release. For these, choose:
schedule-level-block = Block release
schedule-level-warn = Warn
schedule-level-ignore = Ignore
schedule-levels-save = Save levels

## Calendar feeds and the schedule as JSON (issue 9, item 6)
ical-edition-name = { $edition } · pitch schedule
ical-personal-name = { $edition } · my agenda
ical-times-in = Times in { $zone }.
ical-slot-line = { $starts }–{ $ends } { $startup }
ical-pitch-summary = { $startup } pitches · { $session }
ical-pitch-description = { $startup } pitches { $starts }–{ $ends } ({ $zone }) in { $session }.
ical-panel-summary = You judge { $session }
agenda-ical = Add to calendar (iCal)
agenda-json = Schedule JSON
calendar-feed-title = Calendar feed
calendar-feed-lead = Subscribe to your own pitch slots and panels in { $edition } from your calendar app. The link is secret: anyone who has it sees your schedule.
calendar-feed-create = Create a calendar link
calendar-feed-url = Your calendar link: copy it into your calendar app now, it is shown only this once.
calendar-feed-active = Your calendar link works since { $when }. It was shown once, when you made it; if you lost it, revoke it and make a new one.
calendar-feed-revoke = Revoke this link
notice-calendar-feed-created = Calendar link created.
notice-calendar-feed-revoked = Calendar link revoked: the old address no longer works.

## Founders' preferred pitch times, block-outs for founders, the slot on the pitch page
problem-preferred-outside-availability = A preferred time on { $day } is outside the times you can pitch; widen your availability or choose a time inside it.
pitch-preferred-times = Preferred pitch times (optional)
pitch-preferred-times-hint = Times you would rather pitch, the same way, inside your availability. The schedule tries to meet them; it is a wish, not a promise.
pitch-no-preferred-times = No preference
schedule-block-judges = Judges
schedule-block-founders = Founders of accepted pitches
schedule-block-founder-option = { $person } ({ $startup })
pitch-slot-title = Your pitch slot
pitch-slot-none = Not scheduled yet: the programme is released by the organisers; you will get an email when your slot is set.
pitch-slot-line = { $session }, { $room }: { $starts }–{ $ends }
pitch-slot-version = From the released programme "{ $version }".
schedule-breach-startup-blocked = { $startup } pitches at { $slot }, while one of its founders is blocked out.
## Schedule grid, drag and drop, copy button (issue 9, editor)
problem-too-many-slots = This pattern cuts the session into { $slots } slots; a session may have at most { $max }. Make the slots longer or the session shorter.
schedule-move-title = Move a startup
schedule-move-intro = Choose the startup, then a free slot (or take it out of the schedule). A move that breaks a hard rule is refused unless you tick "Save anyway".
schedule-move-startup = Startup
schedule-choose-startup = Choose a startup…
schedule-move-to = Move to
schedule-move-link = Move…
schedule-move-link-label = Move { $startup }
schedule-place-link = Place…
schedule-place-label = Place { $startup }
schedule-lock-short = Lock
schedule-lock-label = Lock { $startup } here
schedule-unlock = Unlock
schedule-unlock-label = Unlock { $startup }
schedule-grid-day = Grid · { $day }
schedule-grid-hint = One grid per day: rooms across, slot times down. Drag a startup onto a free cell to move it there, or use the move form.
schedule-mark-breach = Breaks a rule
schedule-mark-warning = Warning
schedule-drag-refused = Not moved:
schedule-drag-failed = The move could not be sent. Use the move form instead.
schedule-drag-moving = Moving…
calendar-feed-copy = Copy link
calendar-feed-copied = Copied
## Phone navigation, decision feedback, deck view, attendance (issue 16, ux branch)
nav-menu = Menu
# After a decision email's body: the feedback released so far ($count comments follow, one per mail-decision-feedback-item), or none yet.
mail-decision-feedback = { $count ->
        [one] The organisers released this reviewer's comment to you (it is on your pitch page too):
       *[other] The organisers released these { $count } reviewers' comments to you (they are on your pitch page too):
    }
mail-decision-feedback-item = — { $comment }
mail-decision-no-feedback = No reviewers' feedback has been released to you yet. If the organisers release some, you will get an email and read it on your pitch page.
reviews-deck-frame-title = The pitch deck
reviews-deck-frame-hint = The deck, as the founders uploaded it. If it does not show here, download it below.
problem-noun-attendance-deadline = Confirmation deadline
problem-noun-decline-reason = The reason
problem-attendance-deadline-out-of-range = The confirmation deadline must fall after the submission deadline and before the edition ends.
problem-attendance-not-accepted = Only an accepted pitch is asked to confirm: this pitch is not accepted.
problem-attendance-not-asked = The organisers have not opened confirmations for this edition yet.
problem-attendance-past-deadline = The deadline to confirm or decline has passed, so your answer was not changed. Write to the organisers if your plans changed.
editions-attendance-deadline = Confirmation deadline (optional)
editions-attendance-deadline-hint = Until when accepted teams confirm or decline that they will pitch, in the edition's time zone. Empty: they are not asked yet.
audit-attendance-confirm = Confirmed attendance
audit-attendance-decline = Declined attendance
notice-attendance-confirmed = Thank you: you confirmed you will pitch.
notice-attendance-declined = Your answer is recorded: you will not pitch. The organisers are told on their submissions table.
attendance-heading = Confirm you will pitch
attendance-ask = You were accepted. Please tell the organisers by { $deadline } whether you will pitch, so they can plan the schedule.
attendance-change = You can change your answer until { $deadline }.
attendance-closed = Answers closed on { $deadline }. Write to the organisers if your plans changed.
attendance-not-asked = The organisers will ask you to confirm here once they set a deadline.
attendance-you-confirmed = You confirmed on { $when } that you will pitch.
attendance-you-declined = You declined on { $when }: you will not pitch.
attendance-your-reason = Your reason:
attendance-confirm = Confirm: we will pitch
attendance-decline-open = We cannot pitch…
attendance-reason = Reason (optional)
attendance-reason-hint = Only the organisers read it. Up to 500 characters.
attendance-decline = Decline: we will not pitch
submissions-attendance = Attendance
submissions-attendance-confirmed = Confirmed
submissions-attendance-declined = Declined
submissions-attendance-none = No answer yet
submissions-attendance-counts = Accepted teams: { $confirmed } confirmed, { $declined } declined, { $unanswered } without an answer.
submissions-attendance-not-asked = Accepted teams are not asked to confirm yet: set a confirmation deadline on the edition.
## Live pitch sessions (issue 10)
problem-noun-award-name = Award name
problem-not-on-stage = This startup is not on stage in your session; score the one on stage or one that has pitched.
problem-live-not-open = This session is not open for scoring (not started yet, or closed).
problem-live-not-released = This session is in no released schedule yet: release the schedule first.
problem-live-still-open = Close the session first: results and awards come after the last score.
mail-live-subject = Results of { $session }
mail-live-body = Hello { $name },

    The results of { $session } are out:
    { $yours }

    See the agenda: { $link }
mail-live-no-award = { $startup } pitched; it is not among the finalists or winners this time. Thank you for pitching.
mail-live-finalist = { $startup } is a finalist.
mail-live-winner = { $startup } won the { $track } track.
mail-live-award = { $startup } won “{ $award }”.
notice-live-opened = Session open: judges can score now.
notice-live-closed = Session closed: the ranking is below.
notice-live-updated = Run of show updated.
notice-live-score-saved = Score saved.
notice-live-award-saved = Awards updated.
notice-live-results-released = Results released on the agenda; the founders are being emailed.
audit-live-open = Live session opened
audit-live-close = Live session closed
audit-live-award = Award marked
audit-live-release = Live results released
live-status-waiting = Waiting
live-status-pitched = Pitched
live-status-no-show = No-show
live-status-moved = Moved
live-phase-pitch = Pitch
live-phase-qa = Q&A
live-state-not-open = Not opened yet
live-state-open = Open for scoring
live-state-closed = Closed
live-cell-scored = Scored
live-cell-missing = Missing
live-cell-conflicted = Conflicted
live-cell-not-due = —
live-award-winner = Winner · { $track }
live-award-named = { $award }
live-award-finalist = Finalist
live-run-title = Run of show
live-run-link = Run live
live-board-link = Missing scores
live-board-lead = Judges × startups of this session; fills in by itself as scores arrive.
live-projector-link = Projector
live-now-pitching = Now pitching
live-nobody-on-stage = Nobody on stage.
live-next = Next
live-nobody-next = nobody
live-open = Open for scoring
live-advance = Next (pitch → Q&A → next startup)
live-close = Close session
live-running-order = Running order
live-startup = Startup
live-status = Status
live-actions = Actions
live-on-stage = On stage
live-move-up = Move { $startup } up
live-move-down = Move { $startup } down
live-no-pitches = No startups in this session (open it once the schedule is released).
live-overrun = over time
live-result = Result
live-result-hint = Ranked by the normalised mean: each judge's scores are normalised against their own habits, as in pre-event judging. Raw means are shown beside it.
live-scores = Scores
live-raw-mean = Raw mean
live-normalised-mean = Normalised mean
live-awards = Awards
live-unmark = Remove
live-mark-winner = Winner of its track ({ $startup })
live-mark-finalist = Finalist ({ $startup })
live-award-name = Award name
live-mark-award = Give this award
live-release = Release results on the agenda and tell the founders
live-released = Results released on the public agenda.
live-judge-title = Live judging
live-judge-none = You sit on no live session's panel yet. Sessions appear here when staff open them.
live-judge-nothing-on-stage = Nobody is on stage right now. Startups that have pitched are listed below.
live-judge-scored = You scored this startup already; submitting again replaces your score.
live-submit-score = Submit score
live-offline-kept = You are offline: your score is kept on this phone and sent when the connection is back.
live-judge-unscored = Still to score
live-judge-all-scored = Nothing left to score for now.
live-public-results = Results
problem-live-results-out = This session's results are released, so it cannot be opened for scoring again.

## Meetings: problems
problem-noun-investor-quota = Requests per investor
problem-noun-startup-quota = Requests per startup
problem-noun-reply-hours = Hours to reply
problem-noun-request-message = Message
problem-noun-proposed-times = Other times
problem-noun-meeting-minutes = Meeting length
problem-noun-buffer-minutes = Buffer
problem-noun-place-name = Table or room
problem-noun-place-location = Where
problem-blocks-overlap = This block shares time with another meeting block; change its times.
problem-place-name-taken = This edition already has a table or room with this name.
problem-request-investor-quota = You have { $quota } open meeting requests, the most this edition allows; withdraw one before you ask again.
problem-request-startup-quota = This startup has { $quota } open meeting requests, the most this edition allows; try again if one is declined or expires.
problem-request-conflicted = You have a conflict of interest with this startup, so no meeting can be requested.
problem-request-already-asked = There is already a meeting request between you and this startup; see it under Meetings.
problem-request-founders-may-not-ask = In this edition investors ask for meetings; founders answer them.
problem-request-not-taking-part = This startup is not taking part in this edition's meetings (it has no accepted pitch).
problem-reply-settled = This request is { $status } already, so nothing was changed.
problem-reply-not-your-turn = The other side answers this request next; nothing was changed.

## Meetings: labels
request-status-pending = Waiting for an answer
request-status-proposed = Other times proposed
request-status-accepted = Accepted
request-status-declined = Declined
request-status-withdrawn = Withdrawn
request-status-expired = Expired
request-reply-accept = Accept
request-reply-decline = Decline
request-reply-propose = Propose other times
request-reply-withdraw = Withdraw
meeting-check-held = Held
meeting-check-no-show = No-show

## Meetings: emails
mail-meeting-request-subject = { $from } asks for a meeting
mail-meeting-request-message = Their message: { $message }
mail-meeting-request-body = Hello { $name },

    { $from } would like a follow-up meeting at the conference.
    { $message }

    Accept, propose other times or decline here: { $link }
mail-meeting-answer-subject = { $from }: { $answer }
mail-meeting-answer-text = They wrote: { $text }
mail-meeting-answer-body = Hello { $name },

    Your meeting request with { $from } is now: { $answer }.
    { $text }

    See your meetings: { $link }
meeting-answer-word = { $status ->
    [accepted] accepted
    [declined] declined
    [proposed] other times proposed
    [withdrawn] withdrawn
   *[other] expired
}

## Meetings: pages
nav-meetings = Meetings
notice-meeting-requested = Meeting requested. They are emailed and have until the reply deadline to answer.
notice-meeting-answered = Your answer is saved and the other side is emailed.
meetings-title = Meetings
meetings-intro = Follow-up meetings at { $edition }: ask for a meeting, and answer requests within { $hours } hours, after which they expire.
meetings-nothing = Meetings are for investors and for founders of startups taking part.
meetings-recommended = Recommended for you
meetings-no-thesis = Recommendations come from your thesis (sectors, stages, ticket, geography).
meetings-fill-thesis = Fill in your thesis
meetings-no-suggestions = No startup taking part fits your thesis yet.
meetings-your-requests = Your requests
meetings-quota = { $live } of { $quota } open requests used.
meetings-request = Request a meeting
meetings-message = Message (optional)
meetings-message-hint = What you would like to discuss, in a sentence or two. At most 500 characters.
meetings-send-request = Send request
meetings-for-startup = Meetings of { $startup }
meetings-not-taking-part = Meetings are for startups with an accepted pitch in this edition; investors will see you here once yours is accepted.
meetings-investors-fit = Investors whose thesis fits you
meetings-no-requests = No meeting requests yet.
meetings-you-asked = You asked on { $when }.
meetings-they-asked = Asked on { $when }.
meetings-their-message = Message:
meetings-proposed-times = Other times proposed:
meetings-decline-reason = Reason:
meetings-expires = Expires unanswered on { $when }.
meetings-other-times = Other times that suit you
meetings-other-times-hint = For example "Thursday after 15:00 or Friday morning".
meetings-reason-optional = Reason (optional)
meetings-reason-sectors = Sectors in common: { $sectors }
meetings-reason-stage = A { $stage } startup, a stage you fund
meetings-reason-stage-founder = Funds { $stage } startups like yours
meetings-reason-ticket = Asks { $ask }, inside your ticket
meetings-reason-ticket-founder = Your ask of { $ask } is inside their ticket
meetings-reason-geography = Based in { $country }, where you invest
meetings-reason-geography-founder = Invests in { $country }
meetings-reason-top = In the top { $percent } % of its track by the judges

## Meetings: audit
audit-meetings-request = Asked for a meeting
audit-meetings-accept = Accepted a meeting request
audit-meetings-decline = Declined a meeting request
audit-meetings-propose = Proposed other meeting times
audit-meetings-withdraw = Withdrew a meeting request
audit-subject-meeting-request = Meeting request { $id }
## Score anchors (issue 16): what each scale point means, set with the rubric
problem-anchor-line-shape = write criterion | point | meaning, e.g. "Traction | 1 | no evidence".
problem-anchor-no-criterion = The rubric has no criterion "{ $name }".
problem-anchor-off-scale = "{ $name }" is scored from 1 to { $max }: anchor one of those points.
problem-anchor-too-long = A point's meaning can be at most { $max } characters (it has { $len }).
problem-anchor-twice = Point { $point } of "{ $name }" already has a meaning.
judging-anchors = Score anchors (optional)
judging-anchors-hint = What a score means, one point a line: criterion | point | meaning, e.g. "Traction | 1 | no evidence" and "Traction | 5 | proven with paying customers". Judges see them beside the score buttons.
reviews-anchors = What the points mean
judging-setup-lead = The rubric, what its score points mean and how review runs, for the edition you choose.
judging-setup-edition = Edition
judging-open-setup = Review setup (rubric and settings)
judging-open-board = Back to the assignment board
schedule-outcome-all-placed = { $count ->
    [one] The startup gets a slot.
   *[other] All { $count } startups get a slot.
}
schedule-outcome-placed = { $placed } of { $count } startups get a slot (why the others do not is listed above).
schedule-outcome-wishes = {" "}{ $met } of { $count } preferred-time wishes met.
problem-start-and-end-needed = Enter a start and an end time, e.g. 13:00 and 14:00.
problem-nothing-to-release = Nothing changed since v{ $number } ({ $name }): the agenda already shows this schedule, so no new version was made.
schedule-release-name-public = The version name is public: it appears on the agenda and in the emails to founders and judges.
schedule-breach-team-declined = { $startup } still holds { $slot }, but its team declined to pitch: take it out (Move… → Take out of the schedule) before the next release.
pitch-slot-released = Your slot is released: you declined to pitch.
pitch-slot-released-why = The organisers will give it to another team; the invitation to pitch no longer stands. If your plans change before the deadline, confirm above instead.
pitch-no-deck-on-stage = Upload the slides you will show on stage: judges and the organisers read them before your pitch.
attendance-confirm-again = Confirmed: we will pitch
## Live sessions, continued: stage rubric, closing, results for founders
nav-live-judging = Live judging
live-reopen = Reopen for scoring
live-advance-end = End this pitch (nobody is waiting)
live-close-confirm = Once it is closed, judges can no longer score; the ranking is computed from the scores given so far.
live-close-yes = Yes, close the session
live-stage-title = Stage rubric
live-stage-hint = Judges score on stage with the criteria ticked here (all of the edition's rubric by default). Choose before judges start: it cannot change once a score is in.
live-stage-criteria = Criteria judged on stage
live-stage-save = Save stage rubric
live-stage-locked = Judges have scored with this stage rubric, so it can no longer change.
live-scores-count = Judges who scored
live-result-scale = Means are on the rubric's 1–{ $max } scale: each judge's score is the weighted mean of their criterion scores.
live-result-scale-ten = Means are on a 0–10 scale: the stage criteria have different scales, so each judge's weighted score is put on 0–10.
notice-live-stage-saved = Stage rubric saved.
problem-stage-rubric-empty = Choose at least one criterion for the stage rubric.
problem-live-stage-scored = Judges have already scored in this session, so its stage rubric can no longer change.
live-pitch-awards = Your results on stage
live-pitch-awards-session = { $session }:
audit-live-stage-rubric = Stage rubric set
## Meetings: the staff side (rules, blocks, places, matcher, release, bookings, the day)
problem-meeting-taken = Taken: this place, the investor or the startup already has a meeting at that time. Choose another slot.
problem-place-in-use = { $meetings } meeting(s) are at this place; move them to another place first.
problem-meeting-breaks-rules = This meeting breaks these rules: { $rules }. Tick "Save anyway" to keep it; the override is logged.
problem-not-a-meeting-slot = This time is not a meeting slot of any block.
meeting-rule-place-twice = two meetings at one place at once
meeting-rule-investor-twice = the investor meets someone else then
meeting-rule-startup-twice = the startup meets someone else then
meeting-rule-investor-busy = the investor is busy then
meeting-rule-startup-busy = the startup is busy then
meeting-rule-over-quota = more meetings than the quota
meeting-rule-locked-moved = a locked meeting moved
meeting-rule-unknown = a request, place or time that is not in the schedule
meeting-unplaced-unknown = the request is no longer in the schedule.
meeting-unplaced-no-common-time = the investor and the startup are never free at the same time (pitches, panels, times they blocked).
meeting-unplaced-investor-quota = the investor already has as many meetings as the quota allows.
meeting-unplaced-startup-quota = the startup already has as many meetings as the quota allows.
meeting-unplaced-slots-taken = all { $slots } time(s) both are free are taken by their other meetings or have no table left.
mail-meeting-reminder-subject = In an hour: your meeting with { $other }
mail-meeting-reminder-body = Hello { $name },

    your meeting with { $other } starts at { $when }, at { $place }.

    Please come on time; if you cannot, tell the organisers so the table can go to someone else.
nav-meeting-staff = Meetings
mstaff-lead = Set the meeting rules, the blocks of meeting times and the tables; run the matcher; release; place meetings by hand; follow the day.
mstaff-edition = { $name } · times in { $zone }
mstaff-rules = Meeting rules
mstaff-investor-quota = Meetings per investor (at most)
mstaff-startup-quota = Meetings per startup (at most)
mstaff-reply-hours = Hours to answer a request
mstaff-pending-holds = A pending request holds a slot
mstaff-founders-may = Founders may request meetings
mstaff-save-rules = Save rules
mstaff-requests = Requests
mstaff-count = { $status }: { $count }
mstaff-blocks = Meeting blocks
mstaff-no-blocks = No blocks yet.
mstaff-day = Day
mstaff-time = Time
mstaff-length = Meeting length
mstaff-buffer = Buffer
mstaff-gives = Meetings it gives
mstaff-gives-count = { $meetings } ({ $slots } times × { $places } places)
mstaff-minutes = { $minutes } min
mstaff-add-block = Add a block
mstaff-starts = Starts
mstaff-ends = Ends
mstaff-meeting-minutes = Meeting length (15, 20 or 30 minutes)
mstaff-buffer-minutes = Buffer between meetings (minutes)
mstaff-block-day-hint = A day of the edition, times in { $zone }.
mstaff-remove = Remove
mstaff-remove-block = Remove the block of { $day } { $time } (its meetings go too)
mstaff-actions = Actions
mstaff-places = Tables and rooms
mstaff-no-places = No tables or rooms yet.
mstaff-place-name = Name
mstaff-seats = Seats
mstaff-where = Where (optional)
mstaff-meetings = Meetings
mstaff-add-place = Add a table or room
mstaff-save-place = Save
mstaff-remove-place = Remove { $name }
mstaff-run-title = Matcher
mstaff-run = Run the matcher
mstaff-run-hint = Places accepted requests (and pending ones when they hold a slot) at tables and times: never a person or a table twice at once, never while someone pitches, sits on a panel or blocked the time. Locked meetings stay; a re-run moves as few meetings as it can.
mstaff-never-run = The matcher has not run yet.
mstaff-last-run = Last run { $when }: { $placed } of { $requests } requests placed; { $moved } earlier meeting(s) moved or removed.
mstaff-share = { $percent } % of the best possible (weight { $weight } of at most { $bound }).
mstaff-idle = Idle gaps between meetings, summed over everyone: { $gaps }.
mstaff-unplaced = Left without a meeting
mstaff-unplaced-line = { $investor } – { $startup }: { $why }
mstaff-release-title = Release
mstaff-released = Released { $when }: people see their meetings, and each gets a reminder an hour before each meeting.
mstaff-not-released = Not released: only staff see the meetings.
mstaff-release = Release the meeting schedule
mstaff-release-again = Release again (queues the reminders afresh)
mstaff-schedule = Schedule
mstaff-no-meetings = No meetings yet.
mstaff-when = When
mstaff-investor = Investor
mstaff-startup = Startup
mstaff-place = Place
mstaff-check = Check-in
mstaff-check-line = investor: { $investor } · founders: { $founders }
mstaff-check-none = not yet
mstaff-locked = locked
mstaff-lock = Lock
mstaff-unlock = Unlock
mstaff-cancel = Cancel
mstaff-cancel-meeting = Cancel the meeting of { $investor } and { $startup }
mstaff-book-title = Place or move a meeting
mstaff-book-hint = A request already placed moves; a rule it would break is named, and "Save anyway" keeps it. A taken place and time is always refused.
mstaff-request = Request
mstaff-slot = Time
mstaff-choose = Choose…
mstaff-request-option = { $investor } – { $startup } ({ $status })
mstaff-request-placed = { $investor } – { $startup } (placed { $when })
mstaff-lock-it = Lock it there
mstaff-override = Save anyway (the override is logged)
mstaff-book = Book
mstaff-no-shows = No-shows and stand-by
mstaff-no-no-shows = No no-shows reported.
mstaff-standby-slot = { $place }, { $when }: { $investor } – { $startup }
mstaff-standby-none = Nobody free then has a live request.
mstaff-standby-book = Book { $investor } – { $startup } here
notice-meeting-rules-saved = Meeting rules saved.
notice-meeting-block-saved = Block added.
notice-meeting-block-removed = Block removed, with its meetings.
notice-meeting-place-saved = Place saved.
notice-meeting-place-removed = Place removed.
notice-meetings-run = The matcher ran; its result is below.
notice-meetings-released = Meeting schedule released; reminders queued.
notice-meeting-booked = Meeting booked.
notice-meeting-updated = Meeting updated.
notice-meeting-cancelled = Meeting cancelled; its reminders are dropped.
notice-meeting-checked-in = Check-in saved.
audit-meetings-rules = Saved the meeting rules
audit-meetings-block = Added a meeting block
audit-meetings-block-delete = Removed a meeting block
audit-meetings-place = Saved a meeting place
audit-meetings-place-delete = Removed a meeting place
audit-meetings-run = Ran the meeting matcher
audit-meetings-release = Released the meeting schedule
audit-meetings-book = Booked a meeting by hand
audit-meetings-override = Booked a meeting against a rule
audit-meetings-lock = Locked a meeting
audit-meetings-unlock = Unlocked a meeting
audit-meetings-cancel = Cancelled a meeting
audit-meetings-check-in = Checked in to a meeting
audit-subject-meeting = Meeting { $id }
audit-subject-meeting-block = Meeting block { $id }
audit-subject-meeting-place = Meeting place { $id }

## A person's own agenda
nav-my-agenda = My agenda
my-agenda-title = Your agenda
my-agenda-lead = Where you pitch, where you judge and whom you meet at { $edition }, day by day.
my-agenda-no-edition = There is no current edition yet.
my-agenda-meetings-later = Your meetings appear here once staff release the meeting schedule.
my-agenda-nothing = Nothing on your agenda yet: your pitch slot, panels and meetings appear here once staff release them.
my-agenda-pitch = { $startup } pitches in { $session }
my-agenda-panel = You judge { $session }
my-agenda-room = Room: { $room }
my-agenda-meeting-with = Meeting with
my-agenda-table = Table: { $place }
my-agenda-table-at = Table: { $place } ({ $location })
my-agenda-check-in = Was the meeting held?
my-agenda-you-said = You said: { $check }
my-agenda-they-said = The other side said: { $check }
my-agenda-held = It was held
my-agenda-no-show = They did not come
my-agenda-more = …and { $count } more on your agenda.
my-agenda-open = Open your agenda
my-schedule-meeting = Meeting with { $with } { $day } { $starts }–{ $ends } at { $place }
ical-meeting-summary = Meeting with { $with }
ical-meeting-description = Meeting with { $with } { $starts }–{ $ends } ({ $zone }) at { $place }. { $line }
meetings-booked = Meeting: { $when } at { $place }.
## The investor pipeline (issue 12, part A)
mail-pipeline-digest-subject = Your pipeline this week: { $tasks ->
    [one] 1 task
   *[other] { $tasks } tasks
} due, { $stale ->
    [one] 1 stale card
   *[other] { $stale } stale cards
}
mail-pipeline-digest-none = (none)
mail-pipeline-digest-task = - { $startup }: { $title } (due { $due })
mail-pipeline-digest-task-overdue = - { $startup }: { $title } (OVERDUE since { $due })
mail-pipeline-digest-body = Hello { $name },

    Your follow-up tasks, overdue or due in the next 7 days:
    { $tasks }

    Cards with no move, note or task change for 14 days:
    { $stale }

    Your pipeline: { $link }
nav-pipeline = Pipeline
notice-pipeline-card-added = The startup is on your pipeline.
notice-pipeline-shortlist-added = Your shortlist is on your pipeline.
notice-pipeline-moved = Card moved.
notice-pipeline-revived = Card revived at the stage it was passed.
notice-pipeline-shared = The founders now see this card's stage (never your notes, tasks or reasons).
notice-pipeline-unshared = The founders no longer see this card's stage.
notice-pipeline-note-added = Note saved. Only your firm's members can read it.
notice-pipeline-task-added = Task added.
notice-pipeline-task-updated = Task updated.
notice-pipeline-digest-run = This week's pipeline digests are queued (each person gets one a week at most).
pipeline-title = Pipeline
pipeline-card-title = Pipeline card
pipeline-back = ← Back to the pipeline
pipeline-intro-own = Your own board: fill in your firm on your investor profile to share a board with its members.
pipeline-intro-firm = The board of { $firm }, shared by every investor whose profile names this firm.
pipeline-funnel = Funnel (reached / passed):
pipeline-funnel-stage = { $stage } { $reached } / { $passed }
pipeline-stage-sourced = Sourced
pipeline-stage-met = Met
pipeline-stage-due-diligence = Due diligence
pipeline-stage-term-sheet = Term sheet
pipeline-stage-invested = Invested
pipeline-source-hand = added by hand
pipeline-source-shortlist = from your shortlist
pipeline-source-meeting = from a meeting
pipeline-event-added = Added
pipeline-event-moved = Moved
pipeline-event-passed = Passed
pipeline-event-revived = Revived
pipeline-add-title = Add a startup
pipeline-add-startup = Startup
pipeline-add-choose = Choose a startup…
pipeline-add = Add to pipeline
pipeline-add-shortlist = Add my shortlist ({ $count })
pipeline-add-from-meeting = Add to pipeline
pipeline-passed = Passed
pipeline-none-passed = No card is passed.
pipeline-passed-at = Passed at { $stage }
pipeline-overdue-tasks = { $count } overdue
pipeline-open-tasks = { $count } open tasks
pipeline-stale = Stale (14 days)
pipeline-shared-badge = Shared with founders
pipeline-move-to = Move to
pipeline-pass-option = Pass (needs a reason)
pipeline-reason = Reason
pipeline-move = Move
pipeline-revive = Revive
pipeline-drag-moving = Moving the card…
pipeline-drag-refused = Not moved:
pipeline-drag-failed = The move could not be sent; use the Move to form.
pipeline-stage = Stage:
pipeline-came-from = ({ $source })
pipeline-pass-reason = Why passed:
pipeline-startup-page = The startup's public page
pipeline-your-scores = Your scores
pipeline-no-scores = You did not review this startup's pitch.
pipeline-score = weighted score { $score }
pipeline-meetings = Your meetings
pipeline-no-meetings = No meeting with this startup yet.
pipeline-meeting-held = held
pipeline-meeting-no-show = no-show
pipeline-meeting-planned = planned
pipeline-tasks = Tasks
pipeline-no-tasks = No task yet.
pipeline-task-title = Task
pipeline-task-due-on = Due date
pipeline-task-owner = Owner
pipeline-task-add = Add task
pipeline-task-due = due { $due }
pipeline-task-overdue = overdue since { $due }
pipeline-task-done = Mark done
pipeline-task-undo = Mark not done
pipeline-notes = Private notes
pipeline-notes-private = Only your firm's members read these: never the startup, another firm or the organisers.
pipeline-note = Note
pipeline-note-add = Save note
pipeline-history = History
pipeline-history-when = When
pipeline-history-who = Who
pipeline-history-what = What
pipeline-share = Share the stage with the founders
pipeline-unshare = Stop sharing the stage
pipeline-shared-yes = The founders see this card's stage (not your notes, tasks or reasons).
pipeline-shared-no = The founders do not see this card.
pipeline-shared-title = Where investors have you
pipeline-shared-line = { $investor }: { $startup } is at "{ $stage }".
problem-pipeline-unknown-stage = "{ $value }" is not a pipeline stage: choose one from the list.
problem-pipeline-pass-reason = Say why you pass: a pass needs a reason.
problem-pipeline-back-reason = Moving a card back by more than one stage needs a reason.
problem-pipeline-reason-too-long = The reason can be at most { $max } characters (it has { $len }).
problem-pipeline-note-required = Write the note first.
problem-pipeline-note-too-long = A note can be at most { $max } characters (it has { $len }).
problem-pipeline-task-title-required = Say what is to be done.
problem-pipeline-task-title-too-long = A task can be at most { $max } characters (it has { $len }).
problem-pipeline-due-date-required = A task needs a due date.
problem-pipeline-not-a-due-date = "{ $value }" is not a date: enter one like 2026-12-01.
problem-pipeline-owner-not-member = Choose an owner from your firm's members.
problem-pipeline-startup-required = Choose a startup to add.
problem-pipeline-card-passed = This card is passed: revive it before moving it.
problem-pipeline-card-not-passed = This card is not passed: there is nothing to revive.
problem-pipeline-same-stage = The card is at that stage already; nothing changed.
# Technology needs and agreements (issue 12, part B).
role-corporate = Corporate
invite-role-corporate = Corporate (posts technology needs)
nav-needs = Needs
nav-deals = Agreements
nav-deals-staff = Deals
audit-needs-organisation = Named a corporate's organisation
audit-needs-post = Posted a technology need
audit-needs-update = Edited a technology need
audit-needs-close = Closed a technology need
audit-needs-respond = Responded to a technology need
audit-needs-shortlist = Shortlisted a response to a need
audit-deals-record = Recorded an agreement
audit-deals-rates = Set an edition's conversion rates
audit-subject-need = Need { $id }
audit-subject-agreement = Agreement { $id }
notice-need-posted = Need posted.
notice-need-saved = Need saved.
notice-need-closed = Need closed; its outcome shows on the board.
notice-need-responded = Response sent to the poster.
notice-need-shortlisted = Shortlist updated.
notice-organisation-saved = Organisation saved.
notice-agreement-recorded = Agreement recorded.
notice-rates-saved = Rates saved; the totals use them.
problem-noun-need-title = Title
problem-noun-budget-min = Smallest budget
problem-noun-budget-max = Largest budget
problem-noun-deadline = Deadline
problem-noun-proposal = Proposal
problem-noun-outcome = Outcome
problem-noun-outcome-note = The note
problem-noun-taken-up-by = Startup
problem-noun-organisation = Organisation
problem-noun-agreement-kind = Kind
problem-noun-amount = Amount
problem-noun-signed-on = Signed on
problem-noun-counterparty = Counterparty
problem-noun-startup = Startup
problem-noun-need = Need
problem-noun-meeting = Meeting
problem-budget-reversed = The largest budget cannot be smaller than the smallest.
problem-in-the-past = { $field } cannot be in the past.
problem-in-the-future = { $field } cannot be in the future.
problem-not-a-rate = A rate must be a positive number with at most six decimals, like 7.1.
problem-rate-shape = Write one rate a line, like USD 7.1 (1 USD = 7.1 in the reporting currency).
problem-need-closed = This need is closed or past its deadline, so nothing was changed.
problem-already-responded = Your startup has already responded to this need.
problem-not-shortlisted = Shortlist this response first, then ask for a meeting.
needs-title = Technology needs
needs-lead = Investors and corporates post what they are looking for; startups respond with a short proposal.
needs-board = All needs
needs-none = No needs here yet.
needs-public-only = You see public needs; log in to see the needs posted for members too.
needs-all-sectors = All sectors
needs-all-countries = All countries
needs-open-only = Open needs only
needs-filter = Show
needs-budget-range = Budget { $min } – { $max }
needs-open-until = Open until { $deadline }
needs-past-deadline = Deadline passed ({ $deadline })
needs-taken-up-by = Taken up by { $startup }
needs-outcome-taken-up = Taken up
needs-outcome-no-fit = No fit
needs-outcome-withdrawn = Withdrawn
needs-visibility-public = Public
needs-visibility-members = Logged-in only
needs-response-count = { $count ->
        [one] 1 response
       *[other] { $count } responses
    }
needs-post = Post a need
needs-post-submit = Post the need
needs-mine = Your needs
needs-field-title = Title
needs-field-sector = Sector
needs-field-description = Description
needs-field-budget-min = Smallest budget
needs-field-budget-max = Largest budget
needs-field-currency = Currency
needs-field-deadline = Deadline
needs-field-country = Country
needs-field-visibility = Who may read it
needs-budget-hint = A whole amount: 500000, 500k, 1.5m or 150万.
needs-choose-sector = Choose a sector…
needs-choose-country = Choose a country…
needs-organisation = Your organisation
needs-organisation-hint = Your needs show under this name, beside the domain of your confirmed company mail address: anyone can type a name, the domain shows it is yours.
needs-organisation-name = Organisation name
needs-poster-domain-hint = Company mail domain this poster proved they read mail at
needs-poster-unconfirmed = (no company mail address confirmed)
needs-save = Save
needs-matching = Needs matching your startups
needs-matching-for = For { $startup }
needs-back = ← All needs
needs-edit = Edit this need
needs-close = Close this need
needs-close-submit = Close the need
needs-field-outcome = Outcome
needs-choose-outcome = Choose an outcome…
needs-field-taken-up-by = Taken up by
needs-choose-startup = Choose a startup that responded…
needs-taken-up-hint = Only for "Taken up": one of the startups that responded.
needs-field-outcome-note = Note (optional)
needs-respond = Respond to this need
needs-respond-as = Respond for
needs-field-proposal = Your proposal
needs-proposal-hint = What you would do, in a few lines (at most 2,000 characters).
needs-attach-deck = Link our pitch deck
needs-attach-deck-hint = The poster may open the deck of your latest pitch; nothing is uploaded again.
needs-respond-submit = Send the response
needs-responses = Responses
needs-your-response = Your response
needs-corporate-meetings = Meetings requested here go to investors' schedules; as a corporate, arrange yours by email: a shortlisted response shows the founders' addresses.
needs-sent-on = Sent on { $day }
needs-shortlisted = Shortlisted
needs-shortlist = Shortlist
needs-unshortlist = Take off the shortlist
needs-deck = Open the pitch deck
needs-contacts = Founders' email:
needs-meeting = Meeting request:
deals-staff-title = Deals and agreements
deals-staff-lead = Signed outcomes of an edition, its totals by currency and converted at the rates you set.
deals-mine-title = Your agreements
deals-mine-lead = Agreements your startups or you signed, as recorded here.
deals-none = No agreements recorded yet.
deals-agreements = Agreements
deals-totals = Totals of { $edition }
deals-total-count = { $count ->
        [one] 1 agreement
       *[other] { $count } agreements
    }
deals-by-currency = Value by currency
deals-converted = Converted
deals-converted-without = { $value } (without { $currencies }: no rate)
deals-no-rates = Set a reporting currency and rates to see a converted total.
deals-rounding = Amounts of each currency are added exactly, converted once and rounded half to even to the hundredth; the converted total is the sum of those.
deals-per-track = Per track
deals-per-country = Per country (the startup's)
deals-count = Agreements
deals-no-track = No pitch in this edition
deals-rates = Conversion rates
deals-rates-hint = One line per currency: how much one unit is worth in the reporting currency.
deals-reporting = Reporting currency
deals-choose-reporting = Choose a currency…
deals-rates-lines = Rates
deals-rates-example = e.g. USD 7.1 (1 USD = 7.1 in the reporting currency), at most six decimals.
deals-save-rates = Save rates
deals-record = Record an agreement
deals-record-submit = Record
deals-kind = Kind
deals-kind-investment = Investment
deals-kind-mou = MOU
deals-kind-partnership = Partnership
deals-kind-licensing = Licensing
deals-kind-purchase = Purchase
deals-startup = Startup
deals-choose-startup = Choose a startup…
deals-counterparty = Counterparty
deals-counterparty-account = Counterparty's account
deals-no-account = No account here
deals-counterparty-name = Counterparty's name
deals-counterparty-hint = Needed when the counterparty has no account here.
deals-amount = Amount
deals-signed-on = Signed on
deals-need = From the need
deals-no-need = None
deals-from = Came from
deals-into-edition = Recorded into { $edition }.

## Agreements confirmed by the other side
audit-deals-answer = Confirmed or declined an agreement
problem-noun-agreement-status = Reply
problem-too-early = { $field } cannot be before { $earliest }.
problem-too-late = { $field } cannot be after { $latest }.
problem-agreement-answered = This agreement was already confirmed or declined, so nothing was changed.
notice-agreement-awaits = Agreement recorded. It counts once the other side confirms it; they have been told.
notice-agreement-confirmed = Agreement confirmed: it now counts in the edition's totals.
notice-agreement-declined = Agreement declined: it does not count.
deals-status = Status
deals-status-confirmed = Confirmed
deals-status-declined = Declined
deals-awaits-team = Awaiting the startup's confirmation
deals-awaits-counterparty = Awaiting the counterparty's confirmation
deals-awaits-staff = Awaiting the organisers' confirmation
deals-confirm = Confirm
deals-decline = Decline
deals-withdraw = Withdraw from the results
deals-confirm-hint = The other side (or the organisers, for a counterparty without an account here) confirms what you record; only confirmed agreements count in the edition's totals.
deals-pending-count = { $count ->
    [one] One agreement awaits confirmation and is not counted yet.
   *[other] { $count } agreements await confirmation and are not counted yet.
}
deals-too-large = Too large to add up: an amount or a rate is probably mistyped.
deals-meeting = From the meeting
deals-no-meeting = None
mail-agreement-kind = { $kind ->
    [investment] Investment
    [mou] MOU
    [partnership] Partnership
    [licensing] Licensing
   *[purchase] Purchase
}
mail-need-response-subject = { $startup } responded to your need
mail-need-response-body = Hello { $name },

    { $startup } responded to your need "{ $need }". Read the whole response and shortlist it here: { $link }

    Their proposal, as they wrote it:

    { $proposal }
mail-agreement-subject = { $from } recorded an agreement with you
mail-agreement-body = Hello { $name },

    { $from } recorded a signed agreement between { $startup } and { $counterparty }: { $what }.
    It counts in the conference's results only once you confirm it.

    Confirm or decline it here: { $link }
problem-pipeline-task-title-hidden = A task's title cannot contain control or other invisible characters.
## Meetings: check-in from the start, the released schedule, requests from the shortlist
problem-check-in-not-yet = You can check in from { $opens }, when the meeting starts.
problem-check-in-over = The event is over, so check-in for its meetings is closed.
my-agenda-check-in-opens = Check-in opens at { $opens }.
reviews-meeting-requested = Meeting request: { $status }
reviews-meeting-after-acceptance = You can ask for a meeting once this pitch is accepted.
## Sign-up with a proved address (issue 13, items 9 and 10).

auth-check-inbox-title = Check your inbox
# $email is the address the person typed (as stored: lower case).
auth-check-inbox = Check your inbox: we sent a link to { $email } to finish signing up.
auth-check-inbox-anywhere = Check your inbox: we sent a link to finish signing up.
auth-check-inbox-more = The link works for 24 hours. Nothing arrived? Look in your spam folder, or sign up again to get a new link.
auth-verify-title = Confirm your address
auth-verify-button = Confirm and log in
auth-verify-explain = Confirm your email address to finish signing up; you will be logged in.
problem-sign-up-link-expired = This link has expired, was already used, or a newer one replaced it. Sign up again to get a new link.
problem-address-not-confirmed = Confirm your address first: we sent the link again.
mail-confirm-sign-up-subject = Finish signing up to Pitchline
mail-confirm-sign-up-body =
    Hello { $name },

    Someone (hopefully you) signed up to Pitchline with this address.
    Open this link within 24 hours to confirm it and log in:

    { $link }

    If it was not you, ignore this email: the account cannot be used without this link.
mail-sign-up-attempted-subject = Someone tried to sign up to Pitchline with your address
mail-sign-up-attempted-body =
    Hello { $name },

    Someone (perhaps you) tried to sign up to Pitchline with this address, but you already have an account.
    Log in here:

    { $log_in }

    Forgot your password? Choose a new one here:

    { $reset }

    If it was not you, ignore this email: nothing changed.
audit-user-email-verified = Confirmed their email address
audit-user-sign-up-again = Signed up again before confirming the address
audit-user-sign-up-known-address = Someone tried to sign up with a registered address
