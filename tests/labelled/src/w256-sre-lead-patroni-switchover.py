LABEL = dict(
    split="heldout8",
    persona="SRE lead at a ticketing platform running a planned Patroni switchover drill on the orders Postgres cluster",
    expertise_level=5, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 orders the steps (check lag and sync state, pause the orders-writer consumer, switchover to pg-orders-2, verify the new primary's "
               "timeline and that pgbouncer follows, resume), sets an abort condition (lag over 16 MB) and a rollback (switch back to pg-orders-1): level 5. "
               "A production operation: operating. The first `patronictl switchover` fails because the candidate is lagging (trouble); after waiting for the "
               "lag to clear the retried switchover in prompt 2 ('go', no signal) succeeds (a retry, also trouble), and prompt 3 ('orders p99 back under 80ms, writes flowing, drill done') confirms: verified success."),
)

SESSION = dict(
    cwd="/home/oncall/runbooks", start="2026-11-18T06:00:00Z", model="claude-sonnet-4-6", version="2.1.237",
    turns=[
        turn("Switchover drill on pg-orders, change CHG-2291, window is now. Steps: (1) patronictl list + replication lag; abort if the candidate lags > 16 MB. "
             "(2) pause the orders-writer consumer (kubectl -n orders scale deploy/orders-writer --replicas=0). (3) switchover to pg-orders-2, no schedule. "
             "(4) verify: new timeline, pg-orders-1 back as a streaming replica, pgbouncer points at the new leader. (5) scale orders-writer back to 6. "
             "If 3 or 4 fails, switch back to pg-orders-1 and resume writes.",
             bash("patronictl -c /etc/patroni/orders.yml list", "+ Cluster: pg-orders (7312049981624313) ----+-----------+----+-----------+\n| Member     | Host        | Role         | State     | TL | Lag in MB |\n"
                  "+------------+-------------+--------------+-----------+----+-----------+\n| pg-orders-1 | 10.20.4.11 | Leader       | running   | 14 |           |\n| pg-orders-2 | 10.20.4.12 | Sync Standby | streaming | 14 |         0 |\n"
                  "| pg-orders-3 | 10.20.4.13 | Replica      | streaming | 14 |         2 |\n+------------+-------------+--------------+-----------+----+-----------+", desc="Cluster state"),
             bash("kubectl -n orders scale deploy/orders-writer --replicas=0 && kubectl -n orders rollout status deploy/orders-writer --timeout=60s", "deployment.apps/orders-writer scaled\ndeployment \"orders-writer\" successfully rolled out", desc="Pause writes"),
             bash("patronictl -c /etc/patroni/orders.yml switchover pg-orders --leader pg-orders-1 --candidate pg-orders-2 --force",
                  "Current cluster topology\n...\nSwitchover failed, details: 503, Switchover failed: candidate pg-orders-2 is not healthy: replication lag 41 MB exceeds maximum_lag_on_failover",
                  code=1, desc="Switchover to pg-orders-2"),
             bash("sleep 20; patronictl -c /etc/patroni/orders.yml list | grep pg-orders-2", "| pg-orders-2 | 10.20.4.12 | Sync Standby | streaming | 14 |         0 |", desc="Re-check lag"),
             say("Step 3 was refused: at the moment of the switchover pg-orders-2 was 41 MB behind (the writer's last batch was still replaying after the scale-down), over "
                 "`maximum_lag_on_failover`. 20 s later lag is 0 again. This is under your 16 MB abort threshold now, so I'll retry the switchover.")),
        turn("go",
             bash("patronictl -c /etc/patroni/orders.yml switchover pg-orders --leader pg-orders-1 --candidate pg-orders-2 --force",
                  "Successfully switched over to \"pg-orders-2\"\n| pg-orders-1 | 10.20.4.11 | Replica | stopped   |    | unknown |\n| pg-orders-2 | 10.20.4.12 | Leader  | running   | 15 |         |", desc="Switchover to pg-orders-2"),
             bash("sleep 15; patronictl -c /etc/patroni/orders.yml list; psql -h pgbouncer-orders -U ops -d orders -Atc \"select inet_server_addr(), pg_is_in_recovery(), timeline_id from pg_control_checkpoint()\"",
                  "| pg-orders-1 | 10.20.4.11 | Sync Standby | streaming | 15 |         0 |\n| pg-orders-2 | 10.20.4.12 | Leader       | running   | 15 |           |\n| pg-orders-3 | 10.20.4.13 | Replica      | streaming | 15 |         0 |\n"
                  "10.20.4.12|f|15", desc="Verify topology and pgbouncer target"),
             bash("kubectl -n orders scale deploy/orders-writer --replicas=6 && kubectl -n orders rollout status deploy/orders-writer --timeout=120s", "deployment.apps/orders-writer scaled\ndeployment \"orders-writer\" successfully rolled out", desc="Resume writes"),
             say("Done: pg-orders-2 is leader on timeline 15, pg-orders-1 rejoined as sync standby (lag 0), pg-orders-3 streaming, pgbouncer connects to 10.20.4.12 and it is "
                 "not in recovery. orders-writer is back at 6 replicas. No rollback needed.")),
        turn("orders p99 back under 80ms, writes flowing, drill done. add the lag refusal to the drill notes as a finding – we should wait for lag 0 after pausing the writer before step 3",
             edit("/home/oncall/runbooks/pg-orders-switchover.md", "## Findings\n", "## Findings\n\n- 2026-11-18 (CHG-2291): first switchover refused, candidate 41 MB behind right after the writer scale-down. "
                  "Add a step between 2 and 3: wait until `patronictl list` shows lag 0 on the candidate.\n"),
             say("Added to `pg-orders-switchover.md` under Findings.")),
    ],
)
