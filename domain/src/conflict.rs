//! Conflicts of interest between an investor and a startup, found automatically.
//! Declared conflicts (with a reason) are stored as they are; these are the ones the
//! system can see for itself.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Mail providers anyone can sign up with: sharing one says nothing about a relationship.
/// A subdomain counts too (`vip.qq.com`, `vip.163.com`): the providers sell them to
/// anyone as well.
pub const PUBLIC_MAIL_DOMAINS: &[&str] = &[
    // International.
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "live.com",
    "live.cn",
    "msn.com",
    "yahoo.com",
    "yahoo.co.jp",
    "yahoo.co.uk",
    "yahoo.com.hk",
    "yahoo.com.tw",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "tutanota.com",
    "fastmail.com",
    "hey.com",
    "zoho.com",
    "mail.com",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "t-online.de",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "libero.it",
    "mail.ru",
    "yandex.ru",
    "yandex.com",
    "rediffmail.com",
    // China.
    "qq.com",
    "foxmail.com",
    "163.com",
    "126.com",
    "yeah.net",
    "188.com",
    "139.com",
    "189.cn",
    "wo.cn",
    "sina.com",
    "sina.cn",
    "sohu.com",
    "aliyun.com",
    "21cn.com",
    "tom.com",
    // Korea, Japan.
    "naver.com",
    "daum.net",
    "hanmail.net",
    "nate.com",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "softbank.ne.jp",
];

/// The domain, or a domain it is a subdomain of, is a public mailbox provider.
pub fn is_public_mail_domain(domain: &str) -> bool {
    PUBLIC_MAIL_DOMAINS
        .iter()
        .any(|d| domain == *d || domain.ends_with(&format!(".{d}")))
}

/// Names reserved for examples and testing (RFC 2606, RFC 6761): no real organisation
/// mails from them, and demo or test accounts often all share one, so sharing one says
/// nothing either.
fn reserved_for_examples(domain: &str) -> bool {
    [".test", ".example", ".invalid", ".localhost"]
        .iter()
        .any(|tld| domain.ends_with(tld))
        || ["example.com", "example.net", "example.org"]
            .iter()
            .any(|d| domain == *d || domain.ends_with(&format!(".{d}")))
}

/// What the system knows about an investor for conflict checks.
#[derive(Clone, Debug, Default)]
pub struct InvestorSide {
    pub email: String,
    /// Portfolio companies as `(name, website)`; the website may be empty.
    pub portfolio: Vec<(String, String)>,
}

/// One team member's address, and whether its owner proved it (opened the emailed
/// link, accepted an emailed invitation). Anyone may type any address at sign-up, so an
/// unproved one says nothing about where its owner works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamEmail {
    pub address: String,
    pub verified: bool,
}

impl TeamEmail {
    pub fn verified(address: impl Into<String>) -> Self {
        TeamEmail {
            address: address.into(),
            verified: true,
        }
    }

    pub fn unverified(address: impl Into<String>) -> Self {
        TeamEmail {
            address: address.into(),
            verified: false,
        }
    }
}

/// What the system knows about a startup for conflict checks.
#[derive(Clone, Debug, Default)]
pub struct StartupSide {
    pub name: String,
    pub website: Option<String>,
    pub founder_emails: Vec<TeamEmail>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AutoConflict {
    /// The investor is on the startup's own team.
    TeamMember(String),
    /// The startup is in the investor's portfolio list (matched by name or website).
    Portfolio(String),
    /// The investor shares a (non-public) email domain with a founder.
    SharedDomain(String),
}

/// Why a judge may not review a pitch: what they wrote when they declared it, or what
/// the system found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictReason {
    Declared(String),
    Found(AutoConflict),
}

/// Letters and digits only, lower case: "Tidal-Grid Ltd." and "tidal grid ltd" match.
fn name_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let trimmed = [
        " co., ltd.",
        " co. ltd",
        " ltd.",
        " ltd",
        " inc.",
        " inc",
        " gmbh",
        " llc",
        " limited",
    ]
    .iter()
    .fold(lower.trim().to_string(), |acc, suffix| {
        acc.strip_suffix(suffix).map(str::to_string).unwrap_or(acc)
    });
    trimmed.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The registrable part of a website: `https://www.Tidal.example/about` → `tidal.example`.
