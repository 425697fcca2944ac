//! Property tests on every collector decoder (OTLP protobuf scan + prost, OTLP/JSON, the gRPC
//! frame reader, config TOML): arbitrary bytes and mutations of valid inputs never panic, and
//! the zero-allocation scan agrees with prost. A short pass; `examples/fuzz_decoders.rs` runs
//! the long one (over a million cases) and checks allocation.

use coxswain_collector::fuzz::{decode_all, mutate, seeds};
use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;

fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    rt.block_on(decode_all(bytes)).map(|_| ()).map_err(TestCaseError::fail)
}

proptest! {
    // A fixed seed keeps the suite deterministic; `examples/fuzz_decoders` explores further.
    #![proptest_config(ProptestConfig {
        cases: 512,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0xC0C5_0001),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic_any_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check(&bytes)?;
    }

    #[test]
    fn mutated_valid_inputs_never_panic_and_scan_agrees_with_prost(
        seed in any::<u64>(), which in 0usize..6, rounds in 1usize..6,
    ) {
        let seeds = seeds();
        let mut rng = StdRng::seed_from_u64(seed);
        let mut bytes = seeds[which % seeds.len()].clone();
        let other = &seeds[(which + 1) % seeds.len()];
        for _ in 0..rounds {
            mutate(&mut rng, &mut bytes, other);
        }
        check(&bytes)?;
    }
}

#[test]
fn every_seed_is_accepted_by_its_own_decoder() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let got: Vec<_> = seeds().iter().map(|s| rt.block_on(decode_all(s)).unwrap()).collect();
    assert!(got[0].protobuf_traces && got[1].grpc_frame && got[2].json_traces);
    assert!(got[3].json_logs && got[4].config && got[5].config);
}
