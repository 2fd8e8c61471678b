//! Signed agreements (deals) and an edition's totals: count, value by currency, and
//! value converted into one reporting currency at rates staff set per edition.
//!
//! Money arithmetic is integer only. Agreement amounts are whole units of their
//! currency (as every amount in Pitchline). A rate is "1 <CUR> = x <reporting>" with at
//! most six decimals, kept as millionths (`rate_micro`). Converted values are in
//! hundredths of the reporting currency ("minor units", cents or fen). Rounding: the
//! amounts of one currency are summed exactly first, then converted once and rounded
//! **half to even** (banker's rounding) to a hundredth; a group's converted total is
//! the sum of its currencies' rounded values. So the converted total always equals the
//! sum of the per-currency lines staff read, and rounding never drifts one way.

use crate::needs::parse_date;
use crate::problem::{Noun, Problem};
use crate::startup::{choice, parse_amount, parse_currency};
use crate::validation::{single_line, FieldErrors};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const COUNTERPARTY_MAX: usize = 120;
/// Six decimals: 1 USD = 7.123456 CNY.
pub const RATE_SCALE: i64 = 1_000_000;
/// No real rate is this large (1 KWD is about 3,000 KRW); keeps the arithmetic far from i128's edge.
pub const RATE_MAX_UNITS: i64 = 1_000_000;

choice!(
    /// What was signed.
    AgreementKind, Noun::AgreementKind, {
        Investment = "investment": "Investment",
        Mou = "mou": "MOU",
        Partnership = "partnership": "Partnership",
        Licensing = "licensing": "Licensing",
        Purchase = "purchase": "Purchase",
    }
);

/// The agreement form's values as typed (ids are read by the backend).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgreementInput {
    pub kind: String,
    pub amount: String,
    pub currency: String,
    pub signed_on: String,
    /// A counterparty without an account here (free text); may be empty when an account
    /// is chosen.
    pub counterparty_name: String,
}

impl AgreementInput {
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("kind", &self.kind),
            ("amount", &self.amount),
            ("currency", &self.currency),
            ("signed_on", &self.signed_on),
            ("counterparty_name", &self.counterparty_name),
        ]
    }

    /// Checks every field; `has_account` says whether an investor or corporate account
    /// was chosen as the counterparty (else the name is required); the signed date lies
    /// in `signed`: not in the future, not long before the edition (`earliest_signing`).
    pub fn parse(
        &self,
        has_account: bool,
        signed: SigningWindow,
    ) -> Result<Agreement, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = errors.check("kind", AgreementKind::parse(&self.kind));
        let amount = errors.check(
            "amount",
            parse_amount(&self.amount, Noun::Amount).and_then(|a| {
                a.ok_or(Problem::Required {
                    field: Noun::Amount,
                })
            }),
        );
        let currency = errors.check("currency", parse_currency(&self.currency));
        let signed_on = errors.check(
            "signed_on",
            parse_date(&self.signed_on, Noun::SignedOn).and_then(|d| signed.check(d)),
        );
        let name = if self.counterparty_name.trim().is_empty() && has_account {
            Some(String::new())
        } else {
            errors.check(
                "counterparty_name",
                single_line(
                    &self.counterparty_name,
                    Noun::Counterparty,
                    1,
                    COUNTERPARTY_MAX,
                ),
            )
        };
        errors.into_result()?;
        match (kind, amount, currency, signed_on, name) {
            (
                Some(kind),
                Some(amount),
                Some(currency),
                Some(signed_on),
                Some(counterparty_name),
            ) => Ok(Agreement {
                kind,
                amount,
                currency,
                signed_on,
                counterparty_name,
            }),
            _ => Err(FieldErrors::one(
                "kind",
                Problem::Required {
                    field: Noun::AgreementKind,
                },
            )),
        }
    }
}

/// A valid agreement's own values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    pub kind: AgreementKind,
    pub amount: i64,
    pub currency: String,
    pub signed_on: NaiveDate,
    pub counterparty_name: String,
}

