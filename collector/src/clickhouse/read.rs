//! The read side: session records derived from every collector's facts in ClickHouse, with the
//! assembler's own derivation ([`session::derive_cached`], with the same injected
//! [`Classifiers`] and verdict cache) over the facts read back, so N collectors give the records
//! one collector would. The idle-close clock is the newest fact of all
//! collectors. The result is a [`SessionSource`] the query operations read like the sled trees.

use std::collections::{BTreeMap, HashMap};

use super::{ClickHouseClient, ClickHouseError, facts};
use crate::assembler::AnalyticsConfig;
use crate::assembler::session::{self, Clock, SessionRecord};
use crate::assembler::span::SpanFacts;
use crate::assembler::store::{SessionSource, StoreError};
use crate::assembler::summary::Summary;
use crate::assembler::verdicts::VerdictCache;
use crate::classifier::Classifiers;

/// Which sessions to derive.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Every session's summary (the report).
    Summaries,
    /// Every session's summary and record (the session list).
    Records,
    /// One session.
    Session(&'a str),
}

/// Sessions derived from ClickHouse, held in memory for one query.
#[derive(Debug, Default)]
pub struct DerivedSessions {
    summaries: Vec<(Vec<u8>, Summary)>,
    records: HashMap<String, SessionRecord>,
}

impl SessionSource for DerivedSessions {
    fn each_summary(&self, f: &mut dyn FnMut(&[u8], &Summary)) -> Result<(), StoreError> {
        for (id, s) in &self.summaries {
            f(id, s);
        }
        Ok(())
    }

    fn record(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        Ok(self.records.get(id).cloned())
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

/// Derives the sessions in `scope` from their facts with `classifiers`; verdicts of memoised
/// classifiers come from (and go into) `cache`, as in the assembler.
pub async fn derive_sessions(
    client: &ClickHouseClient,
    analytics: &AnalyticsConfig,
    classifiers: &Classifiers,
    cache: Option<&VerdictCache>,
    scope: Scope<'_>,
) -> Result<DerivedSessions, ClickHouseError> {
    let clock = Clock {
        newest_seen: newest_seen(client).await?,
        idle_close_secs: analytics.idle_close_secs,
    };
    let filter = match scope {
        Scope::Session(id) => format!(" WHERE `session_id` = {}", sql_string(id)),
        _ => String::new(),
    };
    let sql = format!(
        "SELECT {} FROM {}.{}{filter} ORDER BY `session_id` FORMAT JSONEachRow",
        facts::select_list(),
        client.database,
        facts::TABLE
    );
    let keep_records = !matches!(scope, Scope::Summaries);
    let mut out = DerivedSessions::default();
    let mut current = String::new();
    // Duplicates (a span sent twice, not yet merged away) collapse by span id, as in sled.
    let mut spans: BTreeMap<[u8; 8], SpanFacts> = BTreeMap::new();
    let mut finish =
        |id: &str, spans: &mut BTreeMap<[u8; 8], SpanFacts>| -> Result<(), ClickHouseError> {
            let set: Vec<SpanFacts> = std::mem::take(spans).into_values().collect();
            if let Some((record, summary)) =
                session::derive_cached(id, &set, clock, classifiers, cache)?
            {
                out.summaries.push((id.as_bytes().to_vec(), summary));
                if keep_records {
                    out.records.insert(id.to_string(), record);
                }
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
