LABEL = dict(
    split="heldout15",
    persona="Wedding photographer trying to set up an automatic nightly backup to her NAS",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('i want my photos to back up to the nas every night automatically') with no names beyond 'the nas'; the agent has to explain where the photos are and what Full Disk Access is (prompt 3 'i dont know where that is'): level 1. "
               "The work is a scheduled job installed on her Mac: operating. The agent's run of the job fails with 'Operation not permitted' on the external drive and its check exits 1 (trouble) and the user stops ('ill ask my nephew at the weekend') with it unresolved: abandoned."),
)

SESSION = dict(
    cwd="/Users/ellie", start="2026-12-03T21:30:00Z", model="claude-opus-4-6", version="2.1.240", branch="",
    turns=[
        turn("i want my photos to back up to the nas every night automatically, i keep forgetting to do it. its a synology",
             bash("ls /Volumes; mount | grep -i -E 'smb|afp'", "Macintosh HD\nELLIE_WORK_4TB\nphotos\n//ellie@DS220/photos on /Volumes/photos (smbfs, nodev, nosuid, mounted by ellie)", desc="See which drives are mounted"),
             bash("ls /Volumes/ELLIE_WORK_4TB; du -sh /Volumes/ELLIE_WORK_4TB/Weddings 2>/dev/null", "Lightroom Catalog\nWeddings\nPortraits\n1.9T\t/Volumes/ELLIE_WORK_4TB/Weddings", desc="Look at the work drive"),
             say("Your NAS share is mounted at `/Volumes/photos`, and your photos look like they live on the external drive `ELLIE_WORK_4TB` (Weddings is 1.9 TB, plus Portraits and the Lightroom catalog). Is that the drive you want backed up, the whole of it? I'd set up a small job that copies anything new or changed to the NAS each night at 2am (only changes are copied, nothing is deleted on the NAS).")),
        turn("yes the whole 4tb drive",
             write("/Users/ellie/bin/backup_to_nas.sh", "#!/bin/bash\n# Nightly copy of the work drive to the Synology. Copies new/changed files, never deletes on the NAS.\nSRC=/Volumes/ELLIE_WORK_4TB/\nDST=/Volumes/photos/ELLIE_WORK_4TB/\nLOG=$HOME/Library/Logs/backup_to_nas.log\nif [ ! -d \"$SRC\" ] || [ ! -d /Volumes/photos ]; then\n  echo \"$(date) drive or NAS not mounted, skipped\" >> \"$LOG\"; exit 0\nfi\nmkdir -p \"$DST\"\n/usr/bin/rsync -a --exclude '.Spotlight-V100' --exclude '.Trashes' \"$SRC\" \"$DST\" >> \"$LOG\" 2>&1\necho \"$(date) finished rc=$?\" >> \"$LOG\"\n"),
             write("/Users/ellie/Library/LaunchAgents/com.ellie.backup-to-nas.plist", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>com.ellie.backup-to-nas</string>\n  <key>ProgramArguments</key><array><string>/bin/bash</string><string>/Users/ellie/bin/backup_to_nas.sh</string></array>\n  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>2</integer><key>Minute</key><integer>0</integer></dict>\n</dict>\n</plist>\n"),
             bash("chmod +x ~/bin/backup_to_nas.sh && launchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/com.ellie.backup-to-nas.plist && launchctl kickstart gui/$(id -u)/com.ellie.backup-to-nas && sleep 20 && tail -5 ~/Library/Logs/backup_to_nas.log && grep -q 'finished rc=0' ~/Library/Logs/backup_to_nas.log", "rsync: opendir \"/Volumes/ELLIE_WORK_4TB/Weddings\" failed: Operation not permitted (1)\nrsync: opendir \"/Volumes/ELLIE_WORK_4TB/Portraits\" failed: Operation not permitted (1)\nrsync: opendir \"/Volumes/ELLIE_WORK_4TB/Lightroom Catalog\" failed: Operation not permitted (1)\nrsync error: some files could not be transferred (code 23) at /AppleInternal/Library/BuildRoots/rsync/main.c(1404)\nWed Dec  3 21:41:07 GMT 2026 finished rc=23", code=1, desc="Install the job and run it once now"),
             say("The job is installed and ran once, but macOS blocked it: background jobs aren't allowed to read external drives until you grant access. To fix it: open **System Settings → Privacy & Security → Full Disk Access**, click **+**, press Cmd+Shift+G, type `/bin/bash`, and add it (and switch it on). Then tell me and I'll run it again to check.")),
        turn("i dont know where that is, theres no full disk access in my settings just files and folders. ill ask my nephew at the weekend he does computers",
             say("No problem. For your nephew: the job is `~/Library/LaunchAgents/com.ellie.backup-to-nas.plist`, running `~/bin/backup_to_nas.sh` at 2am; it fails with `Operation not permitted` on `/Volumes/ELLIE_WORK_4TB` until `/bin/bash` (or the script's runner) has Full Disk Access. The log is `~/Library/Logs/backup_to_nas.log`. Until that's done, nothing is being backed up.")),
    ],
)
