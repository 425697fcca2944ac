LABEL = dict(
    split="heldout4",
    persona="Rust developer maintaining a small caching crate",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 designs the verification: a proptest state-machine test of LruCache against a simple model (a Vec in "
               "recency order), with the operations, the capacity range, the invariants to check after each step and the "
               "failing-case seed to be kept in proptest-regressions: level 5. Tests written as the goal: testing. The first run "
               "fails with a shrunk case (trouble, a real bug in `put` on an existing key); after the fix `cargo test` passes: "
               "verified success."),
)

SESSION = dict(
    cwd="/home/mira/src/tinylru", start="2026-11-18T20:10:00Z", model="claude-opus-4-6", version="2.1.282", branch="proptest-model",
    turns=[
        turn("Add a proptest model test for LruCache in tests/model.rs. Model: a Vec<(K, V)> kept in recency order, most recent last. Generate sequences of 1..200 "
             "ops from {get(k), put(k, v), remove(k)} with keys in 0..8 so collisions are common, capacity 1..5. After every op assert: same return value as the "
             "model, len() equal, and iter() yields the model's entries in recency order. Keep proptest-regressions checked in so a shrunk failure stays a test.",
             par(read("/home/mira/src/tinylru/src/lib.rs", "pub struct LruCache<K, V> { map: HashMap<K, usize>, entries: Vec<Entry<K, V>>, head: Option<usize>, tail: Option<usize>, cap: usize }\n...\n"
                      "pub fn put(&mut self, k: K, v: V) -> Option<V> {\n    if let Some(&i) = self.map.get(&k) {\n        return Some(std::mem::replace(&mut self.entries[i].value, v));\n    }\n    ..."),
                 read("/home/mira/src/tinylru/Cargo.toml", "[package]\nname = \"tinylru\"\nversion = \"0.4.1\"\nedition = \"2021\"\n\n[dev-dependencies]\nproptest = \"1.5\"")),
             write("/home/mira/src/tinylru/tests/model.rs",
                   "use proptest::prelude::*;\nuse tinylru::LruCache;\n\n#[derive(Debug, Clone)]\nenum Op { Get(u8), Put(u8, u32), Remove(u8) }\n\nfn op() -> impl Strategy<Value = Op> {\n"
                   "    prop_oneof![(0u8..8).prop_map(Op::Get), (0u8..8, any::<u32>()).prop_map(|(k, v)| Op::Put(k, v)), (0u8..8).prop_map(Op::Remove)]\n}\n\n"
                   "struct Model { cap: usize, v: Vec<(u8, u32)> }\nimpl Model {\n    fn touch(&mut self, k: u8) -> Option<u32> { let i = self.v.iter().position(|e| e.0 == k)?; let e = self.v.remove(i); self.v.push(e); Some(e.1) }\n"
                   "    fn put(&mut self, k: u8, val: u32) -> Option<u32> { let old = self.touch(k); if old.is_some() { self.v.last_mut().unwrap().1 = val; } else { if self.v.len() == self.cap { self.v.remove(0); } self.v.push((k, val)); } old }\n"
                   "    fn remove(&mut self, k: u8) -> Option<u32> { let i = self.v.iter().position(|e| e.0 == k)?; Some(self.v.remove(i).1) }\n}\n\n"
                   "proptest! {\n    #[test]\n    fn behaves_like_the_model(cap in 1usize..=5, ops in prop::collection::vec(op(), 1..200)) {\n        let mut c = LruCache::new(cap);\n"
                   "        let mut m = Model { cap, v: Vec::new() };\n        for o in ops {\n            match o {\n                Op::Get(k) => prop_assert_eq!(c.get(&k).copied(), m.touch(k)),\n"
                   "                Op::Put(k, v) => prop_assert_eq!(c.put(k, v), m.put(k, v)),\n                Op::Remove(k) => prop_assert_eq!(c.remove(&k), m.remove(k)),\n            }\n"
                   "            prop_assert_eq!(c.len(), m.v.len());\n            prop_assert_eq!(c.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(), m.v.clone());\n        }\n    }\n}\n"),
             bash("cargo test --test model 2>&1 | tail -12", "", desc="Run the model test", code=101, ms=21000,
                  stderr="thread 'behaves_like_the_model' panicked at tests/model.rs:38:13:\nTest failed: assertion failed: `(left == right)`\n  left: `[(1, 0), (0, 0)]`,\n right: `[(0, 0), (1, 0)]` at tests/model.rs:38.\n"
                         "minimal failing input: cap = 2, ops = [Put(0, 0), Put(1, 0), Put(0, 0)]\n\tsuccesses: 14\n\tlocal rejects: 0\n\tglobal rejects: 0\n\ntest result: FAILED. 0 passed; 1 failed\n"),
             say("The model test found a bug on its 15th case, shrunk to `cap = 2, [put(0), put(1), put(0)]`: `put` on an existing key replaces the value but "
                 "doesn't move the entry to most-recent, so key 1 is now the most recent and key 0 would be evicted next. The seed is saved in "
                 "`proptest-regressions/model.txt`. Fix `put` to promote the entry?")),
        turn("yes, promote it. and run the whole suite plus clippy",
             edit("/home/mira/src/tinylru/src/lib.rs", "    if let Some(&i) = self.map.get(&k) {\n        return Some(std::mem::replace(&mut self.entries[i].value, v));\n    }",
                  "    if let Some(&i) = self.map.get(&k) {\n        self.move_to_tail(i);\n        return Some(std::mem::replace(&mut self.entries[i].value, v));\n    }"),
             bash("cargo test 2>&1 | grep -E '^test result|Running' && cargo clippy --all-targets -- -D warnings 2>&1 | tail -1",
                  "     Running unittests src/lib.rs\ntest result: ok. 17 passed; 0 failed; 0 ignored\n     Running tests/model.rs\ntest result: ok. 1 passed; 0 failed; 0 ignored\n"
                  "   Doc-tests tinylru\ntest result: ok. 4 passed; 0 failed; 0 ignored\n    Finished `dev` profile [unoptimized + debuggable] target(s) in 3.02s", desc="Tests and clippy", ms=34000),
             bash("git add tests/model.rs proptest-regressions/model.txt src/lib.rs && git commit -qm 'put on an existing key promotes it; proptest model test' && git log --oneline -1",
                  "9b3e1d2 put on an existing key promotes it; proptest model test", desc="Commit"),
             say("`put` now promotes an existing key. All tests pass (17 unit, the model test with 256 cases plus the saved regression, 4 doc-tests), clippy is clean, "
                 "and it's committed with the regression file.")),
    ],
)
