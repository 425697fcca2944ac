LABEL = dict(
    split="heldout5",
    persona="Hospital nurse who runs a home media server on an old laptop, follows online guides",
    expertise_level=2, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the thing and the goal (Jellyfin on the old Ubuntu laptop should start by itself after a power cut) and "
               "nothing else; prompt 2 asks 'can you check it will work' without saying how: level 2. A service configured on the machine "
               "(systemctl enable, BIOS advice): operating. No action fails; prompt 3 ('pulled the plug and it came back on its own') "
               "confirms: verified success."),
)

SESSION = dict(
    cwd="/home/ruth", start="2026-12-01T21:30:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("i have jellyfin on my old laptop (ubuntu) for films. every time theres a power cut i have to go and start it again and my husband cant do it. can it start by itself",
             bash("systemctl status jellyfin --no-pager | head -4", "○ jellyfin.service - Jellyfin Media Server\n     Loaded: loaded (/lib/systemd/system/jellyfin.service; disabled; preset: enabled)\n"
                  "     Active: inactive (dead)", desc="Check the Jellyfin service"),
             bash("sudo systemctl enable --now jellyfin && systemctl is-enabled jellyfin && systemctl is-active jellyfin",
                  "Created symlink /etc/systemd/system/multi-user.target.wants/jellyfin.service → /lib/systemd/system/jellyfin.service.\nenabled\nactive", desc="Start Jellyfin at boot"),
             say("Jellyfin was installed as a service but switched off (\"disabled\"), so it never started on its own. It's now **enabled** – it starts every time the "
                 "laptop boots – and it's running now.\n\nOne more piece: after a power cut the *laptop* has to switch itself on. That's a BIOS setting, often called "
                 "\"Power on AC\" or \"Restore on AC power loss\". Keep the battery in and charged, and the laptop usually rides through short cuts anyway.")),
        turn("can you check it will work",
             bash("systemctl list-dependencies multi-user.target | grep jellyfin && ss -ltnp | grep 8096",
                  "● ├─jellyfin.service\nLISTEN 0      512          0.0.0.0:8096      0.0.0.0:*    users:((\"jellyfin\",pid=4127,fd=292))", desc="Check it's part of boot"),
             say("Jellyfin is in the list of things started at boot and is answering on port 8096 right now. The real test is to restart the laptop (or pull the plug "
                 "with the battery out) and open Jellyfin on the TV without touching the laptop.")),
        turn("pulled the plug and it came back on its own, films work on the tv. thank you!!", say("Perfect – no more trips to the laptop after a power cut.")),
    ],
)
