LABEL = dict(
    split="heldout8",
    persona="Arable farmer setting up a new weather station's software on an old laptop in the grain store office",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish with no names beyond the station's brand ('get the weather thing working on the laptop'); the agent has to "
               "explain what a serial port and a service are, and prompt 2 asks whether he needs 'the internet one or the usb one': level 1. "
               "The work is installing and configuring software on a machine: operating. `weewx` install fails on a missing package and the "
               "first start fails on the serial port permission (trouble); the service then starts, but the last prompt asks about the website "
               "and there is no test, commit or confirmation after the failures: abandoned."),
)

SESSION = dict(
    cwd="/home/farm", start="2026-11-28T17:40:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("i bought a davis weather station for the farm and the man said i can put the software on an old laptop. its got ubuntu on it my son put on. can you get the weather thing working on the laptop",
             bash("lsusb; ls /dev/ttyUSB* /dev/ttyACM* 2>/dev/null", "Bus 001 Device 004: ID 10c4:ea60 Silicon Labs CP210x UART Bridge\nBus 001 Device 001: ID 1d6b:0002 Linux Foundation 2.0 root hub\n/dev/ttyUSB0", desc="Find the station's USB connection"),
             bash("sudo apt-get install -y weewx", "Reading package lists...\nE: Unable to locate package weewx", code=100, desc="Install WeeWX"),
             say("The station's logger shows up as a USB serial port (`/dev/ttyUSB0`) – that's the cable the data comes through. The usual free program for Davis stations is "
                 "WeeWX, but it isn't in Ubuntu's own list of software, so I need to add WeeWX's repository first. Shall I go ahead? It will ask for your password.")),
        turn("yes go ahead. do i need the internet one or the usb one",
             bash("curl -fsSL https://weewx.com/keys.html | sudo gpg --dearmor -o /etc/apt/trusted.gpg.d/weewx.gpg && echo \"deb [arch=all] https://weewx.com/apt/python3 buster main\" | sudo tee /etc/apt/sources.list.d/weewx.list && sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y weewx",
                  "deb [arch=all] https://weewx.com/apt/python3 buster main\nSetting up weewx (5.1.0-1) ...\nCreated symlink /etc/systemd/system/multi-user.target.wants/weewx.service", desc="Add the WeeWX repository and install", ms=64000),
             edit("/etc/weewx/weewx.conf", "    station_type = Simulator", "    station_type = Vantage"),
             edit("/etc/weewx/weewx.conf", "    type = serial\n    port = /dev/ttyS0", "    type = serial\n    port = /dev/ttyUSB0"),
             bash("sudo systemctl restart weewx && sleep 5 && systemctl status weewx --no-pager | tail -3",
                  "Nov 28 17:52:10 farm-laptop weewxd[4127]: weewx.drivers.vantage: Unable to open serial port /dev/ttyUSB0: [Errno 13] Permission denied\nNov 28 17:52:10 farm-laptop weewxd[4127]: weewxd: Unable to load driver\nNov 28 17:52:10 farm-laptop systemd[1]: weewx.service: Failed with result 'exit-code'.",
                  code=3, desc="Start WeeWX"),
             bash("sudo usermod -aG dialout weewx && sudo systemctl restart weewx && sleep 8 && journalctl -u weewx -n 3 --no-pager",
                  "Nov 28 17:53:41 farm-laptop weewxd[4188]: weewx.drivers.vantage: Using serial port /dev/ttyUSB0\nNov 28 17:53:44 farm-laptop weewxd[4188]: weewx.engine: Starting main packet loop.\nNov 28 17:53:49 farm-laptop weewxd[4188]: weewx.manager: Added record 2026-11-28 17:53:00 GMT to database 'weewx.sdb'", desc="Give WeeWX the serial port and restart"),
             say("It's the USB one – your station is plugged in with the USB cable, so that's what it uses (the internet one is only for Davis's own WeatherLink cloud). "
                 "WeeWX is installed and running as a service, so it starts by itself when the laptop is switched on. It first couldn't open the USB port (a permissions thing), "
                 "I fixed that, and it has now saved its first reading.")),
        turn("how do i see it on the website thing",
             say("WeeWX makes web pages every 5 minutes in `/var/www/html/weewx`. To look at them on this laptop you need a small web server – `sudo apt install nginx` – "
                 "then open http://localhost/weewx in Firefox. Want me to set that up?")),
    ],
)
