//! Startup profiles: what a founder's profile form must satisfy.

use crate::country::parse_country;
use crate::problem::{Noun, Problem, Refusal};
use crate::validation::{bounded_text, single_line, FieldErrors};
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 100;
pub const ONE_LINER_MAX: usize = 140;
pub const DESCRIPTION_MAX: usize = 5000;
pub const CITY_MAX: usize = 80;
pub const WEBSITE_MAX: usize = 200;
pub const USE_OF_FUNDS_MAX: usize = 2000;
pub const SECTORS_MAX: usize = 8;
pub const SECTOR_MAX_CHARS: usize = 40;
/// Larger than any real round, small enough to stay exact in every database and in JSON.
pub const AMOUNT_MAX: i64 = 1_000_000_000_000_000;

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident, $what:expr, { $($variant:ident = $code:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        $crate::code::coded!($name, $name::ALL);

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn parse(raw: &str) -> Result<Self, $crate::problem::Problem> {
                let raw = raw.trim();
                if raw.is_empty() {
                    return Err($crate::problem::Problem::Required { field: $what });
                }
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == raw)
                    .ok_or($crate::problem::Problem::NotInList { field: $what })
            }
        }
    };
}
pub(crate) use choice;

choice!(
    /// How far along a startup is.
    Stage, Noun::Stage, {
        Idea = "idea": "Idea",
        PreSeed = "pre_seed": "Pre-seed",
        Seed = "seed": "Seed",
        SeriesA = "series_a": "Series A",
        SeriesBPlus = "series_b_plus": "Series B+",
        Growth = "growth": "Growth",
    }
);

choice!(
    /// What the investor would receive for the money asked.
    Instrument, Noun::Instrument, {
        Equity = "equity": "Equity",
        Safe = "safe": "SAFE",
        Convertible = "convertible": "Convertible note",
        Other = "other": "Other",
    }
);

/// Currencies a funding ask may be stated in (ISO 4217).
pub const CURRENCIES: [(&str, &str); 14] = [
    ("CNY", "Chinese yuan"),
    ("USD", "US dollar"),
    ("EUR", "Euro"),
    ("HKD", "Hong Kong dollar"),
    ("GBP", "Pound sterling"),
    ("JPY", "Japanese yen"),
    ("SGD", "Singapore dollar"),
    ("KRW", "South Korean won"),
    ("CHF", "Swiss franc"),
    ("AUD", "Australian dollar"),
    ("CAD", "Canadian dollar"),
    ("AED", "UAE dirham"),
    ("INR", "Indian rupee"),
    ("SEK", "Swedish krona"),
];

pub fn parse_currency(raw: &str) -> Result<String, Problem> {
    let code = raw.trim().to_ascii_uppercase();
    if CURRENCIES.iter().any(|(c, _)| *c == code) {
        Ok(code)
    } else {
        Err(Problem::NotInList {
            field: Noun::Currency,
        })
    }
}

/// A whole amount of money as people type it: `1500000`, `1,500,000`, `1.5m`, `800k`.
/// Empty means "not given".
pub fn parse_amount(raw: &str, field: Noun) -> Result<Option<i64>, Problem> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect::<String>()
        .to_ascii_lowercase();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let bad = || Problem::NotAnAmount { field };
    let (number, multiplier) = match cleaned.chars().last() {
        Some('k') => (&cleaned[..cleaned.len() - 1], 1_000f64),
        Some('m') => (&cleaned[..cleaned.len() - 1], 1_000_000f64),
        Some('b') => (&cleaned[..cleaned.len() - 1], 1_000_000_000f64),
        // How amounts are written in Chinese: 150万 (1.5 million), 1.5亿 (150 million).
        Some('万') => (&cleaned[..cleaned.len() - '万'.len_utf8()], 10_000f64),
        Some('亿') => (&cleaned[..cleaned.len() - '亿'.len_utf8()], 100_000_000f64),
        _ => (cleaned.as_str(), 1f64),
    };
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(bad());
    }
    let value: f64 = number.parse().map_err(|_| bad())?;
    let total = (value * multiplier).round();
    if !(0.0..=AMOUNT_MAX as f64).contains(&total) {
        return Err(Problem::AmountTooLarge { field });
    }
    if multiplier == 1.0 && number.contains('.') {
        return Err(bad());
    }
    Ok(Some(total as i64))
}

fn parse_optional_count(raw: &str, field: Noun, max: i64) -> Result<Option<i64>, Problem> {
    let cleaned: String = raw.trim().chars().filter(|c| *c != ',').collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    match cleaned.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(Some(n)),
        Ok(_) => Err(Problem::OutOfRange { field, min: 0, max }),
        Err(_) => Err(Problem::NotAWholeNumber { field }),
    }
}

