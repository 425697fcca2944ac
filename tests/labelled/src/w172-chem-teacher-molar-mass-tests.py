LABEL = dict(
    split="heldout6",
    persona="Secondary school chemistry teacher who wrote a small Python helper for her A-level class",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file (molar.py) and the goal (tests so students can't break it) and asks 'can you check they pass', "
               "but says nothing about which cases; prompt 2 answers the agent's question ('which one do you teach?') with a domain fact (18.02, two decimal "
               "places in class), an answer rather than a correction of her own: level 2. Tests written as the goal: testing. The first pytest run fails (trouble); after the fix the rerun passes: verified success."),
)

SESSION = dict(
    cwd="/home/nadia/chem", start="2026-12-01T16:30:00Z", model="claude-sonnet-4-6", version="2.1.250",
    turns=[
        turn("hi, I made molar.py for my a level class, it works out molar mass from a formula like H2SO4. the students keep changing it and breaking "
             "it so I'd like some tests for it. can you check they pass?",
             read("/home/nadia/chem/molar.py",
                  "import re\nMASSES = {'H': 1.008, 'C': 12.011, 'N': 14.007, 'O': 15.999, 'Na': 22.990, 'S': 32.06, 'Cl': 35.45, 'Ca': 40.078}\n\n"
                  "def molar_mass(formula):\n    total = 0.0\n    for el, n in re.findall(r'([A-Z][a-z]?)(\\d*)', formula):\n        total += MASSES[el] * (int(n) if n else 1)\n    return round(total, 2)\n"),
             write("/home/nadia/chem/test_molar.py",
                   "import pytest\nfrom molar import molar_mass\n\n@pytest.mark.parametrize('formula, expected', [\n    ('H2O', 18.0),\n    ('CO2', 44.01),\n    ('NaCl', 58.44),\n"
                   "    ('H2SO4', 98.07),\n    ('CaCO3', 100.09),\n])\ndef test_known_compounds(formula, expected):\n    assert molar_mass(formula) == expected\n\n"
                   "def test_unknown_element_is_an_error():\n    with pytest.raises(KeyError):\n        molar_mass('Xx2')\n"),
             bash("python3 -m pytest -q test_molar.py", "", desc="Run the tests", code=1,
                  stderr="F.....\n=================================== FAILURES ===================================\n___________ test_known_compounds[H2O-18.0] ___________\n"
                         "E       assert 18.02 == 18.0\nFAILED test_molar.py::test_known_compounds[H2O-18.0]\n1 failed, 5 passed in 0.04s\n"),
             say("Five pass, one fails: for water the function gives 18.02 and my test expected 18.0. Which one do you teach?")),
        turn("18.02, we always use 2 decimal places in class so 18.0 is wrong",
             edit("/home/nadia/chem/test_molar.py", "    ('H2O', 18.0),", "    ('H2O', 18.02),"),
             bash("python3 -m pytest -q test_molar.py", "......\n6 passed in 0.03s", desc="Run the tests again"),
             say("Fixed my test – all 6 pass now. If a student breaks `molar.py`, `python3 -m pytest` will show which compound went wrong.")),
    ],
)
