LABEL = dict(
    split="heldout6",
    persona="QA engineer at an online pharmacy, Java/Spring, moving from manual to automated tests",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the class (DiscountCalculator), the framework (JUnit 5, parameterised) and the cases to cover in general terms "
               "(loyalty tiers, the prescription exemption) and asks for `mvn test`; it leaves the boundary values to the agent: level 3. Tests "
               "written as the goal: testing. `mvn -q test` passes: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/kwame/repos/pharmacy-checkout", start="2026-12-02T09:30:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("Please write JUnit 5 tests for DiscountCalculator in the checkout module – parameterised where it makes sense. Cover the loyalty tiers and the rule "
             "that prescription items never get a discount. Run mvn test at the end.",
             read("/home/kwame/repos/pharmacy-checkout/checkout/src/main/java/com/medibox/checkout/DiscountCalculator.java",
                  "public final class DiscountCalculator {\n    public Money discount(Basket basket, LoyaltyTier tier) {\n        Money eligible = basket.lines().stream()\n"
                  "            .filter(l -> !l.product().prescription())\n            .map(Line::total).reduce(Money.ZERO, Money::plus);\n"
                  "        return switch (tier) { case NONE -> Money.ZERO; case SILVER -> eligible.percent(5); case GOLD -> eligible.percent(10); };\n    }\n}"),
             write("/home/kwame/repos/pharmacy-checkout/checkout/src/test/java/com/medibox/checkout/DiscountCalculatorTest.java",
                   "class DiscountCalculatorTest {\n    private final DiscountCalculator calc = new DiscountCalculator();\n\n    @ParameterizedTest\n"
                   "    @CsvSource({\"NONE, 0.00\", \"SILVER, 2.50\", \"GOLD, 5.00\"})\n    void discountFollowsTier(LoyaltyTier tier, String expected) {\n"
                   "        assertEquals(Money.of(expected), calc.discount(basket(line(\"50.00\", false)), tier));\n    }\n\n    @Test\n    void prescriptionItemsAreNeverDiscounted() {\n"
                   "        assertEquals(Money.of(\"1.00\"), calc.discount(basket(line(\"10.00\", false), line(\"30.00\", true)), LoyaltyTier.GOLD));\n    }\n\n"
                   "    @Test\n    void basketOfOnlyPrescriptionsGetsNothing() {\n        assertEquals(Money.ZERO, calc.discount(basket(line(\"30.00\", true)), LoyaltyTier.GOLD));\n    }\n\n"
                   "    @Test\n    void emptyBasketGetsNothing() {\n        assertEquals(Money.ZERO, calc.discount(basket(), LoyaltyTier.GOLD));\n    }\n}\n"),
             bash("mvn -q -pl checkout test", "[INFO] Tests run: 6, Failures: 0, Errors: 0, Skipped: 0", desc="Run the checkout tests", ms=31000),
             say("Added `DiscountCalculatorTest`: a parameterised test over the three tiers, the prescription exemption in a mixed basket, an all-prescription "
                 "basket and an empty basket. `mvn test` on the checkout module: 6 tests, all passing.")),
    ],
)
