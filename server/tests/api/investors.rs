//! The investor profile and thesis.

use super::*;

impl TestApp {
    pub(crate) async fn investor(&self, email: &str) -> String {
        backend::features::accounts::create_or_grant(
            &self.db,
            email,
            "Ada Investor",
            "investor-pass-1",
            &[domain::account::Role::Investor],
        )
        .await
        .expect("investor");
        self.log_in(email, "investor-pass-1")
            .await
            .session_cookie()
            .expect("investor session")
    }
}

#[tokio::test]
async fn an_investor_saves_a_thesis_and_only_investors_reach_it() {
    let app = spawn_app().await;
    let ada = app.investor("ada@fund.example").await;
    let empty = app.call("investors/profile", Some(&ada), &[]).await.json();
    assert_eq!(empty["firm"], "");

    let bad = app
        .call(
            "investors/profile/save",
            Some(&ada),
            &[
                ("firm", ""),
                ("sectors", "AI"),
                ("stages", "unicorn"),
                ("ticket_min", "5m"),
                ("ticket_max", "1m"),
                ("geographies", "XX"),
                ("portfolio", "Tidal Grid, not a site"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["firm", "stages", "ticket_max", "geographies", "portfolio"] {
        assert!(bad.field_error(field).is_some(), "{field}: {}", bad.body);
    }
    assert!(
        bad.body.contains("Tidal Grid, not a site"),
        "typed values come back"
    );

    let saved = app
        .call(
            "investors/profile/save",
            Some(&ada),
            &[
                ("firm", "Harbour Ventures"),
                ("title", "Partner"),
                ("sectors", "AI, Clean energy"),
                ("stages", "Seed, series a"),
                ("ticket_min", "500k"),
                ("ticket_max", "3m"),
                ("currency", "USD"),
                ("geographies", "CN, SG"),
                ("portfolio", "Tidal Grid, tidalgrid.example\nAurora Bio"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let form = app.call("investors/profile", Some(&ada), &[]).await.json();
    assert_eq!(form["firm"], "Harbour Ventures");
    assert_eq!(form["stages"], "Seed, Series A");
    // The thesis's stages count in assignment: the judge, as assignment loads them,
    // holds the same codes a startup's stage is stored under.
    let judges = backend::access::panel::judges(&app.db)
        .await
        .expect("judges");
    let judge = judges
        .iter()
        .find(|j| j.name == "Ada Investor")
        .expect("ada");
    assert_eq!(judge.stages, vec!["seed", "series_a"]);
    let fit = domain::assignment::fit_of(
        &Default::default(),
        &judge.stages,
        &Default::default(),
        domain::startup::Stage::Seed.as_str(),
    );
    assert_eq!(fit, 1, "a seed startup fits a seed investor's thesis");
    assert_eq!(form["ticket_max"], "3,000,000");
    assert_eq!(
        form["portfolio"],
        "Tidal Grid, https://tidalgrid.example\nAurora Bio"
    );

    let founder = app.founder("founder@example.com").await;
    assert_eq!(
        app.call("investors/profile", Some(&founder), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.call("investors/profile/save", Some(&founder), &[("firm", "X")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
