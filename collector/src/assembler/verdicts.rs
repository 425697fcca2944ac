//! The verdict cache of classifiers that are not pure functions of their session (a model, say):
//! per classifier, session and span set, the verdict it gave, so re-deriving the same spans —
//! after a restart or in `coxswain rebuild` — gives the same records. Rule-based classifiers
//! never touch it.

use super::store::StoreError;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Verdicts keyed by `memo key \0 session id \0 span-set digest` (JSON values). Not dropped by a
/// rebuild: it is what makes one repeatable.
pub const VERDICTS_TREE: &str = "analytics.verdicts";

/// The cache tree.
#[derive(Clone)]
pub struct VerdictCache {
    tree: sled::Tree,
}

impl VerdictCache {
    /// Opens (creating) the tree in `db`.
    pub fn open(db: &sled::Db) -> Result<VerdictCache, StoreError> {
        Ok(VerdictCache { tree: db.open_tree(VERDICTS_TREE)? })
    }

    /// The cached verdict of `memo_key` for this session and span set, else `compute()`'s,
    /// stored for next time.
    pub fn get_or_compute<T: Serialize + DeserializeOwned>(
        &self,
        memo_key: &str,
        session: &str,
        digest: &[u8; 32],
        compute: impl FnOnce() -> T,
    ) -> Result<T, StoreError> {
        let mut key = Vec::with_capacity(memo_key.len() + session.len() + 34);
        key.extend_from_slice(memo_key.as_bytes());
        key.push(0);
        key.extend_from_slice(session.as_bytes());
        key.push(0);
        key.extend_from_slice(digest);
        if let Some(v) = self.tree.get(&key)? {
            return serde_json::from_slice(&v)
                .map_err(|_| StoreError::Corrupt(session.to_string()));
        }
        let verdict = compute();
        let json =
            serde_json::to_vec(&verdict).map_err(|_| StoreError::Corrupt(session.to_string()))?;
        self.tree.insert(key, json)?;
        Ok(verdict)
    }
}