pub fn site_key(url: &str) -> Option<String> {
    let lower = url.trim().to_lowercase();
    let without_scheme = lower.split_once("://").map(|(_, r)| r).unwrap_or(&lower);
    let host = without_scheme
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    (host.contains('.') && !host.is_empty()).then(|| host.to_string())
}

/// The address's domain when it says something about an organisation: not a public
/// mailbox, not reserved for examples.
pub fn telling_domain(email: &str) -> Option<String> {
    email_domain(email).filter(|d| !is_public_mail_domain(d) && !reserved_for_examples(d))
}

pub fn email_domain(email: &str) -> Option<String> {
    email
        .rsplit_once('@')
        .map(|(_, d)| d.trim().to_lowercase())
        .filter(|d| d.contains('.'))
}

/// An investor's side reduced to what matching needs, computed once: checking one
/// investor against thousands of startups then costs set lookups, not string work.
#[derive(Clone, Debug, Default)]
pub struct InvestorKeys {
    /// The investor's own address, lower case: on a startup's team, always a conflict.
    email: String,
    portfolio_names: HashSet<String>,
    portfolio_sites: HashSet<String>,
    /// The investor's mail domain when it says something (not public, not reserved).
    telling_domain: Option<String>,
}

impl InvestorKeys {
    pub fn of(investor: &InvestorSide) -> Self {
        InvestorKeys {
            email: investor.email.trim().to_lowercase(),
            portfolio_names: investor
                .portfolio
                .iter()
                .map(|(name, _)| name_key(name))
                .filter(|k| !k.is_empty())
                .collect(),
            portfolio_sites: investor
                .portfolio
                .iter()
                .filter_map(|(_, site)| site_key(site))
                .collect(),
            telling_domain: telling_domain(&investor.email),
        }
    }
}

/// A startup's side reduced to what matching needs, computed once.
#[derive(Clone, Debug, Default)]
pub struct StartupKeys {
    name: String,
    name_key: String,
    site: Option<String>,
    founder_emails: HashSet<String>,
    /// Mail domains of proved addresses only: an unproved one shares no domain.
    founder_domains: HashSet<String>,
}

impl StartupKeys {
    pub fn of(startup: &StartupSide) -> Self {
        StartupKeys {
            name: startup.name.clone(),
            name_key: name_key(&startup.name),
            site: startup.website.as_deref().and_then(site_key),
            founder_emails: startup
                .founder_emails
                .iter()
                .map(|e| e.address.trim().to_lowercase())
                .collect(),
            founder_domains: startup
                .founder_emails
                .iter()
                .filter(|e| e.verified)
                .filter_map(|e| email_domain(&e.address))
                .collect(),
        }
    }
}

/// Every automatic conflict between prepared sides.
pub fn detect_keys(investor: &InvestorKeys, startup: &StartupKeys) -> Vec<AutoConflict> {
    let mut found = Vec::new();
    // Whatever the domain (public mail included): nobody judges their own startup.
    if !investor.email.is_empty() && startup.founder_emails.contains(&investor.email) {
        found.push(AutoConflict::TeamMember(startup.name.clone()));
    }
    let by_name =
        !startup.name_key.is_empty() && investor.portfolio_names.contains(&startup.name_key);
    let by_site = startup
        .site
        .as_ref()
        .is_some_and(|s| investor.portfolio_sites.contains(s));
    if by_name || by_site {
        found.push(AutoConflict::Portfolio(startup.name.clone()));
    }
    if let Some(domain) = &investor.telling_domain {
        if startup.founder_domains.contains(domain) {
            found.push(AutoConflict::SharedDomain(domain.clone()));
        }
    }
    found
}

