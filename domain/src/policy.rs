//! Who may do what. The server asks these questions on every request; the UI asks them
//! only to hide buttons a person could not use anyway.

use crate::account::Role;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Create, edit and make current the conference editions.
    ManageEditions,
    /// Send invitations that grant the investor or staff role.
    InviteUsers,
    /// Read emails the system queued, including their links.
    ReadOutbox,
    /// Read the audit trail of who changed what.
    ReadAuditLog,
    /// Configure review, assign judges, read every review, rank and decide.
    RunJudging,
    /// Set up rooms and pitch sessions, solve and edit the draft schedule, release it.
    RunSchedule,
    /// Use the founder workspace.
    ActAsFounder,
    /// Use the investor workspace.
    ActAsInvestor,
    /// Use the corporate workspace (organisation name, own needs).
    ActAsCorporate,
    /// Post technology needs and work their responses: investors and corporates.
    PostNeeds,
    /// Record any agreement, set an edition's conversion rates, read its totals.
    ManageDeals,
}

pub fn allows(roles: &[Role], permission: Permission) -> bool {
    let has = |role| roles.contains(&role);
    match permission {
        Permission::ManageEditions
        | Permission::InviteUsers
        | Permission::ReadOutbox
        | Permission::ReadAuditLog
        | Permission::RunJudging
        | Permission::RunSchedule
        | Permission::ManageDeals => has(Role::Staff),
        Permission::ActAsFounder => has(Role::Founder),
        Permission::ActAsInvestor => has(Role::Investor),
        Permission::ActAsCorporate => has(Role::Corporate),
        Permission::PostNeeds => has(Role::Investor) || has(Role::Corporate),
    }
}

/// Which roles an invitation may grant: founders sign themselves up.
pub fn invitable(role: Role) -> bool {
    matches!(role, Role::Investor | Role::Staff | Role::Corporate)
}

/// The role whose home a person lands on first, when they hold several.
pub fn primary_role(roles: &[Role]) -> Option<Role> {
    [Role::Staff, Role::Investor, Role::Corporate, Role::Founder]
        .into_iter()
        .find(|r| roles.contains(r))
}

/// How a person stands towards one startup. Built by the server from the database;
/// the answers below are the whole policy for profiles, pitches and decks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StartupViewer {
    /// On the startup's team (equal rights for every co-founder).
    pub member: bool,
    pub staff: bool,
    /// An investor allowed to review the pitch in question and not conflicted. Judges
    /// read the deck and the scoring form's own view of the profile, never the team.
    pub reviewer: bool,
}

impl StartupViewer {
    /// Sees the profile with its private fields; anyone else gets "not found".
    pub fn can_see(self) -> bool {
        self.member || self.staff
    }

    pub fn can_edit(self) -> bool {
        self.member || self.staff
    }

    pub fn can_read_deck(self) -> bool {
        self.can_see() || self.reviewer
    }

    /// A draft pitch (never submitted) and its deck stay private to the team: staff
    /// and judges see a pitch from the moment it is submitted.
    pub fn can_read_draft(self) -> bool {
        self.member
    }

    /// Team changes and withdrawing are the founders' own decisions.
    pub fn can_manage_team(self) -> bool {
        self.member
    }

    /// Sees the pitch (a `draft` one only on the team): a change they may not make is
    /// then refused (403) rather than hidden (404).
    pub fn can_see_pitch(self, draft: bool) -> bool {
        self.can_see() && (!draft || self.can_read_draft())
    }
}

/// Whether a member may leave: a startup always keeps at least one owner.
pub fn may_leave(member_count: usize) -> Result<(), crate::problem::Clash> {
    if member_count <= 1 {
        Err(crate::problem::Clash::LastMember)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outsiders_see_nothing_of_a_startup() {
        let outsider = StartupViewer::default();
        assert!(!outsider.can_see() && !outsider.can_edit() && !outsider.can_read_deck());
        let reviewer = StartupViewer {
            reviewer: true,
            ..Default::default()
        };
        assert!(reviewer.can_read_deck() && !reviewer.can_edit() && !reviewer.can_see());
        let staff = StartupViewer {
            staff: true,
            ..Default::default()
        };
        assert!(staff.can_edit() && !staff.can_manage_team());
        assert!(!staff.can_read_draft() && !reviewer.can_read_draft());
        let member = StartupViewer {
            member: true,
            ..Default::default()
        };
        assert!(member.can_manage_team() && member.can_read_draft());
        // Staff see a submitted pitch (so a change is refused with 403), never a draft.
        assert!(staff.can_see_pitch(false) && !staff.can_see_pitch(true));
        assert!(!reviewer.can_see_pitch(false) && member.can_see_pitch(true));
    }

    #[test]
    fn the_last_member_cannot_leave() {
        assert_eq!(may_leave(1), Err(crate::problem::Clash::LastMember));
        assert!(may_leave(2).is_ok());
    }

    #[test]
    fn only_staff_manage_the_conference() {
        for p in [
            Permission::ManageEditions,
            Permission::InviteUsers,
            Permission::ReadOutbox,
            Permission::ReadAuditLog,
            Permission::RunJudging,
            Permission::RunSchedule,
        ] {
            assert!(allows(&[Role::Staff], p));
            assert!(!allows(&[Role::Founder, Role::Investor], p));
            assert!(!allows(&[], p));
        }
    }

    #[test]
    fn roles_combine() {
        let both = [Role::Founder, Role::Investor];
        assert!(allows(&both, Permission::ActAsFounder));
        assert!(allows(&both, Permission::ActAsInvestor));
        assert_eq!(primary_role(&both), Some(Role::Investor));
        assert_eq!(primary_role(&[]), None);
    }

    #[test]
    fn founders_cannot_be_invited() {
        assert!(!invitable(Role::Founder));
        assert!(invitable(Role::Investor) && invitable(Role::Staff));
        assert!(invitable(Role::Corporate));
    }

    #[test]
    fn corporates_post_needs_and_judge_nothing() {
        let corporate = [Role::Corporate];
        assert!(allows(&corporate, Permission::PostNeeds));
        assert!(allows(&corporate, Permission::ActAsCorporate));
        assert!(allows(&[Role::Investor], Permission::PostNeeds));
        assert!(!allows(&[Role::Founder], Permission::PostNeeds));
        for p in [
            Permission::ActAsInvestor,
            Permission::RunJudging,
            Permission::ManageDeals,
            Permission::ActAsFounder,
        ] {
            assert!(!allows(&corporate, p), "{p:?}");
        }
        assert!(allows(&[Role::Staff], Permission::ManageDeals));
        assert!(!allows(&[Role::Investor], Permission::ManageDeals));
        assert_eq!(primary_role(&corporate), Some(Role::Corporate));
    }
}
