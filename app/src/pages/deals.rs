//! Signed agreements: `/staff/deals` (an edition picker, the agreements, the edition's
//! totals by currency and converted at the rates staff set, per track and per country,
//! the rates form and a record form) and `/deals` (the reader's own agreements and a
//! record form for the parties). Plain forms.

use crate::api::deals::{
    get_deals_staff, get_my_deals, AnswerAgreement, RecordAgreement, SaveRates,
};
use crate::components::forms::{loaded, Field, FormError, SelectField, Submit, TextAreaField};
use crate::components::labels;
use crate::components::layout::RequireRole;
use crate::error::AppError;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use crate::pages::showcase::query_value;
use domain::account::Role;
use domain::deals::{AgreementKind, AgreementStatus, Confirmer, Totals};
use domain::lang::Lang;
use i18n::format::{date, money};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_location;
use uuid::Uuid;
use wire::{AgreementRow, Choice, DealsStaff, MyDeals};

/// Hundredths of `currency` as money with two decimals: 277500000 → ¥2,775,000.00.
pub fn minor_money(lang: Lang, minor: i64, currency: &str) -> String {
    let whole = money(lang, minor / 100, currency);
    format!("{whole}.{:02}", (minor % 100).abs())
}

fn by_currency(lang: Lang, t: &Totals) -> String {
    t.by_currency
        .iter()
        .map(|(c, v)| money(lang, *v, c))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn converted(lang: Lang, t: &Totals, reporting: &str) -> String {
    if t.too_large {
        return t!(lang, "deals-too-large");
    }
    if reporting.is_empty() {
        return t!(lang, "deals-no-rates");
    }
    let value = minor_money(lang, t.converted_minor, reporting);
    if t.unconverted.is_empty() {
        value
    } else {
        t!(
            lang,
            "deals-converted-without",
            value = value,
            currencies = t.unconverted.join(", ")
        )
    }
}

fn choices(prompt: String, all: &[Choice]) -> Vec<(String, String)> {
    std::iter::once((String::new(), prompt))
        .chain(all.iter().map(|c| (c.id.to_string(), c.label.clone())))
        .collect()
}

/// Where an agreement stands, in words: confirmed, declined, or whose answer it awaits.
fn status_words(lang: Lang, a: &AgreementRow) -> String {
    match (a.status, a.waiting_for) {
        (AgreementStatus::Confirmed, _) => t!(lang, "deals-status-confirmed"),
        (AgreementStatus::Declined, _) => t!(lang, "deals-status-declined"),
        (AgreementStatus::Pending, Some(Confirmer::Team)) => t!(lang, "deals-awaits-team"),
        (AgreementStatus::Pending, Some(Confirmer::Counterparty)) => {
            t!(lang, "deals-awaits-counterparty")
        }
        (AgreementStatus::Pending, _) => t!(lang, "deals-awaits-staff"),
    }
}

/// Confirm and decline buttons for a pending agreement the reader answers.
#[component]
fn AnswerForms(id: Uuid, staff: bool) -> impl IntoView {
    let lang = use_lang();
    let answer = ServerAction::<AnswerAgreement>::new();
    let error = action_error(answer);
    let button = move |value: &'static str, label: String, class: &'static str| {
        view! {
            <ActionForm action=answer attr:class="inline-form">
                <input type="hidden" name="agreement" value=id.to_string()/>
                <input type="hidden" name="answer" value=value/>
                <input type="hidden" name="back" value=if staff { "staff" } else { "" }/>
                <button type="submit" class=class>{label}</button>
            </ActionForm>
        }
    };
    view! {
        <FormError error/>
        <div class="row-actions">
            {button("confirmed", t!(lang, "deals-confirm"), "button")}
            {button("declined", t!(lang, "deals-decline"), "button secondary")}
        </div>
    }
}

/// Staff withdraw a confirmed agreement from the results (it then reads "declined").
#[component]
fn WithdrawForm(id: Uuid) -> impl IntoView {
    let lang = use_lang();
    let answer = ServerAction::<AnswerAgreement>::new();
    let error = action_error(answer);
    view! {
        <FormError error/>
        <ActionForm action=answer attr:class="inline-form">
            <input type="hidden" name="agreement" value=id.to_string()/>
            <input type="hidden" name="answer" value="declined"/>
            <input type="hidden" name="back" value="staff"/>
            <button type="submit" class="button secondary">{t!(lang, "deals-withdraw")}</button>
        </ActionForm>
    }
}

#[component]
fn AgreementTable(rows: Vec<AgreementRow>, staff: bool) -> impl IntoView {
    let lang = use_lang();
    if rows.is_empty() {
        return view! { <p class="muted">{t!(lang, "deals-none")}</p> }.into_any();
    }
    view! {
        <table class="table stack-on-phone">
            <thead><tr>
                <th>{t!(lang, "deals-signed-on")}</th><th>{t!(lang, "deals-kind")}</th><th>{t!(lang, "deals-startup")}</th>
                <th>{t!(lang, "deals-counterparty")}</th><th>{t!(lang, "deals-amount")}</th><th>{t!(lang, "deals-from")}</th>
                <th>{t!(lang, "deals-status")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|a| {
                    let status = status_words(lang, &a);
                    view! {
                        <tr>
                            <td>{date(lang, a.signed_on)}</td>
                            <td>{labels::agreement_kind(lang, a.kind)}</td>
                            <td>{a.startup_name.clone()}</td>
                            <td>{a.counterparty.clone()}</td>
                            <td>{money(lang, a.amount, &a.currency)}</td>
                            <td>{a.need_title.clone().unwrap_or_default()} " " <span class="muted">{a.edition_name.clone()}</span></td>
                            <td>
                                <span class=format!("status status-{}", a.status.as_str())>{status}</span>
                                {a.reader_answers.then(|| view! { <AnswerForms id=a.id staff/> })}
                                {a.reader_withdraws.then(|| view! { <WithdrawForm id=a.id/> })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The record form. `edition` is the staff page's edition (none: the current one).
#[component]
fn RecordForm(
    startups: Vec<Choice>,
    counterparties: Vec<Choice>,
    needs: Vec<Choice>,
    #[prop(optional)] meetings: Vec<Choice>,
    edition: Option<Uuid>,
    staff: bool,
) -> impl IntoView {
    let lang = use_lang();
    let record = ServerAction::<RecordAgreement>::new();
    let error: Signal<Option<AppError>> = action_error(record);
    let kinds: Vec<(String, String)> = AgreementKind::ALL
        .iter()
        .map(|&k| (k.as_str().to_string(), labels::agreement_kind(lang, k)))
        .collect();
    let currencies = labels::currency_options(lang);
    view! {
        <section class="card" aria-labelledby="record-title">
            <h2 id="record-title">{t!(lang, "deals-record")}</h2>
            <FormError error/>
            <ActionForm action=record attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=edition.map(|e| e.to_string()).unwrap_or_default()/>
                <input type="hidden" name="back" value=if staff { "staff" } else { "" }/>
                <SelectField label=t!(lang, "deals-kind") name="kind" options=kinds error/>
                <SelectField label=t!(lang, "deals-startup") name="startup" options=choices(t!(lang, "deals-choose-startup"), &startups) error/>
                {(!counterparties.is_empty()).then(|| view! {
                    <SelectField label=t!(lang, "deals-counterparty-account") name="counterparty" options=choices(t!(lang, "deals-no-account"), &counterparties) error/>
                })}
                <Field label=t!(lang, "deals-counterparty-name") name="counterparty_name" hint=t!(lang, "deals-counterparty-hint") error/>
                <Field label=t!(lang, "deals-amount") name="amount" required=true hint=t!(lang, "needs-budget-hint") error/>
                <SelectField label=t!(lang, "needs-field-currency") name="currency" options=currencies initial="CNY".to_string() error/>
                <Field label=t!(lang, "deals-signed-on") name="signed_on" kind="date" required=true error/>
                {(!needs.is_empty()).then(|| view! {
                    <SelectField label=t!(lang, "deals-need") name="need" options=choices(t!(lang, "deals-no-need"), &needs) error/>
                })}
                {(!meetings.is_empty()).then(|| view! {
                    <SelectField label=t!(lang, "deals-meeting") name="meeting" options=choices(t!(lang, "deals-no-meeting"), &meetings) error/>
                })}
                {(!staff).then(|| view! { <p class="muted">{t!(lang, "deals-confirm-hint")}</p> })}
                <div class="form-actions"><Submit label=t!(lang, "deals-record-submit") pending=record.pending()/></div>
            </ActionForm>
        </section>
    }
}

#[component]
fn TotalsTable(
    title: String,
    groups: Vec<(String, Totals)>,
    reporting: String,
    country: bool,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <h3>{title}</h3>
        <table class="table stack-on-phone">
            <thead><tr><th></th><th>{t!(lang, "deals-count")}</th><th>{t!(lang, "deals-by-currency")}</th><th>{t!(lang, "deals-converted")}</th></tr></thead>
            <tbody>
                {groups.into_iter().map(|(name, t)| {
                    let name = if name.is_empty() {
                        t!(lang, "deals-no-track")
                    } else if country {
                        labels::country(lang, &name)
                    } else {
                        name
                    };
                    view! {
                        <tr><th scope="row">{name}</th><td>{t.count}</td><td>{by_currency(lang, &t)}</td><td>{converted(lang, &t, &reporting)}</td></tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn RatesForm(d: DealsStaff) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveRates>::new();
    let error = action_error(save);
    let currencies: Vec<(String, String)> =
        std::iter::once((String::new(), t!(lang, "deals-choose-reporting")))
            .chain(labels::currency_options(lang))
            .collect();
    view! {
        <section class="card" aria-labelledby="rates-title">
            <h2 id="rates-title">{t!(lang, "deals-rates")}</h2>
            <p class="muted">{t!(lang, "deals-rates-hint")}</p>
            <FormError error/>
            <ActionForm action=save attr:class="grid-form" attr:novalidate=true>
                <input type="hidden" name="edition" value=d.edition_id.to_string()/>
                <SelectField label=t!(lang, "deals-reporting") name="reporting" options=currencies initial=d.reporting.clone() error/>
                <TextAreaField label=t!(lang, "deals-rates-lines") name="rates" rows=4 initial=d.rates.clone() hint=t!(lang, "deals-rates-example") error/>
                <div class="form-actions"><Submit label=t!(lang, "deals-save-rates") pending=save.pending()/></div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn StaffDealsPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let edition = query_value("edition");
    let data = Resource::new(
        move || location.search.get(),
        move |_| get_deals_staff(edition()),
    );
    view! {
        <Title text=t!(lang, "deals-staff-title")/>
        <RequireRole role=Role::Staff>
            <header class="page-header">
                <h1>{t!(lang, "deals-staff-title")}</h1>
                <p class="lead">{t!(lang, "deals-staff-lead")}</p>
            </header>
            <PageNotice/>
            {loaded(data, move |d: DealsStaff| {
                let chosen = d.edition_id;
                let all = d.totals.all.clone();
                let options = d
                    .editions
                    .iter()
                    .map(|e| view! { <option value=e.id.to_string() selected=e.id == chosen>{e.label.clone()}</option> })
                    .collect_view();
                let heading = t!(lang, "deals-totals", edition = d.edition_name.as_str());
                let count = t!(lang, "deals-total-count", count = all.count);
                let currencies = by_currency(lang, &all);
                let total = converted(lang, &all, &d.reporting);
                let by_track = d.totals.by_track.clone();
                let by_country = d.totals.by_country.clone();
                let reporting = d.reporting.clone();
                let reporting2 = d.reporting.clone();
                let rows = d.agreements.clone();
                let pending = d.pending;
                let (startups, counterparties, needs) =
                    (d.startups.clone(), d.counterparties.clone(), d.needs.clone());
                view! {
                    <Form method="GET" action="/staff/deals" attr:class="filters" attr:role="search">
                        <label>{t!(lang, "judging-setup-edition")} " "
                            <select name="edition">{options}</select>
                        </label>
                        <button type="submit" class="button">{t!(lang, "judging-show")}</button>
                    </Form>
                    <section class="card" aria-labelledby="totals-title">
                        <h2 id="totals-title">{heading}</h2>
                        <p class="total-line"><strong>{count}</strong></p>
                        <p>{t!(lang, "deals-by-currency")} ": " {currencies}</p>
                        <p>{t!(lang, "deals-converted")} ": " <strong class="converted-total">{total}</strong></p>
                        {(pending > 0).then(|| view! {
                            <p class="pending-note">{t!(lang, "deals-pending-count", count = pending)}</p>
                        })}
                        <p class="muted">{t!(lang, "deals-rounding")}</p>
                        <TotalsTable title=t!(lang, "deals-per-track") groups=by_track reporting=reporting country=false/>
                        <TotalsTable title=t!(lang, "deals-per-country") groups=by_country reporting=reporting2 country=true/>
                    </section>
                    <RatesForm d=d/>
                    <section aria-labelledby="agreements-title">
                        <h2 id="agreements-title">{t!(lang, "deals-agreements")}</h2>
                        <AgreementTable rows staff=true/>
                    </section>
                    <RecordForm startups counterparties needs edition=Some(chosen) staff=true/>
                }
            })}
        </RequireRole>
    }
}

#[component]
pub fn MyDealsPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let data = Resource::new(move || location.search.get(), |_| get_my_deals());
    view! {
        <Title text=t!(lang, "deals-mine-title")/>
        <header class="page-header">
            <h1>{t!(lang, "deals-mine-title")}</h1>
            <p class="lead">{t!(lang, "deals-mine-lead")}</p>
        </header>
        <PageNotice/>
        {loaded(data, move |d: MyDeals| view! {
            <AgreementTable rows=d.agreements.clone() staff=false/>
            {(!d.startups.is_empty() && d.edition_id.is_some()).then(|| view! {
                <p class="muted">{t!(lang, "deals-into-edition", edition = d.edition_name.as_str())}</p>
                <RecordForm startups=d.startups.clone() counterparties=d.counterparties.clone() needs=d.needs.clone() meetings=d.meetings.clone() edition=None staff=false/>
            })}
        })}
    }
}
