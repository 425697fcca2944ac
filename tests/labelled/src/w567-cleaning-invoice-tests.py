LABEL = dict(
    split="heldout19",
    persona="cleaning company owner asked by her accountant's son to get tests for her invoice script",
    expertise_level=1, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 passes on someone else's advice ('he said I need tests for it') without knowing what a test is or what to check, and the agent explains what tests are and later why its terminal could not find pytest: level 1. "
               "The agent writes pytest tests for the existing invoice script as the goal of the session, changing no invoice code: testing. "
               "The first `python -m pytest` fails with No module named pytest (trouble); after installing it the run passes (6 passed), which is evidence after the last trouble, so verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\Donna\\Documents\\SparkleClean", start="2026-12-01T19:30:00Z", model="claude-sonnet-4-5", version="2.1.240", branch="",
    turns=[
        turn("my accountants son wrote invoices.py for me last year and it does all the monthly invoices. I asked him to add the new VAT thing and he said I need tests for it first before anyone changes it. I dont know what that means really, can you do the tests",
             read("C:\\Users\\Donna\\Documents\\SparkleClean\\invoices.py", "import sys\nimport pandas as pd\n\nRATE = 18.50          # per hour\nMIN_CHARGE = 40.00    # minimum per visit\nSUPPLIES = 4.00       # per visit if we bring products\n\n\ndef visit_charge(hours, own_products):\n    charge = max(hours * RATE, MIN_CHARGE)\n    if not own_products:\n        charge += SUPPLIES\n    return round(charge, 2)\n\n\ndef month_total(visits):\n    \"\"\"visits: list of (hours, own_products).\"\"\"\n    return round(sum(visit_charge(h, o) for h, o in visits), 2)\n\n\nif __name__ == '__main__':\n    log = pd.read_excel(sys.argv[1])\n    for client, rows in log.groupby('Client'):\n        total = month_total(list(zip(rows.Hours, rows.OwnProducts == 'yes')))\n        print(f'{client}: £{total:.2f}')\n"),
             write("C:\\Users\\Donna\\Documents\\SparkleClean\\test_invoices.py", "\"\"\"Checks that invoices.py charges what Donna's price list says. Run: python -m pytest\"\"\"\nfrom invoices import visit_charge, month_total\n\n\ndef test_hourly_rate():\n    assert visit_charge(3, own_products=True) == 55.50\n\n\ndef test_short_visit_pays_minimum_charge():\n    assert visit_charge(1.5, own_products=True) == 40.00\n\n\ndef test_supplies_added_when_we_bring_products():\n    assert visit_charge(3, own_products=False) == 59.50\n\n\ndef test_supplies_added_on_top_of_minimum():\n    assert visit_charge(1, own_products=False) == 44.00\n\n\ndef test_half_hours():\n    assert visit_charge(2.5, own_products=True) == 46.25\n\n\ndef test_month_total_adds_visits():\n    assert month_total([(2, True), (2, True), (3, False)]) == 40.00 + 40.00 + 59.50\n"),
             bash("cd C:\\Users\\Donna\\Documents\\SparkleClean && python -m pytest -q", "C:\\Users\\Donna\\AppData\\Local\\Programs\\Python\\Python312\\python.exe: No module named pytest", code=1, desc="Run the tests"),
             bash("cd C:\\Users\\Donna\\Documents\\SparkleClean && python -m pip install pytest -q && python -m pytest -q", "......                                                                   [100%]\n6 passed in 0.21s", desc="Install pytest and run the tests", ms=14000),
             say("Done, and all 6 tests pass.\n\n**What a test is:** a small piece of code that runs your invoice calculation with known numbers and checks the answer is what your price list says. If someone later changes invoices.py (for the VAT) and breaks something, a test fails and they know straight away.\n\nI wrote **test_invoices.py** with checks for:\n- the £18.50 hourly rate (3 hours = £55.50)\n- the £40 minimum for short visits\n- the £4 supplies charge when you bring products, including on top of the minimum\n- half hours (2.5 hours = £46.25)\n- a month's total adding up its visits\n\nThe first run failed only because the testing tool (pytest) wasn't installed on this laptop; I installed it and ran them again.\n\nYou can tell your accountant's son the tests are in test_invoices.py and run with `python -m pytest`. I didn't change invoices.py at all.")),
        turn("ok great I'll tell him. thanks",
             say("You're welcome. When he adds the VAT, he can add a test for it in the same file.")),
    ],
)
