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
