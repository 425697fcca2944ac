LABEL = dict(
    split="heldout7",
    persona="pharmacy technician in a hospital dispensary who wrote a small paediatric dose helper after an evening course",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (tests for the dose function) and one domain constraint (never above the adult maximum) "
               "but leaves every case to the agent; verification is 'make sure they pass': level 2, not 3, because nothing else is pinned down. "
               "Tests written as the goal: testing. `pytest` passes with no failure before it: verified success."),
)

SESSION = dict(
    cwd="/home/amira/dosecalc", start="2026-12-01T19:30:00Z", model="claude-sonnet-4-6", version="2.1.233",
    turns=[
        turn("I made dose.py for working out children's doses by weight. my tutor says I need tests. can you write some? the dose should never "
             "go above the adult max. make sure they pass",
             read("/home/amira/dosecalc/dose.py",
                  "def dose_mg(weight_kg, mg_per_kg, adult_max_mg):\n    if weight_kg <= 0:\n        raise ValueError('weight must be positive')\n"
                  "    return min(round(weight_kg * mg_per_kg, 1), adult_max_mg)\n"),
             write("/home/amira/dosecalc/test_dose.py",
                   "import pytest\nfrom dose import dose_mg\n\n\ndef test_dose_is_weight_times_rate():\n    assert dose_mg(12, 15, 1000) == 180\n\n\n"
                   "def test_dose_never_exceeds_adult_max():\n    assert dose_mg(80, 15, 1000) == 1000\n\n\ndef test_dose_at_exactly_adult_max():\n"
                   "    assert dose_mg(66.7, 15, 1000.5) == 1000.5\n\n\ndef test_dose_rounded_to_one_decimal():\n    assert dose_mg(7.33, 15, 1000) == 110.0\n\n\n"
                   "@pytest.mark.parametrize('weight', [0, -3])\ndef test_zero_or_negative_weight_is_rejected(weight):\n    with pytest.raises(ValueError):\n        dose_mg(weight, 15, 1000)\n"),
             bash("python -m pytest -q", "......                                                                   [100%]\n6 passed in 0.03s", desc="Run the tests"),
             say("I wrote `test_dose.py` with six tests: the basic weight × rate sum, the adult maximum cap (including a dose landing exactly on it), "
                 "rounding to one decimal place, and that a zero or negative weight is refused. All six pass. You run them yourself with "
                 "`python -m pytest` in this folder.")),
    ],
)
