LABEL = dict(
    split="dev",
    persona="Senior Rust developer maintaining a log-ingestion library",
    expertise_level=4, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the crate, the function (parse_line), the failing input class (multi-byte UTF-8 at "
               "the truncation boundary), the expected behaviour (truncate on a char boundary, no panic) and the "
               "checks (a regression test plus cargo test -p ingest-core); prompt 2 corrects the agent's approach "
               "specifically (floor_char_boundary is unstable on their MSRV 1.74): level 4. Repairing a panic is "
               "fixing. cargo test fails twice (trouble), and the user stops with the tests still red: abandoned."),
)

SESSION = dict(
    cwd="/home/vk/src/ingest", start="2026-04-15T19:20:00Z", model="claude-opus-4-7", version="2.1.249",
    turns=[
        turn("parse_line in ingest-core panics with 'byte index 256 is not a char boundary' when a line has a "
             "multi-byte UTF-8 character straddling the 256-byte truncation. It should truncate to the last char "
             "boundary at or before 256 and never panic. Add a regression test with a 3-byte char across the "
             "boundary and run cargo test -p ingest-core.",
             read("/home/vk/src/ingest/ingest-core/src/line.rs",
                  "pub const MAX_LINE: usize = 256;\n\npub fn parse_line(raw: &str) -> Line<'_> {\n    let text = if raw.len() > MAX_LINE { &raw[..MAX_LINE] } else { raw };\n    Line::new(text)\n}"),
             edit("/home/vk/src/ingest/ingest-core/src/line.rs",
                  "    let text = if raw.len() > MAX_LINE { &raw[..MAX_LINE] } else { raw };",
                  "    let text = if raw.len() > MAX_LINE { &raw[..raw.floor_char_boundary(MAX_LINE)] } else { raw };"),
             edit("/home/vk/src/ingest/ingest-core/src/line.rs", "    Line::new(text)\n}",
                  "    Line::new(text)\n}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn truncation_never_splits_a_multibyte_char() {\n        let raw = format!(\"{}€tail\", \"a\".repeat(255)); // € is 3 bytes: 255..258\n"
                  "        assert_eq!(parse_line(&raw).text(), \"a\".repeat(255));\n    }\n}"),
             bash("cargo test -p ingest-core", "error[E0658]: use of unstable library feature 'round_char_boundary'\n --> ingest-core/src/line.rs:4:49\n  |\n4 |     let text = if raw.len() > MAX_LINE { &raw[..raw.floor_char_boundary(MAX_LINE)] } else { raw };\n  |                                                 ^^^^^^^^^^^^^^^^^^^\n\nerror: could not compile `ingest-core` (lib) due to 1 previous error",
                  code=101, desc="Run the ingest-core tests"),
             say("`str::floor_char_boundary` is still unstable on this toolchain. Shall I switch to nightly for "
                 "this crate, or implement it by hand?")),
        turn("No nightly, our MSRV is 1.74. Walk back from 256 with is_char_boundary. And keep the test's "
             "expected value exact.",
             edit("/home/vk/src/ingest/ingest-core/src/line.rs",
                  "    let text = if raw.len() > MAX_LINE { &raw[..raw.floor_char_boundary(MAX_LINE)] } else { raw };",
                  "    let text = if raw.len() > MAX_LINE {\n        let mut end = MAX_LINE;\n        while !raw.is_char_boundary(end) {\n            end -= 1;\n        }\n        &raw[..end]\n    } else {\n        raw\n    };"),
             bash("cargo test -p ingest-core",
                  "running 42 tests\n...\ntest line::tests::truncation_never_splits_a_multibyte_char ... ok\ntest fields::tests::kv_pairs_keep_order ... FAILED\n\nfailures:\n\n---- fields::tests::kv_pairs_keep_order stdout ----\nthread 'fields::tests::kv_pairs_keep_order' panicked at ingest-core/src/fields.rs:88:9:\nassertion `left == right` failed\n  left: [(\"b\", \"2\"), (\"a\", \"1\")]\n right: [(\"a\", \"1\"), (\"b\", \"2\")]\n\ntest result: FAILED. 41 passed; 1 failed; 0 ignored",
                  code=101, desc="Run the ingest-core tests"),
             bash("git stash && cargo test -p ingest-core fields::tests::kv_pairs_keep_order; git stash pop",
                  "test fields::tests::kv_pairs_keep_order ... FAILED\ntest result: FAILED. 0 passed; 1 failed", desc="Check whether the other failure predates the change"),
             say("The truncation fix works: the new regression test passes, and `parse_line` walks back with "
                 "`is_char_boundary`, which is stable since 1.0.\n\nOne unrelated test is red: "
                 "`fields::tests::kv_pairs_keep_order`. It also fails **without** my change (I checked with the "
                 "change stashed), so it was already broken on this branch. It looks like the `HashMap` in "
                 "`fields.rs` doesn't preserve insertion order.")),
        turn("ok, that one's Marta's, leave it. I'll pick this up tomorrow.",
             say("Understood. I've left `fields.rs` alone. The `line.rs` fix and its test are in the working tree, "
                 "not committed.")),
    ],
)
