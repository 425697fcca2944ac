//! The table form of a [`Validation`]: agreement per measure and split with issue 7's held-out
//! targets beside, the two confusion matrices, then every disagreement.

use std::fmt::Write;

use super::compare::{Confusion, Measure, Validation};
use super::labels::Split;

/// The table `coxswain validate --format table` prints.
pub fn table(v: &Validation, labels: &str) -> String {
    let mut out = String::new();
    let count = |k: &str| v.sessions.get(k).copied().unwrap_or(0);
    let _ = writeln!(
        out,
        "coxswain validate: {} sessions from {labels} ({}){}",
        count("all"),
        Split::ALL
            .iter()
            .map(|s| format!("{} {}", s.name(), count(s.name())))
            .collect::<Vec<_>>()
            .join(", "),
        if v.skipped.is_empty() { String::new() } else { format!(", {} skipped", v.skipped.len()) },
    );
    if v.failed_events > 0 {
        let _ = writeln!(out, "warning: {} hook events were not recorded", v.failed_events);
    }
    // `all` only when it differs from the one split shown; `seen` (every split tuned on) and
    // `untouched` (the others) each only when more than one of its splits is there, after them;
    // the sources only when both are there.
    let splits: Vec<&str> = Split::ALL.iter().map(|s| s.name()).filter(|c| count(c) > 0).collect();
    let mut columns: Vec<&str> = Vec::new();
    for c in &splits {
        columns.push(c);
        for (key, seen) in [("seen", true), ("untouched", false)] {
            let mut shown = Split::ALL.iter().filter(|s| s.seen() == seen && count(s.name()) > 0);
            if shown.clone().count() > 1 && shown.next_back().map(|s| s.name()) == Some(*c) {
                columns.push(key);
            }
        }
    }
    if count("written") > 0 && count("real") > 0 {
        columns.extend(["written", "real"]);
    }
    if splits.len() != 1 {
        columns.push("all");
    }
    let _ = write!(out, "\n{:<18}", "agreement");
    for c in &columns {
        let _ = write!(out, "{c:>16}");
    }
    let _ = writeln!(out, "{:>16}", "target");
    for m in Measure::ALL {
        let _ = write!(out, "{:<18}", m.title());
        for c in &columns {
            let a = v.agreement_of(m, c);
            let _ = write!(out, "{:>16}", format!("{}/{} {:.1}%", a.agree, a.total, a.percent));
        }
        let target = m.heldout_target().map(|t| format!("≥ {t:.0}%")).unwrap_or_default();
        let _ = writeln!(out, "{target:>16}");
    }
    confusion(&mut out, "Expertise band", &v.band_confusion);
    confusion(&mut out, "Work mode", &v.work_mode_confusion);

    let _ = writeln!(out, "\nDisagreements ({})", v.disagreements.len());
    for d in &v.disagreements {
        let _ = writeln!(out, "- {} [{}, {}]", d.id, d.split.name(), d.source);
        let diffs: Vec<String> = d
            .differences
            .iter()
            .map(|x| format!("{}: ours {}, label {}", x.measure.title(), x.ours, x.label))
            .collect();
        let _ = writeln!(out, "    {}", diffs.join("; "));
        let _ = writeln!(out, "    rationale: {}", d.rationale);
        if d.signals.is_empty() {
            let _ = writeln!(out, "    signals: (no session record)");
        }
        for (k, value) in &d.signals {
            let _ = writeln!(out, "    {k}: {value}");
        }
    }
    if !v.skipped.is_empty() {
        let _ = writeln!(out, "\nSkipped ({})", v.skipped.len());
        for s in &v.skipped {
            let _ = writeln!(out, "- {}: {}", s.id, s.reason);
        }
    }
    out
}

/// A confusion matrix, rows the label's class, columns ours; all-zero rows and columns are
/// left out.
fn confusion(out: &mut String, title: &str, c: &Confusion) {
    let used = |i: usize| c.matrix[i].iter().any(|n| *n > 0) || c.matrix.iter().any(|r| r[i] > 0);
    let keep: Vec<usize> = (0..c.classes.len()).filter(|i| used(*i)).collect();
    let _ = writeln!(out, "\n{title} (rows: label, columns: ours)");
    let width = keep.iter().map(|i| c.classes[*i].len()).max().unwrap_or(4).max(4) + 1;
    let _ = write!(out, "{:<width$}", "");
    for i in &keep {
        let _ = write!(out, "{:>width$}", c.classes[*i]);
    }
    let _ = writeln!(out);
    for r in &keep {
        let _ = write!(out, "{:<width$}", c.classes[*r]);
        for col in &keep {
            let _ = write!(out, "{:>width$}", c.matrix[*r][*col]);
        }
        let _ = writeln!(out);
    }
}
