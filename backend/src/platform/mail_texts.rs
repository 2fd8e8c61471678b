//! The words of every email Pitchline sends, in the recipient's language: one function
//! per kind of email, each answering its subject and body from the translation files
//! (`mail-…` in `i18n/locales/*/pitchline.ftl`). Features choose the language and the
//! recipient; the text lives here, below every feature, so no feature imports another
//! to word its emails.
//!
//! Emails are plain text: names, titles and edition names go in exactly as typed.
//!
//! Whose language: a user's stored one (`user::Model::lang()`); for an address without
//! an account yet (an invitation), the language of the page the sender used.

use domain::account::Role;
use domain::lang::Lang;
use domain::submission::Status;
use i18n::t;

/// One email's subject line and plain-text body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub subject: String,
    pub body: String,
}

impl Mail {
    /// A body from the translation files, which keep no trailing line break: every body
    /// ends with one, as a text file's last line does.
    fn new(subject: String, body: String) -> Mail {
        Mail {
            subject,
            body: body + "\n",
        }
    }
}

/// The link to choose a new password, to the account's owner.
pub fn password_reset(lang: Lang, name: &str, link: &str) -> Mail {
    Mail::new(
        t!(lang, "mail-reset-subject"),
        t!(lang, "mail-reset-body", name = name, link = link),
    )
}

/// An agreement `from` recorded between `parties` (the startup, the counterparty), one
/// of which is the recipient's side, waiting for their confirmation on `link`.
pub fn agreement_to_confirm(
    lang: Lang,
    name: &str,
    from: &str,
    (startup, counterparty): (&str, &str),
    what: &str,
    link: &str,
) -> Mail {
    Mail::new(
        t!(lang, "mail-agreement-subject", from = from),
        t!(
            lang,
            "mail-agreement-body",
            name = name,
            from = from,
            startup = startup,
            counterparty = counterparty,
            what = what,
            link = link
        ),
    )
}

/// A startup responded to the recipient's need (`what` = the startup, the need's
/// title) with `proposal`, to read and shortlist on `link`.
pub fn need_response(
    lang: Lang,
    name: &str,
    (startup, need): (&str, &str),
    proposal: &str,
    link: &str,
) -> Mail {
    Mail::new(
        t!(lang, "mail-need-response-subject", startup = startup),
        t!(
            lang,
            "mail-need-response-body",
            name = name,
            startup = startup,
            need = need,
            proposal = quoted(proposal, QUOTE_MAX_CHARS),
            link = link
        ),
    )
}

/// At most this much of someone else's text goes into an email (the rest is one click
/// away on the page the email links to).
const QUOTE_MAX_CHARS: usize = 500;

