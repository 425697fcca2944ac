LABEL = dict(
    split="heldout6",
    persona="Tattoo artist with a studio wifi network, bought a Raspberry Pi to block ads on the shop tablet",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('block the ads on the shop tablet, my mate said pi hole') with nothing pinned down, and prompt 2 asks what a "
               "static IP is, which the agent explains: level 1. Software installed and configured on a machine: operating. The install command "
               "fails twice (no network for curl, then the retry fails on the dpkg lock), the last attempt succeeds, but prompt 3 only asks how to "
               "set the router and nothing confirms it works: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/home/pi", start="2026-12-01T18:05:00Z", model="claude-sonnet-4-6", version="2.1.238",
    turns=[
        turn("i want to block the ads on the shop tablet, theyre getting really dodgy. my mate said pi hole and i have a raspberry pi plugged in. can you do it",
             bash("curl -sSL https://install.pi-hole.net | sudo bash", "", desc="Run the Pi-hole installer", code=6,
                  stderr="curl: (6) Could not resolve host: install.pi-hole.net\n"),
             bash("ip -4 addr show wlan0 | grep inet; cat /etc/resolv.conf", "    inet 192.168.1.57/24 brd 192.168.1.255 scope global dynamic wlan0\nnameserver 127.0.0.53", desc="Check network"),
             say("The Pi is on your wifi (192.168.1.57) but can't look up names, so the installer couldn't download. Before trying again: Pi-hole also "
                 "needs the Pi to keep the same address (a static IP). Do you want me to set that too?")),
        turn("whats a static ip? yes do whatever it needs",
             bash("sudo nmcli con mod preconfigured ipv4.addresses 192.168.1.57/24 ipv4.gateway 192.168.1.1 ipv4.dns 1.1.1.1 ipv4.method manual && sudo nmcli con up preconfigured",
                  "Connection successfully activated", desc="Fix the address and DNS"),
             bash("curl -sSL https://install.pi-hole.net | sudo PIHOLE_SKIP_OS_CHECK=true bash /dev/stdin --unattended", "", desc="Run the installer again", code=1,
                  stderr="E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 812 (unattended-upgr)\n"),
             bash("sleep 90; curl -sSL https://install.pi-hole.net | sudo PIHOLE_SKIP_OS_CHECK=true bash /dev/stdin --unattended | tail -3",
                  "  [✓] Installation complete!\n  Web interface: http://192.168.1.57/admin\n  Your Admin Webpage login password is 9rHq2xTb", desc="Wait for updates, install again", ms=240000),
             say("A static IP means the Pi always has the same address on your network (like a house number that doesn't change) – devices need that to find it. "
                 "I set it to 192.168.1.57. The first install attempt clashed with the Pi's own updates; after they finished Pi-hole installed. Admin page: "
                 "http://192.168.1.57/admin, password 9rHq2xTb. Last step: tell your router to use 192.168.1.57 as its DNS server.")),
        turn("how do i do the router bit its a virgin hub",
             say("On a Virgin Media Hub you can't change the DNS server, so set it on the tablet instead: Settings → Wi-Fi → your network → Configure DNS → "
                 "Manual → remove the others and add 192.168.1.57. Then open a site with ads and check the Pi-hole admin page shows queries.")),
    ],
)
