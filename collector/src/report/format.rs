//! Text formats of the report and sessions: an aligned table for terminals and CSV. Both work on
//! the JSON document, so a local report and one fetched from `--endpoint` print the same.

use serde_json::Value;

use crate::classifier::WorkMode;

/// How a measure prints.
#[derive(Clone, Copy)]
enum Kind {
    Count,
    Number,
    Rate,
    Multiplier,
}

/// The report's measures, in table order: (JSON key, label, kind).
const MEASURES: [(&str, &str, Kind); 36] = [
    ("sessions", "sessions", Kind::Count),
    ("users", "users", Kind::Count),
    ("prompts", "prompts", Kind::Count),
    ("turns_per_session_mean", "prompts per session (mean)", Kind::Number),
    ("actions_per_prompt_mean", "actions per prompt (mean)", Kind::Number),
    ("actions_per_prompt_median", "actions per prompt (median)", Kind::Number),
    ("output_words_per_prompt_mean", "output words per prompt (mean)", Kind::Number),
    ("output_words_per_prompt_median", "output words per prompt (median)", Kind::Number),
    ("output_words_per_prompt_word_mean", "output words per prompt word (mean)", Kind::Number),
    ("actions_multiplier", "actions multiplier vs novice", Kind::Multiplier),
    ("words_multiplier", "words multiplier vs novice", Kind::Multiplier),
    ("expert_vs_novice_actions_multiplier", "  in group: expert/novice actions", Kind::Multiplier),
    ("expert_vs_novice_words_multiplier", "  in group: expert/novice words", Kind::Multiplier),
    ("prompts_with_tokens", "prompts with token data", Kind::Count),
    ("output_tokens_per_prompt_mean", "output tokens per prompt (mean)", Kind::Number),
    ("output_tokens_per_prompt_median", "output tokens per prompt (median)", Kind::Number),
    ("tokens_per_prompt_mean", "tokens per prompt, all kinds (mean)", Kind::Number),
    ("tokens_per_prompt_median", "tokens per prompt, all kinds (median)", Kind::Number),
    ("output_tokens_multiplier", "output tokens multiplier vs novice", Kind::Multiplier),
    (
        "expert_vs_novice_output_tokens_multiplier",
        "  in group: expert/novice output tokens",
        Kind::Multiplier,
    ),
    ("priced_prompts", "prompts priced", Kind::Count),
    ("estimated_cost", "estimated cost", Kind::Number),
    ("estimated_cost_per_prompt_mean", "estimated cost per prompt (mean)", Kind::Number),
    ("heavy_session_share", "sessions > 100 actions/prompt", Kind::Rate),
    ("verified_success_rate", "verified success", Kind::Rate),
    ("evidence.tests_passed", "  evidence: tests passed (sessions)", Kind::Count),
    ("evidence.commit", "  evidence: commit (sessions)", Kind::Count),
    ("evidence.user_confirmation", "  evidence: user confirmation (sessions)", Kind::Count),
    ("trouble_rate", "in trouble", Kind::Rate),
    ("success_in_trouble_rate", "verified success in trouble", Kind::Rate),
    ("abandonment_rate", "abandonment (of not verified)", Kind::Rate),
    ("planning_user_share", "planning decisions by user", Kind::Rate),
    ("execution_agent_share", "execution decisions by agent", Kind::Rate),
    ("mode_agreement_rate", "work mode agrees with telemetry", Kind::Rate),
    // Added with native telemetry; last, so earlier CSV columns keep their places.
    ("native_sessions", "sessions from native telemetry only", Kind::Count),
    ("prompts_with_output_words", "prompts the hook saw (output words)", Kind::Count),
];

fn field<'a>(row: &'a Value, key: &str) -> &'a Value {
    key.split('.').fold(row, |v, k| v.get(k).unwrap_or(&Value::Null))
}

fn show(v: &Value, kind: Kind) -> String {
    let Some(x) = v.as_f64() else {
        return "-".to_string();
    };
    match kind {
        Kind::Count => format!("{}", x as u64),
        Kind::Number if x >= 100.0 => format!("{x:.0}"),
        Kind::Number => format!("{x:.2}"),
        Kind::Rate => format!("{:.1}%", x * 100.0),
        Kind::Multiplier => format!("{x:.2}x"),
    }
}

fn study_of<'a>(report: &'a Value, key: &str) -> &'a str {
    let key = key.split('.').next().unwrap_or(key);
    report["study"][key]["figure"].as_str().unwrap_or("")
}

