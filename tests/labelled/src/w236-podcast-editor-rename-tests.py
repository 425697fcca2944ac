LABEL = dict(
    split="heldout8",
    persona="Freelance podcast editor with a small Python script that renames and tags episode files",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the script (rename_eps.py) and the goal (tests so it doesn't break when she changes it), with one implied "
               "constraint (the 'ep 7' style names clients send); 'can you check it works' is a level-2 check and she leaves the cases to the agent: level 2. "
               "Tests written as the goal: testing. The first `pytest` run fails on a real bug (a two-digit episode number, trouble); after the fix "
               "`pytest` passes, which is evidence after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/Users/nadia/podtools", start="2026-11-29T10:00:00Z", model="claude-sonnet-4-6", version="2.1.250",
    turns=[
        turn("i have rename_eps.py that renames the files clients send me (like 'ep 7 final FINAL.wav') to my format. can you make some tests for it so i know it doesnt break when i change stuff? and check it works",
             read("/Users/nadia/podtools/rename_eps.py",
                  "import re, sys, pathlib\n\ndef new_name(show, old):\n    m = re.search(r'ep\\.?\\s*(\\d)', old, re.I)\n    if not m:\n        raise ValueError(f'no episode number in {old}')\n"
                  "    return f\"{show}_E{int(m.group(1)):03d}{pathlib.Path(old).suffix.lower()}\"\n\nif __name__ == '__main__':\n    ..."),
             write("/Users/nadia/podtools/test_rename_eps.py",
                   "import pytest\nfrom rename_eps import new_name\n\n@pytest.mark.parametrize('old,expected', [\n    ('ep 7 final FINAL.wav', 'gardenpod_E007.wav'),\n"
                   "    ('Ep.12 mixdown.WAV', 'gardenpod_E012.wav'),\n    ('EP 104 v2.mp3', 'gardenpod_E104.mp3'),\n    ('ep3.wav', 'gardenpod_E003.wav'),\n])\n"
                   "def test_new_name(old, expected):\n    assert new_name('gardenpod', old) == expected\n\ndef test_no_number_is_an_error():\n    with pytest.raises(ValueError):\n        new_name('gardenpod', 'final mix.wav')\n"),
             bash("python3 -m pytest -q test_rename_eps.py",
                  "..FF.                                                                    [100%]\n=================================== FAILURES ===================================\n"
                  "___________________ test_new_name[Ep.12 mixdown.WAV-gardenpod_E012.wav] ___________________\nE       AssertionError: assert 'gardenpod_E001.wav' == 'gardenpod_E012.wav'\n"
                  "___________________ test_new_name[EP 104 v2.mp3-gardenpod_E104.mp3] ___________________\nE       AssertionError: assert 'gardenpod_E001.mp3' == 'gardenpod_E104.mp3'\n"
                  "2 failed, 3 passed in 0.04s", code=1, desc="Run the new tests"),
             edit("/Users/nadia/podtools/rename_eps.py", "    m = re.search(r'ep\\.?\\s*(\\d)', old, re.I)", "    m = re.search(r'ep\\.?\\s*(\\d+)', old, re.I)"),
             bash("python3 -m pytest -q test_rename_eps.py", ".....                                                                    [100%]\n5 passed in 0.03s", desc="Run the tests again"),
             say("I added `test_rename_eps.py` with five cases. It caught a real bug: the script only read the **first digit** of the episode number, so "
                 "\"Ep.12\" became E001 and \"EP 104\" became E001 too. I changed `(\\d)` to `(\\d+)` and all 5 tests pass now.\n\n"
                 "To run them yourself: `python3 -m pytest` in the podtools folder (it needs `pip install pytest` once).")),
    ],
)