/// Month-on-month growth in percent, one decimal: `12`, `12.5`, `-3`.
pub fn parse_growth(raw: &str) -> Result<Option<f64>, Problem> {
    let raw = raw.trim().trim_end_matches('%').trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match raw.parse::<f64>() {
        Ok(v) if v.is_finite() && (-100.0..=10_000.0).contains(&v) => {
            Ok(Some((v * 10.0).round() / 10.0))
        }
        Ok(_) => Err(Problem::GrowthOutOfRange),
        Err(_) => Err(Problem::GrowthNotANumber),
    }
}

/// An `http(s)://` address; a bare `example.com` gets `https://` in front.
pub fn parse_url(raw: &str, field: Noun, max: usize) -> Result<Option<String>, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if raw.chars().count() > max {
        return Err(Problem::AtMost { field, max });
    }
    let lower = raw.to_ascii_lowercase();
    let url = if lower.starts_with("https://") || lower.starts_with("http://") {
        raw.to_string()
    } else if lower.contains("://") {
        return Err(Problem::NotHttp { field });
    } else {
        format!("https://{raw}")
    };
    let host = url
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or_default())
        .unwrap_or_default();
    let valid_host = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !valid_host || url.chars().any(char::is_whitespace) {
        return Err(Problem::NotAWebAddress { field });
    }
    Ok(Some(url))
}

/// Sectors as typed: one per line or separated by commas. The edition's tracks are
/// offered as suggestions; free tags are allowed too.
pub fn parse_sectors(raw: &str) -> Result<Vec<String>, Problem> {
    let mut sectors: Vec<String> = Vec::new();
    // Chinese writers separate with "，" or "、".
    for item in raw
        .split([',', '，', '、', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let item = bounded_text(item, Noun::Sector, 1, SECTOR_MAX_CHARS)?;
        if !sectors
            .iter()
            .any(|s| s.to_lowercase() == item.to_lowercase())
        {
            sectors.push(item);
        }
    }
    if sectors.is_empty() {
        return Err(Problem::NoSectors);
    }
    if sectors.len() > SECTORS_MAX {
        return Err(Problem::TooManySectors { max: SECTORS_MAX });
    }
    Ok(sectors)
}

/// The profile form exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StartupInput {
    pub name: String,
    pub one_liner: String,
    pub description: String,
    pub sectors: String,
    pub stage: String,
    pub country: String,
    pub city: String,
    pub founded_year: String,
    pub team_size: String,
    pub website: String,
    pub monthly_revenue: String,
    pub users: String,
    pub growth_pct: String,
    pub ask_amount: String,
    pub currency: String,
    pub instrument: String,
    pub pre_money_valuation: String,
    pub use_of_funds: String,
    pub raised_so_far: String,
    /// "on" when the founder opts in to the public showcase.
    pub showcase: String,
}

impl StartupInput {
    /// The form's fields as `(name, value)` pairs, to re-fill it after an error.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("name", &self.name),
            ("one_liner", &self.one_liner),
            ("description", &self.description),
            ("sectors", &self.sectors),
            ("stage", &self.stage),
            ("country", &self.country),
            ("city", &self.city),
            ("founded_year", &self.founded_year),
            ("team_size", &self.team_size),
            ("website", &self.website),
            ("monthly_revenue", &self.monthly_revenue),
            ("users", &self.users),
            ("growth_pct", &self.growth_pct),
            ("ask_amount", &self.ask_amount),
            ("currency", &self.currency),
            ("instrument", &self.instrument),
            ("pre_money_valuation", &self.pre_money_valuation),
            ("use_of_funds", &self.use_of_funds),
            ("raised_so_far", &self.raised_so_far),
            ("showcase", &self.showcase),
        ]
    }
}

/// A valid profile.
#[derive(Clone, Debug, PartialEq)]
pub struct StartupProfile {
    pub name: String,
    pub one_liner: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub stage: Stage,
    pub country: String,
    pub city: String,
    pub founded_year: i32,
    pub team_size: i32,
    pub website: Option<String>,
    pub monthly_revenue: Option<i64>,
    pub users: Option<i64>,
    pub growth_pct: Option<f64>,
    pub ask_amount: Option<i64>,
    pub currency: String,
    pub instrument: Option<Instrument>,
    pub pre_money_valuation: Option<i64>,
    pub use_of_funds: String,
    pub raised_so_far: Option<i64>,
    pub showcase: bool,
}

