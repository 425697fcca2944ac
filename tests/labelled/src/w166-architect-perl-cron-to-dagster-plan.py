LABEL = dict(
    split="heldout5",
    persona="Data platform architect at a regional electricity distributor, planning to retire a nightly Perl batch",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 decomposes the migration up front and anticipates the failure modes: the 14 cron jobs move to Dagster in dependency order, "
               "one asset group at a time, with the Perl and Dagster outputs diffed for five nights before each cutover, the regulator's 06:00 "
               "settlement file as the hard deadline, a rollback to cron within one night, and Airflow ruled out with a reason; prompt 2 answers the "
               "agent's question exactly (meter_reads waits for the DCC feed file, a file sensor, an alert at 01:30). Level 5. Plan mode, reads only, ExitPlanMode "
               "plan, no edits: planning. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/srv/batch/nightly", start="2026-12-02T07:30:00Z", model="claude-opus-4-6", version="2.1.249", mode="plan",
    turns=[
        turn("Plan (no changes) the move of the nightly Perl batch in crontab.nightly to Dagster. Constraints: the 14 jobs move in dependency order, one group at a time, never a big bang. "
             "Before each group's cutover, run Perl and Dagster side by side for five nights and diff the outputs byte-for-byte (after sorting) — any diff blocks the cutover. "
             "The settlement file to the regulator must be on the SFTP by 06:00 every day, so the plan needs a rollback to cron that can be done within one night by the on-call. "
             "Not Airflow: we'd be running a scheduler for 14 jobs, and we want asset lineage for the audit. Give me the groups, their order, and the per-group steps.",
             par(read("/srv/batch/nightly/crontab.nightly", "15 0 * * * meter_reads.pl\n40 0 * * * validate_reads.pl\n10 1 * * * estimate_missing.pl\n45 1 * * * profile_class.pl\n20 2 * * * settlement_agg.pl\n"
                      "50 2 * * * losses.pl\n30 3 * * * tariff_apply.pl\n0 4 * * * settlement_file.pl\n30 4 * * * sftp_push.pl\n45 4 * * * dq_report.pl\n0 5 * * * archive.pl\n..."),
                 grep("open\\(|DBI->connect", path="/srv/batch/nightly", content="meter_reads.pl:22: open(my $in, '<', \"/data/dcc/inbound/$date.csv\")\nvalidate_reads.pl:9: DBI->connect($dsn)\n"
                      "settlement_file.pl:31: open(my $out, '>', \"/data/outbound/SETT_$date.dat\")\n...")),
             say("The cron schedule encodes the dependencies by time only (each job assumes the previous finished). From the files each job reads and writes, the graph "
                 "splits into four groups: **ingest** (meter_reads, validate_reads, estimate_missing), **profiling** (profile_class), **settlement** (settlement_agg, losses, "
                 "tariff_apply, settlement_file, sftp_push) and **reporting/housekeeping** (dq_report, archive, and the three monthly jobs). Before I write the plan: does "
                 "meter_reads depend on anything external at 00:15?")),
        turn("yes — meter_reads must wait for the DCC feed file, not 00:15. it usually lands 23:50–00:40. use a sensor on the file, alert if it's not there by 01:30.",
             plan("## Nightly batch: cron/Perl → Dagster\n\nGroups, in order (downstream last, so the regulator file moves last):\n1. **Reporting/housekeeping** – lowest risk, no regulatory output\n"
                  "2. **Ingest** – `meter_reads` triggered by a file sensor on `/data/dcc/inbound/<date>.csv`, alert if absent at 01:30; then validate, estimate\n"
                  "3. **Profiling**\n4. **Settlement** – ends in the 06:00 SFTP push\n\nPer group:\n1. Port each Perl job as a Dagster asset wrapping the Perl script first (no rewrite), with the same inputs/outputs\n"
                  "2. Shadow run: Dagster writes to `/data/shadow/`, cron stays live; five consecutive nights of sorted byte-for-byte diffs against the cron outputs. Any diff resets the count\n"
                  "3. Cutover: comment the group's lines in crontab, Dagster writes to the live paths; the group's downstream cron jobs now wait on a Dagster-written `_SUCCESS` marker\n"
                  "4. Rollback (on-call, one night): uncomment the lines in crontab, stop the group's Dagster schedule/sensor; runbook step list, tested once per group before cutover\n"
                  "5. Rewrite the Perl internals into Python only after all four groups are live for a month\n\n"
                  "Settlement group extra: a Dagster freshness check that pages at 05:15 if `settlement_file` hasn't materialised, leaving 45 min to run the cron fallback.\n"
                  "Why Dagster over Airflow: assets give file-level lineage for the audit; the sensor replaces the 00:15 guess.",
                  "/home/arch/.claude/plans/nightly-dagster-migration.md"),
             say("Plan written: four groups, moved housekeeping → ingest → profiling → settlement, each with a five-night shadow diff, a one-night rollback by "
                 "uncommenting cron, and the DCC file sensor with the 01:30 alert. Nothing has been changed.")),
    ],
)
