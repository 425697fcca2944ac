LABEL = dict(
    split="heldout9",
    persona="Dental practice manager asked by the owner to make sure the appointment-system backups copy to the NAS every night; not technical",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('make sure the backups happen at night'); she does not know where the backups are and "
               "the agent finds the folder and explains what a scheduled task is: level 1. The agent creates a Windows "
               "scheduled task with robocopy: operating (configured on the machine). All commands succeed; prompt 2 only "
               "asks what to tell the owner, no confirmation of a backup having run, so neither verified nor trouble."),
)

SESSION = dict(
    cwd="C:\\Users\\Manager", start="2026-11-10T16:40:02Z",
    model="claude-sonnet-4-6", version="2.1.231",
    turns=[
        turn("the boss wants the backups to go onto the nas box every night. i dont really know where they are sorry",
             bash("dir C:\\ProgramData\\SOEDental\\Backups /O-D | more",
                  " Directory of C:\\ProgramData\\SOEDental\\Backups\n\n10/11/2026  13:00    1,204,551,680 exact_20261110.bak\n09/11/2026  13:00    1,203,990,528 exact_20261109.bak\n...",
                  desc="Find the practice software's backup folder"),
             bash("net use", "Status       Local     Remote\n-------------------------------------------------\nOK           Z:        \\\\NAS01\\practice\nThe command completed successfully.",
                  desc="See which network drives are connected"),
             bash("schtasks /Create /TN \"Copy backups to NAS\" /SC DAILY /ST 22:30 /RU SYSTEM /TR \"robocopy C:\\ProgramData\\SOEDental\\Backups \\\\NAS01\\practice\\backups *.bak /MAXAGE:2 /R:2 /W:30\"",
                  "SUCCESS: The scheduled task \"Copy backups to NAS\" has successfully been created.", desc="Schedule a nightly copy"),
             say("No need to apologise, I found them. Your dental software already makes a backup every day at 1pm in "
                 "C:\\ProgramData\\SOEDental\\Backups. I've set up a **scheduled task** (Windows' built-in timer) that copies "
                 "the newest backups to the NAS (\\\\NAS01\\practice\\backups) every night at 22:30. The PC needs to be left on.")),
        turn("ok what do i tell him",
             say("You could say: \"The practice software backs up daily at 1pm. Since today a scheduled task copies those files "
                 "to the NAS every night at 10:30pm. The reception PC must be left on overnight.\" Tomorrow morning you can check "
                 "the NAS folder has a file dated today.")),
    ],
)
