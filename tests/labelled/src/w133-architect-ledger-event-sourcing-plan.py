LABEL = dict(
    split="heldout4",
    persona="Principal engineer at a lending platform deciding how to add an audit history to the loan ledger",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 states the requirement (reconstruct any loan's balance as of any past date for regulators), rules out "
               "full event sourcing with a reason (too much rewrite of the servicing code), names the candidate (an append-only "
               "ledger_entries table beside the current balances), the constraints (same transaction, no downtime, backfill from "
               "the payment history) and asks for ordered steps with a rollback per step; X: level 5. Plan mode, reads only, ExitPlanMode, no edits: "
               "planning. No failure, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/arch/src/lendcore", start="2026-11-20T15:00:00Z", model="claude-opus-4-6", version="2.1.283", mode="plan",
    turns=[
        turn("Regulators want us to reconstruct any loan's balance as of any past date. Full event sourcing is off the table, it would mean rewriting servicing. "
             "What I have in mind: an append-only ledger_entries table written in the same transaction as every change to loan_balances, backfilled from "
             "payments and disbursements history, and a balance_as_of(loan, date) query on top. No downtime; the backfill must be resumable. Read the servicing "
             "code and give me an ordered plan with a rollback for each step, and tell me which writes to loan_balances I'd miss.",
             grep("loan_balances", path="app", content="app/servicing/payments.py:88:        cur.execute(\"UPDATE loan_balances SET principal = principal - %s ...\n"
                  "app/servicing/disbursements.py:41:        cur.execute(\"INSERT INTO loan_balances ...\napp/servicing/adjustments.py:57:        cur.execute(\"UPDATE loan_balances SET fees = fees + %s ...\n"
                  "jobs/accrue_interest.py:30:    UPDATE loan_balances SET interest = interest + daily_rate * principal WHERE status = 'active'\nmigrations/0142_writeoffs.sql:12:UPDATE loan_balances SET principal = 0 WHERE ..."),
             par(read("/home/arch/src/lendcore/app/servicing/payments.py", "...\ndef apply_payment(conn, loan_id, amount, paid_at):\n    with conn.transaction():\n        alloc = allocate(loan_id, amount)  # fees, then interest, then principal\n        ..."),
                 read("/home/arch/src/lendcore/jobs/accrue_interest.py", "# nightly at 00:30 UTC\ndef run(conn):\n    conn.execute(\"\"\"\n    UPDATE loan_balances SET interest = interest + daily_rate * principal WHERE status = 'active'\n    \"\"\")")),
             plan("## Ledger entries for as-of balances\n\nWrites to `loan_balances` (all must also write entries): payments, disbursements, fee adjustments, the nightly "
                  "interest accrual (one set-based UPDATE), and write-offs done by migration 0142 (one-off, backfill only).\n\n1. Create `ledger_entries` (loan_id, "
                  "effective_at, kind, principal/interest/fees deltas, source_ref unique). Rollback: drop table.\n2. Dual-write in payments, disbursements and adjustments, in "
                  "the same transaction, behind a flag. Rollback: flag off.\n3. Accrual job: INSERT … SELECT entries in the same statement batch as the UPDATE. Rollback: flag off.\n"
                  "4. Backfill from payments/disbursements/adjustments history in loan-id chunks, idempotent on source_ref, checkpointed. Rollback: delete entries with "
                  "kind backfill.\n5. Reconcile: for every loan, sum of entries = current loan_balances; report mismatches (interest will not match until accrual history is rebuilt).\n"
                  "6. `balance_as_of` as a SQL function over entries.\n\nMissed today: write-offs by migration and any manual SQL.",
                  "/home/arch/.claude/plans/ledger-entries.md"),
             say("Plan above. Two writers need care: the accrual job (set-based, no per-loan code path) and write-offs done by a migration, which only the "
                 "backfill can capture. Past interest accruals are the gap: there is no history of them to backfill from.")),
        turn("Accrual history exists: accrue_interest logs each run's per-loan amounts to accrual_runs since 2023. Use that for step 4 and drop the caveat in step 5. "
             "Loans older than 2023 get an opening-balance entry at 2023-01-01.",
             grep("accrual_runs", content="migrations/0098_accrual_runs.sql:1:CREATE TABLE accrual_runs (run_date date, loan_id bigint, amount numeric(14,2), PRIMARY KEY (run_date, loan_id));"),
             plan("## Ledger entries for as-of balances (v2)\n\n1. Create `ledger_entries`. Rollback: drop.\n2. Dual-write in payments, disbursements, adjustments (same transaction, flag). "
                  "Rollback: flag off.\n3. Accrual job writes entries in the same transaction. Rollback: flag off.\n4. Backfill, resumable by loan-id chunk, idempotent on "
                  "source_ref: (a) an `opening` entry at 2023-01-01 per loan older than that, equal to its balance reconstructed back from current minus post-2023 "
                  "activity; (b) payments, disbursements, adjustments; (c) interest from `accrual_runs` (one entry per run and loan); (d) write-offs from migration 0142's "
                  "loan list. Rollback: delete kind in (opening, backfill).\n5. Reconcile: entries sum = loan_balances for every loan; any mismatch blocks step 6.\n"
                  "6. `balance_as_of(loan, date)`; as-of dates before 2023-01-01 are refused.",
                  "/home/arch/.claude/plans/ledger-entries.md"),
             say("Updated: interest is backfilled from `accrual_runs`, pre-2023 loans start from an opening entry, and reconciliation is now a hard gate with no "
                 "expected mismatches.")),
    ],
)
