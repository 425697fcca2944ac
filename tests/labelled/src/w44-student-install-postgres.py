LABEL = dict(
    split="heldout",
    persona="Career-changer on an online data course, first time installing a database",
    expertise_level=2, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names what to install (Postgres) and why (the course's week-3 exercises), nothing more; "
               "prompt 2 pastes an error ('it says connection refused') without context: level 2. Installing and "
               "starting a database on the user's machine is operating (here 'install' is the work itself, unlike a "
               "docs session). brew services start fails first (trouble); prompt 3 'yes I'm in, thank you!' confirms "
               "after the fix: verified."),
)

SESSION = dict(
    cwd="/Users/kwame/course/week3", start="2026-02-16T19:30:00Z", model="claude-sonnet-4-6", version="2.1.218",
    turns=[
        turn("I need to install postgres on my mac for week 3 of my data course. can you do it?",
             bash("brew --version && uname -m", "Homebrew 4.4.20\narm64", desc="Check Homebrew and the CPU type",
                  pre="I'll install it with Homebrew, which you already have. Let me check first."),
             bash("brew install postgresql@16", "==> Pouring postgresql@16--16.6.arm64_sequoia.bottle.tar.gz\n==> Caveats\nThis formula has created a default database cluster with:\n  initdb --locale=C -E UTF-8 /opt/homebrew/var/postgresql@16\n...\npostgresql@16 is keg-only",
                  desc="Install PostgreSQL 16", ms=52000),
             bash("brew services start postgresql@16", "Bootstrap failed: 5: Input/output error\nError: Failure while executing; `/bin/launchctl bootstrap gui/501 /Users/kwame/Library/LaunchAgents/homebrew.mxcl.postgresql@16.plist` exited with 5.",
                  code=1, desc="Start PostgreSQL as a background service"),
             bash("ls ~/Library/LaunchAgents | grep -i postgres; brew services list | grep -i postgres",
                  "homebrew.mxcl.postgresql@14.plist\nhomebrew.mxcl.postgresql@16.plist\npostgresql@14 error  256 kwame ~/Library/LaunchAgents/homebrew.mxcl.postgresql@14.plist\npostgresql@16 error  5   kwame ~/Library/LaunchAgents/homebrew.mxcl.postgresql@16.plist",
                  desc="Look for other Postgres services"),
             bash("brew services stop postgresql@14; brew services start postgresql@16", "Stopping `postgresql@14`... (might take a while)\n==> Successfully stopped `postgresql@14` (label: homebrew.mxcl.postgresql@14)\n==> Successfully started `postgresql@16` (label: homebrew.mxcl.postgresql@16)",
                  desc="Stop the old service and start 16"),
             say("PostgreSQL 16 is installed and running. The first start failed because an **older Postgres 14** "
                 "(probably from an earlier course) was registered on the same port. I stopped it and started 16.\n\n"
                 "Homebrew installs 16 \"keg-only\", so to use `psql` run this once:\n\n```sh\n"
                 "echo 'export PATH=\"/opt/homebrew/opt/postgresql@16/bin:$PATH\"' >> ~/.zshrc && source ~/.zshrc\n```\n\n"
                 "Then `psql postgres` should open a prompt.")),
        turn("it says connection refused",
             bash("pg_isready -h localhost; tail -5 /opt/homebrew/var/log/postgresql@16.log",
                  "localhost:5432 - no response\n2026-02-16 19:41:02.118 GMT [48211] FATAL:  lock file \"postmaster.pid\" already exists\n2026-02-16 19:41:02.118 GMT [48211] HINT:  Is another postmaster (PID 1123) running in data directory \"/opt/homebrew/var/postgresql@16\"?",
                  desc="Check whether Postgres is listening"),
             bash("ps -p 1123 -o comm= || rm /opt/homebrew/var/postgresql@16/postmaster.pid && brew services restart postgresql@16 && sleep 2 && pg_isready -h localhost",
                  "==> Successfully stopped `postgresql@16`\n==> Successfully started `postgresql@16`\nlocalhost:5432 - accepting connections", desc="Remove the stale lock file and restart"),
             say("It hadn't really started: a leftover lock file (`postmaster.pid`) from a crashed run was blocking it. "
                 "No such process was running, so I removed the file and restarted. `pg_isready` now says "
                 "**accepting connections**. Try `psql postgres` again.")),
        turn("yes I'm in, thank you!",
             say("Great! For the course, make a database with `createdb week3` and connect to it with `psql week3`.")),
    ],
)
