LABEL = dict(
    split="heldout3",
    persona="Embedded firmware engineer on an STM32-based environmental sensor, C and Ceedling",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 pins the bug down (i2c_read_reg spins forever when the SHT45 NACKs after a brown-out), the "
               "cause to address (the BUSY/NACK path never times out), the constraint (no HAL_Delay, bounded by a "
               "SysTick deadline of 5 ms), the recovery (9 SCL pulses bus-clear) and the verification (a host test with a "
               "mocked register sequence first, then `ceedling test:all`): level 5, with no correction needed. A hang "
               "repaired, tests run to check it: fixing. The reproducing test fails first (red), then the suite passes "
               "and prompt 2's commit succeeds: verified."),
)

SESSION = dict(
    cwd="/home/ruth/fw/airnode", start="2026-06-17T08:15:00Z", model="claude-opus-4-7", version="2.1.266", branch="fix/i2c-nack-hang",
    turns=[
        turn("i2c_read_reg() in drivers/i2c_bus.c spins forever if the SHT45 NACKs the address after a brown-out (seen in "
             "field logs, watchdog fires at 2s). The wait loops on BUSY and on TXIS never time out. Give every wait a deadline "
             "from the SysTick counter (5 ms, no HAL_Delay, this runs from the sensor task), return I2C_ERR_TIMEOUT, and on "
             "timeout do the 9-clock bus clear we already have in i2c_bus_recover(). Write the host test first: mock the "
             "registers so NACKF is set and TXIS never is, assert we return within the deadline. Then ceedling test:all",
             read("/home/ruth/fw/airnode/drivers/i2c_bus.c",
                  "#include \"i2c_bus.h\"\n#include \"systick.h\"\n\nint i2c_read_reg(I2C_TypeDef *i2c, uint8_t addr, uint8_t reg, uint8_t *out, size_t n)\n{\n"
                  "    while (i2c->ISR & I2C_ISR_BUSY) { }\n    i2c->CR2 = (addr << 1) | (1u << I2C_CR2_NBYTES_Pos) | I2C_CR2_START;\n"
                  "    while (!(i2c->ISR & I2C_ISR_TXIS)) { }\n    i2c->TXDR = reg;\n    while (!(i2c->ISR & I2C_ISR_TC)) { }\n"
                  "    i2c->CR2 = (addr << 1) | (n << I2C_CR2_NBYTES_Pos) | I2C_CR2_RD_WRN | I2C_CR2_START | I2C_CR2_AUTOEND;\n"
                  "    for (size_t k = 0; k < n; k++) {\n        while (!(i2c->ISR & I2C_ISR_RXNE)) { }\n        out[k] = (uint8_t)i2c->RXDR;\n    }\n    return I2C_OK;\n}\n\n"
                  "void i2c_bus_recover(I2C_TypeDef *i2c) { /* 9 SCL pulses via GPIO, then re-init */ }"),
             write("/home/ruth/fw/airnode/test/test_i2c_timeout.c",
                   "#include \"unity.h\"\n#include \"i2c_bus.h\"\n#include \"mock_systick.h\"\n#include \"fake_i2c_regs.h\"\n\nstatic I2C_TypeDef regs;\nstatic uint32_t now;\n"
                   "static uint32_t fake_ms(int calls) { (void)calls; return now++; }\n\nvoid setUp(void) { fake_i2c_reset(&regs); now = 1000; systick_ms_StubWithCallback(fake_ms); }\n\n"
                   "void test_read_returns_timeout_when_address_is_nacked(void)\n{\n    uint8_t buf[2];\n    regs.ISR = I2C_ISR_NACKF;            /* TXIS never set */\n"
                   "    i2c_bus_recover_Expect(&regs);\n    TEST_ASSERT_EQUAL(I2C_ERR_TIMEOUT, i2c_read_reg(&regs, 0x44, 0xFD, buf, 2));\n    TEST_ASSERT_LESS_OR_EQUAL_UINT32(1000 + 6, now);\n}\n\n"
                   "void test_read_returns_timeout_when_bus_stays_busy(void)\n{\n    uint8_t buf[2];\n    regs.ISR = I2C_ISR_BUSY;\n    i2c_bus_recover_Expect(&regs);\n"
                   "    TEST_ASSERT_EQUAL(I2C_ERR_TIMEOUT, i2c_read_reg(&regs, 0x44, 0xFD, buf, 2));\n}\n"),
             bash("ceedling test:test_i2c_timeout 2>&1 | tail -6", "", desc="Run the new test (expected to fail)", code=1, ms=30000,
                  stderr="test_i2c_timeout.c:19:test_read_returns_timeout_when_address_is_nacked:FAIL: Test timed out (harness watchdog 2000 ms)\n"
                         "test_i2c_timeout.c:27:test_read_returns_timeout_when_bus_stays_busy:FAIL: Test timed out (harness watchdog 2000 ms)\n"
                         "--------------------\nOVERALL TEST SUMMARY\n--------------------\nTESTED:  2\nPASSED:  0\nFAILED:  2\n"),
             edit("/home/ruth/fw/airnode/drivers/i2c_bus.c",
                  "int i2c_read_reg(I2C_TypeDef *i2c, uint8_t addr, uint8_t reg, uint8_t *out, size_t n)\n{\n"
                  "    while (i2c->ISR & I2C_ISR_BUSY) { }\n    i2c->CR2 = (addr << 1) | (1u << I2C_CR2_NBYTES_Pos) | I2C_CR2_START;\n"
                  "    while (!(i2c->ISR & I2C_ISR_TXIS)) { }\n    i2c->TXDR = reg;\n    while (!(i2c->ISR & I2C_ISR_TC)) { }\n"
                  "    i2c->CR2 = (addr << 1) | (n << I2C_CR2_NBYTES_Pos) | I2C_CR2_RD_WRN | I2C_CR2_START | I2C_CR2_AUTOEND;\n"
                  "    for (size_t k = 0; k < n; k++) {\n        while (!(i2c->ISR & I2C_ISR_RXNE)) { }\n        out[k] = (uint8_t)i2c->RXDR;\n    }\n    return I2C_OK;\n}",
                  "#define I2C_DEADLINE_MS 5u\n\n/* Waits until (ISR & mask) == want, or a NACK, or the deadline. Never blocks the scheduler longer than 5 ms. */\n"
                  "static int wait_flag(I2C_TypeDef *i2c, uint32_t mask, uint32_t want, uint32_t start)\n{\n    while ((i2c->ISR & mask) != want) {\n"
                  "        if (i2c->ISR & I2C_ISR_NACKF) { i2c->ICR = I2C_ICR_NACKCF; return I2C_ERR_TIMEOUT; }\n"
                  "        if ((uint32_t)(systick_ms() - start) > I2C_DEADLINE_MS) { return I2C_ERR_TIMEOUT; }\n    }\n    return I2C_OK;\n}\n\n"
                  "int i2c_read_reg(I2C_TypeDef *i2c, uint8_t addr, uint8_t reg, uint8_t *out, size_t n)\n{\n    const uint32_t t0 = systick_ms();\n    int rc;\n"
                  "    if ((rc = wait_flag(i2c, I2C_ISR_BUSY, 0, t0)) != I2C_OK) goto fail;\n    i2c->CR2 = (addr << 1) | (1u << I2C_CR2_NBYTES_Pos) | I2C_CR2_START;\n"
                  "    if ((rc = wait_flag(i2c, I2C_ISR_TXIS, I2C_ISR_TXIS, t0)) != I2C_OK) goto fail;\n    i2c->TXDR = reg;\n"
                  "    if ((rc = wait_flag(i2c, I2C_ISR_TC, I2C_ISR_TC, t0)) != I2C_OK) goto fail;\n"
                  "    i2c->CR2 = (addr << 1) | (n << I2C_CR2_NBYTES_Pos) | I2C_CR2_RD_WRN | I2C_CR2_START | I2C_CR2_AUTOEND;\n"
                  "    for (size_t k = 0; k < n; k++) {\n        if ((rc = wait_flag(i2c, I2C_ISR_RXNE, I2C_ISR_RXNE, t0)) != I2C_OK) goto fail;\n        out[k] = (uint8_t)i2c->RXDR;\n    }\n"
                  "    return I2C_OK;\nfail:\n    i2c_bus_recover(i2c);\n    return rc;\n}"),
             bash("ceedling test:all 2>&1 | tail -6", "--------------------\nOVERALL TEST SUMMARY\n--------------------\nTESTED:  38\nPASSED:  38\nFAILED:   0\nIGNORED:  0",
                  desc="Run all host tests", ms=64000),
             say("Both new tests failed first (they hit the harness's 2 s watchdog, the same hang as in the field). Now every wait in "
                 "`i2c_read_reg` goes through `wait_flag()`, which returns `I2C_ERR_TIMEOUT` on NACKF or when `systick_ms()` "
                 "passes the 5 ms deadline (one deadline for the whole transaction, wrap-safe subtraction), and the failure path "
                 "calls `i2c_bus_recover()`. `ceedling test:all`: 38/38 pass.")),
        turn("commit", bash("git add drivers/i2c_bus.c test/test_i2c_timeout.c && git commit -m 'i2c: 5 ms deadline on every wait, bus clear on NACK/timeout'",
                            "[fix/i2c-nack-hang 0c4d7b2] i2c: 5 ms deadline on every wait, bus clear on NACK/timeout\n 2 files changed, 61 insertions(+), 9 deletions(-)", desc="Commit"),
             say("Committed 0c4d7b2 on `fix/i2c-nack-hang`.")),
    ],
)
