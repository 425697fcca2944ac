LABEL = dict(
    split="heldout2",
    persona="Retired teacher setting up a home network ad blocker on a Raspberry Pi",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the thing (Pi-hole in Docker on a Raspberry Pi) and the goal; later prompts report "
               "problems without detail ('page cant be reached', 'ads are still on youtube') or ask 'is it working?', "
               "and the agent has to correct the user (the laptop is on the guest network) and explain basics: level 1 "
               "(correction direction decides between 1 and 2). Installing and running a service on a machine and "
               "configuring the network, so operating. The first `docker compose up` fails and prompt 2 reports a "
               "failure; prompt 4 ('its open now') confirms after it, but the last prompt reports a new failure (YouTube "
               "ads on the TV) and nothing follows it: abandoned."),
)

SESSION = dict(
    cwd="/home/pi/pihole", start="2026-05-09T15:05:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("I would like to put pihole on my raspberry pi to block ads for the whole house. docker is already on it, "
             "my grandson set that up. Can you do it for me",
             bash("docker --version && docker compose version && hostname -I", "Docker version 27.3.1, build ce12230\nDocker Compose version v2.29.7\n192.168.1.50 fd7a:1b::50",
                  desc="Check Docker and the Pi's address", pre="Happy to. Let me check the setup first."),
             write("/home/pi/pihole/docker-compose.yml",
                   "services:\n  pihole:\n    image: pihole/pihole:latest\n    container_name: pihole\n    ports:\n      - \"53:53/tcp\"\n"
                   "      - \"53:53/udp\"\n      - \"80:80/tcp\"\n    environment:\n      TZ: America/Chicago\n      FTLCONF_webserver_api_password: \"changeme\"\n"
                   "    volumes:\n      - ./etc-pihole:/etc/pihole\n    restart: unless-stopped\n"),
             bash("docker compose up -d", " Network pihole_default  Created\n Container pihole  Creating\n Container pihole  Created\n Container pihole  Starting\n"
                  "Error response from daemon: driver failed programming external connectivity on endpoint pihole: Error starting userland proxy: "
                  "listen tcp4 0.0.0.0:53: bind: address already in use", code=1, desc="Start Pi-hole", ms=21000),
             bash("sudo ss -lntup 'sport = :53'", "Netid State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n"
                  "udp   UNCONN 0      0      127.0.0.53%lo:53      0.0.0.0:*     users:((\"systemd-resolve\",pid=512,fd=13))\n"
                  "tcp   LISTEN 0      4096   127.0.0.53%lo:53      0.0.0.0:*     users:((\"systemd-resolve\",pid=512,fd=14))",
                  desc="See what is using port 53"),
             bash("sudo sed -i 's/^#\\?DNSStubListener=.*/DNSStubListener=no/' /etc/systemd/resolved.conf && sudo systemctl restart systemd-resolved && docker compose up -d",
                  " Container pihole  Starting\n Container pihole  Started", desc="Free port 53 and start Pi-hole again", ms=9000),
             bash("sleep 20 && docker ps --filter name=pihole --format '{{.Status}}'", "Up 24 seconds (healthy)", desc="Check the container is healthy", ms=21000),
             say("Pi-hole is running. ✅\n\nSomething on the Pi was already using the network port Pi-hole needs (a "
                 "built-in helper called systemd-resolved), so I switched that helper's listener off.\n\n**Next steps:**\n"
                 "1. Open **http://192.168.1.50/admin** on any computer at home. The password is `changeme`; please "
                 "change it in Settings.\n2. In your internet router's settings, set the **DNS server** to "
                 "`192.168.1.50`. That makes every device in the house use Pi-hole.")),
        turn("It says the page cant be reached when I go to that address on my laptop",
             bash("curl -s -o /dev/null -w '%{http_code}\\n' http://localhost/admin/", "200", desc="Check the admin page from the Pi itself"),
             bash("sudo ufw status", "Status: inactive", desc="Check the firewall"),
             say("From the Pi itself the admin page answers normally, and there's no firewall blocking it. So the Pi "
                 "side looks fine. A few things to try on the laptop:\n\n- Type the address exactly: "
                 "`http://192.168.1.50/admin` (with **http**, not https. Some browsers add the s automatically)\n- "
                 "Make sure the laptop is on your home Wi-Fi, not a guest network or a phone hotspot\n\nLet me know "
                 "what you see.")),
        turn("i typed it exactly like that. my laptop says its connected to NETGEAR-5G-Guest if that matters",
             say("That's it! **NETGEAR-5G-Guest** is your router's *guest* network, and guest networks are deliberately "
                 "kept apart from the devices on your main network (like the Pi), so the laptop can't see it.\n\n"
                 "Connect the laptop to your main Wi-Fi (probably called **NETGEAR-5G** without \"Guest\"; the password "
                 "is often on a sticker on the router), then try `http://192.168.1.50/admin` again.")),
        turn("oh!! that was it, its open now. it wants a password?",
             say("Great! The password is the temporary one I set: `changeme`. Once you're in, please change it: "
                 "**Settings → Web interface / API → Password**. Pick something only you know.")),
        turn("ok i changed it. now the router part, it's a netgear nighthawk. where do i put the dns",
             say("On a Netgear Nighthawk:\n\n1. On the laptop, open **http://routerlogin.net** and log in (the admin "
                 "password is also often on the sticker).\n2. Go to **Internet** (under *Basic*).\n3. Under **Domain "
                 "Name Server (DNS) Address**, choose **Use These DNS Servers**.\n4. Primary DNS: `192.168.1.50`. Leave "
                 "secondary empty, otherwise devices may skip the Pi-hole.\n5. Click **Apply**.\n\nDevices pick up the "
                 "change when they reconnect; restarting the router does it for everyone at once.")),
        turn("done, and i restarted the router. is it working?",
             bash("curl -s http://localhost/api/stats/summary | python3 -c \"import json,sys; d=json.load(sys.stdin)['queries']; print(d['total'], d['blocked'], round(d['percent_blocked'],1))\"",
                  "1873 264 14.1", desc="Pi-hole query statistics"),
             bash("curl -s 'http://localhost/api/stats/top_clients?count=20' | python3 -c \"import json,sys; print(len(json.load(sys.stdin)['clients']))\"",
                  "7", desc="How many devices use Pi-hole"),
             say("Yes, it's working! In the last few minutes Pi-hole answered **1,873** requests from **7 devices** in "
                 "your house and blocked **264** of them (14%), which are ads and trackers. You can watch it live on "
                 "the admin page under **Query Log**.")),
        turn("my grandson says the ads are still on youtube on the tv",
             bash("curl -s 'http://localhost/api/queries?domain=*googlevideo.com&length=3' | python3 -c \"import json,sys; [print(q['domain'], q['status']) for q in json.load(sys.stdin)['queries']]\"",
                  "rr3---sn-5hne6nzk.googlevideo.com FORWARDED\nrr1---sn-5hne6nzs.googlevideo.com FORWARDED\nrr3---sn-5hne6nzk.googlevideo.com FORWARDED",
                  desc="Look at YouTube video requests in the query log"),
             say("Unfortunately that's a known limit of Pi-hole, not something wrong with your setup. YouTube sends its "
                 "ads from the **same servers as the videos** (`googlevideo.com`, as you can see in the log), so "
                 "blocking the ads would block the videos too. Pi-hole does block most ads in other apps and on "
                 "websites.\n\nFor YouTube on a TV the realistic options are YouTube Premium, or watching through a "
                 "device with an ad-blocking app. Sorry I can't do better there!")),
    ],
)
