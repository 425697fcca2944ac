LABEL = dict(
    split="heldout2",
    persona="Database administrator at a health insurer's claims-processing team",
    expertise_level=4, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 states the operation precisely: detach the partitions of claims_events older than 18 months, "
               "archive each with pg_dump to a named S3 prefix, then drop them; the scope (reporting replica only, never "
               "the primary) and the check (sizes before and after): level 4. Maintenance run in a database "
               "environment, so operating. One pg_dump fails (permission denied) and the same dump is retried with the "
               "archive role; the work then completes, but there is no test, commit or confirmation after the failure, "
               "and prompt 2 only asks a new question: abandoned under the evidence rules."),
)

SESSION = dict(
    cwd="/home/tobi/ops/db", start="2026-05-30T21:15:00Z", model="claude-sonnet-4-6", version="2.1.255",
    turns=[
        turn("Monthly maintenance on the reporting database (REPORTING_URL, it's the standalone reporting copy, never "
             "touch PRIMARY_URL): detach every partition of claims_events older than 18 months, archive each detached "
             "table with pg_dump -Fc to s3://hx-claims-archive/claims_events/<partition>.dump, and only after the "
             "upload is confirmed drop it. Show me the table size before and after.",
             bash("psql \"$REPORTING_URL\" -Atc \"SELECT pg_size_pretty(pg_total_relation_size('claims_events'))\" && "
                  "psql \"$REPORTING_URL\" -Atc \"SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid=i.inhrelid WHERE i.inhparent='claims_events'::regclass AND c.relname < 'claims_events_' || to_char(now() - interval '18 months', 'YYYY_MM') ORDER BY 1\"",
                  "1184 GB\nclaims_events_2024_09\nclaims_events_2024_10\nclaims_events_2024_11", desc="Size and partitions older than 18 months", pre="Starting with the state before any change."),
             bash("for p in claims_events_2024_09 claims_events_2024_10 claims_events_2024_11; do psql \"$REPORTING_URL\" -c \"ALTER TABLE claims_events DETACH PARTITION $p CONCURRENTLY\"; done",
                  "ALTER TABLE\nALTER TABLE\nALTER TABLE", desc="Detach the three partitions", ms=18400),
             bash("pg_dump \"$REPORTING_URL\" -Fc -t claims_events_2024_09 -f /data/archive/claims_events_2024_09.dump",
                  "pg_dump: error: query failed: ERROR:  permission denied for table claims_events_2024_09\npg_dump: detail: Query was: LOCK TABLE public.claims_events_2024_09 IN ACCESS SHARE MODE",
                  code=1, desc="Dump 2024_09", ms=1200),
             bash("psql \"$REPORTING_URL\" -Atc \"SELECT current_user, has_table_privilege('archiver', 'claims_events_2024_09', 'SELECT')\"",
                  "tobi_ops|t", desc="Who am I, and can the archiver role read it"),
             bash("pg_dump \"$REPORTING_URL\" --role=archiver -Fc -t claims_events_2024_09 -f /data/archive/claims_events_2024_09.dump && "
                  "pg_dump \"$REPORTING_URL\" --role=archiver -Fc -t claims_events_2024_10 -f /data/archive/claims_events_2024_10.dump && "
                  "pg_dump \"$REPORTING_URL\" --role=archiver -Fc -t claims_events_2024_11 -f /data/archive/claims_events_2024_11.dump && ls -lh /data/archive/*.dump",
                  "-rw-r--r-- 1 tobi tobi 21G May 30 21:58 /data/archive/claims_events_2024_09.dump\n-rw-r--r-- 1 tobi tobi 22G May 30 22:41 /data/archive/claims_events_2024_10.dump\n"
                  "-rw-r--r-- 1 tobi tobi 22G May 30 23:25 /data/archive/claims_events_2024_11.dump",
                  desc="Dump the three partitions as the archiver role", ms=7850000),
             bash("for p in claims_events_2024_09 claims_events_2024_10 claims_events_2024_11; do aws s3 cp /data/archive/$p.dump s3://hx-claims-archive/claims_events/$p.dump --only-show-errors && "
                  "aws s3api head-object --bucket hx-claims-archive --key claims_events/$p.dump --query ContentLength --output text; done",
                  "22548579328\n23622320128\n23622320128", desc="Upload and confirm each dump in S3", ms=1260000),
             bash("for p in claims_events_2024_09 claims_events_2024_10 claims_events_2024_11; do psql \"$REPORTING_URL\" -c \"DROP TABLE $p\"; done && "
                  "psql \"$REPORTING_URL\" -Atc \"SELECT pg_size_pretty(pg_total_relation_size('claims_events'))\"",
                  "DROP TABLE\nDROP TABLE\nDROP TABLE\n1041 GB", desc="Drop the archived partitions and measure again", ms=5200),
             say("Done on the reporting database only (`REPORTING_URL`; `PRIMARY_URL` was never used).\n\n| | size of claims_events |\n"
                 "|---|---|\n| before | 1184 GB |\n| after | 1041 GB |\n\n- Detached `claims_events_2024_09`, `_10` and `_11` "
                 "(concurrently).\n- The first `pg_dump` failed with **permission denied**: my login can't read the "
                 "partitions directly, so I dumped all three with `--role=archiver`.\n- Uploaded to "
                 "`s3://hx-claims-archive/claims_events/` and checked each object's size in S3 matches the local file "
                 "before dropping.\n- Dropped the three tables: **143 GB** freed.")),
        turn("why can't tobi_ops read them directly? it could last month",
             bash("psql \"$REPORTING_URL\" -Atc \"SELECT grantee, privilege_type FROM information_schema.role_table_grants WHERE table_name='claims_events_2025_01'\" && "
                  "psql \"$REPORTING_URL\" -Atc \"SELECT rolname FROM pg_roles r JOIN pg_auth_members m ON m.roleid=r.oid WHERE m.member='tobi_ops'::regrole\"",
                  "reporting_ro|SELECT\narchiver|SELECT\narchiver", desc="Grants on a remaining partition and tobi_ops's roles"),
             say("The partitions grant SELECT only to `reporting_ro` and `archiver`, and `tobi_ops` is now a member of "
                 "`archiver` only. You used to read them through `reporting_ro`, and that membership is gone (it's not "
                 "in `pg_auth_members` any more), which is why the plain `pg_dump` was denied and `--role=archiver` "
                 "worked. Worth asking whoever manages roles whether removing `reporting_ro` from your login was "
                 "intended.")),
    ],
)
