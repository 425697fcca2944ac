LABEL = dict(
    split="heldout6",
    persona="PHP developer at a web agency, Laravel invoicing app for a client",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the class (InvoiceTotals), the framework (Pest) and what to cover (VAT rounding per line, credit notes negative) and asks "
               "for the run; prompt 2 redirects the environment in a line ('run it in the docker container – we use sail'), one steer with a fact about their setup that "
               "does not outweigh a level-3 framing: level 3. Tests "
               "written as the goal: testing. The first `./vendor/bin/pest` fails on a missing sqlite driver (trouble); `sail pest` then passes: verified success."),
)

SESSION = dict(
    cwd="/home/dani/sites/fennel-invoicing", start="2026-12-02T08:50:00Z", model="claude-sonnet-4-6", version="2.1.250",
    turns=[
        turn("write pest tests for App\\Services\\InvoiceTotals – VAT should be rounded per line not on the total, and credit notes come out negative. then run them",
             read("/home/dani/sites/fennel-invoicing/app/Services/InvoiceTotals.php",
                  "final class InvoiceTotals\n{\n    public function for(Invoice $invoice): Totals\n    {\n        $sign = $invoice->is_credit_note ? -1 : 1;\n"
                  "        $net = $vat = 0;\n        foreach ($invoice->lines as $line) {\n            $lineNet = $line->quantity * $line->unit_price_pence;\n"
                  "            $net += $lineNet;\n            $vat += (int) round($lineNet * $line->vat_rate / 100);\n        }\n        return new Totals($sign * $net, $sign * $vat);\n    }\n}"),
             write("/home/dani/sites/fennel-invoicing/tests/Unit/InvoiceTotalsTest.php",
                   "<?php\n\nuse App\\Models\\Invoice;\nuse App\\Services\\InvoiceTotals;\n\nit('rounds VAT per line, not on the total', function () {\n"
                   "    $invoice = Invoice::factory()->hasLines(3, ['quantity' => 1, 'unit_price_pence' => 333, 'vat_rate' => 20])->create();\n"
                   "    expect((new InvoiceTotals)->for($invoice)->vat)->toBe(201); // 3 × round(66.6), not round(199.8)\n});\n\n"
                   "it('makes credit notes negative', function () {\n    $invoice = Invoice::factory()->creditNote()->hasLines(1, ['quantity' => 2, 'unit_price_pence' => 1000, 'vat_rate' => 20])->create();\n"
                   "    $t = (new InvoiceTotals)->for($invoice);\n    expect($t->net)->toBe(-2000)->and($t->vat)->toBe(-400);\n});\n\n"
                   "it('handles zero-rated lines', function () {\n    $invoice = Invoice::factory()->hasLines(1, ['quantity' => 1, 'unit_price_pence' => 500, 'vat_rate' => 0])->create();\n"
                   "    expect((new InvoiceTotals)->for($invoice)->vat)->toBe(0);\n});\n"),
             bash("./vendor/bin/pest tests/Unit/InvoiceTotalsTest.php", "", desc="Run the tests", code=1, ms=3100,
                  stderr="   FAIL  Tests\\Unit\\InvoiceTotalsTest\n  ⨯ it rounds VAT per line, not on the total\n  Illuminate\\Database\\QueryException: could not find driver (Connection: sqlite, SQL: PRAGMA foreign_keys = ON;)\n\n  Tests:    3 failed (0 assertions)\n"),
             say("The tests couldn't reach a database: this PHP has no sqlite driver (`pdo_sqlite`). I can install it, or run them somewhere that has it.")),
        turn("don't install anything locally, run it in the docker container – we use sail",
             bash("./vendor/bin/sail pest tests/Unit/InvoiceTotalsTest.php",
                  "   PASS  Tests\\Unit\\InvoiceTotalsTest\n  ✓ it rounds VAT per line, not on the total\n  ✓ it makes credit notes negative\n  ✓ it handles zero-rated lines\n\n  Tests:    3 passed (5 assertions)\n  Duration: 0.41s",
                  desc="Run the tests in Sail", ms=8800),
             say("In Sail all three pass: per-line VAT rounding (3 × 67p = 201p, not 200p), negative credit notes, and zero-rated lines.")),
    ],
)
