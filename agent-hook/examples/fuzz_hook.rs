//! A long fuzz pass over the hook's decoders (the property tests run a short one): a million
//! cases by default of random bytes, mutated payload fixtures and splices of them, through the
//! payload parser and Claude Code adapter, the transcript line readers, timestamps and secret
//! redaction; every 100th case is also read as a transcript file by the window reader. A panic
//! prints the case (hex) and aborts. Prints cases per second at the end.
//!
//! `cargo run -p agent-hook --example fuzz_hook -- [CASES] [SEED]`

#[path = "../tests/common/decoders.rs"]
mod decoders;

use rand::{Rng, SeedableRng, rngs::StdRng};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let cases: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0xC0C5);
    let seeds = decoders::seeds();
    assert!(!seeds.is_empty(), "no payload fixtures under agent-hook/tests/fixtures");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rng = StdRng::seed_from_u64(seed);
    let started = Instant::now();
    let mut recorder = decoders::memory_recorder();
    let mut bytes_total = 0u64;
    for case in 0..cases {
        if case % 10_000 == 0 {
            // Fresh memory: random session ids would otherwise pile up state.
            recorder = decoders::memory_recorder();
        }
        let input = generate(&mut rng, &seeds);
        bytes_total += input.len() as u64;
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            decoders::exercise(&recorder, &input);
            if case % 100 == 0 {
                decoders::exercise_window(dir.path(), &input, rng_offset(case, input.len()));
            }
        }));
        if run.is_err() {
            eprintln!("case {case} panicked; input (hex): {}", hex::encode(&input));
            std::process::exit(1);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "fuzz_hook: {cases} cases ({:.1} MiB) in {secs:.1} s, {:.0} cases/s, no panic",
        bytes_total as f64 / 1048576.0,
        cases as f64 / secs
    );
}

fn rng_offset(case: u64, len: usize) -> u64 {
    case % (len as u64 + 2)
}

/// One input: random bytes, a mutated fixture line, or two fixtures spliced.
fn generate(rng: &mut StdRng, seeds: &[Vec<u8>]) -> Vec<u8> {
    match rng.random_range(0..4) {
        0 => (0..rng.random_range(0..256)).map(|_| rng.random()).collect(),
        1 => {
            let a = &seeds[rng.random_range(0..seeds.len())];
            let b = &seeds[rng.random_range(0..seeds.len())];
            let (i, j) = (rng.random_range(0..=a.len()), rng.random_range(0..=b.len()));
            [&a[..i], &b[j..]].concat()
        }
        _ => {
            let mut bytes = seeds[rng.random_range(0..seeds.len())].clone();
            for _ in 0..rng.random_range(1..8) {
                let at = rng.random_range(0..=bytes.len());
                match rng.random_range(0..4) {
                    0 if at < bytes.len() => bytes[at] = rng.random(),
                    // Bytes that matter to JSON and to the surrogate repair.
                    1 => bytes.insert(
                        at,
                        *b"\"\\{}[]:,u0dD8\n".get(rng.random_range(0..14)).unwrap_or(&b'x'),
                    ),
                    2 => bytes.insert(at, rng.random()),
                    _ => bytes.truncate(at),
                }
            }
            bytes
        }
    }
}