/// The dates an agreement of an edition may be signed on: from a year before the
/// edition starts (deals prepared for the conference's signing ceremony; for an
/// edition still to come, a year before today) to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SigningWindow {
    pub earliest: NaiveDate,
    pub today: NaiveDate,
}

impl SigningWindow {
    pub fn for_edition(starts_on: NaiveDate, today: NaiveDate) -> Self {
        SigningWindow {
            earliest: earliest_signing(starts_on.min(today)),
            today,
        }
    }

    fn check(self, d: NaiveDate) -> Result<NaiveDate, Problem> {
        if d > self.today {
            Err(Problem::InTheFuture {
                field: Noun::SignedOn,
            })
        } else if d < self.earliest {
            Err(Problem::TooEarly {
                field: Noun::SignedOn,
                earliest: self.earliest,
            })
        } else {
            Ok(d)
        }
    }
}

/// A year before `day`: the earliest signing date counted for an edition from `day`.
pub fn earliest_signing(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(chrono::Days::new(365)).unwrap_or(day)
}

/// Who may record an agreement: staff any; a party only one it is a party to (a founder
/// of the startup, or the investor/corporate account named as counterparty).
pub fn may_record(staff: bool, on_team: bool, is_counterparty: bool) -> bool {
    staff || on_team || is_counterparty
}

choice!(
    /// Where a recorded agreement stands. Only confirmed ones count in totals: one side's
    /// word is not a deal until the other side (or staff) confirms it.
    AgreementStatus, Noun::AgreementStatus, {
        Pending = "pending": "Awaiting confirmation",
        Confirmed = "confirmed": "Confirmed",
        Declined = "declined": "Declined",
    }
);

/// Who recorded an agreement, as far as confirming it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordedBy {
    Staff,
    /// A founder of the startup.
    Team,
    /// The investor or corporate account named as counterparty.
    Counterparty,
}

choice!(
    /// Who must confirm an agreement before it counts: the startup's founders (the
    /// counterparty recorded it), the counterparty account (a founder recorded it), or
    /// staff (a founder recorded it with a counterparty who has no account here).
    Confirmer, Noun::AgreementStatus, {
        Team = "team": "The startup",
        Counterparty = "counterparty": "The counterparty",
        Staff = "staff": "Staff",
    }
);

/// Who must confirm what `by` recorded (`has_account`: the counterparty is an account
/// here); `None` when it counts at once (staff recorded it).
pub fn confirmer(by: RecordedBy, has_account: bool) -> Option<Confirmer> {
    match (by, has_account) {
        (RecordedBy::Staff, _) => None,
        (RecordedBy::Team, true) => Some(Confirmer::Counterparty),
        (RecordedBy::Team, false) => Some(Confirmer::Staff),
        (RecordedBy::Counterparty, _) => Some(Confirmer::Team),
    }
}

/// Whether a reader may confirm or decline a pending agreement: staff always, else only
/// the side that did not record it.
pub fn may_answer(
    waiting_for: Confirmer,
    staff: bool,
    on_team: bool,
    is_counterparty: bool,
) -> bool {
    staff
        || match waiting_for {
            Confirmer::Team => on_team,
            Confirmer::Counterparty => is_counterparty,
            Confirmer::Staff => false,
        }
}

/// An edition's conversion rates: the reporting currency and, per other currency, how
/// many reporting units one unit is worth, in millionths.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rates {
    pub reporting: String,
    pub micro: BTreeMap<String, i64>,
}

impl Rates {
    /// The rate of `currency` in millionths (the reporting currency is 1).
    pub fn rate(&self, currency: &str) -> Option<i64> {
        if currency == self.reporting {
            Some(RATE_SCALE)
        } else {
            self.micro.get(currency).copied()
        }
    }

