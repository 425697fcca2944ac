//! The read side: session records derived from every collector's facts in ClickHouse, with the
//! assembler's own derivation ([`session::derive_cached`], with the same injected
//! [`Classifiers`] and verdict cache) over the facts read back, so N collectors give the records
//! one collector would. The idle-close clock is the newest fact of all collectors.

use std::collections::BTreeMap;

use super::{ClickHouseClient, ClickHouseError, facts};
use crate::assembler::session::{self, Clock, SessionRecord};
use crate::assembler::span::SpanFacts;
use crate::assembler::summary::Summary;
use crate::assembler::verdicts::VerdictCache;
use crate::classifier::Classifiers;

/// One session derived from all of its facts.
#[derive(Debug, Clone)]
pub struct Derived {
    /// The session JSON.
    pub record: SessionRecord,
    /// Its summary.
    pub summary: Summary,
    /// Distinct facts it was derived from.
    pub facts: u64,
    /// Its newest fact time (Unix ns), for idle closing.
    pub last: u64,
}

impl Derived {
    /// The record's version: more facts win; with the same facts, closed wins over open. Facts
    /// only accumulate (until retention), so two derivations of a session see nested sets and
    /// the larger version is always the one that saw more.
    pub fn version(&self) -> u64 {
        self.facts.saturating_mul(2) + u64::from(self.record.closed)
    }
}

/// A string literal for ClickHouse SQL.
pub fn sql_string(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// The newest fact time of all collectors (the idle-close clock), Unix ns.
pub async fn newest_seen(client: &ClickHouseClient) -> Result<u64, ClickHouseError> {
    let sql =
        format!("SELECT max(greatest(`start`, `end`)) FROM {}.{}", client.database, facts::TABLE);
    let v = client.execute(&sql).await?;
    v.trim().trim_matches('"').parse::<u64>().map_err(|_| ClickHouseError::BadResult(v))
}

/// Derives the sessions `ids` from all their facts with `classifiers`, against `clock`;
/// verdicts of memoised classifiers come from (and go into) `cache`, as in the assembler.
pub async fn derive_sessions(
    client: &ClickHouseClient,
    clock: Clock,
    classifiers: &Classifiers,
    cache: Option<&VerdictCache>,
    ids: &[String],
) -> Result<Vec<Derived>, ClickHouseError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = ids.iter().map(|id| sql_string(id)).collect();
    let sql = format!(
        "SELECT {} FROM {}.{} WHERE `session_id` IN ({}) ORDER BY `session_id` FORMAT JSONEachRow",
        facts::select_list(),
        client.database,
        facts::TABLE,
        list.join(", ")
    );
    let mut out = Vec::new();
    let mut current = String::new();
    // Duplicates (a span sent twice, not yet merged away) collapse by span id, as in sled.
    let mut spans: BTreeMap<[u8; 8], SpanFacts> = BTreeMap::new();
    let mut finish =
        |id: &str, spans: &mut BTreeMap<[u8; 8], SpanFacts>| -> Result<(), ClickHouseError> {
            let set: Vec<SpanFacts> = std::mem::take(spans).into_values().collect();
            let last = set.iter().map(SpanFacts::time).max().unwrap_or(0);
            if let Some((record, summary)) =
                session::derive_cached(id, &set, clock, classifiers, cache)?
            {
                out.push(Derived { record, summary, facts: set.len() as u64, last });
            }
            Ok(())
        };
    client
        .for_each_row(&sql, |line| {
            let f = facts::decode_row(line)?;
            if f.session_id != current {
                if !current.is_empty() {
                    finish(&current, &mut spans)?;
                }
                current = f.session_id.clone();
            }
            spans.insert(f.span_id, f);
            Ok(())
        })
        .await?;
    if !current.is_empty() {
        finish(&current, &mut spans)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_strings_escape_quotes_and_backslashes() {
        assert_eq!(sql_string(r"a'b\c"), r"'a\'b\\c'");
    }
}
