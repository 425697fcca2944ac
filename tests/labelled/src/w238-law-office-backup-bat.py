LABEL = dict(
    split="heldout8",
    persona="Office manager at a small law office, the nightly backup e-mail says it failed",
    expertise_level=1, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 forwards a symptom ('the backup email says FAILED') with no names; the agent has to explain what the log means and what a NAS "
               "share password is, and the last prompt only reports it is 'still saying access denied': level 1. The goal is repairing a broken backup: fixing. "
               "The robocopy run fails with access denied, the agent's retry after remapping fails again, and the last prompt reports the failure "
               "persists: trouble never resolved, abandoned."),
)

SESSION = dict(
    cwd="S:\\IT\\scripts", start="2026-12-01T08:35:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("the backup email says FAILED every morning since friday. i dont know what to do, can you fix it",
             read("S:\\IT\\logs\\backup.log", "-------------------------------------------------------------------------------\n   ROBOCOPY     ::     Robust File Copy for Windows\n"
                  "  Started : 28 November 2026 23:00:01\n   Source : S:\\Clients\\\n     Dest : \\\\NAS01\\backup\\Clients\\\n\n"
                  "2026/11/28 23:00:02 ERROR 5 (0x00000005) Accessing Destination Directory \\\\NAS01\\backup\\Clients\\\nAccess is denied."),
             bash("robocopy S:\\Clients \\\\NAS01\\backup\\Clients /MIR /R:1 /W:1 /L /NJH", "2026/12/01 08:36:40 ERROR 5 (0x00000005) Accessing Destination Directory \\\\NAS01\\backup\\Clients\\\nAccess is denied.", code=16, desc="Try the copy (list only)"),
             say("The backup copies the Clients folder to the backup box (NAS01), and since Friday night the box refuses it: **Access is denied**. That usually means the "
                 "password for the account the backup uses was changed or expired on the NAS. Do you know the login for the NAS (often a sticker on it, or in Gary's notes)?")),
        turn("its backupuser and the password is in the safe, ive typed it in the box that popped up",
             bash("net use \\\\NAS01\\backup /delete /y & net use \\\\NAS01\\backup /user:NAS01\\backupuser /persistent:yes", "\\\\NAS01\\backup was deleted successfully.\n\nThe command completed successfully.", desc="Reconnect to the NAS share"),
             bash("robocopy S:\\Clients \\\\NAS01\\backup\\Clients /MIR /R:1 /W:1 /L /NJH", "2026/12/01 08:49:12 ERROR 5 (0x00000005) Accessing Destination Directory \\\\NAS01\\backup\\Clients\\\nAccess is denied.", code=16, desc="Try the copy again"),
             say("The login works now (the share connected), but writing into the Clients backup folder is still refused, so the account can log in but isn't "
                 "allowed to write there. That's a permission on the NAS itself: in the NAS's web page, Control Panel → Shared Folder → backup → Permissions, "
                 "`backupuser` needs Read/Write. Can you get into that page?")),
        turn("i cant get into that page it wants a different password. its still saying access denied",
             say("Then the NAS admin password is needed – that's usually only known to whoever set it up (Gary) or the company that supplied the NAS. Until then the "
                 "nightly backup won't run; I'd ring Gary or the supplier today, and in the meantime copy the Clients folder to an external drive.")),
    ],
)