/// Someone else's text as an email quotes it: every line after "> ", cut at `max`
/// characters, so what they typed can never read as the email's own words (a fake link,
/// a fake signature).
fn quoted(text: &str, max: usize) -> String {
    let mut cut: String = text.trim().chars().take(max).collect();
    if text.trim().chars().count() > max {
        cut.push('…');
    }
    cut.lines()
        .map(|line| format!("> {line}").trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The link that proves a new founder's address and finishes their sign-up.
pub fn confirm_sign_up(lang: Lang, name: &str, link: &str) -> Mail {
    Mail::new(
        t!(lang, "mail-confirm-sign-up-subject"),
        t!(lang, "mail-confirm-sign-up-body", name = name, link = link),
    )
}

/// To the owner of an account: someone tried to sign up with their address.
pub fn sign_up_attempted(lang: Lang, name: &str, log_in: &str, reset: &str) -> Mail {
    Mail::new(
        t!(lang, "mail-sign-up-attempted-subject"),
        t!(
            lang,
            "mail-sign-up-attempted-body",
            name = name,
            log_in = log_in,
            reset = reset
        ),
    )
}

/// An invitation to join as an investor or staff, from `inviter` (a name).
pub fn invitation(lang: Lang, inviter: &str, role: Role, link: &str) -> Mail {
    let role = role.as_str();
    Mail::new(
        t!(lang, "mail-invitation-subject", role = role),
        t!(
            lang,
            "mail-invitation-body",
            inviter = inviter,
            role = role,
            link = link
        ),
    )
}

/// An invitation to join the team of `startup`, from one of its founders.
pub fn cofounder_invitation(lang: Lang, inviter: &str, startup: &str, link: &str) -> Mail {
    Mail::new(
        t!(lang, "mail-cofounder-subject", startup = startup),
        t!(
            lang,
            "mail-cofounder-body",
            inviter = inviter,
            startup = startup,
            link = link
        ),
    )
}

/// Where a pitch an email is about stands, for each member of its team.
pub struct Pitch<'a> {
    pub title: &'a str,
    pub edition: &'a str,
    /// The founder's pitch page.
    pub link: &'a str,
}

/// A staff decision on the pitch: its new status, what that means, and the reviewers'
/// comments staff released to the team so far (`feedback`, as typed, oldest first), or
/// where the feedback will appear when there is none yet.
pub fn decision(
    lang: Lang,
    name: &str,
    status: Status,
    pitch: &Pitch<'_>,
    feedback: &[String],
) -> Mail {
    let (label, explanation) = status_texts(lang, status);
    let mut body = pitch_body(lang, name, &explanation, pitch);
    body.push_str("\n\n");
    if feedback.is_empty() {
        body.push_str(&t!(lang, "mail-decision-no-feedback"));
    } else {
        body.push_str(&t!(lang, "mail-decision-feedback", count = feedback.len()));
        for comment in feedback {
            body.push_str("\n\n");
            body.push_str(&t!(
                lang,
                "mail-decision-feedback-item",
                comment = comment.trim()
            ));
        }
    }
    Mail::new(t!(lang, "mail-decision-subject", status = label), body)
}

/// Reviewers' comments the organisers released to the team.
pub fn feedback_released(lang: Lang, name: &str, pitch: &Pitch<'_>) -> Mail {
    Mail::new(
        t!(lang, "mail-feedback-subject"),
        pitch_body(lang, name, &t!(lang, "mail-feedback-message"), pitch),
    )
}

/// A founder's slot in a released schedule, one line of [`schedule_changed`].
pub fn schedule_slot_line(
    lang: Lang,
    startup: &str,
    when: &str,
    room: &str,
    session: &str,
) -> String {
    t!(
        lang,
        "mail-schedule-slot-line",
        startup = startup,
        when = when,
        room = room,
        session = session
    )
}

/// A judge's panel in a released schedule, one line of [`schedule_changed`].
pub fn schedule_panel_line(lang: Lang, session: &str, when: &str, room: &str) -> String {
    t!(
        lang,
        "mail-schedule-panel-line",
        session = session,
        when = when,
        room = room
    )
}

/// A live session's results are out: `awards` are the recipient's startup's (none: it
/// pitched and was not among them).
pub fn live_results(
    lang: Lang,
    name: &str,
    startup: &str,
    session: &str,
    awards: &[(domain::live::AwardKind, String)],
    link: &str,
) -> Mail {
    use domain::live::AwardKind;
    let yours = if awards.is_empty() {
        t!(lang, "mail-live-no-award", startup = startup)
    } else {
        awards
            .iter()
            .map(|(kind, award)| match kind {
                AwardKind::Finalist => t!(lang, "mail-live-finalist", startup = startup),
                AwardKind::Winner => {
                    t!(
                        lang,
                        "mail-live-winner",
                        startup = startup,
                        track = award.as_str()
                    )
                }
                AwardKind::Award => {
                    t!(
                        lang,
                        "mail-live-award",
                        startup = startup,
                        award = award.as_str()
                    )
                }
            })
            .map(|l| format!("- {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Mail::new(
        t!(lang, "mail-live-subject", session = session),
        t!(
            lang,
            "mail-live-body",
            name = name,
            session = session,
            yours = yours,
            link = link
        ),
    )
}

/// A released schedule changed the recipient's own slots or panels: `lines` are theirs
/// now (none: they no longer pitch or judge).
pub fn schedule_changed(
    lang: Lang,
    name: &str,
    edition: &str,
    version: &str,
    lines: &[String],
    link: &str,
) -> Mail {
    let yours = if lines.is_empty() {
        t!(lang, "mail-schedule-nothing-now")
    } else {
        lines
            .iter()
            .map(|l| format!("- {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Mail::new(
        t!(lang, "mail-schedule-subject", edition = edition),
        t!(
            lang,
            "mail-schedule-body",
            name = name,
            edition = edition,
            version = version,
            yours = yours,
            link = link
        ),
    )
}

/// The pitch arrived: sent to each member of the team when it is submitted (not when a
/// submitted pitch is saved again). `deadline` is already worded in `lang`, with its zone.
pub fn pitch_received(lang: Lang, name: &str, deadline: &str, pitch: &Pitch<'_>) -> Mail {
    Mail::new(
        t!(lang, "mail-received-subject", title = pitch.title),
        pitch_body(
            lang,
            name,
            &t!(lang, "mail-received-message", deadline = deadline),
            pitch,
        ),
    )
}

/// To each staff member: a team withdrew a pitch that held (or could still get) a place.
/// `pitch.link` is the staff table of the edition.
pub fn pitch_withdrawn(
    lang: Lang,
    name: &str,
    startup: &str,
    was: Status,
    pitch: &Pitch<'_>,
) -> Mail {
    let (status, _) = status_texts(lang, was);
    Mail::new(
        t!(lang, "mail-withdrawn-subject", startup = startup),
        t!(
            lang,
            "mail-withdrawn-body",
            name = name,
            startup = startup,
            title = pitch.title,
            edition = pitch.edition,
            status = status,
            link = pitch.link
        ),
    )
}

fn pitch_body(lang: Lang, name: &str, message: &str, pitch: &Pitch<'_>) -> String {
    t!(
        lang,
        "mail-pitch-body",
        name = name,
        message = message,
        title = pitch.title,
        edition = pitch.edition,
        link = pitch.link
    )
}

/// A status's name and the founder's explanation of it (the same words as the pages').
fn status_texts(lang: Lang, status: Status) -> (String, String) {
    match status {
        Status::Draft => (t!(lang, "status-draft"), t!(lang, "status-draft-explained")),
        Status::Submitted => (
            t!(lang, "status-submitted"),
            t!(lang, "status-submitted-explained"),
        ),
        Status::UnderReview => (
            t!(lang, "status-under-review"),
            t!(lang, "status-under-review-explained"),
        ),
        Status::Shortlisted => (
            t!(lang, "status-shortlisted"),
            t!(lang, "status-shortlisted-explained"),
        ),
        Status::Accepted => (
            t!(lang, "status-accepted"),
            t!(lang, "status-accepted-explained"),
        ),
        Status::Waitlisted => (
            t!(lang, "status-waitlisted"),
            t!(lang, "status-waitlisted-explained"),
        ),
        Status::Rejected => (
            t!(lang, "status-rejected"),
            t!(lang, "status-rejected-explained"),
        ),
        Status::Withdrawn => (
            t!(lang, "status-withdrawn"),
            t!(lang, "status-withdrawn-explained"),
        ),
    }
}

/// A meeting request from `from` (an investor, or a startup's founders), to the other
/// side; `message` may be empty.
pub fn meeting_requested(lang: Lang, name: &str, from: &str, message: &str, link: &str) -> Mail {
    let message = if message.trim().is_empty() {
        String::new()
    } else {
        t!(
            lang,
            "mail-meeting-request-message",
            message = message.trim()
        )
    };
    Mail::new(
        t!(lang, "mail-meeting-request-subject", from = from),
        t!(
            lang,
            "mail-meeting-request-body",
            name = name,
            from = from,
            message = message,
            link = link
        ),
    )
}

/// The other side answered a meeting request: `answer` is the request's new status in
/// words, `text` a decline's reason or the other times proposed (may be empty).
pub fn meeting_answered(
    lang: Lang,
    name: &str,
    from: &str,
    answer: &str,
    text: &str,
    link: &str,
) -> Mail {
    let text = if text.trim().is_empty() {
        String::new()
    } else {
        t!(lang, "mail-meeting-answer-text", text = text.trim())
    };
    Mail::new(
        t!(
            lang,
            "mail-meeting-answer-subject",
            from = from,
            answer = answer
        ),
        t!(
            lang,
            "mail-meeting-answer-body",
            name = name,
            from = from,
            answer = answer,
            text = text,
            link = link
        ),
    )
}

/// A meeting starts in an hour: `other` is the other side (the startup for the investor,
/// the investor for founders), `when` already has its zone.
pub fn meeting_reminder(
    lang: Lang,
    name: &str,
    other: &str,
    when: &str,
    place: &str,
    location: &str,
) -> Mail {
    // Staff type the place's whereabouts: one line in an email, whatever they typed.
    let location = location.split_whitespace().collect::<Vec<_>>().join(" ");
    let place = if location.is_empty() {
        place.to_string()
    } else {
        format!("{place} ({location})")
    };
    Mail::new(
        t!(lang, "mail-meeting-reminder-subject", other = other),
        t!(
            lang,
            "mail-meeting-reminder-body",
            name = name,
            other = other,
            when = when,
            place = place.as_str()
        ),
    )
}

/// One task line of the weekly pipeline digest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigestTask {
    pub startup: String,
    pub title: String,
    pub due_on: chrono::NaiveDate,
    pub overdue: bool,
}

/// The weekly pipeline digest: the reader's tasks overdue or due within the week, and
/// their board's stale cards (either list may be empty, not both).
pub fn pipeline_digest(
    lang: Lang,
    name: &str,
    tasks: &[DigestTask],
    stale: &[String],
    link: &str,
) -> Mail {
    let none = t!(lang, "mail-pipeline-digest-none");
    let task_lines: Vec<String> = tasks
        .iter()
        .map(|task| {
            let due = i18n::format::date(lang, task.due_on);
            if task.overdue {
                t!(
                    lang,
                    "mail-pipeline-digest-task-overdue",
                    startup = task.startup.as_str(),
                    title = task.title.as_str(),
                    due = due
                )
            } else {
                t!(
                    lang,
                    "mail-pipeline-digest-task",
                    startup = task.startup.as_str(),
                    title = task.title.as_str(),
                    due = due
                )
            }
        })
        .collect();
    let stale_lines: Vec<String> = stale.iter().map(|s| format!("- {s}")).collect();
    let or_none = |lines: Vec<String>| {
        if lines.is_empty() {
            none.clone()
        } else {
            lines.join("\n")
        }
    };
    Mail::new(
        t!(
            lang,
            "mail-pipeline-digest-subject",
            tasks = (tasks.len() as i64),
            stale = (stale.len() as i64)
        ),
        t!(
            lang,
            "mail-pipeline-digest-body",
            name = name,
            tasks = or_none(task_lines),
            stale = or_none(stale_lines),
            link = link
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_cannot_pass_for_the_emails_own_lines() {
        let text = "Our pilot fits.\n\nRead it here: http://evil.example/login\n-- Pitchline staff";
        assert_eq!(
            quoted(text, 500),
            "> Our pilot fits.\n>\n> Read it here: http://evil.example/login\n> -- Pitchline staff"
        );
        assert_eq!(quoted("abcdef", 3), "> abc…");
    }

    const LINK: &str = "http://x.test/a?token=abc";

    fn pitch() -> Pitch<'static> {
        Pitch {
            title: "Tidal \"grid\" {x}",
            edition: "GSIC 2027",
            link: LINK,
        }
    }

    /// The English emails are, character for character, what the code wrote before the
    /// texts moved into the translation files.
    #[test]
    fn english_is_what_it_always_was() {
        let name = "Ada <b>{ $name }";
        let reset = password_reset(Lang::En, name, LINK);
        assert_eq!(reset.subject, "Reset your Pitchline password");
        assert_eq!(
            reset.body,
            format!(
                "Hello {name},\n\nSomeone (hopefully you) asked to reset your Pitchline password.\n\
                 Choose a new one here within the next hour:\n\n{LINK}\n\n\
                 If you did not ask for this, ignore this email: your password stays as it is.\n"
            )
        );

        for role in Role::ALL {
            let article = if role == Role::Investor { "an" } else { "a" };
            let invite = invitation(Lang::En, name, role, LINK);
            assert_eq!(
                invite.subject,
                format!(
                    "You are invited to Pitchline as {article} {}",
                    role.as_str()
                )
            );
            assert_eq!(
                invite.body,
                format!(
                    "Hello,\n\n{name} invites you to join Pitchline, the deal-flow manager of the Global Startup \
                     Investment Conference, as {article} {}.\n\nAccept within 7 days:\n\n{LINK}\n",
                    role.as_str()
                )
            );
        }

        let startup = "Tidal & Co";
        let join = cofounder_invitation(Lang::En, name, startup, LINK);
        assert_eq!(join.subject, format!("Join {startup} on Pitchline"));
        assert_eq!(
            join.body,
            format!(
                "Hello,\n\n{name} invites you to join the team of {startup} on Pitchline, the deal-flow manager of \
                 the Global Startup Investment Conference. Co-founders share the startup with equal \
                 rights.\n\nAccept within 7 days:\n\n{LINK}\n"
            )
        );

        let p = pitch();
        let team_body = |message: &str| {
            format!(
                "Hello {name},\n\n{message}\n\nYour pitch \"{}\" to {}:\n\n{}\n",
                p.title, p.edition, p.link
            )
        };
        for status in Status::ALL {
            let mail = decision(Lang::En, name, status, &p, &[]);
            assert_eq!(mail.subject, format!("Your pitch: {}", status.label()));
            assert_eq!(
                mail.body,
                format!(
                    "{}\nNo reviewers' feedback has been released to you yet. If the organisers \
                     release some, you will get an email and read it on your pitch page.\n",
                    team_body(status.explanation())
                )
            );
        }
        let comments = [
            "Strong team.\n".to_string(),
            "Sharpen { $the } ask.".to_string(),
        ];
        let mail = decision(Lang::En, name, Status::Rejected, &p, &comments);
        assert!(
            mail.body.ends_with(
                "\n\nThe organisers released these 2 reviewers' comments to you (they are on your \
                 pitch page too):\n\n— Strong team.\n\n— Sharpen { $the } ask.\n"
            ),
            "{}",
            mail.body
        );
        let one = decision(Lang::En, name, Status::Accepted, &p, &comments[..1]);
        assert!(one.body.contains("released this reviewer's comment to you"));
        let feedback = feedback_released(Lang::En, name, &p);
        assert_eq!(feedback.subject, "New feedback on your pitch");
        assert_eq!(
            feedback.body,
            team_body(
                "The organisers shared reviewers' feedback on your pitch. Read it on your pitch page."
            )
        );
    }

    #[test]
    fn chinese_emails_are_chinese_and_keep_names_as_typed() {
        let name = "潮汐 <Founder>";
        let reset = password_reset(Lang::Zh, name, LINK);
        assert_eq!(reset.subject, "重置您的 Pitchline 密码");
        assert!(
            reset.body.starts_with(&format!("{name}，您好：\n\n")),
            "{}",
            reset.body
        );
        assert!(reset.body.contains(&format!("\n\n{LINK}\n\n")));
        assert!(reset.body.ends_with("。\n"));

        let invite = invitation(Lang::Zh, name, Role::Investor, LINK);
        assert_eq!(invite.subject, "您受邀以投资人身份加入 Pitchline");
        assert!(invite
            .body
            .contains(&format!("{name} 邀请您以投资人身份加入")));
        let invite = invitation(Lang::Zh, name, Role::Staff, LINK);
        assert_eq!(invite.subject, "您受邀以工作人员身份加入 Pitchline");

        let join = cofounder_invitation(Lang::Zh, name, "Tidal & Co", LINK);
        assert_eq!(join.subject, "加入 Pitchline 上“Tidal & Co”的团队");

        let p = pitch();
        let accepted = decision(Lang::Zh, name, Status::Accepted, &p, &[]);
        assert_eq!(accepted.subject, "您的路演：已入选");
        assert_eq!(
            accepted.body,
            format!(
                "{name}，您好：\n\n恭喜！您已入选，受邀登台路演。\n\n您提交至 GSIC 2027 的路演“{}”：\n\n{LINK}\n\n\
                 主办方尚未向您发布评审意见。如有发布，您会收到邮件，并可在您的路演页面查看。\n",
                p.title
            )
        );
        let with = decision(Lang::Zh, name, Status::Rejected, &p, &["团队很强。".into()]);
        assert!(
            with.body.ends_with(
                "主办方向您发布了以下 1 条评审意见（也可在您的路演页面查看）：\n\n— 团队很强。\n"
            ),
            "{}",
            with.body
        );
        let feedback = feedback_released(Lang::Zh, name, &p);
        assert_eq!(feedback.subject, "您的路演收到了新的反馈");
        for mail in [reset, invite, join, accepted, feedback] {
            assert!(!mail.body.contains('\u{2068}'), "no isolation marks");
            assert!(!mail.body.contains("Hello"), "{}", mail.body);
        }
    }
}
