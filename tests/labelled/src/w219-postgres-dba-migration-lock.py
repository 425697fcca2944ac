LABEL = dict(
    split="heldout7",
    persona="PostgreSQL DBA at a payroll SaaS company, owns the migration tooling",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the migration, the table, the failure (the ACCESS EXCLUSIVE lock queueing behind autovacuum and blocking reads), "
               "the fix (NOT VALID then VALIDATE in a separate transaction, lock_timeout 3s with retries) and designs the check up front: a test "
               "that holds a conflicting lock and asserts the migration gives up instead of queueing; prompt 2 corrects the agent exactly "
               "('SHARE UPDATE EXCLUSIVE, not ROW EXCLUSIVE'): level 5. A broken migration repaired: fixing. The new test fails first (trouble); "
               "after the fix pytest passes and the commit succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/ajit/src/payroll-db", start="2026-12-02T06:40:00Z", model="claude-opus-4-5", version="2.1.247", branch="fix/0142-fk-lock",
    turns=[
        turn("0142_payslip_fk.sql took an ACCESS EXCLUSIVE on payslips in staging, queued behind an autovacuum (to prevent wraparound) and everything "
             "reading payslips piled up behind it for 4 min. Rewrite it: ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in its own "
             "transaction; SET lock_timeout = '3s' in both and let the runner retry (max 5, it already supports retry_on=lock_not_available). Before "
             "touching the migration, add a test in tests/migrations/ that holds a conflicting lock on payslips from a second connection and asserts "
             "the migration fails fast with lock_not_available rather than waiting. run with pytest -k 0142",
             read("/home/ajit/src/payroll-db/migrations/0142_payslip_fk.sql",
                  "-- migrate:up\nALTER TABLE payslips ADD CONSTRAINT payslips_employee_fk FOREIGN KEY (employee_id) REFERENCES employees(id);\n"),
             write("/home/ajit/src/payroll-db/tests/migrations/test_0142_lock.py",
                   "import time\nimport pytest\nfrom psycopg import errors\nfrom tools.migrate import apply_one\n\n\ndef test_0142_fails_fast_behind_conflicting_lock(db, second_conn):\n"
                   "    with second_conn.transaction():\n        second_conn.execute('LOCK TABLE payslips IN ROW EXCLUSIVE MODE')\n        t0 = time.monotonic()\n"
                   "        with pytest.raises(errors.LockNotAvailable):\n            apply_one(db, '0142_payslip_fk', retries=0)\n        assert time.monotonic() - t0 < 5\n"),
             bash("pytest -k 0142 -q", "F                                                                        [100%]\nFAILED tests/migrations/test_0142_lock.py::test_0142_fails_fast_behind_conflicting_lock - Failed: Timeout >30.0s\n1 failed in 30.42s",
                  code=1, desc="Run the new test (should fail before the fix)", ms=31000),
             say("The test fails as expected: the current migration waits behind the held lock until pytest's 30 s timeout. Now rewriting the migration.")),
        turn("the holder should take SHARE UPDATE EXCLUSIVE, not ROW EXCLUSIVE - that's what autovacuum holds, and ROW EXCLUSIVE wouldn't block VALIDATE. fix the test then the migration",
             edit("/home/ajit/src/payroll-db/tests/migrations/test_0142_lock.py", "LOCK TABLE payslips IN ROW EXCLUSIVE MODE", "LOCK TABLE payslips IN SHARE UPDATE EXCLUSIVE MODE  # what autovacuum holds"),
             write("/home/ajit/src/payroll-db/migrations/0142_payslip_fk.sql",
                   "-- migrate:up transaction:false retry_on:lock_not_available retries:5\nBEGIN;\nSET LOCAL lock_timeout = '3s';\n"
                   "ALTER TABLE payslips ADD CONSTRAINT payslips_employee_fk FOREIGN KEY (employee_id) REFERENCES employees(id) NOT VALID;\nCOMMIT;\n\n"
                   "BEGIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE payslips VALIDATE CONSTRAINT payslips_employee_fk;\nCOMMIT;\n"),
             bash("pytest -k 0142 -q", "..                                                                       [100%]\n2 passed in 4.07s", desc="Run the 0142 tests", ms=5000),
             bash("git add migrations/0142_payslip_fk.sql tests/migrations/test_0142_lock.py && git commit -m '0142: add payslips FK NOT VALID + VALIDATE with lock_timeout 3s; test fails fast behind autovacuum lock'",
                  "[fix/0142-fk-lock b73e2c1] 0142: add payslips FK NOT VALID + VALIDATE with lock_timeout 3s; test fails fast behind autovacuum lock\n 2 files changed, 24 insertions(+), 2 deletions(-)",
                  desc="Commit"),
             say("You're right – ROW EXCLUSIVE doesn't conflict with the VALIDATE step's SHARE UPDATE EXCLUSIVE, so the test would only have covered the "
                 "first statement. The holder now takes SHARE UPDATE EXCLUSIVE. The migration is split into NOT VALID and VALIDATE, each with a 3 s "
                 "`lock_timeout`, and the runner header retries up to 5 times on `lock_not_available`. Both 0142 tests pass in 4 s; committed as b73e2c1.")),
    ],
)
