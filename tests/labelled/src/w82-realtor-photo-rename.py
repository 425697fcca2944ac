LABEL = dict(
    split="heldout3",
    persona="Real estate agent who manages listing photos herself, no coding background",
    expertise_level=2, work_mode="building",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the thing (rename listing photos to address_room_number) and a single rule, nothing "
               "about where the address comes from; prompt 3 ('it didnt do anything') reports failure without saying "
               "what: level 2. A rename script is written: building. The first run silently renames nothing (HEIC files not "
               "matched), prompt 3 reports it did nothing, and the rerun after the agent's change fails with a "
               "PermissionError; the session ends with the user saying she will try tomorrow, no evidence: trouble "
               "unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/carla/Listings", start="2026-06-05T18:30:00Z", model="claude-sonnet-4-6", version="2.1.260",
    turns=[
        turn("I need something that renames my listing photos. Right now they are IMG_4411 etc, I want them like "
             "14-Elm-St_kitchen_1. The folder for each house has the address as its name",
             write("/Users/carla/Listings/rename_photos.py",
                   "import sys, pathlib\n\nROOMS = ['exterior', 'living', 'kitchen', 'bedroom', 'bathroom', 'yard']\n\n"
                   "def main(folder):\n    folder = pathlib.Path(folder)\n    address = folder.name.replace(' ', '-')\n"
                   "    photos = sorted(folder.glob('IMG_*.jpg'))\n    for i, p in enumerate(photos, 1):\n"
                   "        new = folder / f'{address}_photo_{i}{p.suffix.lower()}'\n        print(p.name, '->', new.name)\n        p.rename(new)\n\n"
                   "if __name__ == '__main__':\n    main(sys.argv[1])\n"),
             bash("python3 rename_photos.py '14 Elm St'", "", desc="Try it on one listing folder"),
             say("I wrote `rename_photos.py`. It takes a listing folder, uses the folder name as the address and numbers "
                 "the photos: `14-Elm-St_photo_1.jpg`, `_photo_2` and so on. The script can't tell which room a photo "
                 "shows, so it uses `photo` instead of a room name. Run it with:\n\n`python3 rename_photos.py '14 Elm St'`")),
        turn("ok i ran it",
             bash("ls '14 Elm St' | head", "IMG_4411.HEIC\nIMG_4412.HEIC\nIMG_4413.HEIC\nIMG_4414.HEIC\nIMG_4415.HEIC", desc="See what is in the folder"),
             say("It ran but found nothing to rename: your photos are `.HEIC` (iPhone format), and the script only looked "
                 "for `.jpg`. I'll fix that.")),
        turn("it didnt do anything",
             edit("/Users/carla/Listings/rename_photos.py", "    photos = sorted(folder.glob('IMG_*.jpg'))",
                  "    photos = sorted(p for p in folder.iterdir() if p.name.upper().startswith('IMG_'))"),
             bash("python3 rename_photos.py '14 Elm St' | head -3", "", desc="Run again", code=1,
                  stderr="Traceback (most recent call last):\n  File \"/Users/carla/Listings/rename_photos.py\", line 15, in <module>\n    main(sys.argv[1])\n"
                         "PermissionError: [Errno 1] Operation not permitted: '14 Elm St/IMG_4411.HEIC'\n"),
             say("Now it finds the photos, but macOS blocked the rename: the Terminal app doesn't have permission to change "
                 "files in this folder (it's synced from iCloud). Open **System Settings → Privacy & Security → Full Disk "
                 "Access**, turn on Terminal, then run the command again.")),
        turn("ugh ok I'll try that tomorrow, running out of time",
             say("No problem. When you're back, after giving Terminal access, run `python3 rename_photos.py '14 Elm St'` again.")),
    ],
)
