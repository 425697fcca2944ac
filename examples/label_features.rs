//! Dumps the labelled set (`tests/labelled`) as JSON lines for the offline tuning script
//! (`tests/labelled/cv.py`): per session its label, the prompt features the collector decodes
//! (one `SpanFacts` per prompt, in index order) and the session record the classifiers made.
//!
//! `cargo run --example label_features -- tests/labelled > /tmp/features.jsonl`

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context;
use coxswain_collector::assembler::span;
use coxswain_collector::model::{SpanFacts, SpanKind};
use coxswain_collector::validate::drive::{self, Outcome};
use coxswain_collector::validate::labels::{self, Input};
use prost::Message;

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "tests/labelled".into()));
    let set = labels::read_set(&dir)?;
    let driven = drive::drive_all(&set).context("driving the labelled set")?;
    for d in driven {
        let Outcome::Record(record) = &d.outcome else { continue };
        let spans = match &d.session.input {
            Input::Hooks { hooks, transcript } => drive::drive_hooks(hooks, transcript)?.1,
            Input::Replay { transcript: Some(path), .. } => {
                agent_hook::replay::record_all(std::slice::from_ref(path), &|h| {
                    drive::settings(h, "replay")
                })?
                .1
            }
            Input::Replay { transcript: None, .. } => continue,
        };
        let body = drive::export_request(spans).encode_to_vec();
        // The prompt roots of this session by index; the one that ends later wins (MEASURES.md).
        let mut prompts: BTreeMap<u64, SpanFacts> = BTreeMap::new();
        for f in span::decode_request(&body)? {
            if f.kind != Some(SpanKind::Prompt) || f.session_id != record.session_id {
                continue;
            }
            let index = f.prompt_index.unwrap_or(0);
            if prompts.get(&index).is_none_or(|old| old.end <= f.end) {
                prompts.insert(index, f);
            }
        }
        let prompts: Vec<_> =
            prompts.into_iter().map(|(i, f)| serde_json::json!({"index": i, "facts": f})).collect();
        let line = serde_json::json!({
            "label": d.session.label,
            "prompts": prompts,
            "record": record,
        });
        println!("{line}");
    }
    Ok(())
}
