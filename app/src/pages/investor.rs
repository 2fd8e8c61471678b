//! The investor workspace: profile and thesis.

use crate::api::investors::{my_investor_profile, SaveInvestorProfile};
use crate::components::forms::{loaded, Field, FormError, SelectField, Submit, TextAreaField};
use crate::components::labels;
use crate::components::layout::RequireRole;
use crate::lang::{t, use_lang};
use crate::notice::PageNotice;
use crate::pages::auth::action_error;
use domain::account::Role;
use domain::investor::InvestorInput;
use domain::startup::Stage;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn InvestorProfilePage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let profile = Resource::new(move || location.search.get(), |_| my_investor_profile());
    view! {
        <Title text=t!(lang, "investor-profile-title")/>
        <RequireRole role=Role::Investor>
            <header class="page-header">
                <h1>{t!(lang, "investor-home-profile")}</h1>
                <p class="lead">{t!(lang, "investor-profile-lead")}</p>
            </header>
            <PageNotice/>
            {loaded(profile, |form: InvestorInput| view! { <InvestorForm form/> })}
        </RequireRole>
    }
}

#[component]
fn InvestorForm(form: InvestorInput) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SaveInvestorProfile>::new();
    let error = action_error(action);
    let currencies = labels::currency_options(lang);
    let stages = labels::stage_list(lang, Stage::ALL);
    view! {
        <section class="card">
            <FormError error/>
            <ActionForm action attr:class="grid-form" attr:novalidate=true>
                <Field label=t!(lang, "investor-profile-firm") name="firm" maxlength=120 required=true initial=form.firm.clone() error/>
                <Field label=t!(lang, "investor-profile-job-title") name="title" maxlength=80 hint=t!(lang, "investor-profile-job-title-hint") initial=form.title.clone() error/>
                <Field label=t!(lang, "investor-profile-sectors") name="sectors" required=true hint=t!(lang, "investor-profile-sectors-hint") initial=form.sectors.clone() error/>
                <Field label=t!(lang, "investor-profile-stages") name="stages" required=true hint=t!(lang, "investor-profile-stages-hint", stages = stages) initial=form.stages.clone() error/>
                <Field label=t!(lang, "investor-profile-ticket-min") name="ticket_min" hint=t!(lang, "investor-profile-ticket-min-hint") initial=form.ticket_min.clone() error/>
                <Field label=t!(lang, "investor-profile-ticket-max") name="ticket_max" hint=t!(lang, "investor-profile-ticket-max-hint") initial=form.ticket_max.clone() error/>
                <SelectField label=t!(lang, "investor-profile-currency") name="currency" options=currencies initial=form.currency.clone() error/>
                <Field label=t!(lang, "investor-profile-geographies") name="geographies" hint=t!(lang, "investor-profile-geographies-hint") initial=form.geographies.clone() error/>
                <TextAreaField
                    label=t!(lang, "investor-profile-portfolio")
                    name="portfolio"
                    hint=t!(lang, "investor-profile-portfolio-hint")
                    initial=form.portfolio.clone()
                    error
                />
                <div class="form-actions">
                    <Submit label=t!(lang, "investor-profile-save") pending=action.pending()/>
                </div>
            </ActionForm>
        </section>
    }
}
