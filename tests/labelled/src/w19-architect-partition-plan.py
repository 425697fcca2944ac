LABEL = dict(
    split="dev",
    persona="Principal engineer responsible for the events pipeline's Postgres database",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 fixes the target (monthly partitions, Postgres 16), the hard constraints (no downtime, "
               "writes continue during the backfill, a rollback path at every step) and the form (TodoWrite steps, "
               "no code changes); prompt 2 rules out pg_partman with the reason (not allowed on their RDS) and "
               "names the alternative: level 5. Only reads, TodoWrite and ExitPlanMode, so planning. No failures, "
               "no evidence."),
)

SESSION = dict(
    cwd="/home/asha/src/events-platform", start="2026-02-26T16:40:00Z", model="claude-opus-4-7", version="2.1.229", mode="plan",
    turns=[
        turn("Plan the move of the events table to monthly range partitions on created_at, Postgres 16 on RDS. "
             "Constraints: no downtime, inserts keep flowing during the backfill (about 4k/s at peak), every step "
             "has a rollback, and we keep the existing primary key semantics for the API. Put the steps in the "
             "todo list and give me the plan; don't touch code or migrations.",
             glob("db/migrations/*events*", ["db/migrations/0107_create_events.sql", "db/migrations/0131_events_created_at_idx.sql"],
                  pre="I'll check the current table definition and its indexes first."),
             par(read("/home/asha/src/events-platform/db/migrations/0107_create_events.sql",
                      "CREATE TABLE events (id bigserial PRIMARY KEY, tenant_id bigint NOT NULL, kind text NOT NULL, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());"),
                 read("/home/asha/src/events-platform/db/migrations/0131_events_created_at_idx.sql",
                      "CREATE INDEX CONCURRENTLY events_tenant_created ON events (tenant_id, created_at);")),
             grep("FROM events|INTO events", path="internal", content="internal/store/events.go:44:\tINSERT INTO events (tenant_id, kind, payload) VALUES ($1,$2,$3) RETURNING id\ninternal/store/events.go:71:\tSELECT id, kind, payload, created_at FROM events WHERE id = $1"),
             todo([("Create partitioned parent events_p (PK (id, created_at)) and monthly partitions with pg_partman", "pending"),
                   ("Dual-write trigger from events to events_p", "pending"),
                   ("Backfill history in batches by id range", "pending"),
                   ("Swap names in one transaction", "pending"),
                   ("Rollback at each step", "pending")]),
             plan("# events → monthly partitions\n1. events_p partitioned by range(created_at), PK (id, created_at); partitions managed by pg_partman (premake 3).\n"
                  "2. AFTER INSERT trigger on events copies rows into events_p.\n3. Backfill by id batches of 50k with pauses.\n"
                  "4. Swap: lock, rename events→events_old, events_p→events, move sequence ownership.\n5. Lookups by id: add a unique index per partition on id; the API queries by id only.",
                  "/home/asha/.claude/plans/events-partitioning.md"),
             say("Plan drafted (above). The key points are a new partitioned parent with a composite PK `(id, "
                 "created_at)`, because Postgres requires the partition key in the PK; a dual-write trigger; a "
                 "batched backfill; and a rename swap. Partition creation is handled by pg_partman.")),
        turn("pg_partman isn't allowed in our RDS account, security never approved the extension. Do partition "
             "management with native declarative partitioning and a scheduled job that creates next month's "
             "partition. Also your step 5 is wrong: a per-partition unique index on id doesn't give global "
             "uniqueness, say how id lookups stay correct.",
             todo([("Create partitioned parent events_p (PK (id, created_at)), partitions created by a scheduled job (3 months ahead)", "pending"),
                   ("Dual-write trigger from events to events_p", "pending"),
                   ("Backfill history in batches by id range", "pending"),
                   ("Swap names in one transaction", "pending"),
                   ("Id lookups: keep global uniqueness via the shared sequence + id→created_at bound", "pending"),
                   ("Rollback at each step", "pending")]),
             plan("# events → monthly partitions (native)\n1. events_p PARTITION BY RANGE (created_at), PK (id, created_at). Partitions for history + 3 months ahead created by a migration; an EventBridge-scheduled Lambda (or pg_cron if approved) runs `create_next_partition()` monthly, alarm if the next month is missing 7 days before. Rollback: drop events_p.\n"
                  "2. Trigger on events: AFTER INSERT copy to events_p. Rollback: drop trigger.\n3. Backfill by id ranges of 50k, `ON CONFLICT DO NOTHING`, throttled on replica lag. Rollback: truncate events_p.\n"
                  "4. Swap in one short transaction (lock_timeout 2s, retry): rename, sequence OWNED BY, trigger reversed (events → events_old) for a week. Rollback: rename back; the reverse trigger kept events_old current.\n"
                  "5. Id lookups: ids stay globally unique because every row still takes its id from the one sequence (no per-partition uniqueness claimed). The API's `WHERE id = $1` becomes `WHERE id = $1 AND created_at >= $2` where the API knows the time, else it scans partitions by the (id) index on each; a lookup table id→month only if p99 suffers.",
                  "/home/asha/.claude/plans/events-partitioning.md"),
             say("Revised. There's no pg_partman now: partitions are created three months ahead by a migration and "
                 "then by a monthly scheduled job, with an alarm if next month's partition is missing a week "
                 "before it's needed.\n\nYou're right about step 5: a unique index per partition only guarantees "
                 "uniqueness inside that partition. The plan no longer relies on it. Ids stay globally unique "
                 "because every insert still draws from the single `events_id_seq`. Correctness comes from the "
                 "sequence, and the per-partition `(id)` indexes are only there for lookup speed. Every step now "
                 "has its rollback written next to it.")),
    ],
)
