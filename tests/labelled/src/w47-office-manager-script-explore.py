LABEL = dict(
    split="dev",
    persona="Office manager at an architecture practice who found a script her predecessor left",
    expertise_level=2, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and asks what it does and whether it's safe to run; prompt 2 asks a plain "
               "follow-up (what the 'archive' folder is for); no constraints or checks: level 2. The agent only reads "
               "and explains, with nothing run or changed, so exploring. No failures, no evidence."),
)

SESSION = dict(
    cwd="/Users/sally/Office/IT", start="2026-03-02T09:10:00Z", model="claude-sonnet-4-6", version="2.1.225",
    turns=[
        turn("my predecessor left this backup_projects.py file and a note saying to run it every friday. what does "
             "it actually do? is it safe to run? I don't want to delete anything by accident",
             read("/Users/sally/Office/IT/backup_projects.py",
                  "import shutil, datetime, pathlib\nSRC = pathlib.Path('/Volumes/Projects')\nDST = pathlib.Path('/Volumes/Backup') / datetime.date.today().isoformat()\n"
                  "shutil.copytree(SRC, DST, ignore=shutil.ignore_patterns('*.tmp', '~$*'))\n# keep 8 weeks\nfor old in sorted((DST.parent).iterdir())[:-8]:\n    if old.name != 'archive':\n        shutil.rmtree(old)\n"),
             say("Here's what it does, step by step:\n\n1. **Copies** everything on the `Projects` drive into a new "
                 "folder on the `Backup` drive named after today's date (for example `2026-03-06`). It skips "
                 "temporary files (`*.tmp`) and Office lock files (`~$…`).\n2. **Deletes old backups**: it keeps "
                 "the 8 newest folders on the Backup drive and deletes the rest, except a folder called `archive`, "
                 "which it never touches.\n\n**Is it safe?** It never deletes anything on the Projects drive. The only "
                 "deletions are old dated backups on the Backup drive, which is intended. Two cautions:\n- If "
                 "*anything else* is stored on the Backup drive (other than dated folders and `archive`), it counts "
                 "towards the 8 and may eventually be deleted.\n- If the Backup drive isn't plugged in, the copy "
                 "fails with an error before anything is deleted, so that case is safe.")),
        turn("what is the archive folder for then",
             say("The script itself doesn't put anything in `archive`; it just protects it from the clean-up. Your "
                 "predecessor probably moved backups there by hand that they wanted to keep for good (year-end "
                 "copies, for example). Have a look at what's inside before deciding whether you need it.")),
    ],
)
