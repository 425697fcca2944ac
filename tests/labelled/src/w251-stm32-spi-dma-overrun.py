LABEL = dict(
    split="heldout8",
    persona="Embedded firmware engineer on an industrial vibration sensor (STM32G4, PlatformIO, Unity tests on the native env)",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 states the symptom with numbers (every ~4096th frame from the ADXL355 over SPI2 is shifted by one sample), names the suspect (the DMA "
               "half/full callbacks racing the ring buffer's head in adc_ring.c), rules out a clock problem with a reason, and asks for a failing native "
               "test first, then the fix, `pio test -e native` and a commit; prompt 2 is an exact, short correction (the head must be read once, volatile "
               "alone is not enough): level 5. A bug repaired: fixing. The new test fails first, then the first fix still fails one case (trouble); after the "
               "correction `pio test` passes and the commit succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/katja/fw/vibesense", start="2026-11-19T08:20:00Z", model="claude-opus-4-6", version="2.1.238", branch="fix/ring-wrap",
    turns=[
        turn("Every ~4096th frame from the ADXL355 (SPI2, circular DMA, 32-sample half buffers) comes out shifted by one sample. Not the clock – the scope shows SCLK and "
             "DRDY clean and it's exactly at the ring wrap. I think the HT/TC callbacks in src/adc_ring.c race the consumer's read of head when it wraps at 4096. "
             "Write a native unit test in test/test_ring/ that reproduces it (simulate a TC callback between the consumer's two reads of head), watch it fail, then fix. "
             "pio test -e native, and commit.",
             read("/home/katja/fw/vibesense/src/adc_ring.c",
                  "static int32_t ring[RING_LEN];           /* RING_LEN 4096 */\nstatic volatile uint32_t head;           /* written in DMA ISR */\nstatic uint32_t tail;\n\n"
                  "void adc_ring_on_half(const int32_t *s) { memcpy(&ring[head], s, HALF * 4); head = (head + HALF) % RING_LEN; }\n"
                  "size_t adc_ring_read(int32_t *out, size_t max) {\n  size_t n = (head - tail + RING_LEN) % RING_LEN;\n  if (n > max) n = max;\n"
                  "  for (size_t k = 0; k < n; k++) out[k] = ring[(tail + k) % RING_LEN];\n  tail = (head - n + RING_LEN) % RING_LEN;   /* resync */\n  return n;\n}"),
             write("/home/katja/fw/vibesense/test/test_ring/test_ring.c",
                   "#include <unity.h>\n#include \"adc_ring.h\"\n\nstatic int32_t half[HALF];\nstatic int hook_fired;\n/* Called by the test build between the two reads of head. */\n"
                   "void adc_ring_test_hook(void) { if (!hook_fired++) { for (int k = 0; k < HALF; k++) half[k] = 100000 + k; adc_ring_on_half(half); } }\n\n"
                   "void test_isr_between_head_reads_does_not_skip_samples(void) {\n  adc_ring_reset_at(RING_LEN - HALF);\n  for (int k = 0; k < HALF; k++) half[k] = k; adc_ring_on_half(half);\n"
                   "  int32_t out[2 * HALF]; size_t n = adc_ring_read(out, 2 * HALF);\n  TEST_ASSERT_EQUAL_UINT(HALF, n);\n  for (int k = 0; k < HALF; k++) TEST_ASSERT_EQUAL_INT32(k, out[k]);\n"
                   "  n = adc_ring_read(out, 2 * HALF);\n  TEST_ASSERT_EQUAL_UINT(HALF, n);\n  TEST_ASSERT_EQUAL_INT32(100000, out[0]);\n}\n\n"
                   "int main(void) { UNITY_BEGIN(); RUN_TEST(test_isr_between_head_reads_does_not_skip_samples); return UNITY_END(); }\n"),
             edit("/home/katja/fw/vibesense/src/adc_ring.c", "  for (size_t k = 0; k < n; k++) out[k] = ring[(tail + k) % RING_LEN];",
                  "  for (size_t k = 0; k < n; k++) out[k] = ring[(tail + k) % RING_LEN];\n#ifdef UNIT_TEST\n  adc_ring_test_hook();\n#endif"),
             bash("pio test -e native -f test_ring", "Testing...\ntest/test_ring/test_ring.c:19: test_isr_between_head_reads_does_not_skip_samples: Expected 100000 Was 100032\n"
                  "---------------- native:test_ring [FAILED] Took 1.84 seconds ----------------\n=================== 1 test cases: 1 failed, 0 succeeded in 00:00:01.840 ===================", code=1, desc="Run the reproducing test", ms=4000),
             edit("/home/katja/fw/vibesense/src/adc_ring.c", "  tail = (head - n + RING_LEN) % RING_LEN;   /* resync */", "  tail = (tail + n) % RING_LEN;"),
             bash("pio test -e native", "test/test_ring/test_ring.c:19: test_isr_between_head_reads_does_not_skip_samples: PASS\ntest/test_ring/test_ring.c:31: test_overrun_drops_oldest: FAIL: Expected 4064 Was 0\n"
                  "=================== 9 test cases: 1 failed, 8 succeeded in 00:00:03.112 ===================", code=1, desc="Run all native tests", ms=6000),
             say("The reproducing test failed as you predicted (the resync `tail = head - n` read `head` a second time, after the ISR had moved it, skipping 32 samples). "
                 "Computing `tail` from itself fixes that case, but now the existing overrun test fails: with `tail` never resynced, an overrun no longer drops the oldest samples. "
                 "I could make `head` `_Atomic` and keep the resync.")),
        turn("no – read head once into a local at the top and use only that; volatile/atomic on its own doesn't help, it's the second read. overrun = n == RING_LEN - HALF, then move tail.",
             edit("/home/katja/fw/vibesense/src/adc_ring.c",
                  "  size_t n = (head - tail + RING_LEN) % RING_LEN;\n  if (n > max) n = max;",
                  "  const uint32_t h = head;   /* one read: the DMA ISR may advance head while we copy */\n  size_t n = (h - tail + RING_LEN) % RING_LEN;\n"
                  "  if (n >= RING_LEN - HALF) { tail = (h + HALF) % RING_LEN; n = RING_LEN - 2 * HALF; overruns++; }   /* drop oldest */\n  if (n > max) n = max;"),
             bash("pio test -e native", "test/test_ring/test_ring.c:19: test_isr_between_head_reads_does_not_skip_samples: PASS\n...\n=================== 9 test cases: 9 succeeded in 00:00:03.087 ===================", desc="Run all native tests", ms=6000),
             bash("git add src/adc_ring.c test/test_ring && git commit -qm \"adc_ring: read DMA head once per read; fixes 1-sample shift at wrap\" && git log --oneline -1",
                  "5c09d3e adc_ring: read DMA head once per read; fixes 1-sample shift at wrap", desc="Commit"),
             say("`adc_ring_read` now snapshots `head` once; the overrun check works on that snapshot and drops the oldest half-buffer. 9/9 native tests pass, committed as 5c09d3e.")),
    ],
)
