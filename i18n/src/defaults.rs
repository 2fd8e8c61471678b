//! What a new edition starts with, in the words of the staff member who creates it:
//! the tracks offered on the edition form and the default rubric. Once stored they are
//! the edition's own data, edited like anything staff typed.

use crate::t;
use domain::lang::Lang;
use domain::review::{default_rubric, DefaultCriterion, RubricCriterion};

/// The tracks of a GSIC edition, one per line on the edition form.
pub fn tracks(lang: Lang) -> Vec<String> {
    vec![
        t!(lang, "default-track-ai"),
        t!(lang, "default-track-biotech"),
        t!(lang, "default-track-clean-energy"),
        t!(lang, "default-track-fintech"),
        t!(lang, "default-track-smart-city"),
        t!(lang, "default-track-manufacturing"),
    ]
}

/// The default rubric, named and explained in `lang`.
pub fn rubric(lang: Lang) -> Vec<RubricCriterion> {
    default_rubric(|criterion| match criterion {
        DefaultCriterion::Team => (
            t!(lang, "default-criterion-team"),
            t!(lang, "default-criterion-team-guidance"),
        ),
        DefaultCriterion::ProblemAndSolution => (
            t!(lang, "default-criterion-problem"),
            t!(lang, "default-criterion-problem-guidance"),
        ),
        DefaultCriterion::Market => (
            t!(lang, "default-criterion-market"),
            t!(lang, "default-criterion-market-guidance"),
        ),
        DefaultCriterion::Traction => (
            t!(lang, "default-criterion-traction"),
            t!(lang, "default-criterion-traction-guidance"),
        ),
        DefaultCriterion::BusinessModel => (
            t!(lang, "default-criterion-business-model"),
            t!(lang, "default-criterion-business-model-guidance"),
        ),
        DefaultCriterion::InvestmentReadiness => (
            t!(lang, "default-criterion-readiness"),
            t!(lang, "default-criterion-readiness-guidance"),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::review::{format_rubric, parse_rubric};

    #[test]
    fn the_defaults_are_valid_input_in_every_language() {
        for &lang in Lang::ALL.iter() {
            let rubric = rubric(lang);
            assert_eq!(
                parse_rubric(&format_rubric(&rubric)),
                Ok(rubric.clone()),
                "{lang:?}"
            );
            assert_eq!(
                domain::edition::parse_tracks(&tracks(lang).join("\n")),
                Ok(tracks(lang)),
                "{lang:?}"
            );
        }
        assert_eq!(rubric(Lang::En)[0].name, "Team");
        assert_eq!(rubric(Lang::Zh)[0].name, "团队");
    }
}
