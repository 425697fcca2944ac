LABEL = dict(
    split="heldout7",
    persona="data engineer at an energy supplier, PySpark jobs on Databricks reading smart meter readings",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the job, the audience (on-call) and three things the runbook must cover (reruns, late files, the dedup step) but "
               "not its structure; prompt 2 is a general steer ('too long, the on-call people skim'): level 3. A runbook written: writing, though "
               "the agent read the job code to write it (tie-break 1). No failures; prompt 3 asks for a commit, which succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/olu/repos/meter-pipeline", start="2026-12-01T11:40:00Z", model="claude-sonnet-4-6", version="2.1.229", branch="docs/runbook",
    turns=[
        turn("write a runbook for the daily_readings job for whoever is on call. needs to cover how to rerun a day, what to do when the "
             "meter files arrive late, and what the dedup step does. put it in docs/runbooks/",
             par(read("/home/olu/repos/meter-pipeline/jobs/daily_readings.py",
                      "def run(spark, day):\n    raw = spark.read.parquet(f'abfss://landing@meters.dfs.core.windows.net/readings/{day}/')\n"
                      "    deduped = raw.dropDuplicates(['mpan', 'read_at', 'register'])\n    deduped.write.mode('overwrite').option('replaceWhere', f\"day = '{day}'\").saveAsTable('silver.readings')\n"),
                 read("/home/olu/repos/meter-pipeline/jobs/job.yml", "name: daily_readings\nschedule: \"0 30 4 * * ?\"\nparameters:\n  day: \"{{yesterday}}\"")),
             write("/home/olu/repos/meter-pipeline/docs/runbooks/daily_readings.md",
                   "# daily_readings runbook\n\n## What it does\nRuns 04:30 UTC for yesterday: reads the landing parquet for the day, removes duplicate readings "
                   "(same MPAN, read time and register), and replaces that day in `silver.readings`.\n\n## Rerunning a day\nSafe to rerun: the write replaces only "
                   "that day. In Databricks, Jobs → daily_readings → Run now with different parameters → `day=2026-11-30`.\n\n## Late meter files\n...\n\n"
                   "## The dedup step\n...\n\n## Who to contact\n...\n"),
             say("Written `docs/runbooks/daily_readings.md`: what the job does, rerunning a day (safe because of `replaceWhere`), late files, the dedup "
                 "step and contacts.")),
        turn("too long, the on call people skim. cut it to the essentials",
             write("/home/olu/repos/meter-pipeline/docs/runbooks/daily_readings.md",
                   "# daily_readings runbook\n\n**Runs** 04:30 UTC for yesterday → `silver.readings`.\n\n**Rerun a day** (safe, replaces only that day): "
                   "Jobs → daily_readings → Run now with parameters → `day=YYYY-MM-DD`.\n\n**Files late?** Check `landing/readings/<day>/`. If empty after 06:00, "
                   "wait for the supplier's file and rerun the day. Don't rerun earlier.\n\n**Dedup**: drops repeats of the same MPAN + read time + register. Counts "
                   "lower than landing are normal.\n\n**Escalate**: #data-platform, then the supplier contact in the team wiki.\n"),
             say("Cut to five short bold-led lines.")),
        turn("good. commit it",
             bash("git add docs/runbooks/daily_readings.md && git commit -m 'docs: on-call runbook for daily_readings'",
                  "[docs/runbook 91c07d2] docs: on-call runbook for daily_readings\n 1 file changed, 12 insertions(+)", desc="Commit the runbook"),
             say("Committed on `docs/runbook` (91c07d2).")),
    ],
)
