LABEL = dict(
    split="heldout5",
    persona="Senior database reliability engineer at a payments company, on call",
    expertise_level=5, work_mode="operating",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is terse but pins down the whole procedure with its failure modes: check replica lag is zero before anything, fence the old "
               "primary (stop it and block 5432) so it cannot take writes, promote pg-2, repoint PgBouncer with a reload, and what must not happen afterwards (pg-1 "
               "left alone until a pg_rewind): level 5, terse wording is not a signal. Commands run against the database hosts: operating. "
               "Every command succeeds, and the agent's own checks (pg_is_in_recovery, write test) are neither a test run nor a commit; the user never "
               "confirms (prompt 2 asks for the incident-note timings): neither."),
)

SESSION = dict(
    cwd="/home/oncall/dbops", start="2026-11-29T03:12:00Z", model="claude-opus-4-6", version="2.1.247",
    turns=[
        turn("pg-1 disk is dying. fail over to pg-2: lag must be 0 first, then fence pg-1 (stop pg + drop 5432 in nft) so it can't take writes, promote pg-2, "
             "repoint pgbouncer on both app hosts, RELOAD not restart. don't touch pg-1 after — it needs a pg_rewind before it rejoins, I'll do that.",
             bash("ssh pg-2 \"psql -Atc \\\"SELECT now() - pg_last_xact_replay_timestamp(), pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()\\\"\"", "00:00:00.41\nt", desc="Replica lag on pg-2"),
             bash("ssh pg-1 'sudo systemctl stop postgresql@16-main && sudo nft add rule inet filter input tcp dport 5432 drop && systemctl is-active postgresql@16-main'", "inactive", desc="Fence pg-1"),
             bash("ssh pg-2 'sudo -u postgres pg_ctlcluster 16 main promote && psql -Atc \"SELECT pg_is_in_recovery()\"'", "f", desc="Promote pg-2"),
             bash("for h in app-1 app-2; do ssh $h \"sudo sed -i 's/host=pg-1/host=pg-2/' /etc/pgbouncer/pgbouncer.ini && sudo systemctl reload pgbouncer && grep -c 'host=pg-2' /etc/pgbouncer/pgbouncer.ini\"; done",
                  "3\n3", desc="Repoint PgBouncer and reload"),
             bash("ssh app-1 \"psql -h 127.0.0.1 -p 6432 -U ledger_app ledger -Atc 'CREATE TEMP TABLE failover_probe(x int); INSERT INTO failover_probe VALUES (1); SELECT inet_server_addr()'\"",
                  "10.20.0.12", desc="Write through PgBouncer"),
             say("Done, in order:\n\n1. pg-2 lag 0.41 s with receive LSN = replay LSN (fully caught up)\n2. pg-1 fenced: postgres stopped, 5432 dropped in nftables\n"
                 "3. pg-2 promoted (`pg_is_in_recovery` = f)\n4. PgBouncer on app-1 and app-2 repointed (3 databases each) and **reloaded**\n5. A write through PgBouncer "
                 "on app-1 lands on 10.20.0.12 (pg-2)\n\npg-1 is untouched since the fence; it needs `pg_rewind` before it can follow pg-2.")),
        turn("timestamps for each step for the incident note",
             bash("journalctl --since '-20min' -o short-iso -t sshd -g 'session opened' | awk '{print $1}' | tail -5; ssh pg-2 \"grep -m1 'database system is ready to accept connections' /var/log/postgresql/postgresql-16-main.log\"",
                  "2026-11-29T03:13:02+00:00\n2026-11-29T03:13:20+00:00\n2026-11-29T03:13:41+00:00\n2026-11-29T03:14:05+00:00\n2026-11-29T03:14:31+00:00\n"
                  "2026-11-29 03:13:44.918 UTC [4121] LOG:  database system is ready to accept connections", desc="Collect timings"),
             say("- 03:13:02 lag check on pg-2\n- 03:13:20 pg-1 stopped and fenced\n- 03:13:41 promote issued; pg-2 accepting writes at 03:13:44.9\n- 03:14:05 PgBouncer "
                 "repointed and reloaded on app-1/app-2\n- 03:14:31 write probe via app-1 lands on pg-2\n\nWrite unavailability: about 45 s (03:13:20 fence → "
                 "03:14:05 reload).")),
    ],
)
