LABEL = dict(
    split="heldout3",
    persona="Senior Python engineer on a payments team's FX conversion library",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 asks for property-based tests (Hypothesis) on split_amount with the exact invariants "
               "(parts sum to the total, parts differ by at most one minor unit, zero-decimal currencies like JPY and "
               "three-decimal ones like KWD), the strategy bounds and a fixed seed in CI: level 5 (verification designed by "
               "the user). Prompt 2 is a short exact correction (use ISO 4217 exponents from the currency table, not a "
               "hard-coded dict). Tests written as the goal: testing. Hypothesis finds a falsifying example (failed run), "
               "the agent fixes the rounding and the rerun passes: trouble resolved, verified."),
)

SESSION = dict(
    cwd="/home/dmitri/src/fxcore", start="2026-06-19T10:40:00Z", model="claude-opus-4-7", version="2.1.267",
    turns=[
        turn("Add hypothesis property tests for fxcore.split.split_amount(amount: Decimal, currency: str, n: int). "
             "Invariants: the parts sum exactly to the amount, each part is quantized to the currency's minor unit, and max(part) - min(part) "
             "is at most one minor unit. Cover 0-decimal (JPY) and 3-decimal (KWD) currencies, not just 2. Amounts up to 10^12, n in 1..500. "
             "Use a derandomized profile for CI (settings profile 'ci', derandomize=True, max_examples=2000).",
             read("/home/dmitri/src/fxcore/fxcore/split.py",
                  "from decimal import Decimal, ROUND_DOWN\n\nMINOR = {\"JPY\": 0, \"KWD\": 3}\n\n\n"
                  "def split_amount(amount: Decimal, currency: str, n: int) -> list[Decimal]:\n    q = Decimal(1).scaleb(-MINOR.get(currency, 2))\n"
                  "    base = (amount / n).quantize(q, rounding=ROUND_DOWN)\n    parts = [base] * n\n    parts[-1] = amount - base * (n - 1)\n    return parts"),
             write("/home/dmitri/src/fxcore/tests/test_split_properties.py",
                   "from decimal import Decimal\n\nfrom hypothesis import given, settings, strategies as st\n\nfrom fxcore.split import split_amount, MINOR\n\n"
                   "settings.register_profile(\"ci\", derandomize=True, max_examples=2000)\n\nCURRENCIES = st.sampled_from([\"USD\", \"EUR\", \"JPY\", \"KWD\"])\n\n\n"
                   "@st.composite\ndef cases(draw):\n    cur = draw(CURRENCIES)\n    exp = MINOR.get(cur, 2)\n    minor = draw(st.integers(min_value=0, max_value=10**12 * 10**exp))\n"
                   "    return Decimal(minor).scaleb(-exp), cur, draw(st.integers(min_value=1, max_value=500))\n\n\n"
                   "@given(cases())\ndef test_parts_sum_to_amount(c):\n    amount, cur, n = c\n    assert sum(split_amount(amount, cur, n)) == amount\n\n\n"
                   "@given(cases())\ndef test_parts_are_quantized_and_within_one_minor_unit(c):\n    amount, cur, n = c\n    q = Decimal(1).scaleb(-MINOR.get(cur, 2))\n"
                   "    parts = split_amount(amount, cur, n)\n    assert all(p == p.quantize(q) for p in parts)\n    assert max(parts) - min(parts) <= q\n"),
             bash("pytest tests/test_split_properties.py -q --hypothesis-profile=ci 2>&1 | tail -12", "", desc="Run the property tests", code=1, ms=21000,
                  stderr="FAILED tests/test_split_properties.py::test_parts_are_quantized_and_within_one_minor_unit\nFalsifying example: test_parts_are_quantized_and_within_one_minor_unit(\n"
                         "    c=(Decimal('1.00'), 'USD', 7),\n)\nE       assert (Decimal('0.16') - Decimal('0.14')) <= Decimal('0.01')\n1 failed, 1 passed in 17.42s\n"),
             say("The sum property holds, but the spread property fails: `split_amount(1.00, USD, 7)` gives six parts of 0.14 and "
                 "a last part of 0.16, because the whole remainder goes onto the last part. That's a real bug for your invariant. "
                 "The fix is to hand the remainder out one minor unit at a time. Shall I change `split_amount`?")),
        turn("yes. and take the exponent from fxcore.currencies.ISO4217 rather than that MINOR dict, it's wrong for BHD/TND/CLF",
             edit("/home/dmitri/src/fxcore/fxcore/split.py",
                  "from decimal import Decimal, ROUND_DOWN\n\nMINOR = {\"JPY\": 0, \"KWD\": 3}\n\n\n"
                  "def split_amount(amount: Decimal, currency: str, n: int) -> list[Decimal]:\n    q = Decimal(1).scaleb(-MINOR.get(currency, 2))\n"
                  "    base = (amount / n).quantize(q, rounding=ROUND_DOWN)\n    parts = [base] * n\n    parts[-1] = amount - base * (n - 1)\n    return parts",
                  "from decimal import Decimal, ROUND_DOWN\n\nfrom fxcore.currencies import ISO4217\n\n\n"
                  "def split_amount(amount: Decimal, currency: str, n: int) -> list[Decimal]:\n    q = Decimal(1).scaleb(-ISO4217[currency].exponent)\n"
                  "    base = (amount / n).quantize(q, rounding=ROUND_DOWN)\n    extra = int((amount - base * n) / q)  # 0 <= extra < n\n"
                  "    return [base + q if i < extra else base for i in range(n)]"),
             bash("sed -i 's/from fxcore.split import split_amount, MINOR/from fxcore.split import split_amount\\nfrom fxcore.currencies import ISO4217/; "
                  "s/MINOR.get(cur, 2)/ISO4217[cur].exponent/g; s/st.sampled_from(\\[\"USD\", \"EUR\", \"JPY\", \"KWD\"\\])/st.sampled_from(sorted(ISO4217))/' tests/test_split_properties.py && "
                  "pytest tests/ -q --hypothesis-profile=ci 2>&1 | tail -2", "........................................................                 [100%]\n56 passed in 48.90s",
                  desc="Draw currencies from ISO4217 and run all tests", ms=52000),
             say("`split_amount` now gives the first `extra` parts one more minor unit, so parts differ by at most one unit and "
                 "still sum exactly. Both the code and the tests take the exponent from `ISO4217` (the tests now draw from every "
                 "currency in the table, so BHD, TND and CLF are covered). With the `ci` profile all 56 tests pass, including both properties.")),
    ],
)
