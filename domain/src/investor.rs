//! An investor's profile and thesis: what they fund, used for conflicts, assignment
//! and recommendations.

use crate::country::parse_country;
use crate::problem::{Noun, Problem};
use crate::startup::{parse_amount, parse_currency, parse_sectors, parse_url, Stage};
use crate::validation::{bounded_text, single_line, FieldErrors};
use serde::{Deserialize, Serialize};

pub const PORTFOLIO_MAX: usize = 100;

/// The profile form exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvestorInput {
    pub firm: String,
    pub title: String,
    /// Comma- or line-separated, like a startup's sectors.
    pub sectors: String,
    /// Stage codes separated by commas (`seed, series_a`), as the checkboxes send them.
    pub stages: String,
    pub ticket_min: String,
    pub ticket_max: String,
    pub currency: String,
    /// ISO country codes separated by commas.
    pub geographies: String,
    /// One company a line: `Name` or `Name, https://site`.
    pub portfolio: String,
}

impl InvestorInput {
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("firm", &self.firm),
            ("title", &self.title),
            ("sectors", &self.sectors),
            ("stages", &self.stages),
            ("ticket_min", &self.ticket_min),
            ("ticket_max", &self.ticket_max),
            ("currency", &self.currency),
            ("geographies", &self.geographies),
            ("portfolio", &self.portfolio),
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thesis {
    pub firm: String,
    pub title: String,
    pub sectors: Vec<String>,
    pub stages: Vec<Stage>,
    pub ticket_min: Option<i64>,
    pub ticket_max: Option<i64>,
    pub currency: String,
    pub geographies: Vec<String>,
    /// `(name, website)`; the website may be empty.
    pub portfolio: Vec<(String, String)>,
}

fn parse_list<T>(raw: &str, item: impl Fn(&str) -> Result<T, Problem>) -> Result<Vec<T>, Problem> {
    raw.split([',', '，', '、', '\n', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(item)
        .collect()
}

/// Stages as people write them: codes or labels, any case (`Seed, series A, pre-seed`).
pub fn parse_stages(raw: &str) -> Result<Vec<Stage>, Problem> {
    let key = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric() || *c == '+')
            .collect::<String>()
            .to_lowercase()
            .replace("plus", "+")
    };
    let mut stages = Vec::new();
    for item in raw
        .split([',', '，', '、', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let stage = Stage::ALL
            .iter()
            .copied()
            .find(|st| key(st.as_str()) == key(item) || key(st.label()) == key(item))
            .ok_or_else(|| Problem::NotAStage {
                value: item.to_string(),
            })?;
        if !stages.contains(&stage) {
            stages.push(stage);
        }
    }
    Ok(stages)
}

pub fn parse_portfolio(raw: &str) -> Result<Vec<(String, String)>, Problem> {
    let mut companies = Vec::new();
    for (n, line) in raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        // "Name, site" with an ASCII or a Chinese comma.
        let (name, site) = match line.split_once([',', '，']) {
            Some((name, site)) => (name.trim(), site.trim()),
            None => (line, ""),
        };
        let at_line = |p: Problem| p.at_line(n + 1);
        let name = bounded_text(name, Noun::CompanyName, 1, 100).map_err(at_line)?;
        let site = parse_url(site, Noun::CompanyWebsite, 200)
            .map_err(at_line)?
            .unwrap_or_default();
        companies.push((name, site));
    }
    if companies.len() > PORTFOLIO_MAX {
        return Err(Problem::TooManyCompanies { max: PORTFOLIO_MAX });
    }
    Ok(companies)
}

impl InvestorInput {
    pub fn parse(&self) -> Result<Thesis, FieldErrors> {
        let mut e = FieldErrors::new();
        let firm = e.check(
            "firm",
            crate::validation::name_line(&self.firm, Noun::Firm, 1, 120),
        );
        let title = e.check("title", single_line(&self.title, Noun::JobTitle, 0, 80));
        let sectors = e.check("sectors", parse_sectors(&self.sectors));
        let stages = e.check("stages", {
            parse_stages(&self.stages).and_then(|s| {
                if s.is_empty() {
                    Err(Problem::NoStages)
                } else {
                    Ok(s)
                }
            })
        });
        let ticket_min = e.check(
            "ticket_min",
            parse_amount(&self.ticket_min, Noun::SmallestTicket),
        );
        let ticket_max = e.check(
            "ticket_max",
            parse_amount(&self.ticket_max, Noun::LargestTicket),
        );
        let currency = e.check(
            "currency",
            if self.currency.trim().is_empty() {
                Ok("USD".to_string())
            } else {
                parse_currency(&self.currency)
            },
        );
        let geographies = e.check("geographies", parse_list(&self.geographies, parse_country));
        let portfolio = e.check("portfolio", parse_portfolio(&self.portfolio));
        if let (Some(Some(min)), Some(Some(max))) = (ticket_min, ticket_max) {
            if max < min {
                e.add("ticket_max", Problem::TicketsReversed);
            }
        }
        e.clone().into_result()?;
        (|| {
            Some(Thesis {
                firm: firm?,
                title: title?,
                sectors: sectors?,
                stages: stages?,
                ticket_min: ticket_min?,
                ticket_max: ticket_max?,
                currency: currency?,
                geographies: geographies?,
                portfolio: portfolio?,
            })
        })()
        .ok_or(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> InvestorInput {
        InvestorInput {
            firm: "Harbour Ventures".into(),
            title: "Partner".into(),
            sectors: "AI, Clean energy".into(),
            stages: "seed, Series A".into(),
            ticket_min: "500k".into(),
            ticket_max: "3m".into(),
            currency: "usd".into(),
            geographies: "cn sg".into(),
            portfolio: "Tidal Grid, tidalgrid.example\nAurora Bio".into(),
        }
    }

    #[test]
    fn a_complete_thesis_parses() {
        let t = input().parse().unwrap();
        assert_eq!(t.stages, vec![Stage::Seed, Stage::SeriesA]);
        assert_eq!(t.ticket_max, Some(3_000_000));
        assert_eq!(t.geographies, vec!["CN", "SG"]);
        assert_eq!(
            t.portfolio[0],
            ("Tidal Grid".into(), "https://tidalgrid.example".into())
        );
        assert_eq!(t.portfolio[1].1, "");
    }

    #[test]
    fn bad_fields_are_all_reported() {
        let bad = InvestorInput {
            firm: String::new(),
            stages: "unicorn".into(),
            ticket_min: "5m".into(),
            ticket_max: "1m".into(),
            geographies: "XX".into(),
            ..input()
        };
        let e = bad.parse().unwrap_err();
        assert_eq!(
            e.get("firm"),
            Some(&Problem::Required { field: Noun::Firm })
        );
        assert_eq!(
            e.get("stages"),
            Some(&Problem::NotAStage {
                value: "unicorn".into()
            })
        );
        assert_eq!(e.get("ticket_max"), Some(&Problem::TicketsReversed));
        assert_eq!(
            e.get("geographies"),
            Some(&Problem::NotACountry { value: "XX".into() })
        );
        let no_stage = InvestorInput {
            stages: " , ".into(),
            ..input()
        };
        assert_eq!(
            no_stage.parse().unwrap_err().get("stages"),
            Some(&Problem::NoStages)
        );
    }

    #[test]
    fn a_portfolio_line_may_use_a_chinese_comma() {
        // A conflict of interest is found by the company's name and site, so both must
        // come apart whichever comma the investor typed.
        assert_eq!(
            parse_portfolio("Aurora Bio，aurora.example\n潮汐电网, tidalgrid.cn"),
            Ok(vec![
                (
                    "Aurora Bio".to_string(),
                    "https://aurora.example".to_string()
                ),
                ("潮汐电网".to_string(), "https://tidalgrid.cn".to_string()),
            ])
        );
    }

    #[test]
    fn a_bad_portfolio_line_is_named_by_its_number() {
        assert_eq!(
            parse_portfolio("Tidal Grid\n , tidalgrid.example"),
            Err(Problem::Required {
                field: Noun::CompanyName
            }
            .at_line(2))
        );
        assert_eq!(
            parse_portfolio("Tidal Grid, ftp://tidal"),
            Err(Problem::NotHttp {
                field: Noun::CompanyWebsite
            }
            .at_line(1))
        );
    }
}
