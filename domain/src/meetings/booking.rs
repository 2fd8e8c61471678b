//! Staff placing a meeting by hand: which hard rules a change would newly break, as kinds
//! staff read in a list ("the investor meets someone else then"). The breaches
//! themselves come from `check`; a change is judged by what it adds, so a schedule that
//! already broke a rule does not block every later edit.

use super::checker::{Breach, Side};

/// A kind of hard rule of the meeting schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeetingRule {
    /// Two meetings at one place at the same moment.
    PlaceTwice,
    InvestorTwice,
    StartupTwice,
    /// A meeting while the investor pitches, sits on a panel or blocked the time.
    InvestorBusy,
    StartupBusy,
    /// More meetings than the edition's quota.
    OverQuota,
    /// A locked meeting moved.
    LockedMoved,
    /// A request, place or time that is not in the schedule's instance.
    Unknown,
}

impl MeetingRule {
    pub fn of(breach: &Breach) -> MeetingRule {
        match breach {
            Breach::NoSuchRequest { .. }
            | Breach::NoSuchSlot { .. }
            | Breach::NoSuchTable { .. }
            | Breach::RequestTwice { .. } => MeetingRule::Unknown,
            Breach::TableTwice { .. } => MeetingRule::PlaceTwice,
            Breach::PartyTwice { side, .. } => match side {
                Side::Investor => MeetingRule::InvestorTwice,
                Side::Startup => MeetingRule::StartupTwice,
            },
            Breach::PartyBusy { side, .. } => match side {
                Side::Investor => MeetingRule::InvestorBusy,
                Side::Startup => MeetingRule::StartupBusy,
            },
            Breach::OverQuota { .. } => MeetingRule::OverQuota,
            Breach::LockedMoved { .. } => MeetingRule::LockedMoved,
        }
    }
}

/// The kinds of rule `after` breaks that `before` did not (breaches compared one by
/// one), each once, in a stable order.
pub fn newly_broken(before: &[Breach], after: &[Breach]) -> Vec<MeetingRule> {
    let mut rules: Vec<MeetingRule> = after
        .iter()
        .filter(|b| !before.contains(b))
        .map(MeetingRule::of)
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_the_change_adds_counts() {
        let old = Breach::TableTwice {
            table: 0,
            requests: (0, 1),
        };
        let new = Breach::PartyBusy {
            side: Side::Startup,
            party: 2,
            request: 3,
        };
        let before = std::slice::from_ref(&old);
        assert_eq!(newly_broken(before, before), vec![]);
        assert_eq!(
            newly_broken(before, &[old.clone(), new.clone(), new]),
            vec![MeetingRule::StartupBusy]
        );
    }

    #[test]
    fn each_breach_has_its_kind() {
        let twice = |side| Breach::PartyTwice {
            side,
            party: 0,
            requests: (0, 1),
        };
        assert_eq!(
            MeetingRule::of(&twice(Side::Investor)),
            MeetingRule::InvestorTwice
        );
        assert_eq!(
            MeetingRule::of(&twice(Side::Startup)),
            MeetingRule::StartupTwice
        );
        assert_eq!(
            MeetingRule::of(&Breach::NoSuchSlot {
                request: 0,
                slot: 9
            }),
            MeetingRule::Unknown
        );
    }
}
