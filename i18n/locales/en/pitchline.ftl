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
