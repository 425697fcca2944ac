//! The study's published figures (../shared/study-metrics.md), shown beside each measure.

use std::collections::BTreeMap;

use serde::Serialize;

/// One published figure.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// As the study reports it.
    pub figure: &'static str,
    /// The headline number, when the study gives one (rates as fractions).
    pub value: Option<f64>,
    /// The figure per expertise band, where the study gives one (the dashboard's reference
    /// marks; a range such as 28-33% is given as its middle).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub by_band: BTreeMap<&'static str, f64>,
}

/// The study's figure per report measure (keys are the row fields).
pub fn figures() -> BTreeMap<&'static str, Figure> {
    let f = |figure, value| Figure { figure, value, by_band: BTreeMap::new() };
    let mut figures = BTreeMap::from([
        ("turns_per_session_mean", f("about 4 prompts per session", Some(4.0))),
        ("actions_per_prompt_mean", f("about 10 (expert ~12, novice ~5)", Some(10.0))),
        (
            "output_words_per_prompt_mean",
            f("about 2,400 (expert ~3,200, novice ~600)", Some(2400.0)),
        ),
        ("actions_multiplier", f("expert 2.4x novice", Some(2.4))),
        ("words_multiplier", f("expert >5x novice", Some(5.0))),
        ("heavy_session_share", f("about 2% of sessions > 100 actions/prompt", Some(0.02))),
        ("verified_success_rate", f("novice 15%, intermediate/expert 28-33%", None)),
        ("success_in_trouble_rate", f("expert 15%, novice 4%", None)),
        ("abandonment_rate", f("novice 19%, others 5-7%", None)),
        ("planning_user_share", f("users made about 70%", Some(0.70))),
        ("execution_agent_share", f("agent made about 80%", Some(0.80))),
        ("mode_agreement_rate", f("above 90%", Some(0.90))),
        (
            "work_mode_by_month",
            f(
                "fixing 33% -> 19%, operating 14% -> 21%, writing+analysing ~10% -> ~20% (Oct 2025-Apr 2026)",
                None,
            ),
        ),
    ]);
    let bands: [(&str, &[(&str, f64)]); 5] = [
        ("actions_per_prompt_mean", &[("novice", 5.0), ("expert", 12.0)]),
        ("output_words_per_prompt_mean", &[("novice", 600.0), ("expert", 3200.0)]),
        ("verified_success_rate", &[("novice", 0.15), ("intermediate", 0.305), ("expert", 0.305)]),
        ("success_in_trouble_rate", &[("novice", 0.04), ("expert", 0.15)]),
        ("abandonment_rate", &[("novice", 0.19), ("intermediate", 0.06), ("expert", 0.06)]),
    ];
    for (measure, values) in bands {
        if let Some(f) = figures.get_mut(measure) {
            f.by_band = values.iter().copied().collect();
        }
    }
    figures
}
