//! Dates, times and amounts as a reader of each language expects them. Times are
//! always shown in the edition's time zone, with its name, never in the server's.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use domain::lang::Lang;

/// "5 Jan 2027" / "2027年1月5日".
pub fn date(lang: Lang, day: NaiveDate) -> String {
    match lang {
        Lang::En => day.format("%-d %b %Y").to_string(),
        Lang::Zh => day.format("%Y年%-m月%-d日").to_string(),
    }
}

/// A local wall-clock time: "5 Jan 2027, 09:30" / "2027年1月5日 09:30".
pub fn local_date_time(lang: Lang, at: NaiveDateTime) -> String {
    match lang {
        Lang::En => at.format("%-d %b %Y, %H:%M").to_string(),
        Lang::Zh => at.format("%Y年%-m月%-d日 %H:%M").to_string(),
    }
}

/// An instant in `zone`, with the zone's name: "5 Jan 2027, 09:30 (Asia/Shanghai)".
pub fn date_time_in(lang: Lang, at: DateTime<Utc>, zone: Tz) -> String {
    let local = local_date_time(lang, at.with_timezone(&zone).naive_local());
    match lang {
        Lang::En => format!("{local} ({})", zone_name(lang, zone.name())),
        Lang::Zh => format!("{local}（{}）", zone_name(lang, zone.name())),
    }
}

/// [`date_time_in`] for a zone by its IANA name (UTC for a name that is not one).
pub fn date_time_in_named(lang: Lang, at: DateTime<Utc>, iana: &str) -> String {
    date_time_in(lang, at, iana.parse().unwrap_or(Tz::UTC))
}

/// A time zone as readers of `lang` call it: Chinese readers know "北京时间", not
/// "Asia/Shanghai"; zones without a common Chinese name, and English, keep the IANA name,
/// which is unambiguous and what the edition form takes.
pub fn zone_name(lang: Lang, iana: &str) -> String {
    let chinese = match iana {
        "Asia/Shanghai" | "Asia/Chongqing" | "Asia/Harbin" | "Asia/Urumqi" | "PRC" => "北京时间",
        "Asia/Hong_Kong" => "香港时间",
        "Asia/Macau" => "澳门时间",
        "Asia/Singapore" => "新加坡时间",
        "Asia/Tokyo" => "东京时间",
        "Asia/Seoul" => "首尔时间",
        "Europe/London" => "伦敦时间",
        "Europe/Paris" => "巴黎时间",
        "Europe/Berlin" => "柏林时间",
        "America/New_York" => "纽约时间",
        "America/Los_Angeles" => "洛杉矶时间",
        "UTC" | "Etc/UTC" => "协调世界时",
        _ => iana,
    };
    match lang {
        Lang::En => iana.to_string(),
        Lang::Zh => chinese.to_string(),
    }
}

/// 1234567 → "1,234,567" (both languages group by thousands in figures).
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The symbol a reader of either language recognises for an ISO 4217 code (the
/// ambiguous "$" and "¥" only where the conference's readers expect them).
fn currency_symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "CNY" => "¥",
        "USD" => "US$",
        "EUR" => "€",
        "GBP" => "£",
        "HKD" => "HK$",
        "JPY" => "JP¥",
        "SGD" => "S$",
        _ => return None,
    })
}

/// An amount in whole units of `currency`: "¥20,000,000", "US$500,000", "CHF 80,000".
pub fn money(lang: Lang, amount: i64, currency: &str) -> String {
    let _ = lang; // both languages write amounts alike today
    match currency_symbol(currency) {
        Some(symbol) if amount < 0 => format!("-{symbol}{}", &grouped(amount)[1..]),
        Some(symbol) => format!("{symbol}{}", grouped(amount)),
        None => format!("{currency} {}", grouped(amount)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 5).unwrap();
        assert_eq!(date(Lang::En, day), "5 Jan 2027");
        assert_eq!(date(Lang::Zh, day), "2027年1月5日");
        let at = Utc.with_ymd_and_hms(2027, 1, 5, 1, 30, 0).unwrap();
        assert_eq!(
            date_time_in(Lang::Zh, at, chrono_tz::Asia::Shanghai),
            "2027年1月5日 09:30（北京时间）"
        );
        assert_eq!(
            date_time_in(Lang::En, at, chrono_tz::Europe::Berlin),
            "5 Jan 2027, 02:30 (Europe/Berlin)"
        );
    }

    #[test]
    fn amounts_carry_their_currency_and_grouping() {
        assert_eq!(money(Lang::Zh, 20_000_000, "CNY"), "¥20,000,000");
        assert_eq!(money(Lang::En, 500_000, "USD"), "US$500,000");
        assert_eq!(money(Lang::En, 999, "EUR"), "€999");
        assert_eq!(money(Lang::En, 80_000, "CHF"), "CHF 80,000");
        assert_eq!(money(Lang::En, -1_000, "GBP"), "-£1,000");
        assert_eq!(
            money(Lang::Zh, i64::MIN, "CNY"),
            "-¥9,223,372,036,854,775,808"
        );
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(-1_234_567), "-1,234,567");
        assert_eq!(grouped(i64::MIN), "-9,223,372,036,854,775,808");
    }
}
