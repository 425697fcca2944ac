LABEL = dict(
    split="heldout13",
    persona="swimming club volunteer who inherited the gala results script",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the script (gala.py) and the goal ('make sure it gets the places right… the tests the last guy talked about') with one constraint (ties share a place); the agent chooses what to test. Prompt 2 is a yes to a question. Level 2. "
               "Tests written as the goal: testing. The first `pytest` run fails (the tie test finds that the script gives tied swimmers different places), which is trouble; after the fix `pytest` passes (5 passed), which is evidence after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/home/dave/swimclub/gala", start="2026-11-29T20:40:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="main",
    turns=[
        turn("Hi I do the results for our swimming club galas, the script is gala.py (the last volunteer wrote it). Before the december gala can you make sure it gets the places right? he always said it needed 'tests'. if two swimmers get the same time they should get the same place",
             read("/home/dave/swimclub/gala/gala.py", "import csv\n\ndef parse_time(t):\n    \"\"\"'1:05.32' or '38.90' -> seconds\"\"\"\n    if ':' in t:\n        m, s = t.split(':')\n        return int(m) * 60 + float(s)\n    return float(t)\n\ndef places(results):\n    \"\"\"results: list of (name, time_str, status). DQ/DNS get no place.\"\"\"\n    ok = [r for r in results if r[2] == 'OK']\n    ok.sort(key=lambda r: parse_time(r[1]))\n    return [(i + 1, r[0], r[1]) for i, r in enumerate(ok)]\n\nif __name__ == '__main__':\n    import sys\n    rows = list(csv.reader(open(sys.argv[1])))\n    for p in places([tuple(r) for r in rows[1:]]):\n        print(*p)"),
             write("/home/dave/swimclub/gala/test_gala.py", "from gala import parse_time, places\n\n\ndef test_parse_seconds_only():\n    assert parse_time('38.90') == 38.9\n\n\ndef test_parse_minutes():\n    assert abs(parse_time('1:05.32') - 65.32) < 1e-9\n\n\ndef test_fastest_first():\n    r = [('Amy', '40.10', 'OK'), ('Ben', '38.90', 'OK'), ('Cal', '1:02.00', 'OK')]\n    assert [p[1] for p in places(r)] == ['Ben', 'Amy', 'Cal']\n\n\ndef test_dq_and_dns_get_no_place():\n    r = [('Amy', '40.10', 'DQ'), ('Ben', '38.90', 'OK'), ('Cal', '', 'DNS')]\n    assert places(r) == [(1, 'Ben', '38.90')]\n\n\ndef test_tie_shares_place_and_next_is_skipped():\n    r = [('Amy', '39.50', 'OK'), ('Ben', '39.50', 'OK'), ('Cal', '40.00', 'OK')]\n    assert [(p[0], p[1]) for p in places(r)] == [(1, 'Amy'), (1, 'Ben'), (3, 'Cal')]\n"),
             bash("python3 -m pytest -q", "....F                                                                    [100%]\n=================================== FAILURES ===================================\n___________________ test_tie_shares_place_and_next_is_skipped ___________________\n\n    def test_tie_shares_place_and_next_is_skipped():\n        r = [('Amy', '39.50', 'OK'), ('Ben', '39.50', 'OK'), ('Cal', '40.00', 'OK')]\n>       assert [(p[0], p[1]) for p in places(r)] == [(1, 'Amy'), (1, 'Ben'), (3, 'Cal')]\nE       AssertionError: assert [(1, 'Amy'), (2, 'Ben'), (3, 'Cal')] == [(1, 'Amy'), (1, 'Ben'), (3, 'Cal')]\n=========================== short test summary info ============================\nFAILED test_gala.py::test_tie_shares_place_and_next_is_skipped - AssertionError\n1 failed, 4 passed in 0.04s", code=1, desc="Run the new tests"),
             say("I wrote 5 tests in `test_gala.py`. Four pass, but the tie test fails: the script gives two swimmers with the same time places 1 and 2 instead of both 1st. So it *is* getting ties wrong at the moment. Do you want me to fix gala.py so tied swimmers share the place and the next one is 3rd (the usual swimming rule)?")),
        turn("yes please do that",
             edit("/home/dave/swimclub/gala/gala.py", "    return [(i + 1, r[0], r[1]) for i, r in enumerate(ok)]",
                  "    out = []\n    for i, r in enumerate(ok):\n        if i and parse_time(r[1]) == parse_time(ok[i - 1][1]):\n            place = out[-1][0]\n        else:\n            place = i + 1\n        out.append((place, r[0], r[1]))\n    return out"),
             bash("python3 -m pytest -q", ".....                                                                    [100%]\n5 passed in 0.03s", desc="Run the tests again"),
             say("Fixed: swimmers with the same time now share the place and the next swimmer skips one (1, 1, 3). All 5 tests pass. Before each gala you can type `python3 -m pytest -q` in this folder to check nothing has broken.")),
    ],
)
