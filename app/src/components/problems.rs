//! The text of the domain's typed refusals, in the reader's language. The domain says
//! what is wrong (a code with its facts); the sentence is chosen here, at the edge.

use crate::lang::t;
use domain::lang::Lang;
use domain::upload::{human_size, UploadProblem, UploadRule};

pub fn upload_problem(lang: Lang, problem: UploadProblem) -> String {
    use UploadProblem::*;
    use UploadRule::*;
    match problem {
        Missing { rule: Logo } => t!(lang, "upload-missing-logo"),
        Missing { rule: Deck } => t!(lang, "upload-missing-deck"),
        Empty { rule: Logo } => t!(lang, "upload-empty-logo"),
        Empty { rule: Deck } => t!(lang, "upload-empty-deck"),
        TooLarge { rule: Logo } => {
            t!(
                lang,
                "upload-too-large-logo",
                size = human_size(Logo.max_bytes())
            )
        }
        TooLarge { rule: Deck } => {
            t!(
                lang,
                "upload-too-large-deck",
                size = human_size(Deck.max_bytes())
            )
        }
        WrongType { rule: Logo } => t!(lang, "upload-wrong-type-logo"),
        WrongType { rule: Deck } => t!(lang, "upload-wrong-type-deck"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_upload_problem_reads_in_both_languages() {
        for rule in UploadRule::ALL {
            for p in [
                UploadProblem::Missing { rule },
                UploadProblem::Empty { rule },
                UploadProblem::TooLarge { rule },
                UploadProblem::WrongType { rule },
            ] {
                // English stays the sentence the domain logs.
                assert_eq!(upload_problem(Lang::En, p), p.to_string());
                assert!(upload_problem(Lang::Zh, p).chars().any(|c| c > '\u{3000}'));
            }
        }
    }
}
