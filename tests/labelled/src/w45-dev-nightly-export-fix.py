LABEL = dict(
    split="heldout",
    persona="Developer on a retail company's integrations team",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the job, the onset (since Monday) and pastes the error, and asks for a fix with a test, "
               "but gives no hypothesis or constraint; prompt 2 asks for one more case (negative quantities on "
               "returns): level 3. Repairing a failing job is fixing. The reproduction test fails first (trouble); "
               "pytest passes after the fix: verified."),
)

SESSION = dict(
    cwd="/home/lt/src/integrations", start="2026-03-25T08:30:00Z", model="claude-sonnet-4-6", version="2.1.239",
    turns=[
        turn("The nightly stock export to the supplier has failed every night since Monday with this:\n\n"
             "  File \"exports/stock.py\", line 58, in format_row\n    qty = f\"{int(row['qty']):06d}\"\nValueError: invalid literal for int() with base 10: '12.0'\n\n"
             "Can you fix it and add a test?",
             read("/home/lt/src/integrations/exports/stock.py",
                  "def format_row(row):\n    sku = row['sku'].ljust(12)\n    qty = f\"{int(row['qty']):06d}\"\n    return f\"{sku}{qty}\"\n"),
             bash("git log --since=2026-03-22 --oneline -- exports/ warehouse/", "a8c1e22 warehouse: read quantities from the new WMS API (decimal strings)", desc="Recent changes to the export and warehouse code"),
             write("/home/lt/src/integrations/tests/test_stock_export.py",
                   "from exports.stock import format_row\n\ndef test_decimal_string_quantity_is_accepted():\n    assert format_row({'sku': 'AB-1001', 'qty': '12.0'}) == 'AB-1001     000012'\n"),
             bash("python -m pytest tests/test_stock_export.py -q", "F\nFAILED tests/test_stock_export.py::test_decimal_string_quantity_is_accepted - ValueError: invalid literal for int() with base 10: '12.0'\n1 failed in 0.08s",
                  code=1, desc="Run the new test (reproduces the bug)"),
             edit("/home/lt/src/integrations/exports/stock.py", "    qty = f\"{int(row['qty']):06d}\"",
                  "    q = Decimal(str(row['qty']))\n    if q != q.to_integral_value():\n        raise ValueError(f\"fractional quantity for {row['sku']}: {q}\")\n    qty = f\"{int(q):06d}\""),
             bash("python -m pytest tests/test_stock_export.py -q", ".\n1 passed in 0.06s", desc="Run the test"),
             say("Cause: on Monday, commit a8c1e22 switched the warehouse reader to the new WMS API, which sends "
                 "quantities as decimal strings (`'12.0'`), and `int('12.0')` fails. `format_row` now parses the "
                 "quantity as a `Decimal` and accepts whole numbers. It raises a clear error for a genuinely "
                 "fractional quantity rather than silently rounding stock. The new test reproduced the failure and "
                 "now passes.")),
        turn("Returns come through with negative quantities, what happens to those? The supplier format has no sign.",
             grep("qty.*< *0|negative|return", path="exports", content="exports/stock.py:12:    rows = [r for r in rows if r['status'] == 'on_hand']"),
             edit("/home/lt/src/integrations/tests/test_stock_export.py", "    assert format_row({'sku': 'AB-1001', 'qty': '12.0'}) == 'AB-1001     000012'\n",
                  "    assert format_row({'sku': 'AB-1001', 'qty': '12.0'}) == 'AB-1001     000012'\n\n\ndef test_negative_quantity_is_rejected():\n    with pytest.raises(ValueError, match='negative'):\n        format_row({'sku': 'AB-1001', 'qty': '-2.0'})\n"),
             edit("/home/lt/src/integrations/exports/stock.py", "    if q != q.to_integral_value():",
                  "    if q < 0:\n        raise ValueError(f\"negative quantity for {row['sku']}: {q}\")\n    if q != q.to_integral_value():"),
             bash("python -m pytest tests/ -q", "...........................\n27 passed in 1.12s", desc="Run all tests"),
             say("Rows are filtered to `status == 'on_hand'` before formatting (line 12), so returns shouldn't "
                 "reach `format_row`. As a guard, a negative quantity now raises `negative quantity for <sku>` "
                 "instead of producing a wrong zero-padded number. I added a test for it, and all 27 tests pass.")),
    ],
)
