//! The names of the domain's enums (roles, statuses, stages…) in the reader's
//! language. One function per enum, each a `match` over every variant, so a new
//! variant without a name is a compile error.

use crate::lang::t;
use domain::account::Role;
use domain::lang::Lang;

pub fn role(lang: Lang, role: Role) -> String {
    match role {
        Role::Founder => t!(lang, "role-founder"),
        Role::Investor => t!(lang, "role-investor"),
        Role::Staff => t!(lang, "role-staff"),
    }
}