impl StartupInput {
    /// Checks every field at once; `this_year` bounds the founding year.
    pub fn parse(&self, this_year: i32) -> Result<StartupProfile, FieldErrors> {
        let mut e = FieldErrors::new();
        // The name goes into email subjects and bodies: one line.
        let name = e.check(
            "name",
            single_line(&self.name, Noun::StartupName, 1, NAME_MAX),
        );
        let one_liner = e.check(
            "one_liner",
            bounded_text(&self.one_liner, Noun::OneLiner, 1, ONE_LINER_MAX),
        );
        let description = e.check(
            "description",
            bounded_text(&self.description, Noun::Description, 0, DESCRIPTION_MAX),
        );
        let sectors = e.check("sectors", parse_sectors(&self.sectors));
        let stage = e.check("stage", Stage::parse(&self.stage));
        let country = e.check("country", parse_country(&self.country));
        let city = e.check("city", bounded_text(&self.city, Noun::City, 1, CITY_MAX));
        let founded_year = e.check("founded_year", {
            match self.founded_year.trim().parse::<i32>() {
                Ok(y) if (1900..=this_year).contains(&y) => Ok(y),
                Ok(_) => Err(Problem::FoundedOutOfRange { last: this_year }),
                Err(_) if self.founded_year.trim().is_empty() => Err(Problem::Required {
                    field: Noun::FoundedYear,
                }),
                Err(_) => Err(Problem::FoundedNotAYear),
            }
        });
        let team_size = e.check("team_size", {
            match self.team_size.trim().parse::<i32>() {
                Ok(n) if (1..=100_000).contains(&n) => Ok(n),
                Ok(_) => Err(Problem::TeamSizeOutOfRange),
                Err(_) if self.team_size.trim().is_empty() => Err(Problem::Required {
                    field: Noun::TeamSize,
                }),
                Err(_) => Err(Problem::NotAWholeNumber {
                    field: Noun::TeamSize,
                }),
            }
        });
        let website = e.check(
            "website",
            parse_url(&self.website, Noun::Website, WEBSITE_MAX),
        );
        let monthly_revenue = e.check(
            "monthly_revenue",
            parse_amount(&self.monthly_revenue, Noun::MonthlyRevenue),
        );
        let users = e.check(
            "users",
            parse_optional_count(&self.users, Noun::Users, 10_000_000_000),
        );
        let growth_pct = e.check("growth_pct", parse_growth(&self.growth_pct));
        let ask_amount = e.check(
            "ask_amount",
            parse_amount(&self.ask_amount, Noun::AmountAsked),
        );
        let currency = e.check(
            "currency",
            if self.currency.trim().is_empty() {
                Ok("CNY".to_string())
            } else {
                parse_currency(&self.currency)
            },
        );
        let instrument = e.check(
            "instrument",
            if self.instrument.trim().is_empty() {
                Ok(None)
            } else {
                Instrument::parse(&self.instrument).map(Some)
            },
        );
        let pre_money = e.check(
            "pre_money_valuation",
            parse_amount(&self.pre_money_valuation, Noun::PreMoneyValuation),
        );
        let use_of_funds = e.check(
            "use_of_funds",
            bounded_text(&self.use_of_funds, Noun::UseOfFunds, 0, USE_OF_FUNDS_MAX),
        );
        let raised = e.check(
            "raised_so_far",
            parse_amount(&self.raised_so_far, Noun::RaisedSoFar),
        );
        if let (Some(Some(_)), Some(None)) = (ask_amount, instrument) {
            e.add("instrument", Problem::InstrumentNeeded);
        }
        if let (Some(Some(pre)), Some(Some(ask))) = (pre_money, ask_amount) {
            if pre > 0 && ask > pre * 10 {
                e.add("ask_amount", Problem::AskOverValuation);
            }
        }
        e.clone().into_result()?;
        let profile = (|| {
            Some(StartupProfile {
                name: name?,
                one_liner: one_liner?,
                description: description?,
                sectors: sectors?,
                stage: stage?,
                country: country?,
                city: city?,
                founded_year: founded_year?,
                team_size: team_size?,
                website: website?,
                monthly_revenue: monthly_revenue?,
                users: users?,
                growth_pct: growth_pct?,
                ask_amount: ask_amount?,
                currency: currency?,
                instrument: instrument?,
                pre_money_valuation: pre_money?,
                use_of_funds: use_of_funds?,
                raised_so_far: raised?,
                showcase: matches!(self.showcase.trim(), "on" | "true" | "1" | "yes"),
            })
        })();
        profile.ok_or(e)
    }
}