    /// The rates form as it is shown: one `CUR x` line per rate.
    pub fn lines(&self) -> String {
        self.micro
            .iter()
            .map(|(c, m)| format!("{c} {}", format_rate(*m)))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A rate in millionths as a decimal with no trailing zeros: 7100000 → "7.1".
pub fn format_rate(micro: i64) -> String {
    let whole = micro / RATE_SCALE;
    let frac = micro % RATE_SCALE;
    if frac == 0 {
        whole.to_string()
    } else {
        let digits = format!("{frac:06}");
        format!("{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// A positive decimal with at most six decimals, as millionths: "7.1" → 7_100_000.
pub fn parse_rate(raw: &str) -> Result<i64, Problem> {
    let raw = raw.trim().replace(',', "");
    let bad = || Problem::NotARate;
    let (whole, frac) = raw.split_once('.').unwrap_or((raw.as_str(), ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 6
        || whole.len() > 7
    {
        return Err(bad());
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let frac: i64 = format!("{frac:0<6}").parse().map_err(|_| bad())?;
    let micro = whole * RATE_SCALE + frac;
    if micro == 0 || whole > RATE_MAX_UNITS {
        return Err(bad());
    }
    Ok(micro)
}

/// The rates form: a reporting currency and lines `USD 7.1` (or `USD = 7.1`, or
/// `1 USD = 7.1 CNY` naming the reporting currency), one a line. Each line's problem is
/// named with its line number.
pub fn parse_rates(reporting: &str, lines: &str) -> Result<Rates, FieldErrors> {
    let mut errors = FieldErrors::new();
    let reporting = errors.check("reporting", parse_currency(reporting));
    let mut micro = BTreeMap::new();
    let mut problems = Vec::new();
    for (i, line) in lines.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match parse_rate_line(line, reporting.as_deref()) {
            Ok((currency, rate)) => {
                if Some(currency.as_str()) != reporting.as_deref() {
                    micro.insert(currency, rate);
                }
            }
            Err(p) => problems.push(p.at_line(i + 1)),
        }
    }
    match problems.len() {
        0 => {}
        1 => errors.add("rates", problems.remove(0)),
        _ => errors.add("rates", Problem::Several(problems)),
    }
    errors.into_result()?;
    Ok(Rates {
        reporting: reporting.unwrap_or_default(),
        micro,
    })
}

fn parse_rate_line(line: &str, reporting: Option<&str>) -> Result<(String, i64), Problem> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '=')
        .filter(|w| !w.is_empty())
        .collect();
    let (currency, rate) = match words.as_slice() {
        [currency, rate] => (*currency, *rate),
        ["1", currency, rate] => (*currency, *rate),
        ["1", currency, rate, to] => {
            if Some(to.to_ascii_uppercase().as_str()) != reporting {
                return Err(Problem::RateShape);
            }
            (*currency, *rate)
        }
        _ => return Err(Problem::RateShape),
    };
    let currency = parse_currency(currency)?;
    Ok((currency, parse_rate(rate)?))
}

/// `amount` whole units converted at `rate_micro`, in hundredths, rounded half to even.
pub fn convert_minor(amount: i64, rate_micro: i64) -> i128 {
    // amount × 100 × rate / 1e6 = amount × rate / 1e4, exactly, then rounded.
    let numerator = i128::from(amount) * i128::from(rate_micro);
    div_half_even(numerator, 10_000)
}

/// `n / d` rounded to the nearest integer, ties to the even one (`d` > 0).
pub fn div_half_even(n: i128, d: i128) -> i128 {
    let q = n.div_euclid(d);
    let r = n.rem_euclid(d);
    match (2 * r).cmp(&d) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q % 2 == 0 {
                q
            } else {
                q + 1
            }
        }
    }
}

/// One agreement as the totals count it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counted<'a> {
    pub amount: i64,
    pub currency: &'a str,
    pub track: &'a str,
    pub country: &'a str,
}

/// The totals of a set of agreements.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub count: u64,
    /// Whole units per currency, in currency-code order.
    pub by_currency: Vec<(String, i64)>,
    /// Hundredths of the reporting currency, of the currencies that have a rate.
    pub converted_minor: i64,
    /// Currencies with agreements but no rate: left out of `converted_minor`.
    pub unconverted: Vec<String>,
    /// A sum did not fit (amounts or rates mistyped by orders of magnitude): the page
    /// says so instead of showing a clipped number.
    pub too_large: bool,
}

fn totals_of<'a>(items: impl Iterator<Item = &'a Counted<'a>>, rates: &Rates) -> Totals {
    let mut count = 0;
    let mut sums: BTreeMap<&str, i128> = BTreeMap::new();
    for item in items {
        count += 1;
        *sums.entry(item.currency).or_default() += i128::from(item.amount);
    }
    let mut converted = 0i128;
    let mut unconverted = Vec::new();
    let mut by_currency = Vec::new();
    let mut too_large = false;
    for (currency, sum) in sums {
        by_currency.push((currency.to_string(), fit(sum, &mut too_large)));
        match rates.rate(currency) {
            Some(rate) => converted += div_half_even(sum * i128::from(rate), 10_000),
            None => unconverted.push(currency.to_string()),
        }
    }
    let converted_minor = fit(converted, &mut too_large);
    Totals {
        count,
        by_currency,
        converted_minor,
        unconverted,
        too_large,
    }
}

