//! The investor workspace: profile and thesis.

use crate::api::investors::{my_investor_profile, SaveInvestorProfile};
use crate::components::forms::{loaded, Field, FormError, SelectField, Submit, TextAreaField};
use crate::components::layout::RequireRole;
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use domain::account::Role;
use domain::investor::InvestorInput;
use domain::startup::CURRENCIES;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn InvestorProfilePage() -> impl IntoView {
    let location = use_location();
    let profile = Resource::new(move || location.search.get(), |_| my_investor_profile());
    view! {
        <Title text="Investor profile"/>
        <RequireRole role=Role::Investor>
            <header class="page-header">
                <h1>"Profile and thesis"</h1>
                <p class="lead">"What you invest in. It finds conflicts of interest for you and decides which pitches you are asked to review first."</p>
            </header>
            <PageNotice/>
            {loaded(profile, |form: InvestorInput| view! { <InvestorForm form/> })}
        </RequireRole>
    }
}

#[component]
fn InvestorForm(form: InvestorInput) -> impl IntoView {
    let action = ServerAction::<SaveInvestorProfile>::new();
    let error = action_error(action);
    let currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|(c, n)| (c.to_string(), format!("{c} · {n}")))
        .collect();
    view! {
        <section class="card">
            <FormError error/>
            <ActionForm action attr:class="grid-form" attr:novalidate=true>
                <Field label="Firm" name="firm" maxlength=120 required=true initial=form.firm.clone() error/>
                <Field label="Title" name="title" maxlength=80 hint="Optional, e.g. Partner." initial=form.title.clone() error/>
                <Field label="Sectors" name="sectors" required=true hint="Separate with commas, at most 8, e.g. AI, Fintech." initial=form.sectors.clone() error/>
                <Field label="Stages" name="stages" required=true hint="Separate with commas: Idea, Pre-seed, Seed, Series A, Series B+, Growth." initial=form.stages.clone() error/>
                <Field label="Smallest ticket" name="ticket_min" hint="e.g. 250k" initial=form.ticket_min.clone() error/>
                <Field label="Largest ticket" name="ticket_max" hint="e.g. 2m" initial=form.ticket_max.clone() error/>
                <SelectField label="Currency" name="currency" options=currencies initial=form.currency.clone() error/>
                <Field label="Geographies" name="geographies" hint="Two-letter country codes, e.g. CN, SG, GB. Empty: anywhere." initial=form.geographies.clone() error/>
                <TextAreaField
                    label="Portfolio companies"
                    name="portfolio"
                    hint="One a line: name, then optionally a comma and the website. Used to flag conflicts of interest."
                    initial=form.portfolio.clone()
                    error
                />
                <div class="form-actions">
                    <Submit label="Save profile" pending=action.pending()/>
                </div>
            </ActionForm>
        </section>
    }
}