/// `1,500,000`: whole amounts with thousands separators.
pub fn format_amount(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if amount < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// The most startups one founder may be on the team of (each can carry a logo and a
/// deck per edition). A conference founder has one or two; this stops a script.
pub const MAX_STARTUPS_PER_FOUNDER: u64 = 10;

/// Whether a founder already on `teams` startups may create another.
pub fn may_create(teams: u64) -> Result<(), Refusal> {
    if teams >= MAX_STARTUPS_PER_FOUNDER {
        Err(Refusal::TooManyStartups { teams })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Any amount field: the problems name the field they were found in.
    const A: Noun = Noun::AmountAsked;

    #[test]
    fn a_founder_may_create_up_to_the_cap() {
        assert!(may_create(0).is_ok());
        assert!(may_create(MAX_STARTUPS_PER_FOUNDER - 1).is_ok());
        assert_eq!(
            may_create(MAX_STARTUPS_PER_FOUNDER),
            Err(Refusal::TooManyStartups {
                teams: MAX_STARTUPS_PER_FOUNDER
            })
        );
    }

    pub fn valid_input() -> StartupInput {
        StartupInput {
            name: "Tidal Grid".into(),
            one_liner: "Batteries that trade power for harbours.".into(),
            description: "".into(),
            sectors: "Clean energy, storage".into(),
            stage: "seed".into(),
            country: "cn".into(),
            city: "Shanghai".into(),
            founded_year: "2023".into(),
            team_size: "12".into(),
            website: "tidalgrid.example".into(),
            ask_amount: "1.5m".into(),
            currency: "usd".into(),
            instrument: "safe".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_profile_parses() {
        let p = valid_input().parse(2026).unwrap();
        assert_eq!(p.country, "CN");
        assert_eq!(p.sectors, vec!["Clean energy", "storage"]);
        assert_eq!(p.ask_amount, Some(1_500_000));
        assert_eq!(p.currency, "USD");
        assert_eq!(p.website.as_deref(), Some("https://tidalgrid.example"));
        assert!(!p.showcase);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let input = StartupInput {
            one_liner: "x".repeat(141),
            founded_year: "2031".into(),
            team_size: "0".into(),
            website: "not a site".into(),
            ask_amount: "lots".into(),
            ..Default::default()
        };
        let errors = input.parse(2026).unwrap_err();
        for field in [
            "name",
            "one_liner",
            "sectors",
            "stage",
            "country",
            "city",
            "founded_year",
            "team_size",
            "website",
            "ask_amount",
        ] {
            assert!(errors.get(field).is_some(), "{field} should be refused");
        }
        assert_eq!(
            errors.get("one_liner"),
            Some(&Problem::TooLong {
                field: Noun::OneLiner,
                max: 140,
                len: 141
            })
        );
        assert_eq!(
            errors.get("founded_year"),
            Some(&Problem::FoundedOutOfRange { last: 2026 })
        );
        assert_eq!(
            errors.get("stage"),
            Some(&Problem::Required { field: Noun::Stage })
        );
        assert_eq!(errors.get("team_size"), Some(&Problem::TeamSizeOutOfRange));
        assert_eq!(
            errors.get("ask_amount"),
            Some(&Problem::NotAnAmount {
                field: Noun::AmountAsked
            })
        );
    }

    #[test]
    fn sectors_split_on_chinese_commas_too() {
        assert_eq!(
            parse_sectors("人工智能，金融科技、物流,AI"),
            Ok(vec![
                "人工智能".into(),
                "金融科技".into(),
                "物流".into(),
                "AI".into()
            ])
        );
    }

    #[test]
    fn an_ask_needs_an_instrument() {
        let input = StartupInput {
            instrument: "".into(),
            ..valid_input()
        };
        assert_eq!(
            input.parse(2026).unwrap_err().get("instrument"),
            Some(&Problem::InstrumentNeeded)
        );
    }

    #[test]
    fn amounts_read_as_people_write_them() {
        assert_eq!(parse_amount("1,500,000", A), Ok(Some(1_500_000)));
        assert_eq!(parse_amount("800k", A), Ok(Some(800_000)));
        assert_eq!(parse_amount("2.25M", A), Ok(Some(2_250_000)));
        assert_eq!(parse_amount("150万", A), Ok(Some(1_500_000)));
        assert_eq!(parse_amount("1.5亿", A), Ok(Some(150_000_000)));
        assert_eq!(
            parse_amount("万", A),
            Err(Problem::NotAnAmount { field: A })
        );
        assert_eq!(parse_amount("", A), Ok(None));
        assert_eq!(
            parse_amount("-5", A),
            Err(Problem::NotAnAmount { field: A })
        );
        assert_eq!(
            parse_amount("12.5", A),
            Err(Problem::NotAnAmount { field: A })
        );
        assert_eq!(
            parse_amount("2000000000b", A),
            Err(Problem::AmountTooLarge { field: A })
        );
        assert_eq!(format_amount(1_500_000), "1,500,000");
        assert_eq!(format_amount(999), "999");
    }

    proptest! {
        #[test]
        fn formatted_amounts_parse_back(n in 0i64..AMOUNT_MAX) {
            prop_assert_eq!(parse_amount(&format_amount(n), A), Ok(Some(n)));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}") {
            let _ = parse_amount(&s, A);
            let _ = parse_url(&s, Noun::Website, 200);
            let _ = parse_growth(&s);
            let _ = parse_sectors(&s);
        }
    }
}
