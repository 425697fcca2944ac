LABEL = dict(
    split="heldout15",
    persona="Wedding photographer merging and renaming two cameras' photos by time taken",
    expertise_level=2, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the two folders and the goal (one folder, named in the order they were taken) and one constraint (don't touch the originals), with the camera clock problem only as 'i think'; she asks for no check, and the matching shot names in prompt 2 answer the agent's question: 2/3 with no deciding signal, level 2 (tie-break 3). "
               "The session writes a renaming script and runs it: building. Nothing fails (exiftool is already installed); prompt 2 ('that worked!! the ceremony is all in order now') confirms it: verified success without trouble."),
)

SESSION = dict(
    cwd="/Users/ellie/Pictures/2026-11-28 Hartley wedding", start="2026-12-02T19:05:00Z", model="claude-opus-4-6", version="2.1.240", branch="",
    turns=[
        turn("i shot a wedding with 2 cameras, the photos are in 'canon' and 'fuji' folders. can you put them all in one folder named in the order they were taken so i can cull them in order? please dont touch the originals. i think the fuji clock might be an hour out, i never changed it from summer time",
             bash("ls canon | head -3; ls canon | wc -l; ls fuji | head -3; ls fuji | wc -l; which exiftool", "IMG_4410.CR3\nIMG_4411.CR3\nIMG_4412.CR3\n     812\nDSCF0921.RAF\nDSCF0922.RAF\nDSCF0923.RAF\n     644\n/opt/homebrew/bin/exiftool", desc="Count files and check for exiftool"),
             bash("exiftool -DateTimeOriginal -s3 canon/IMG_4410.CR3 fuji/DSCF0921.RAF", "2026:11:28 11:02:14\n2026:11:28 12:01:50", desc="Compare first timestamps"),
             say("The first Fuji frame says 12:01 while the Canon's first frame is 11:02. Before I shift anything: do you have a moment you shot on both cameras (e.g. the ring exchange or the kiss) so I can confirm the Fuji is exactly one hour ahead?")),
        turn("the first kiss is IMG_4587 on the canon and DSCF1003 on fuji",
             bash("exiftool -DateTimeOriginal -s3 canon/IMG_4587.CR3 fuji/DSCF1003.RAF", "2026:11:28 13:17:42\n2026:11:28 14:17:39", desc="Check the kiss on both cameras"),
             write("/Users/ellie/Pictures/2026-11-28 Hartley wedding/merge.sh", "#!/bin/bash\n# Copy both cameras into merged/ named by capture time. Originals are not changed.\nset -e\nmkdir -p merged\ncp canon/* merged/\ncp fuji/* merged/\n# Fuji clock was still on summer time: shift the copies back 1 hour\nexiftool -overwrite_original '-AllDates-=0:0:0 1:0:0' merged/DSCF*.RAF\n# rename by capture time, with a counter for frames in the same second\nexiftool '-FileName<DateTimeOriginal' -d 'Hartley_%Y%m%d_%H%M%S%%-c.%%e' merged\n"),
             bash("bash merge.sh && ls merged | wc -l && ls merged | sed -n '1,3p;1454,1456p'", "  644 image files updated\n 1456 image files updated\n    1456\nHartley_20261128_110214.CR3\nHartley_20261128_110215.CR3\nHartley_20261128_110221.RAF\nHartley_20261128_235803.CR3\nHartley_20261128_235809.RAF\nHartley_20261128_235811.CR3", desc="Copy, shift the Fuji copies and rename"),
             say("Done. The kiss is 13:17:42 on the Canon and 14:17:39 on the Fuji, so the Fuji was exactly 1 hour ahead. All 1,456 photos are copied into `merged/`, the Fuji copies are shifted back an hour, and every file is named `Hartley_YYYYMMDD_HHMMSS` so they sort in shooting order. The `canon` and `fuji` folders are untouched. You can import `merged` into Lightroom/Photo Mechanic to cull.")),
        turn("that worked!! the ceremony is all in order now, canon and fuji mixed properly. thank you so much",
             say("Brilliant, enjoy the cull! `merge.sh` is in the wedding folder if you want to reuse it next time (check the Fuji clock first).")),
    ],
)
