LABEL = dict(
    split="heldout7",
    persona="sysadmin at a small architecture practice, keeps the file server's shell scripts in a git repo",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the script, the symptom (old backups never deleted, disk at 94%) and the policy (keep 14 dailies), and asks to "
               "test it on a dry run first; the approach is left to the agent: level 3. A broken script repaired: fixing. The first dry run fails "
               "(find: unknown predicate, trouble); after the fix the dry run lists the right files and prompt 2 'ok commit that' leads to a successful "
               "`git commit`: verified success."),
)

SESSION = dict(
    cwd="/srv/admin-scripts", start="2026-12-01T17:25:00Z", model="claude-sonnet-4-6", version="2.1.235",
    turns=[
        turn("rotate_backups.sh isnt deleting old backups anymore, /backup is at 94%. should keep 14 daily ones. can you fix it and try it with "
             "DRY_RUN=1 first so nothing gets deleted",
             read("/srv/admin-scripts/rotate_backups.sh",
                  "#!/bin/bash\nset -u\nDIR=/backup/daily\nKEEP=14\nif [ \"${DRY_RUN:-0}\" = 1 ]; then ACTION=-print; else ACTION=-delete; fi\n"
                  "find \"$DIR\" -maxdepth 1 -name 'fs01-*.tar.zst' -mtime +$KEEP $ACTION 2>/dev/null\n"),
             bash("ls /backup/daily | head -3; ls /backup/daily | wc -l", "fs01_2026-08-02.tar.zst\nfs01_2026-08-03.tar.zst\nfs01_2026-08-04.tar.zst\n122", desc="Look at backup names"),
             edit("/srv/admin-scripts/rotate_backups.sh", "find \"$DIR\" -maxdepth 1 -name 'fs01-*.tar.zst' -mtime +$KEEP $ACTION 2>/dev/null",
                  "# names changed from fs01-DATE to fs01_DATE with the new backup job; match both\nfind \"$DIR\" -maxdepth 1 \\( -name 'fs01-*.tar.zst' -o -name 'fs01_*.tar.zst' \\) -mtime +$KEEP -$ACTION"),
             bash("DRY_RUN=1 ./rotate_backups.sh | head", "find: unknown predicate `--print'", code=1, desc="Dry run"),
             edit("/srv/admin-scripts/rotate_backups.sh", "-mtime +$KEEP -$ACTION", "-mtime +$KEEP $ACTION"),
             bash("DRY_RUN=1 ./rotate_backups.sh | wc -l; DRY_RUN=1 ./rotate_backups.sh | sort | tail -1", "107\n/backup/daily/fs01_2026-11-16.tar.zst", desc="Dry run again"),
             say("Two problems: the new backup job names files `fs01_DATE` (underscore) so the pattern never matched, and the `2>/dev/null` hid that. I "
                 "match both names now and dropped the error hiding. My first edit doubled the dash on `-print`; fixed. The dry run would delete 107 "
                 "files, the newest being 16 Nov, i.e. it keeps the last 14 days plus today. Nothing has been deleted yet.")),
        turn("ok commit that, I'll let cron do the real run tonight",
             bash("git add rotate_backups.sh && git commit -m 'rotate_backups: match fs01_DATE names, stop hiding find errors'",
                  "[main 4e1b9a0] rotate_backups: match fs01_DATE names, stop hiding find errors\n 1 file changed, 2 insertions(+), 1 deletion(-)", desc="Commit the fix"),
             say("Committed as 4e1b9a0. Tonight's cron run will delete the 107 old backups.")),
    ],
)
