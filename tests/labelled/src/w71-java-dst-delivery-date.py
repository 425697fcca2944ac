LABEL = dict(
    split="heldout2",
    persona="Staff backend engineer (Java, Spring Boot) at a grocery delivery company",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the method (OrderScheduler.nextDeliveryDate), the cause (24 hours added instead of one "
               "calendar day in Europe/Berlin), the fix (ZonedDateTime.plusDays), a reproducing test first with a fixed "
               "Clock at a stated instant and the expected date, the command (./gradlew test) and the scope (don't touch "
               "persistence): level 5. A bug repaired, with the test serving the fix, so fixing. The red test run fails "
               "first (trouble, as planned); after the fix `./gradlew test` passes and the commit succeeds: verified."),
)

SESSION = dict(
    cwd="/home/ulrike/src/basket-core", start="2026-05-26T08:20:00Z", model="claude-opus-4-7", version="2.1.254",
    turns=[
        turn("Orders placed late on the Saturday before the spring DST change get a delivery date one day too late. "
             "OrderScheduler.nextDeliveryDate adds 24 hours to the order instant instead of one calendar day in the "
             "store's zone (Europe/Berlin), so a 23:30 Saturday order lands on Monday 00:30 and Sunday is skipped. "
             "First write a failing test in OrderSchedulerTest with a fixed Clock at 2026-03-28T23:30 Berlin time, for "
             "a store that delivers every day, asserting Sunday 2026-03-29. Then fix it with ZonedDateTime.plusDays in "
             "the store zone, run ./gradlew test, and commit. Don't touch the persistence layer; the slot tables are "
             "fine.",
             read("/home/ulrike/src/basket-core/src/main/java/io/basket/scheduling/OrderScheduler.java",
                  "public LocalDate nextDeliveryDate(Store store, Instant placedAt) {\n    Instant candidate = placedAt.plus(Duration.ofHours(24));\n"
                  "    LocalDate day = LocalDateTime.ofInstant(candidate, store.zone()).toLocalDate();\n    while (!slots.deliversOn(store, day)) {\n        day = day.plusDays(1);\n    }\n    return day;\n}\n"),
             read("/home/ulrike/src/basket-core/src/test/java/io/basket/scheduling/OrderSchedulerTest.java",
                  "class OrderSchedulerTest {\n    private final SlotCalendar slots = mock(SlotCalendar.class);\n    private final OrderScheduler scheduler = new OrderScheduler(slots);\n\n"
                  "    @Test\n    void nextDayOnAnOrdinaryWeekday() { ... }\n}\n"),
             edit("/home/ulrike/src/basket-core/src/test/java/io/basket/scheduling/OrderSchedulerTest.java",
                  "    @Test\n    void nextDayOnAnOrdinaryWeekday() { ... }\n",
                  "    @Test\n    void nextDayOnAnOrdinaryWeekday() { ... }\n\n    @Test\n    void lateSaturdayOrderBeforeSpringForwardGoesToSunday() {\n"
                  "        ZoneId berlin = ZoneId.of(\"Europe/Berlin\");\n        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 3, 28, 23, 30, 0, 0, berlin).toInstant(), berlin);\n"
                  "        Store store = Store.builder().id(\"B-104\").zone(berlin).build();\n        when(slots.deliversOn(eq(store), any())).thenReturn(true);\n\n"
                  "        assertEquals(LocalDate.of(2026, 3, 29), scheduler.nextDeliveryDate(store, clock.instant()));\n    }\n"),
             bash("./gradlew test --tests 'io.basket.scheduling.OrderSchedulerTest' -q",
                  "OrderSchedulerTest > lateSaturdayOrderBeforeSpringForwardGoesToSunday() FAILED\n    org.opentest4j.AssertionFailedError: expected: <2026-03-29> but was: <2026-03-30>\n"
                  "        at io.basket.scheduling.OrderSchedulerTest.lateSaturdayOrderBeforeSpringForwardGoesToSunday(OrderSchedulerTest.java:39)\n\n"
                  "2 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.", code=1, desc="Red: run the new test before the fix", ms=31000,
                  pre="Test added. Running it before the fix; it should fail with Monday 03-30."),
             edit("/home/ulrike/src/basket-core/src/main/java/io/basket/scheduling/OrderScheduler.java",
                  "    Instant candidate = placedAt.plus(Duration.ofHours(24));\n    LocalDate day = LocalDateTime.ofInstant(candidate, store.zone()).toLocalDate();",
                  "    // One calendar day in the store's zone, not 24 hours: DST days are 23 or 25 hours long.\n    LocalDate day = placedAt.atZone(store.zone()).plusDays(1).toLocalDate();",
                  pre="Red for the right reason (03-30). Now the fix:"),
             bash("./gradlew test -q", "BUILD SUCCESSFUL in 1m 12s\n214 tests completed, 0 failed", desc="Green: full test suite", ms=72000),
             grep("Duration.ofHours\\(2[24]\\)", path="/home/ulrike/src/basket-core/src/main", content=
                  "src/main/java/io/basket/scheduling/OrderScheduler.java:88:        return placedAt.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(22));"),
             bash("git add src/main/java/io/basket/scheduling/OrderScheduler.java src/test/java/io/basket/scheduling/OrderSchedulerTest.java && git commit -q -m \"scheduling: next delivery day is one calendar day in the store zone (DST)\" && git log -1 --format='%h %s'",
                  "c0a7e51 scheduling: next delivery day is one calendar day in the store zone (DST)", desc="Commit"),
             say("Fixed and committed (c0a7e51).\n\n- `lateSaturdayOrderBeforeSpringForwardGoesToSunday` went red first "
                 "(expected 03-29, was 03-30) and is green now.\n- `nextDeliveryDate` now uses "
                 "`placedAt.atZone(store.zone()).plusDays(1)`.\n- `./gradlew test`: 214 tests, 0 failed. "
                 "Persistence untouched.\n\nOne thing I did **not** change: `cutoffFor` (line 88) has the same pattern, "
                 "`truncatedTo(DAYS)` (UTC midnight) plus 22 hours. In Berlin that puts the cut-off at 23:00 in winter "
                 "and 00:00 in summer rather than 22:00 local. It's outside what you asked for; say if you want the "
                 "same treatment and a test for it.")),
    ],
)
