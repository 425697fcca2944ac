LABEL = dict(
    split="heldout4",
    persona="Teenager setting up a Minecraft server for friends on an old desktop",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('make a minecraft server my friends can join'), no version, machine or network named; the agent "
               "explains Java and port forwarding, which the user did not know to ask about, and prompt 2 says friends 'still cant join': "
               "level 1. Installing and running a server on a machine: operating. The first start fails (wrong Java), the server then "
               "starts, but prompt 2 reports failure and the session ends on advice about the router with nothing after: abandoned."),
)

SESSION = dict(
    cwd="/home/kai", start="2026-11-19T16:40:00Z", model="claude-sonnet-4-6", version="2.1.282",
    turns=[
        turn("i want to make a minecraft server my friends can join, i have this old pc with ubuntu on it",
             bash("java -version 2>&1; free -h | head -2", "openjdk version \"11.0.24\" 2024-07-16\nOpenJDK Runtime Environment (build 11.0.24+8-post-Ubuntu-1ubuntu122.04)\n"
                  "               total        used        free      shared  buff/cache   available\nMem:           7.6Gi       1.1Gi       5.9Gi        12Mi       610Mi       6.2Gi",
                  desc="Check Java and memory"),
             bash("mkdir -p ~/mcserver && cd ~/mcserver && curl -sLo server.jar https://piston-data.mojang.com/v1/objects/server.jar && echo eula=true > eula.txt && java -Xmx3G -jar server.jar nogui",
                  "", desc="Download the server and start it", code=1,
                  stderr="Error: LinkageError occurred while loading main class net.minecraft.bundler.Main\n\tjava.lang.UnsupportedClassVersionError: net/minecraft/bundler/Main has been compiled by a more recent version of the Java Runtime (class file version 65.0), this version of the Java Runtime only recognizes class file versions up to 55.0\n",
                  ms=14000),
             bash("sudo apt-get install -y openjdk-21-jre-headless >/dev/null && java -version 2>&1 | head -1", "openjdk version \"21.0.5\" 2024-10-15", desc="Install Java 21", ms=52000),
             bash("cd ~/mcserver && timeout 90 java -Xmx3G -jar server.jar nogui | tail -3", "[16:44:51] [Server thread/INFO]: Preparing spawn area: 94%\n"
                  "[16:44:52] [Server thread/INFO]: Time elapsed: 8113 ms\n[16:44:52] [Server thread/INFO]: Done (11.402s)! For help, type \"help\"", desc="Start the server", ms=90000),
             say("The server needed a newer Java (21), which I installed, and now it starts (`Done!`). To run it: `cd ~/mcserver && java -Xmx3G -jar server.jar nogui`.\n\n"
                 "Friends on your home Wi-Fi can join with this PC's address. For friends elsewhere, your router has to forward port 25565 to this PC.")),
        turn("i did that but my friends still cant join, it says connection timed out",
             bash("ip -4 addr show | grep inet | grep -v 127; sudo ufw status", "    inet 192.168.1.43/24 brd 192.168.1.255 scope global dynamic enp3s0\nStatus: active\nTo                         Action      From\n--                         ------      ----\n22/tcp                     ALLOW       Anywhere",
                  desc="Check the address and firewall"),
             bash("sudo ufw allow 25565/tcp", "Rule added\nRule added (v6)", desc="Open the Minecraft port"),
             say("The PC's own firewall was blocking port 25565; I've opened it. Two more things to check on the router: the forwarding rule must point at "
                 "**192.168.1.43**, and friends must use your public address (search \"what is my ip\"), not the 192.168 one. Some internet providers block "
                 "incoming connections entirely; if it still times out, that may be why.")),
    ],
)
