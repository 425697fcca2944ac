//! Recent report documents, keyed by the normalised query (team scope and k included) and the
//! analytics store's generation, so repeated dashboard/API loads with no new data skip the scan.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use crate::report::ReportQuery;

/// How many report documents are kept (the dashboard asks for two groupings at a time).
const ENTRIES: usize = 8;

/// A few recent report documents, least recently used dropped first. A write to the store
/// changes its generation, so an older document is never served again (it only ages out).
#[derive(Debug, Default)]
pub struct ReportCache {
    entries: Mutex<VecDeque<(String, Arc<str>)>>,
}

/// The cache key: the parsed query (grouping, window as Unix ns, k, team scope, prices) plus
/// the generation. Two callers share an entry only when every one of these is equal.
fn key(q: &ReportQuery, generation: u64) -> String {
    format!("{generation}|{q:?}")
}

impl ReportCache {
    /// The document for `q` at `generation`, computed by `build` when not cached.
    pub fn get_or_build<E>(
        &self,
        q: &ReportQuery,
        generation: u64,
        build: impl FnOnce() -> Result<String, E>,
    ) -> Result<Arc<str>, E> {
        let key = key(q, generation);
        if let Some(doc) = self.hit(&key) {
            return Ok(doc);
        }
        // Built outside the lock: a slow scan must not hold up other reports.
        let doc: Arc<str> = build()?.into();
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|(k, _)| *k != key);
        entries.push_front((key, doc.clone()));
        entries.truncate(ENTRIES);
        Ok(doc)
    }

    fn hit(&self, key: &str) -> Option<Arc<str>> {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let i = entries.iter().position(|(k, _)| k == key)?;
        let entry = entries.remove(i)?;
        let doc = entry.1.clone();
        entries.push_front(entry);
        Some(doc)
    }

    /// Documents held.
    pub fn len(&self) -> usize {
        self.entries.lock().map(|e| e.len()).unwrap_or(0)
    }

    /// Whether none is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::GroupBy;

    fn query(team: Option<&str>, k: usize) -> ReportQuery {
        ReportQuery {
            group_by: GroupBy::Band,
            since: None,
            until: None,
            min_group_users: k,
            prices: Default::default(),
            team: team.map(str::to_string),
        }
    }

    fn doc(cache: &ReportCache, q: &ReportQuery, generation: u64, body: &str) -> String {
        cache.get_or_build(q, generation, || Ok::<_, ()>(body.to_string())).unwrap().to_string()
    }

    #[test]
    fn a_repeated_query_at_the_same_generation_is_served_from_the_cache() {
        let cache = ReportCache::default();
        let q = query(None, 5);
        assert_eq!(doc(&cache, &q, 1, "first"), "first");
        assert_eq!(doc(&cache, &q, 1, "second"), "first");
    }

    #[test]
    fn a_new_generation_recomputes() {
        let cache = ReportCache::default();
        let q = query(None, 5);
        doc(&cache, &q, 1, "old");
        assert_eq!(doc(&cache, &q, 2, "new"), "new");
    }

    #[test]
    fn team_scope_and_k_are_part_of_the_key() {
        let cache = ReportCache::default();
        doc(&cache, &query(None, 5), 1, "everyone");
        assert_eq!(doc(&cache, &query(Some("red"), 5), 1, "red"), "red");
        assert_eq!(doc(&cache, &query(Some("blue"), 5), 1, "blue"), "blue");
        assert_eq!(doc(&cache, &query(None, 10), 1, "k10"), "k10");
        assert_eq!(doc(&cache, &query(Some("red"), 5), 1, "?"), "red");
    }

    #[test]
    fn a_session_write_invalidates_the_stores_cached_report() {
        use crate::assembler::store::Store;
        use crate::query::ops::report_json_cached;
        let db = sled::Config::new().temporary(true).open().unwrap();
        let store = Store::open(&db).unwrap();
        let cache = ReportCache::default();
        let q = ReportQuery { group_by: GroupBy::All, ..query(None, 0) };
        crate::synthetic::fill(&store, 7, 0..20).unwrap();
        let first = report_json_cached(&store, &q, &cache).unwrap();
        let again = report_json_cached(&store, &q, &cache).unwrap();
        assert!(Arc::ptr_eq(&first, &again), "an unchanged store is answered from the cache");
        crate::synthetic::fill(&store, 8, 20..30).unwrap();
        let after = report_json_cached(&store, &q, &cache).unwrap();
        let sessions = |doc: &str| {
            let v: serde_json::Value = serde_json::from_str(doc).unwrap();
            v["rows"][0]["sessions"].as_u64().unwrap()
        };
        assert!(
            sessions(&after) > sessions(&first),
            "{} then {}",
            sessions(&first),
            sessions(&after)
        );
        assert_eq!(&*after, &*crate::query::ops::report_json(&store, &q).unwrap());
    }

    #[test]
    fn the_cache_holds_a_bounded_number_of_documents() {
        let cache = ReportCache::default();
        for k in 0..3 * ENTRIES {
            doc(&cache, &query(None, k), 1, "x");
        }
        assert_eq!(cache.len(), ENTRIES);
    }
}
