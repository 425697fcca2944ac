LABEL = dict(
    split="heldout12",
    persona="DBA planning the production cutover of a billing schema from Oracle to PostgreSQL",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 sets the constraints (a 2-hour window, CDC with the chosen tool, sequences, read-only Oracle after cutover), rules out an alternative with its reason (no dual-write: the app can't do it transactionally), names the failure modes (sequence gaps, LOB lag) and asks for ordered steps with go/no-go checks and a rollback point; "
               "prompt 2 answers the agent's two questions with exact choices of her own (FKs NOT VALID during CDC and validated at the gate; checksums per month partition, 'counts aren't enough'). Level 5. "
               "Plan mode with an approved plan (ExitPlanMode) and no edits: planning. Nothing fails and nothing is evidence: neither."),
)

SESSION = dict(
    cwd="/home/oluwa/migr/billing", start="2026-12-16T09:00:00Z", model="claude-opus-4-6", version="2.1.252", mode="plan",
    turns=[
        turn("Plan the prod cutover for BILLING → pg-prod-01. Constraints: 2h window Sat 02:00–04:00, initial load done beforehand, CDC with Debezium oracle connector (LogMiner) into PG via the JDBC sink until cutover. "
             "No dual-write — the app can't do it in one transaction, so don't propose it. Things I'm worried about: sequences (PG must start above Oracle's last value), LOB columns lagging in LogMiner, and the payment_alloc FK order in the sink. "
             "Oracle goes read-only at T0 and stays as the rollback target until Monday. Give me ordered steps with who/what, a go/no-go check at each gate, and the exact rollback point after which we can't go back cheaply",
             bash("ls cdc/ && grep -E 'lob.enabled|log.mining.strategy|table.include.list' cdc/debezium-oracle.json",
                  "debezium-oracle.json\njdbc-sink-billing.json\n  \"lob.enabled\": \"true\",\n  \"log.mining.strategy\": \"online_catalog\",\n  \"table.include.list\": \"BILLING\\\\..*\",", desc="Look at the CDC configs"),
             read("/home/oluwa/migr/billing/cdc/jdbc-sink-billing.json",
                  "{\n  \"name\": \"pg-billing-sink\",\n  \"config\": {\n    \"connector.class\": \"io.debezium.connector.jdbc.JdbcSinkConnector\",\n    \"topics.regex\": \"oracle\\\\.BILLING\\\\..*\",\n    \"insert.mode\": \"upsert\",\n    \"primary.key.mode\": \"record_key\",\n    \"delete.enabled\": \"true\",\n    \"tasks.max\": \"4\"\n  }\n}"),
             say("Before I write it: the sink has `tasks.max: 4` across all topics, so `payment_alloc` rows can land before their `payment` parent. For the plan I'll assume the PG FKs stay `DEFERRABLE INITIALLY DEFERRED` or disabled during CDC and are validated at a gate – tell me if you'd rather split the sink. Also: the validation gate – counts per table, or something stronger?")),
        turn("FKs NOT VALID during CDC, VALIDATE CONSTRAINT at the gate. validation by checksum per partition (invoice, invoice_line, payment by month), counts aren't enough",
             plan("# BILLING cutover: Oracle → pg-prod-01 (Sat 02:00–04:00)\n\n"
                  "**Before the window (Fri)**\n1. DBA: confirm CDC lag < 30 s for 24 h (Debezium `MilliSecondsBehindSource`) and LOB topics no further behind than the rest. Gate: no connector restarts in 24 h.\n"
                  "2. DBA: per-month checksums (invoice, invoice_line, payment) Oracle vs PG on data up to Fri 18:00 SCN; differences investigated, not carried into the window.\n\n"
                  "**T-0:00 (02:00) Stop writes**\n3. App team: maintenance page, stop app and batch jobs. 4. DBA: `ALTER DATABASE ... READ ONLY` on BILLING's PDB; note current SCN = S0.\n\n"
                  "**T+0:05 Drain CDC**\n5. DBA: wait until Debezium has committed SCN ≥ S0 and the sink lag is 0 for every topic, **including LOB**. Gate: all topic offsets at end, sink tasks idle 2 min.\n6. Stop both connectors.\n\n"
                  "**T+0:20 Validate**\n7. `ALTER TABLE ... VALIDATE CONSTRAINT` for every FK created NOT VALID (payment_alloc first). Gate: all validate.\n"
                  "8. Checksums per month partition for invoice, invoice_line, payment; exact counts for the other 11 tables. Gate: all equal. **No-go → rollback (below), nothing lost.**\n\n"
                  "**T+0:50 Sequences**\n9. For each Oracle sequence: `setval(pg_seq, oracle_last_number + cache_size + 1000)`. Gate: every PG sequence > max(id) of its table and > Oracle `LAST_NUMBER`.\n\n"
                  "**T+1:00 Switch**\n10. App team: point the app at pg-prod-01 (config + restart), smoke tests (create invoice, take payment, dunning run in dry mode). Gate: smoke tests pass.\n"
                  "11. **Rollback point: first real write accepted by PG (lift the maintenance page).** After this, going back means replaying PG writes into Oracle – not cheap.\n\n"
                  "**Rollback (before step 11)**: app back to Oracle, `ALTER DATABASE ... READ WRITE`, restart Debezium from S0 later. PG is discarded or re-synced.\n\n"
                  "**After**: Oracle stays read-only until Mon 09:00 as a reference; checksums re-run Sunday on the whole of November.",
                  "/home/oluwa/.claude/plans/billing-cutover.md"),
             say("Plan approved and saved. The one irreversible step is 11 (first real write to PG); everything before it rolls back to a read-write Oracle with nothing lost. Sequences get a `cache_size + 1000` margin above Oracle's `LAST_NUMBER`."),
             mode="plan"),
    ],
)
