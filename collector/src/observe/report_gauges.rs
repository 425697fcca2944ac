//! The report's main measures as Prometheus gauges (`coxswain_report_*`), computed by the same
//! report code as `/v1/report` and kept as rendered text that a background task refreshes, so a
//! scrape never scans the session summaries. Groups under k have no series at all.

use std::fmt::Write;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::watch;

use crate::assembler::AnalyticsConfig;
use crate::assembler::store::{Store, StoreError};
use crate::buffer::Buffer;
use crate::report::measures::Measures;
use crate::report::{self, GroupBy, ReportQuery, Row};

/// The latest rendered report gauges (empty until the first refresh, or when turned off).
#[derive(Debug, Default)]
pub struct ReportGauges {
    text: RwLock<String>,
}

impl ReportGauges {
    /// The exposition text to append to `/metrics`.
    pub fn text(&self) -> String {
        self.text.read().map(|t| t.clone()).unwrap_or_default()
    }

    fn set(&self, text: String) {
        if let Ok(mut t) = self.text.write() {
            *t = text;
        }
    }
}

/// One per-band gauge: its name, help, and the row's value.
type BandGauge = (&'static str, &'static str, fn(&Measures) -> Option<f64>);

const BAND_GAUGES: [BandGauge; 13] = [
    ("coxswain_report_band_sessions", "Sessions (with a prompt).", |m| Some(m.sessions as f64)),
    ("coxswain_report_band_users", "Distinct users.", |m| Some(m.users as f64)),
    ("coxswain_report_actions_per_prompt", "Mean actions per prompt.", |m| {
        m.actions_per_prompt_mean
    }),
    ("coxswain_report_output_words_per_prompt", "Mean output words per prompt.", |m| {
        m.output_words_per_prompt_mean
    }),
    (
        "coxswain_report_output_tokens_per_prompt",
        "Mean output tokens per prompt (prompts with token data).",
        |m| m.output_tokens_per_prompt_mean,
    ),
    (
        "coxswain_report_actions_multiplier",
        "Mean actions per prompt over the novice band's.",
        |m| m.actions_multiplier,
    ),
    (
        "coxswain_report_words_multiplier",
        "Mean output words per prompt over the novice band's.",
        |m| m.words_multiplier,
    ),
    ("coxswain_report_verified_success_ratio", "Share of sessions with verified success.", |m| {
        m.verified_success_rate
    }),
    (
        "coxswain_report_success_in_trouble_ratio",
        "Verified success among sessions in trouble.",
        |m| m.success_in_trouble_rate,
    ),
    (
        "coxswain_report_abandonment_ratio",
        "Abandoned sessions among those without verified success.",
        |m| m.abandonment_rate,
    ),
    ("coxswain_report_trouble_ratio", "Share of sessions in trouble.", |m| m.trouble_rate),
    (
        "coxswain_report_heavy_session_ratio",
        "Share of sessions above 100 actions per prompt.",
        |m| m.heavy_session_share,
    ),
    ("coxswain_report_planning_user_ratio", "Share of planning decisions the user made.", |m| {
        m.planning_user_share
    }),
];

/// Renders the gauges of a by-band report, the all row (as `band="all"`) and a by-mode report.
pub fn render(all: &[Row], bands: &[Row], modes: &[Row], k: usize) -> String {
    let mut out = String::new();
    let shown = |rows: &[Row]| rows.iter().filter(|r| !r.suppressed).cloned().collect::<Vec<_>>();
    let band_rows: Vec<Row> = shown(all).into_iter().chain(shown(bands)).collect();
    for (name, help, value) in BAND_GAUGES {
        let _ = writeln!(out, "# HELP {name} {help} By expertise band.\n# TYPE {name} gauge");
        for r in &band_rows {
            if let Some(v) = value(&r.measures) {
                let _ = writeln!(out, "{name}{{band=\"{}\"}} {v}", r.group);
            }
        }
    }
    let name = "coxswain_report_sessions";
    let _ =
        writeln!(out, "# HELP {name} Sessions (with a prompt) by work mode.\n# TYPE {name} gauge");
    for r in shown(modes) {
        let _ = writeln!(out, "{name}{{mode=\"{}\"}} {}", r.group, r.measures.sessions);
    }
    let name = "coxswain_report_min_group_users";
    let _ = writeln!(
        out,
        "# HELP {name} k: groups with fewer distinct users have no series.\n# TYPE {name} gauge\n{name} {k}"
    );
    out
}

/// Computes the report gauges over every session (no window, no team scope) with the
/// configured k.
pub fn compute(store: &Store, analytics: &AnalyticsConfig) -> Result<String, StoreError> {
    let k = analytics.min_group_users;
    let run = |group_by| {
        let q = ReportQuery {
            group_by,
            since: None,
            until: None,
            min_group_users: k,
            team: None,
            prices: analytics.prices.clone(),
        };
        report::build(store, &q).map(|r| r.rows)
    };
    Ok(render(&run(GroupBy::All)?, &run(GroupBy::Band)?, &run(GroupBy::Mode)?, k))
}

/// Refreshes `gauges` every `every` until shutdown (the first time right away).
pub async fn refresh_loop(
    gauges: Arc<ReportGauges>,
    buffer: Arc<Buffer>,
    analytics: AnalyticsConfig,
    every: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let (b, a) = (buffer.clone(), analytics.clone());
        let result = tokio::task::spawn_blocking(move || compute(&Store::open(b.db())?, &a)).await;
        match result {
            Ok(Ok(text)) => gauges.set(text),
            Ok(Err(e)) => tracing::warn!(error = %e, "Report gauges not refreshed."),
            Err(e) => tracing::warn!(error = %e, "Report gauges task failed."),
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.wait_for(|v| *v) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(group: &str, suppressed: bool, sessions: u64, verified: Option<f64>) -> Row {
        // Unset optional measures read as null.
        let measures: Measures = serde_json::from_value(serde_json::json!({
            "sessions": sessions, "users": 7, "prompts": 10, "prompts_with_tokens": 0,
            "priced_prompts": 0, "actions_per_prompt_mean": 4.5, "verified_success_rate": verified,
            "verified_successes": 0, "sessions_in_trouble": 0, "abandoned": 0,
            "evidence": {"tests_passed": 0, "commit": 0, "user_confirmation": 0},
        }))
        .unwrap();
        Row { group: group.into(), suppressed, note: None, measures }
    }

    #[test]
    fn suppressed_groups_and_missing_values_have_no_series() {
        let text = render(
            &[row("all", false, 12, Some(0.5))],
            &[row("novice", true, 3, None), row("expert", false, 9, Some(0.25))],
            &[row("fixing", false, 5, None), row("writing", true, 1, None)],
            5,
        );
        assert!(text.contains("coxswain_report_verified_success_ratio{band=\"expert\"} 0.25"));
        assert!(text.contains("coxswain_report_verified_success_ratio{band=\"all\"} 0.5"));
        assert!(text.contains("coxswain_report_actions_per_prompt{band=\"expert\"} 4.5"));
        assert!(!text.contains("band=\"novice\""), "{text}");
        assert!(text.contains("coxswain_report_sessions{mode=\"fixing\"} 5"));
        assert!(!text.contains("mode=\"writing\""), "{text}");
        assert!(!text.contains("coxswain_report_abandonment_ratio{"), "{text}");
    }
}
