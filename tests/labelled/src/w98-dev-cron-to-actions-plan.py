LABEL = dict(
    split="heldout3",
    persona="Full-stack developer at a small logistics SaaS who inherited the ops work",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the jobs' home (the crontab on the old VM, scripts in ops/cron), the target (GitHub "
               "Actions scheduled workflows) and one constraint (secrets must not live in the repo), and asks for a plan "
               "before doing anything; prompt 2 asks a general question about the job that needs the VPN. Named things, "
               "one or two constraints, approach left to the agent: level 3. Plan mode, reads only, an approved plan: "
               "planning. Nothing failed, nothing verified: neither."),
)

SESSION = dict(
    cwd="/Users/femi/src/routewise", start="2026-06-17T11:00:00Z", model="claude-opus-4-7", version="2.1.266", mode="plan",
    turns=[
        turn("We want to get rid of the old ops VM. The cron jobs on it (crontab is in ops/crontab.txt, scripts in ops/cron/) "
             "should become scheduled GitHub Actions workflows. Secrets can't go in the repo. Make a plan first, don't change anything yet",
             par(read("/Users/femi/src/routewise/ops/crontab.txt",
                      "# m h dom mon dow\n*/15 * * * * /opt/routewise/ops/cron/sync_carrier_rates.sh\n0 2 * * * /opt/routewise/ops/cron/nightly_invoice_export.py\n"
                      "30 3 * * 0 /opt/routewise/ops/cron/vacuum_reports_db.sh\n0 6 * * 1-5 /opt/routewise/ops/cron/sla_breach_email.py"),
                 glob("ops/cron/*", ["ops/cron/sync_carrier_rates.sh", "ops/cron/nightly_invoice_export.py", "ops/cron/vacuum_reports_db.sh", "ops/cron/sla_breach_email.py"])),
             grep("psql|PG|DATABASE_URL|sftp|10\\.", path="ops/cron", content=
                  "ops/cron/vacuum_reports_db.sh:3:psql \"$REPORTS_DB_URL\" -c 'VACUUM (ANALYZE) report_events'\n"
                  "ops/cron/nightly_invoice_export.py:12:SFTP_HOST = '10.40.2.15'  # finance SFTP, only reachable over the office VPN\n"
                  "ops/cron/sync_carrier_rates.sh:5:curl -fsS -H \"Authorization: Bearer $CARRIER_API_TOKEN\" https://api.carrierhub.example/v1/rates > /tmp/rates.json"),
             plan("## Move the ops VM cron jobs to GitHub Actions\n\n1. One workflow per job in `.github/workflows/cron-<name>.yml`, each with `schedule:` (UTC, same times as the crontab) and `workflow_dispatch:` for manual runs.\n"
                  "2. Secrets into GitHub environment `ops` (CARRIER_API_TOKEN, REPORTS_DB_URL, SMTP creds), required reviewers off, read by the job only.\n"
                  "3. `sync_carrier_rates` (every 15 min): GitHub may delay or drop schedules under load; acceptable? Otherwise keep this one elsewhere.\n"
                  "4. `vacuum_reports_db` and `sla_breach_email`: need the DB reachable from GitHub runners (allow-list or a self-hosted runner).\n"
                  "5. `nightly_invoice_export`: the finance SFTP is only on the office VPN, so it needs a self-hosted runner inside the network.\n"
                  "6. Run old and new side by side for a week (new ones writing to a dry-run target), then remove the crontab and shut the VM.",
                  "/Users/femi/.claude/plans/cron-to-actions.md"),
             say("Plan saved. Four jobs, and the one real blocker is network access: the invoice export talks to an SFTP host "
                 "that is only reachable on the office VPN, and two jobs need the reports database. Hosted runners can't reach "
                 "either without changes.")),
        turn("what would you do about the VPN one",
             say("Run that job on a small **self-hosted runner** inside the office network, labelled e.g. `office`, and target it "
                 "with `runs-on: [self-hosted, office]`. The alternatives are worse: opening the SFTP host to GitHub's IP ranges "
                 "(thousands of addresses, changing), or a VPN client inside a hosted runner (fragile, and the VPN credentials "
                 "become a CI secret). A runner can be a small VM or even the existing ops VM for a while, but then you haven't "
                 "removed the VM, only shrunk its job.")),
    ],
)
