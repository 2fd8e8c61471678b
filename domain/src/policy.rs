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
    /// Use the founder workspace.
    ActAsFounder,
    /// Use the investor workspace.
    ActAsInvestor,
}

pub fn allows(roles: &[Role], permission: Permission) -> bool {
    let has = |role| roles.contains(&role);
    match permission {
        Permission::ManageEditions | Permission::InviteUsers | Permission::ReadOutbox => {
            has(Role::Staff)
        }
        Permission::ActAsFounder => has(Role::Founder),
        Permission::ActAsInvestor => has(Role::Investor),
    }
}

/// Which roles an invitation may grant: founders sign themselves up.
pub fn invitable(role: Role) -> bool {
    matches!(role, Role::Investor | Role::Staff)
}

/// The role whose home a person lands on first, when they hold several.
pub fn primary_role(roles: &[Role]) -> Option<Role> {
    [Role::Staff, Role::Investor, Role::Founder]
        .into_iter()
        .find(|r| roles.contains(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_staff_manage_the_conference() {
        for p in [
            Permission::ManageEditions,
            Permission::InviteUsers,
            Permission::ReadOutbox,
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
    }
}
