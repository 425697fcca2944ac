//! The long property pass on every collector decoder: `cargo run --release --example
//! fuzz_decoders -- [cases] [seed]` (default 1,000,000 cases). Each case is random bytes or a
//! mutation of a valid input; none may panic, the scan must agree with prost, and no case may
//! allocate more than a small multiple of its input (a counting allocator measures the peak).
//! Prints how many inputs each decoder accepted and the worst allocation ratio.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use coxswain_collector::fuzz::{Accepted, decode_all, mutate, seeds};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Counts live bytes and their peak since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Allowed peak per case: this many times the input, plus a fixed allowance (runtime, parser
/// tables, error strings).
const MAX_RATIO: usize = 64;
const ALLOWANCE: usize = 256 * 1024;

fn main() {
    let mut args = std::env::args().skip(1);
    let cases: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0xC0C5);
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let seeds = seeds();
    let mut rng = StdRng::seed_from_u64(seed);
    let mut totals = [0u64; 6];
    let mut worst = (0usize, 0usize);
    let started = std::time::Instant::now();
    for case in 0..cases {
        let bytes = if rng.random_range(0..8) == 0 {
            (0..rng.random_range(0..512)).map(|_| rng.random()).collect()
        } else {
            let which = rng.random_range(0..seeds.len());
            let mut b = seeds[which].clone();
            for _ in 0..rng.random_range(1..6) {
                mutate(&mut rng, &mut b, &seeds[(which + 1) % seeds.len()]);
            }
            b
        };
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let a: Accepted = match rt.block_on(decode_all(&bytes)) {
            Ok(a) => a,
            Err(e) => panic!("case {case}: {e}\ninput: {bytes:x?}"),
        };
        let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
        if peak > MAX_RATIO * bytes.len() + ALLOWANCE {
            panic!("case {case}: {peak} bytes allocated for a {}-byte input", bytes.len());
        }
        if peak > worst.0 {
            worst = (peak, bytes.len());
        }
        let flags = [
            a.protobuf_traces,
            a.protobuf_logs,
            a.json_traces,
            a.json_logs,
            a.grpc_frame,
            a.config,
        ];
        for (t, f) in totals.iter_mut().zip(flags) {
            *t += u64::from(f);
        }
    }
    println!(
        "fuzz_decoders: {cases} cases (seed {seed:#x}) in {:.1?}, no panic, scan agreed with prost",
        started.elapsed()
    );
    let names = [
        "protobuf traces",
        "protobuf logs",
        "json traces",
        "json logs",
        "grpc frame",
        "config toml",
    ];
    for (name, n) in names.iter().zip(totals) {
        println!("  accepted as {name:<16} {n:>9}");
    }
    println!(
        "  largest peak allocation: {} bytes for a {}-byte input (bound {MAX_RATIO}x + {ALLOWANCE})",
        worst.0, worst.1
    );
}