/// `v` as i64, or 0 with `too_large` set.
fn fit(v: i128, too_large: &mut bool) -> i64 {
    i64::try_from(v).unwrap_or_else(|_| {
        *too_large = true;
        0
    })
}

/// An edition's totals: all agreements, per track and per country (the startup's), each
/// group in name order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionTotals {
    pub all: Totals,
    pub by_track: Vec<(String, Totals)>,
    pub by_country: Vec<(String, Totals)>,
}

pub fn edition_totals(items: &[Counted<'_>], rates: &Rates) -> EditionTotals {
    let group = |key: fn(&Counted<'_>) -> String| {
        let mut keys: Vec<String> = items.iter().map(key).collect();
        keys.sort_unstable();
        keys.dedup();
        keys.into_iter()
            .map(|k| {
                let totals = totals_of(items.iter().filter(|i| key(i) == k), rates);
                (k, totals)
            })
            .collect()
    };
    EditionTotals {
        all: totals_of(items.iter(), rates),
        by_track: group(|i| i.track.to_string()),
        by_country: group(|i| i.country.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rates() -> Rates {
        parse_rates("CNY", "USD 7.1\n1 EUR = 7.7 CNY\nHKD = 0.91").unwrap()
    }

    #[test]
    fn rates_parse_in_three_shapes_and_name_bad_lines() {
        let r = rates();
        assert_eq!(r.rate("USD"), Some(7_100_000));
        assert_eq!(r.rate("EUR"), Some(7_700_000));
        assert_eq!(r.rate("HKD"), Some(910_000));
        assert_eq!(r.rate("CNY"), Some(RATE_SCALE));
        assert_eq!(r.rate("JPY"), None);
        assert_eq!(r.lines(), "EUR 7.7\nHKD 0.91\nUSD 7.1");
        let bad = parse_rates("CNY", "USD seven\nXYZ 1\nUSD -7\n1 USD = 7 EUR").unwrap_err();
        assert_eq!(
            bad.get("rates"),
            Some(&Problem::Several(vec![
                Problem::NotARate.at_line(1),
                Problem::NotInList {
                    field: Noun::Currency
                }
                .at_line(2),
                Problem::NotARate.at_line(3),
                Problem::RateShape.at_line(4),
            ]))
        );
        assert_eq!(
            parse_rates("", "").unwrap_err().get("reporting"),
            Some(&Problem::NotInList {
                field: Noun::Currency
            })
        );
        assert_eq!(parse_rate("0"), Err(Problem::NotARate));
        assert_eq!(parse_rate("1.1234567"), Err(Problem::NotARate));
        assert_eq!(parse_rate(".5"), Ok(500_000));
        assert_eq!(format_rate(7_123_450), "7.12345");
    }

    #[test]
    fn conversion_rounds_half_to_even_in_hundredths() {
        // 1 USD at 0.123455 → 12.3455 hundredths → 12.
        assert_eq!(convert_minor(1, 123_455), 12);
        // 1 unit at 0.005 = 0.5 hundredths: a tie, to even (0).
        assert_eq!(convert_minor(1, 5_000), 0);
        // 3 units: 1.5 hundredths, a tie, to even (2); 5 units: 2.5 → 2; 7 units: 3.5 → 4.
        assert_eq!(convert_minor(3, 5_000), 2);
        assert_eq!(convert_minor(5, 5_000), 2);
        assert_eq!(convert_minor(7, 5_000), 4);
        // 0.6 hundredths → 1, 0.4 → 0 (no tie: nearest).
        assert_eq!(convert_minor(6, 1_000), 1);
        assert_eq!(convert_minor(4, 1_000), 0);
        // Large: ¥61bn at 1 → 6.1e12 hundredths exactly.
        assert_eq!(convert_minor(61_000_000_000, RATE_SCALE), 6_100_000_000_000);
        assert_eq!(div_half_even(-5, 10), 0);
        assert_eq!(div_half_even(-15, 10), -2);
    }

    #[test]
    fn totals_sum_each_currency_then_convert_once() {
        let items = [
            Counted {
                amount: 2_000_000,
                currency: "USD",
                track: "Clean energy",
                country: "CN",
            },
            Counted {
                amount: 500_000,
                currency: "USD",
                track: "AI",
                country: "SG",
            },
            Counted {
                amount: 10_000_000,
                currency: "CNY",
                track: "Clean energy",
                country: "CN",
            },
            Counted {
                amount: 1_000,
                currency: "JPY",
                track: "AI",
                country: "CN",
            },
        ];
        let t = edition_totals(&items, &rates());
        assert_eq!(t.all.count, 4);
        assert_eq!(
            t.all.by_currency,
            vec![
                ("CNY".into(), 10_000_000),
                ("JPY".into(), 1_000),
                ("USD".into(), 2_500_000)
            ]
        );
        // 10,000,000 CNY + 2,500,000 × 7.1 = 27,750,000.00 CNY; JPY has no rate.
        assert_eq!(t.all.converted_minor, 2_775_000_000);
        assert_eq!(t.all.unconverted, vec!["JPY".to_string()]);
        assert_eq!(t.by_track.len(), 2);
        assert_eq!(t.by_track[0].0, "AI");
        assert_eq!(t.by_track[0].1.count, 2);
        assert_eq!(t.by_track[0].1.converted_minor, 355_000_000);
        assert_eq!(t.by_track[1].1.converted_minor, 2_420_000_000);
        assert_eq!(t.by_country[0].0, "CN");
        assert_eq!(t.by_country[0].1.count, 3);
        assert_eq!(t.by_country[1].1.converted_minor, 355_000_000);
    }

    #[test]
    fn an_agreement_form_names_each_bad_field() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let bad = AgreementInput {
            kind: "gift".into(),
            amount: "-100".into(),
            currency: "XXX".into(),
            signed_on: "2027-01-01".into(),
            counterparty_name: String::new(),
        };
        let window = SigningWindow::for_edition(today, today);
        let e = bad.parse(false, window).unwrap_err();
        assert_eq!(
            e.get("kind"),
            Some(&Problem::NotInList {
                field: Noun::AgreementKind
            })
        );
        assert_eq!(
            e.get("amount"),
            Some(&Problem::NotAnAmount {
                field: Noun::Amount
            })
        );
        assert_eq!(
            e.get("currency"),
            Some(&Problem::NotInList {
                field: Noun::Currency
            })
        );
        assert_eq!(
            e.get("signed_on"),
            Some(&Problem::InTheFuture {
                field: Noun::SignedOn
            })
        );
        assert_eq!(
            e.get("counterparty_name"),
            Some(&Problem::Required {
                field: Noun::Counterparty
            })
        );
        let good = AgreementInput {
            kind: "mou".into(),
            amount: "0".into(),
            currency: "usd".into(),
            signed_on: "2026-11-20".into(),
            counterparty_name: String::new(),
        };
        let a = good.parse(true, window).unwrap();
        assert_eq!(
            (a.kind, a.amount, a.currency.as_str()),
            (AgreementKind::Mou, 0, "USD")
        );
        assert!(may_record(false, true, false) && may_record(true, false, false));
        assert!(!may_record(false, false, false));
        let long_ago = AgreementInput {
            signed_on: "2025-11-21".into(),
            ..good.clone()
        };
        assert_eq!(
            long_ago.parse(true, window).unwrap_err().get("signed_on"),
            Some(&Problem::TooEarly {
                field: Noun::SignedOn,
                earliest: NaiveDate::from_ymd_opt(2025, 11, 22).unwrap(),
            })
        );
        let a_year_before = AgreementInput {
            signed_on: "2025-11-22".into(),
            ..good
        };
        assert!(a_year_before.parse(true, window).is_ok());
        // An edition still to come counts from a year before today.
        let future =
            SigningWindow::for_edition(NaiveDate::from_ymd_opt(2099, 9, 15).unwrap(), today);
        assert_eq!(future, window);
    }

    #[test]
    fn the_side_that_did_not_record_an_agreement_confirms_it() {
        use Confirmer::*;
        assert_eq!(confirmer(RecordedBy::Staff, false), None);
        assert_eq!(confirmer(RecordedBy::Team, true), Some(Counterparty));
        assert_eq!(confirmer(RecordedBy::Team, false), Some(Staff));
        assert_eq!(confirmer(RecordedBy::Counterparty, true), Some(Team));
        // The recorder never confirms their own word; staff always may.
        assert!(!may_answer(Counterparty, false, true, false));
        assert!(may_answer(Counterparty, false, false, true));
        assert!(!may_answer(Team, false, false, true));
        assert!(may_answer(Team, false, true, false));
        assert!(!may_answer(Staff, false, true, true));
        assert!(may_answer(Staff, true, false, false));
    }

    #[test]
    fn totals_too_large_to_add_up_are_flagged_not_clipped() {
        let rates = Rates {
            reporting: "CNY".into(),
            micro: BTreeMap::from([("USD".into(), RATE_MAX_UNITS * RATE_SCALE)]),
        };
        let huge = Counted {
            amount: crate::startup::AMOUNT_MAX,
            currency: "USD",
            track: "",
            country: "CN",
        };
        let t = edition_totals(&[huge.clone(), huge], &rates);
        assert!(t.all.too_large);
        assert_eq!(t.all.count, 2);
        let fine = edition_totals(
            &[Counted {
                amount: 5,
                currency: "CNY",
                track: "",
                country: "CN",
            }],
            &rates,
        );
        assert!(!fine.all.too_large);
        assert_eq!(fine.all.converted_minor, 500);
    }

    proptest! {
        /// Converting exactly then rounding once is within half a hundredth of the true
        /// value, and the converted total is the sum of the per-currency conversions.
        #[test]
        fn converted_totals_add_up(amounts in proptest::collection::vec((0i64..1_000_000_000, 0usize..3), 0..20), rate in 1i64..50_000_000) {
            let currencies = ["CNY", "USD", "EUR"];
            let rates = Rates { reporting: "CNY".into(), micro: BTreeMap::from([("USD".into(), rate), ("EUR".into(), rate / 2 + 1)]) };
            let items: Vec<Counted> = amounts.iter().map(|&(a, c)| Counted { amount: a, currency: currencies[c], track: "t", country: "CN" }).collect();
            let t = edition_totals(&items, &rates);
            let per_currency: i128 = t.all.by_currency.iter().map(|(c, s)| convert_minor(*s, rates.rate(c).unwrap())).sum();
            prop_assert_eq!(i128::from(t.all.converted_minor), per_currency);
            for (c, s) in &t.all.by_currency {
                let exact = i128::from(*s) * i128::from(rates.rate(c).unwrap());
                let rounded = convert_minor(*s, rates.rate(c).unwrap()) * 10_000;
                prop_assert!((exact - rounded).abs() <= 5_000);
            }
            prop_assert_eq!(t.all.count as usize, items.len());
        }
    }
}
