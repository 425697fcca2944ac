LABEL = dict(
    split="heldout16",
    persona="Elixir/Phoenix developer deploying a release to Fly.io",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the app, the command (`fly deploy`) and the new migration, and asks to check the release command ran; prompt 2 adds nothing to the task and decides to stop ('leave it, ill ask Jonas about the db tomorrow'): level 3. "
               "The work is a deploy to an environment: operating. The deploy fails in the release command (the migration times out on the lock), and a `fly postgres connect` check fails too (trouble); the user stops with nothing fixed and no evidence after: abandoned."),
)

SESSION = dict(
    cwd="/home/lena/code/tandem", start="2026-11-30T17:25:00Z", model="claude-opus-4-6", version="2.1.251", branch="main",
    turns=[
        turn("deploy main to fly (app tandem-prod). theres a new migration adding an index on messages.thread_id, make sure the release_command migrate actually runs and the app comes back healthy",
             bash("grep -A2 '\\[deploy\\]' fly.toml && ls priv/repo/migrations | tail -2", "[deploy]\n  release_command = '/app/bin/migrate'\n  strategy = 'rolling'\n20261112093000_add_read_receipts.exs\n20261130151200_index_messages_thread_id.exs", desc="Check release command and the newest migration"),
             bash("fly deploy -a tandem-prod", "==> Verifying app config\n--> Verified app config\n==> Building image\n...\n--> Pushing image done\nimage: registry.fly.io/tandem-prod:deployment-01JDX2QK7W4\n\nRunning tandem-prod release_command: /app/bin/migrate\n  Starting machine 3d8d1d12b43e08\n  17:31:02.114 [info] == Running 20261130151200 Tandem.Repo.Migrations.IndexMessagesThreadId.change/0 forward\n  17:31:02.116 [info] create index messages_thread_id_index\n  17:32:02.201 ** (DBConnection.ConnectionError) tcp recv (idle): timeout\n  Error release_command failed running on machine 3d8d1d12b43e08 with exit code 1.\nError: release command failed - aborting deployment. Check your release_command logs", code=1, desc="Deploy to Fly", ms=214000),
             bash("fly postgres connect -a tandem-db -c \"select pid, state, wait_event_type, left(query,60) from pg_stat_activity where query ilike '%messages%'\"", "Error: failed to connect: no active leader found for tandem-db; is the cluster a Flex cluster? try fly mpg", code=1, desc="Look for locks on messages"),
             say("The deploy was aborted: the release command started the migration, `CREATE INDEX messages_thread_id_index` ran for 60 s and hit the connection timeout. The old release is still serving (nothing was rolled out), so the app is up on the previous version.\n\nMost likely cause: `messages` is large, or busy, and a plain `create index` takes a lock and waits/blocks. The usual fix is to build it concurrently:\n\n```elixir\n@disable_ddl_transaction true\n@disable_migration_lock true\ndef change, do: create index(:messages, [:thread_id], concurrently: true)\n```\n\nI couldn't check the database itself: `fly postgres connect` says there's no active leader for `tandem-db`, which suggests it's a managed (MPG) cluster or something's off with it. Want me to change the migration and try again?")),
        turn("hm no leader is weird, i didnt set up the db. leave it, ill ask Jonas about the db tomorrow before we deploy anything",
             say("OK, I'll leave it. State for Jonas: prod is still on the previous release; migration `20261130151200` did **not** complete (the index doesn't exist, or exists INVALID if it got far enough; worth checking with `\\d messages`); and `fly postgres connect -a tandem-db` reports no active leader.")),
    ],
)