/// Lays out cells in aligned columns (first column left-aligned, the rest right-aligned except
/// the last, which is free text).
fn grid(rows: &[Vec<String>]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width = |c: usize| {
        rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0)
    };
    let widths: Vec<usize> = (0..cols).map(width).collect();
    let mut out = String::new();
    for (i, r) in rows.iter().enumerate() {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            let w = widths[c];
            if c == 0 {
                line.push_str(&format!("{cell:<w$}"));
            } else if c == cols - 1 {
                line.push_str(&format!("  {cell}"));
            } else {
                line.push_str(&format!("  {cell:>w$}"));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if i == 0 {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * cols.saturating_sub(1)));
            out.push('\n');
        }
    }
    out
}

/// The report as a terminal table: one line per measure, one column per group, the study's
/// figure in the last column.
pub fn report_table(report: &Value) -> String {
    let rows = report["rows"].as_array().cloned().unwrap_or_default();
    let mut out = format!(
        "Coxswain report — grouped by {} · since {} · until {} · groups need >= {} users\n",
        report["group_by"].as_str().unwrap_or("all"),
        report["since"].as_str().unwrap_or("the start"),
        report["until"].as_str().unwrap_or("now"),
        report["min_group_users"]
    );
    for (term, meaning) in report["definitions"].as_object().into_iter().flatten() {
        out.push_str(&format!("  {term}: {}\n", meaning.as_str().unwrap_or("")));
    }
    out.push('\n');
    if rows.is_empty() {
        out.push_str("No sessions in this window.\n");
        return out;
    }
    let mut header = vec!["measure".to_string()];
    header.extend(rows.iter().map(|r| r["group"].as_str().unwrap_or("?").to_string()));
    header.push("study".to_string());
    let mut grid_rows = vec![header];
    for (key, label, kind) in MEASURES {
        let mut line = vec![label.to_string()];
        for r in &rows {
            line.push(if r["suppressed"] == Value::Bool(true) {
                "suppressed".to_string()
            } else {
                show(field(r, key), kind)
            });
        }
        line.push(study_of(report, key).to_string());
        grid_rows.push(line);
    }
    out.push_str(&grid(&grid_rows));
    let notes: Vec<String> = rows
        .iter()
        .filter_map(|r| Some(format!("  {}: {}", r["group"].as_str()?, r["note"].as_str()?)))
        .collect();
    if !notes.is_empty() {
        out.push_str("\nNotes:\n");
        out.push_str(&notes.join("\n"));
        out.push('\n');
    }
    out.push_str(&format!(
        "Multipliers divide by the novice band's mean over the same sessions (novice: {} actions, {} words per prompt).\n",
        show(&report["baseline"]["actions_per_prompt_mean"], Kind::Number),
        show(&report["baseline"]["output_words_per_prompt_mean"], Kind::Number)
    ));
    if let Some(months) = report["work_mode_by_month"].as_array().filter(|m| !m.is_empty()) {
        out.push_str("\nWork mode by month (share of sessions)\n\n");
        let modes = WorkMode::ALL.map(WorkMode::as_str);
        let mut g = vec![
            std::iter::once("month".to_string())
                .chain(modes.iter().map(|m| m.to_string()))
                .chain(["sessions".to_string()])
                .collect::<Vec<_>>(),
        ];
        for m in months {
            let mut line = vec![m["month"].as_str().unwrap_or("?").to_string()];
            for mode in modes {
                line.push(if m["suppressed"] == Value::Bool(true) {
                    "-".to_string()
                } else {
                    show(&m["shares"][mode], Kind::Rate)
                });
            }
            line.push(match m["sessions"].as_u64() {
                Some(n) => n.to_string(),
                None => m["note"].as_str().unwrap_or("suppressed").to_string(),
            });
            g.push(line);
        }
        out.push_str(&grid(&g));
        out.push_str(&format!("study: {}\n", study_of(report, "work_mode_by_month")));
    }
    out
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn raw(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The report as CSV: one line per group (suppressed groups with empty measures and a note),
/// then a `study` line with the published figures.
pub fn report_csv(report: &Value) -> String {
    let keys: Vec<&str> = MEASURES.iter().map(|m| m.0).collect();
    let mut out = String::from("group_by,group,suppressed,note,");
    out.push_str(&keys.join(","));
    out.push('\n');
    let by = report["group_by"].as_str().unwrap_or("all");
    for r in report["rows"].as_array().into_iter().flatten() {
        let mut cells =
            vec![by.to_string(), raw(&r["group"]), raw(&r["suppressed"]), raw(&r["note"])];
        cells.extend(keys.iter().map(|k| raw(field(r, k))));
        out.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    let mut study = vec![by.to_string(), "study".into(), String::new(), "published figures".into()];
    study.extend(keys.iter().map(|k| study_of(report, k).to_string()));
    out.push_str(&study.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
    out.push('\n');
    out
}

/// A session list as a table.
pub fn sessions_table(sessions: &Value) -> String {
    let mut g = vec![
        [
            "session",
            "user",
            "started",
            "level",
            "band",
            "mode",
            "prompts",
            "actions",
            "verified",
            "trouble",
            "abandoned",
            "closed",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for s in sessions["sessions"].as_array().into_iter().flatten() {
        g.push(vec![
            raw(&s["session_id"]),
            raw(&s["user"]),
            raw(&s["started_at"]),
            raw(&s["expertise_level"]),
            raw(&s["band"]),
            raw(&s["work_mode"]),
            s["prompts"].as_array().map(|p| p.len()).unwrap_or(0).to_string(),
            raw(&s["actions"]),
            raw(&s["verified_success"]),
            raw(&s["trouble"]),
            raw(&s["abandoned"]),
            raw(&s["closed"]),
        ]);
    }
    let mut out = grid(&g);
    out.push_str(&format!("{} session(s)\n", g.len() - 1));
    out
}

/// One session as a readable block.
pub fn session_table(s: &Value) -> String {
    let sig = &s["expertise_signals"];
    let mut out = format!(
        "session {}\nuser {} · harness {} · started {} · {}\n\
         expertise level {} ({}) · score {} = precision {} + verification {} + correction {}\n\
         work mode {} (from {}) · agrees with telemetry: {}\n\
         verified success: {} · judge: {} · evidence: {} · trouble: {} ({} events, resolved: {}) · abandoned: {}\n\
         planning decisions user/agent {}/{} · execution decisions user/agent {}/{}\n\n",
        raw(&s["session_id"]),
        raw(&s["user"]),
        raw(&s["harness"]),
        raw(&s["started_at"]),
        if s["closed"] == Value::Bool(true) {
            format!("closed ({})", raw(&s["closed_by"]))
        } else {
            "open".into()
        },
        raw(&s["expertise_level"]),
        raw(&s["band"]),
        show(&s["expertise_score"], Kind::Number),
        show(&sig["precision"], Kind::Number),
        show(&sig["verification"], Kind::Number),
        show(&sig["correction"], Kind::Number),
        raw(&s["work_mode"]),
        raw(&s["work_mode_source"]),
        raw(&s["mode_agreement"]),
        raw(&s["verified_success"]),
        raw(&s["judge_success"]),
        s["evidence"]
            .as_array()
            .map(|e| e.iter().map(raw).collect::<Vec<_>>().join(", "))
            .filter(|e| !e.is_empty())
            .unwrap_or_else(|| "none".into()),
        raw(&s["trouble"]),
        raw(&s["trouble_events"]),
        raw(&s["resolved"]),
        raw(&s["abandoned"]),
        raw(&s["labour"]["planning"]["user"]),
        raw(&s["labour"]["planning"]["agent"]),
        raw(&s["labour"]["execution"]["user"]),
        raw(&s["labour"]["execution"]["agent"]),
    );
    let mut g = vec![
        [
            "prompt",
            "started",
            "ended",
            "actions",
            "subagent",
            "output words",
            "words",
            "intent",
            "end",
            "input tok",
            "output tok",
            "cache read",
            "cache write",
            "model",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for p in s["prompts"].as_array().into_iter().flatten() {
        g.push(
            [
                "index",
                "started_at",
                "ended_at",
                "actions",
                "subagent_actions",
                "output_words",
                "words",
                "intent",
                "end_reason",
                "input_tokens",
                "output_tokens",
                "cache_read_tokens",
                "cache_creation_tokens",
                "model",
            ]
            .iter()
            .map(|k| raw(&p[*k]))
            .collect(),
        );
    }
    out.push_str(&grid(&g));
    let events = s["events"].as_array().filter(|e| !e.is_empty());
    if let Some(events) = events {
        let mut g = vec![["at", "prompt", "kind", "cause"].map(String::from).to_vec()];
        for e in events {
            g.push(["at", "prompt", "kind", "cause"].iter().map(|k| raw(&e[*k])).collect());
        }
        out.push('\n');
        out.push_str(&grid(&g));
    }
    if let Some(n) = s["events_left_out"].as_u64().filter(|&n| n > 0) {
        out.push_str(&format!("({n} later action events left out: a prompt keeps its first 64)\n"));
    }
    out
}
