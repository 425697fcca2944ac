LABEL = dict(
    split="dev",
    persona="Platform engineer who owns the CI pipelines of a Python library",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 specifies the pipeline change exactly (matrix over Python 3.10–3.13 × Ubuntu/macOS, "
               "exclude 3.10 on macOS, fail-fast off, pytest with -n auto and a coverage floor of 85%, uploaded once); "
               "later prompts are exact corrections ('the cache key must include the lockfile hash', 'run act locally "
               "for the ubuntu 3.12 leg before you commit') and short follow-ups ('go on', 'yes'): level 5. Orchestrating "
               "the test pipeline is testing. The local act run fails on the coverage floor first (trouble); after the "
               "fix the tests pass and the commit succeeds: verified."),
)

SESSION = dict(
    cwd="/home/eo/src/tidyframe", start="2026-04-20T08:10:00Z", model="claude-opus-4-7", version="2.1.251",
    turns=[
        turn("Rework .github/workflows/test.yml: a matrix over Python 3.10, 3.11, 3.12 and 3.13 on ubuntu-latest and "
             "macos-latest, excluding 3.10 on macOS, fail-fast off. Tests run with pytest -n auto and a coverage floor "
             "of 85% (--cov-fail-under=85); upload coverage only from the ubuntu 3.12 leg so we don't get six reports.",
             read("/home/eo/src/tidyframe/.github/workflows/test.yml",
                  "name: test\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with: { python-version: '3.12' }\n      - run: pip install -e .[test]\n      - run: pytest\n"),
             write("/home/eo/src/tidyframe/.github/workflows/test.yml",
                   "name: test\non: [push, pull_request]\njobs:\n  test:\n    strategy:\n      fail-fast: false\n      matrix:\n        os: [ubuntu-latest, macos-latest]\n        python: ['3.10', '3.11', '3.12', '3.13']\n        exclude:\n          - { os: macos-latest, python: '3.10' }\n"
                   "    runs-on: ${{ matrix.os }}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: ${{ matrix.python }}\n          cache: pip\n      - run: pip install -e .[test] pytest-xdist pytest-cov\n"
                   "      - run: pytest -n auto --cov=tidyframe --cov-report=xml --cov-fail-under=85\n      - if: matrix.os == 'ubuntu-latest' && matrix.python == '3.12'\n        uses: codecov/codecov-action@v4\n        with: { files: coverage.xml }\n"),
             say("The workflow now has a 7-leg matrix (4 Python versions × 2 OS, minus 3.10 on macOS) with "
                 "`fail-fast: false`, runs `pytest -n auto` with an 85% coverage floor, and uploads to Codecov "
                 "only from ubuntu/3.12. I enabled setup-python's pip cache.")),
        turn("The pip cache key must include the lockfile hash, otherwise we restore stale wheels after a bump. "
             "Use cache-dependency-path: requirements/test.lock.",
             edit("/home/eo/src/tidyframe/.github/workflows/test.yml", "          cache: pip\n",
                  "          cache: pip\n          cache-dependency-path: requirements/test.lock\n"),
             edit("/home/eo/src/tidyframe/.github/workflows/test.yml", "      - run: pip install -e .[test] pytest-xdist pytest-cov\n",
                  "      - run: pip install -r requirements/test.lock -e .\n"),
             say("Done. The cache is keyed on `requirements/test.lock`, and the install uses the lockfile (it "
                 "already pins pytest-xdist and pytest-cov), so the cache and the install can't drift apart.")),
        turn("Run act locally for the ubuntu 3.12 leg before you commit.",
             bash("act -j test --matrix os:ubuntu-latest --matrix python:3.12 -q 2>&1 | tail -8",
                  "| ---------- coverage: platform linux, python 3.12.7-final-0 -----------\n| TOTAL                     4120    641    84%\n| FAIL Required test coverage of 85% not reached. Total coverage: 84.44%\n| 612 passed, 3 skipped in 41.22s\n[test/test-3] ❌  Failure - Main pytest -n auto --cov=tidyframe --cov-report=xml --cov-fail-under=85\nError: Job 'test' failed",
                  code=1, desc="Run the ubuntu/3.12 leg with act", ms=98000),
             bash("grep -n 'omit\\|\\[tool.coverage' pyproject.toml", "48:[tool.coverage.run]\n49:source = [\"tidyframe\"]", desc="Check the coverage config"),
             say("All 612 tests pass, but coverage is **84.44%**, under the floor. The old workflow never "
                 "enforced a floor, so this was already the case. `[tool.coverage.run]` has no `omit`, so "
                 "`tidyframe/_vendored/` (third-party code we don't test) is counted. Should I omit it, or do you "
                 "want the floor to stay honest on everything?")),
        turn("omit _vendored, that's what the old Makefile target did too",
             edit("/home/eo/src/tidyframe/pyproject.toml", "[tool.coverage.run]\nsource = [\"tidyframe\"]",
                  "[tool.coverage.run]\nsource = [\"tidyframe\"]\nomit = [\"tidyframe/_vendored/*\"]"),
             bash("act -j test --matrix os:ubuntu-latest --matrix python:3.12 -q 2>&1 | tail -5",
                  "| TOTAL                     3612    402    89%\n| Required test coverage of 85% reached. Total coverage: 88.87%\n| 612 passed, 3 skipped in 40.87s\n[test/test-3] ✅  Success - Main pytest -n auto --cov=tidyframe --cov-report=xml --cov-fail-under=85\n[test/test-3] 🏁  Job succeeded",
                  desc="Run the ubuntu/3.12 leg with act", ms=96000),
             say("With `tidyframe/_vendored/*` omitted, coverage is **88.87%** and the ubuntu/3.12 leg passes "
                 "locally under act (612 passed). Shall I commit?")),
        turn("yes",
             bash("git add .github/workflows/test.yml pyproject.toml && git commit -m \"ci: test matrix 3.10-3.13 x ubuntu/macos, lockfile-keyed pip cache, 85% coverage floor\"",
                  "[ci/matrix 2f8e1b4] ci: test matrix 3.10-3.13 x ubuntu/macos, lockfile-keyed pip cache, 85% coverage floor\n 2 files changed, 24 insertions(+), 6 deletions(-)",
                  desc="Commit"),
             say("Committed on `ci/matrix` (2f8e1b4).")),
        turn("go on, push it and open the PR",
             bash("git push -u origin ci/matrix && gh pr create --fill --base main",
                  "branch 'ci/matrix' set up to track 'origin/ci/matrix'.\nhttps://github.com/tidyframe/tidyframe/pull/418",
                  desc="Push and open a pull request"),
             say("PR #418 is open: https://github.com/tidyframe/tidyframe/pull/418. The matrix will run there; "
                 "the macOS legs are the ones I couldn't try locally.")),
    ],
)
