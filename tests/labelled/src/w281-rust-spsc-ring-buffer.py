LABEL = dict(
    split="heldout9",
    persona="Systems engineer writing an audio pipeline in Rust, adding a lock-free single-producer single-consumer ring buffer",
    expertise_level=5, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 specifies the type (SpscRing<T, const N: usize>), the memory orderings (Release on publish, Acquire "
               "on read), the power-of-two constraint, the false-sharing padding, rules out crossbeam with a reason (no "
               "allocation in the audio thread) and designs the verification (loom model test behind cfg(loom), plus a "
               "proptest): level 5. Building: a new component. Both test runs pass and the commit succeeds; no trouble, so verified."),
)

SESSION = dict(
    cwd="/home/vik/code/tidepool", start="2026-08-06T19:27:44Z",
    model="claude-opus-4-6", version="2.1.211", branch="spsc",
    turns=[
        turn("Add crates/dsp-core/src/spsc.rs: SpscRing<T: Copy, const N: usize>, N power of two (const assert), head/tail as "
             "AtomicUsize each in its own CachePadded (hand-rolled, 128-byte align for apple silicon), push = Release store of "
             "tail after the write, pop = Acquire load. No allocation after new(), which is why not crossbeam's ArrayQueue (it "
             "boxes). Tests: a loom model behind #[cfg(loom)] with one producer pushing 3 and consumer popping 3, and a proptest "
             "that interleaves push/pop against a VecDeque. Run both (RUSTFLAGS=\"--cfg loom\" for the loom one) and commit.",
             write("/home/vik/code/tidepool/crates/dsp-core/src/spsc.rs",
                   "//! Lock-free single-producer single-consumer ring for the audio thread.\n#[repr(align(128))]\nstruct CachePadded<T>(T);\n\n"
                   "pub struct SpscRing<T: Copy, const N: usize> {\n    buf: [UnsafeCell<MaybeUninit<T>>; N],\n    head: CachePadded<AtomicUsize>,\n    tail: CachePadded<AtomicUsize>,\n}\n\n"
                   "impl<T: Copy, const N: usize> SpscRing<T, N> {\n    const _POW2: () = assert!(N.is_power_of_two());\n"
                   "    pub fn push(&self, v: T) -> Result<(), T> { ... self.tail.0.store(t.wrapping_add(1), Ordering::Release); Ok(()) }\n"
                   "    pub fn pop(&self) -> Option<T> { let t = self.tail.0.load(Ordering::Acquire); ... }\n}\n"),
             write("/home/vik/code/tidepool/crates/dsp-core/tests/spsc_loom.rs",
                   "#![cfg(loom)]\n#[test]\nfn push_three_pop_three() {\n    loom::model(|| { ... });\n}\n"),
             write("/home/vik/code/tidepool/crates/dsp-core/tests/spsc_prop.rs",
                   "proptest! {\n    #[test]\n    fn matches_vecdeque(ops in prop::collection::vec(any::<Option<u16>>(), 0..512)) { ... }\n}\n"),
             bash("cargo test -p dsp-core --test spsc_prop",
                  "   Compiling dsp-core v0.4.0 (/home/vik/code/tidepool/crates/dsp-core)\n    Finished `test` profile [unoptimized + debuginfo] target(s) in 6.02s\n"
                  "     Running tests/spsc_prop.rs (target/debug/deps/spsc_prop-3f1e)\n\nrunning 1 test\ntest matches_vecdeque ... ok\n\ntest result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.84s",
                  desc="Property test", ms=8100),
             bash("RUSTFLAGS=\"--cfg loom\" cargo test -p dsp-core --test spsc_loom --release",
                  "     Running tests/spsc_loom.rs (target/release/deps/spsc_loom-a02c)\n\nrunning 1 test\ntest push_three_pop_three ... ok\n\ntest result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 12.40s",
                  desc="Loom model", ms=58000),
             bash("git add crates/dsp-core && git commit -m \"dsp-core: lock-free SPSC ring with loom and proptest coverage\"",
                  "[spsc 9a71d0e] dsp-core: lock-free SPSC ring with loom and proptest coverage\n 4 files changed, 212 insertions(+)", desc="Commit"),
             say("SpscRing is in dsp-core with the power-of-two const assert, 128-byte padded indices and Release/Acquire pairing. "
                 "The proptest (against VecDeque) and the loom model both pass; committed as 9a71d0e.")),
    ],
)
