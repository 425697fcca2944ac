LABEL = dict(
    split="heldout3",
    persona="PHP developer at a small agency maintaining a client's Laravel billing app",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the symptom with numbers (invoice total off by a penny against the line items), the "
               "class (InvoiceCalculator) and asks for a test and the suite to pass, leaving the cause and the rounding "
               "approach to the agent: level 3. A wrong total repaired, tests run to check it: fixing. The new test fails "
               "first (red), then passes with the whole suite, and the fix is committed: trouble resolved, verified."),
)

SESSION = dict(
    cwd="/var/www/clients/hollandfloors-billing", start="2026-06-11T09:30:00Z", model="claude-sonnet-4-6", version="2.1.263",
    turns=[
        turn("customer complained invoice #10482 total is £1 234.57 but the lines add up to £1 234.56. I think it's "
             "rounding in InvoiceCalculator. fix it, add a test with that invoice's lines, make sure phpunit passes",
             read("/var/www/clients/hollandfloors-billing/app/Billing/InvoiceCalculator.php",
                  "<?php\n\nnamespace App\\Billing;\n\nclass InvoiceCalculator\n{\n    public function total(array $lines): float\n    {\n        $net = 0;\n"
                  "        foreach ($lines as $l) {\n            $net += $l['qty'] * $l['unit_price'];\n        }\n        return round($net * 1.2, 2);\n    }\n\n"
                  "    public function lineTotal(array $l): float\n    {\n        return round($l['qty'] * $l['unit_price'] * 1.2, 2);\n    }\n}"),
             write("/var/www/clients/hollandfloors-billing/tests/Unit/InvoiceTotalMatchesLinesTest.php",
                   "<?php\n\nnamespace Tests\\Unit;\n\nuse App\\Billing\\InvoiceCalculator;\nuse PHPUnit\\Framework\\TestCase;\n\nclass InvoiceTotalMatchesLinesTest extends TestCase\n{\n"
                   "    public function test_total_equals_sum_of_rounded_lines_for_invoice_10482(): void\n    {\n        $lines = [\n"
                   "            ['qty' => 3, 'unit_price' => 18.745],\n            ['qty' => 12, 'unit_price' => 41.275],\n            ['qty' => 7, 'unit_price' => 59.135],\n        ];\n"
                   "        $c = new InvoiceCalculator();\n        $sum = array_sum(array_map(fn ($l) => $c->lineTotal($l), $lines));\n\n"
                   "        $this->assertSame(round($sum, 2), $c->total($lines));\n    }\n}\n"),
             bash("vendor/bin/phpunit --filter InvoiceTotalMatchesLines", "", desc="Run the new test", code=1,
                  stderr="F                                                                   1 / 1 (100%)\n\nFailed asserting that 1234.57 is identical to 1234.56.\n\nFAILURES!\nTests: 1, Assertions: 1, Failures: 1.\n"),
             edit("/var/www/clients/hollandfloors-billing/app/Billing/InvoiceCalculator.php",
                  "        $net = 0;\n        foreach ($lines as $l) {\n            $net += $l['qty'] * $l['unit_price'];\n        }\n        return round($net * 1.2, 2);",
                  "        // The invoice shows rounded line totals, so the total must be their sum, not a rounding of the raw sum.\n"
                  "        return round(array_sum(array_map(fn ($l) => $this->lineTotal($l), $lines)), 2);"),
             bash("vendor/bin/phpunit", "PHPUnit 10.5.20 by Sebastian Bergmann and contributors.\n\n..............................................  46 / 46 (100%)\n\nOK (46 tests, 112 assertions)",
                  desc="Run the whole suite", ms=9000),
             bash("git add app/Billing/InvoiceCalculator.php tests/Unit/InvoiceTotalMatchesLinesTest.php && git commit -m 'Invoice total = sum of rounded line totals (#10482)'",
                  "[main 81c0e2a] Invoice total = sum of rounded line totals (#10482)\n 2 files changed, 24 insertions(+), 5 deletions(-)", desc="Commit the fix"),
             say("You were right, it was rounding. `total()` rounded the VAT-inclusive sum of the raw line amounts, while the "
                 "invoice prints each line rounded; with half-penny unit prices the two differ by a penny. `total()` now sums "
                 "the rounded line totals, so the total always matches what the customer sees.\n\nThe new test with #10482's "
                 "lines failed before the change (1234.57 vs 1234.56) and passes now; the full suite passes (46 tests). Committed as 81c0e2a.")),
    ],
)
