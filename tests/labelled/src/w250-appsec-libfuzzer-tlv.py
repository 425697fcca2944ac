LABEL = dict(
    split="heldout8",
    persona="Product security engineer at a payments-terminal maker, fuzzing the C TLV parser used for EMV card data",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 specifies the harness (libFuzzer + ASan/UBSan on tlv_parse in src/tlv.c), the seed corpus to build from test vectors, the build flags, a "
               "60-second bounded run, and what to do on a crash (minimise, add the input as a regression case to the CTest suite); the user anticipates the "
               "length-field overflow and designs the verification: level 5. A fuzz harness and regression test written as the goal, the fix following from what they found: testing (tie-break 2; the fix is a means the user anticipated, not the deliverable). The fuzzer finds "
               "a heap overflow (a failed run, trouble); after the fix, `ctest` passes and a second bounded fuzz run is clean: verified success."),
)

SESSION = dict(
    cwd="/home/yusuf/src/term-fw", start="2026-11-16T09:00:00Z", model="claude-opus-4-6", version="2.1.236", branch="sec/fuzz-tlv",
    turns=[
        turn("Add a libFuzzer harness for tlv_parse() in src/tlv.c: fuzz/tlv_fuzz.c, built with clang -fsanitize=fuzzer,address,undefined -g -O1. Seed corpus from the "
             "hex vectors in test/vectors/emv_*.hex. Run it bounded, -max_total_time=60. My bet is the two-byte length form (0x82) isn't checked against the remaining "
             "buffer – if it crashes, minimise the input, add it as a regression case in test/test_tlv.c, fix, and show me ctest + a clean 60s rerun.",
             read("/home/yusuf/src/term-fw/src/tlv.c",
                  "int tlv_parse(const uint8_t *buf, size_t len, tlv_cb cb, void *ctx) {\n  size_t i = 0;\n  while (i < len) {\n    uint16_t tag = buf[i++];\n    if ((tag & 0x1f) == 0x1f) tag = (tag << 8) | buf[i++];\n"
                  "    size_t l = buf[i++];\n    if (l == 0x81) l = buf[i++];\n    else if (l == 0x82) { l = (buf[i] << 8) | buf[i + 1]; i += 2; }\n    if (cb(tag, buf + i, l, ctx)) return -1;\n    i += l;\n  }\n  return 0;\n}"),
             write("/home/yusuf/src/term-fw/fuzz/tlv_fuzz.c",
                   "#include <stddef.h>\n#include <stdint.h>\n#include \"tlv.h\"\n\nstatic int sink(uint16_t tag, const uint8_t *v, size_t l, void *ctx) {\n  volatile uint8_t x = 0;\n"
                   "  for (size_t k = 0; k < l; k++) x ^= v[k]; /* touch every byte so ASan sees over-reads */\n  (void)tag; (void)ctx; return 0;\n}\n\n"
                   "int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {\n  tlv_parse(data, size, sink, NULL);\n  return 0;\n}\n"),
             bash("mkdir -p fuzz/corpus && for f in test/vectors/emv_*.hex; do xxd -r -p \"$f\" > fuzz/corpus/$(basename \"$f\" .hex).bin; done && ls fuzz/corpus | wc -l && "
                  "clang -fsanitize=fuzzer,address,undefined -g -O1 -Iinclude fuzz/tlv_fuzz.c src/tlv.c -o build/tlv_fuzz",
                  "23", desc="Seed corpus and build the fuzzer", ms=7000),
             bash("./build/tlv_fuzz -max_total_time=60 fuzz/corpus 2>&1 | tail -14",
                  "INFO: seed corpus: files: 23 min: 7b max: 412b total: 3187b rss: 31Mb\n#2048\tpulse  cov: 61 ft: 118 corp: 31/3529b exec/s: 1024\n"
                  "=================================================================\n==48211==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000197 at pc 0x55d1c2 bp 0x7ffd sp 0x7ffd\n"
                  "READ of size 1 at 0x602000000197 thread T0\n    #0 0x55d1c1 in sink fuzz/tlv_fuzz.c:7:41\n    #1 0x55d4a8 in tlv_parse src/tlv.c:10:9\n"
                  "SUMMARY: AddressSanitizer: heap-buffer-overflow fuzz/tlv_fuzz.c:7:41 in sink\nartifact_prefix='./'; Test unit written to ./crash-5f1e0a9b3c\n",
                  code=1, desc="Fuzz for 60 seconds", ms=9000),
             bash("./build/tlv_fuzz -minimize_crash=1 -runs=20000 ./crash-5f1e0a9b3c 2>&1 | tail -1 && xxd minimized-from-*", "CRASH_MIN: failed to minimize beyond ./minimized-from-8e2c (5 bytes), exiting\n00000000: 9f02 82ff ff                               .....", desc="Minimise the crash", ms=5000),
             write("/home/yusuf/src/term-fw/test/test_tlv_regress.inc",
                   "/* fuzz: tag 9F02, 0x82 length 0xFFFF with no value bytes (crash-5f1e0a9b3c) */\nstatic void test_long_length_past_end_is_rejected(void) {\n"
                   "  const uint8_t in[] = {0x9f, 0x02, 0x82, 0xff, 0xff};\n  TEST_ASSERT_EQUAL_INT(-1, tlv_parse(in, sizeof in, count_cb, &n));\n}\n"),
             edit("/home/yusuf/src/term-fw/src/tlv.c",
                  "    size_t l = buf[i++];\n    if (l == 0x81) l = buf[i++];\n    else if (l == 0x82) { l = (buf[i] << 8) | buf[i + 1]; i += 2; }\n    if (cb(tag, buf + i, l, ctx)) return -1;",
                  "    if (i >= len) return -1;\n    size_t l = buf[i++];\n    if (l == 0x81) { if (i + 1 > len) return -1; l = buf[i++]; }\n"
                  "    else if (l == 0x82) { if (i + 2 > len) return -1; l = ((size_t)buf[i] << 8) | buf[i + 1]; i += 2; }\n    else if (l > 0x82) return -1;\n"
                  "    /* the value must fit in what is left: the 0x82 form can claim 64 KiB of a 5-byte buffer */\n    if (l > len - i) return -1;\n    if (cb(tag, buf + i, l, ctx)) return -1;"),
             bash("cmake --build build -j2 >/dev/null && (cd build && ctest --output-on-failure) | tail -4 && "
                  "clang -fsanitize=fuzzer,address,undefined -g -O1 -Iinclude fuzz/tlv_fuzz.c src/tlv.c -o build/tlv_fuzz && ./build/tlv_fuzz -max_total_time=60 fuzz/corpus 2>&1 | tail -2",
                  "12/12 Test #12: tlv_long_length_past_end ..........   Passed    0.01 sec\n\n100% tests passed, 0 tests failed out of 12\nTotal Test time (real) =   0.21 sec\n"
                  "#1203941\tDONE   cov: 74 ft: 162 corp: 48/4712b lim: 4096 exec/s: 19736 rss: 44Mb\nDone 1203941 runs in 61 second(s)", desc="ctest, then a clean 60s fuzz run", ms=75000),
             say("Your bet was right. The fuzzer hit a heap over-read in under a second: tag `9F02`, length form `0x82` claiming 0xFFFF bytes, nothing after it (5-byte minimised input). "
                 "`tlv_parse` never checked the length against the remaining buffer, nor that the length bytes themselves were present.\n\n"
                 "Fix: bounds checks before each length byte, reject length forms above 0x82 (not valid in EMV), and reject `l > len - i`. The minimised input is regression "
                 "test `tlv_long_length_past_end` (12/12 ctest pass), and a fresh 60 s run did 1.2M execs with no crash.")),
    ],
)
