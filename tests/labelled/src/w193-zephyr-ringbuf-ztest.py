LABEL = dict(
    split="heldout6",
    persona="Firmware lead at a wearables company, Zephyr RTOS; terse",
    expertise_level=4, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is terse but pins everything: the module (lib/pktbuf), the framework (ztest), the cases (wrap-around, full buffer rejects, "
               "zero-length put), the platform (native_sim) and the command that must pass (twister -T tests/lib/pktbuf): named things, enumerated "
               "requirements and an acceptance check, no failure modes beyond those: level 4. Tests written as the goal: testing. twister passes: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/lars/fw/band-fw", start="2026-12-02T06:55:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("ztest suite for lib/pktbuf. cases: wrap-around, put on full returns -ENOMEM, zero-len put is a no-op. native_sim. must pass twister -T tests/lib/pktbuf",
             read("/home/lars/fw/band-fw/lib/pktbuf/pktbuf.h",
                  "struct pktbuf { uint8_t *buf; size_t size, head, tail, used; };\nvoid pktbuf_init(struct pktbuf *b, uint8_t *mem, size_t size);\n"
                  "int pktbuf_put(struct pktbuf *b, const uint8_t *data, size_t len);\nsize_t pktbuf_get(struct pktbuf *b, uint8_t *out, size_t max);"),
             write("/home/lars/fw/band-fw/tests/lib/pktbuf/src/main.c",
                   "#include <zephyr/ztest.h>\n#include <errno.h>\n#include \"pktbuf.h\"\n\nstatic uint8_t mem[8];\nstatic struct pktbuf b;\n\n"
                   "static void before(void *f) { ARG_UNUSED(f); pktbuf_init(&b, mem, sizeof(mem)); }\n\n"
                   "ZTEST(pktbuf, test_wrap_around)\n{\n\tuint8_t out[8];\n\tzassert_ok(pktbuf_put(&b, (uint8_t *)\"abcdef\", 6));\n\tzassert_equal(pktbuf_get(&b, out, 4), 4);\n"
                   "\tzassert_ok(pktbuf_put(&b, (uint8_t *)\"ghijk\", 5));\n\tzassert_equal(pktbuf_get(&b, out, 8), 7);\n\tzassert_mem_equal(out, \"efghijk\", 7);\n}\n\n"
                   "ZTEST(pktbuf, test_put_on_full_is_enomem)\n{\n\tzassert_ok(pktbuf_put(&b, (uint8_t *)\"12345678\", 8));\n\tzassert_equal(pktbuf_put(&b, (uint8_t *)\"9\", 1), -ENOMEM);\n}\n\n"
                   "ZTEST(pktbuf, test_zero_len_put_is_noop)\n{\n\tzassert_ok(pktbuf_put(&b, NULL, 0));\n\tzassert_equal(b.used, 0);\n}\n\nZTEST_SUITE(pktbuf, NULL, NULL, before, NULL, NULL);\n"),
             write("/home/lars/fw/band-fw/tests/lib/pktbuf/testcase.yaml",
                   "tests:\n  lib.pktbuf:\n    platform_allow: native_sim\n    integration_platforms:\n      - native_sim\n    tags: pktbuf\n"),
             bash("west twister -T tests/lib/pktbuf -p native_sim --inline-logs",
                  "INFO    - 1 test scenarios (1 configurations) selected, 0 configurations filtered (0 by static filter, 0 at runtime).\n"
                  "INFO    -  1/1 native_sim/native    lib.pktbuf  PASSED (native 0.012s)\nINFO    - 1 of 1 executed test configurations passed (100.00%), 0 failed, 0 errored, 0 skipped\n"
                  "INFO    - 3 of 3 executed test cases passed (100.00%) on 1 out of total 1 platforms", desc="Run twister", ms=47000),
             say("tests/lib/pktbuf: three ztest cases (wrap-around, -ENOMEM on full, zero-length no-op), native_sim only. twister: 3/3 passed.")),
    ],
)