/// Every automatic conflict between `investor` and `startup`.
pub fn detect(investor: &InvestorSide, startup: &StartupSide) -> Vec<AutoConflict> {
    detect_keys(&InvestorKeys::of(investor), &StartupKeys::of(startup))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn startup() -> StartupSide {
        StartupSide {
            name: "Tidal Grid Ltd.".into(),
            website: Some("https://www.tidalgrid.example/about".into()),
            founder_emails: vec![
                TeamEmail::verified("lin@tidalgrid.cn"),
                TeamEmail::verified("mei@gmail.com"),
            ],
        }
    }

    #[test]
    fn a_portfolio_company_is_a_conflict_by_name_or_website() {
        let by_name = InvestorSide {
            email: "ada@fund.example".into(),
            portfolio: vec![("tidal grid".into(), String::new())],
        };
        assert_eq!(
            detect(&by_name, &startup()),
            vec![AutoConflict::Portfolio("Tidal Grid Ltd.".into())]
        );
        let by_site = InvestorSide {
            email: "ada@fund.example".into(),
            portfolio: vec![("TG Holdings".into(), "tidalgrid.example".into())],
        };
        assert_eq!(detect(&by_site, &startup()).len(), 1);
    }

    #[test]
    fn a_subdomain_of_a_public_mailbox_tells_nothing_either() {
        for address in [
            "a@vip.qq.com",
            "b@vip.163.com",
            "c@139.com",
            "d@aliyun.com",
            "e@MAIL.RU",
        ] {
            assert_eq!(telling_domain(address), None, "{address}");
        }
        assert_eq!(telling_domain("f@sgcc.com.cn"), Some("sgcc.com.cn".into()));
        // A company whose name merely ends like a provider is no subdomain of it.
        assert_eq!(telling_domain("g@megaqq.com"), Some("megaqq.com".into()));
    }

    #[test]
    fn a_shared_company_domain_is_a_conflict_but_a_public_one_is_not() {
        let colleague = InvestorSide {
            email: "bo@TidalGrid.cn".into(),
            portfolio: vec![],
        };
        assert_eq!(
            detect(&colleague, &startup()),
            vec![AutoConflict::SharedDomain("tidalgrid.cn".into())]
        );
        // Demo and test accounts share reserved example domains: no evidence either.
        let demo = StartupSide {
            founder_emails: vec![TeamEmail::verified("founder1@pitchline.test")],
            ..startup()
        };
        let demo_investor = InvestorSide {
            email: "investor1@pitchline.test".into(),
            portfolio: vec![],
        };
        assert!(detect(&demo_investor, &demo).is_empty());
        let gmail = InvestorSide {
            email: "someone@gmail.com".into(),
            portfolio: vec![],
        };
        assert!(detect(&gmail, &startup()).is_empty());
    }

    #[test]
    fn a_team_member_is_in_conflict_even_with_a_public_mail_domain() {
        let founder_judge = InvestorSide {
            email: "Mei@Gmail.com".into(),
            portfolio: vec![],
        };
        assert_eq!(
            detect(&founder_judge, &startup()),
            vec![AutoConflict::TeamMember("Tidal Grid Ltd.".into())]
        );
        let demo_founder_judge = InvestorSide {
            email: "founder1@pitchline.test".into(),
            portfolio: vec![],
        };
        let demo = StartupSide {
            founder_emails: vec![TeamEmail::verified("founder1@pitchline.test")],
            ..startup()
        };
        assert_eq!(detect(&demo_founder_judge, &demo).len(), 1);
    }

    #[test]
    fn an_unproved_founder_address_shares_no_domain() {
        let colleague = InvestorSide {
            email: "bo@tidalgrid.cn".into(),
            portfolio: vec![],
        };
        let unproved = StartupSide {
            founder_emails: vec![TeamEmail::unverified("lin@tidalgrid.cn")],
            ..startup()
        };
        assert!(detect(&colleague, &unproved).is_empty());
        let proved = StartupSide {
            founder_emails: vec![TeamEmail::verified("lin@tidalgrid.cn")],
            ..startup()
        };
        assert_eq!(
            detect(&colleague, &proved),
            vec![AutoConflict::SharedDomain("tidalgrid.cn".into())]
        );
    }

    #[test]
    fn unrelated_people_have_no_conflict() {
        let other = InvestorSide {
            email: "ada@fund.example".into(),
            portfolio: vec![("Aurora Bio".into(), "https://aurora.example".into())],
        };
        assert!(detect(&other, &startup()).is_empty());
    }

    proptest! {
        #[test]
        fn detection_never_panics(name in "\\PC{0,30}", site in "\\PC{0,30}", email in "\\PC{0,30}", verified: bool) {
            let investor = InvestorSide { email: email.clone(), portfolio: vec![(name.clone(), site.clone())] };
            let startup = StartupSide { name, website: Some(site), founder_emails: vec![TeamEmail { address: email, verified }] };
            let _ = detect(&investor, &startup);
        }
    }
}
