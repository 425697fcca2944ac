LABEL = dict(
    split="heldout19",
    persona="pottery studio owner setting up a Raspberry Pi kiln temperature logger from a kit's instructions",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish with no names ('get the kiln thing working'), prompt 2 pastes a screen message without saying what it means, and the agent explains basics (what SPI is and that it must be switched on, what a reboot does to the ssh session): level 1. "
               "The session installs the logger's Python package and sets it up as a service on the Pi: operating. "
               "The first pip install fails (externally-managed-environment) and the service then fails with No such file or directory for /dev/spidev0.0 (trouble); after enabling SPI the user ends with 'ill reboot it tomorrow when the firing's done' with nothing run or confirmed afterwards, so the trouble stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/home/pi", start="2026-11-29T17:20:00Z", model="claude-sonnet-4-5", version="2.1.219", branch="",
    turns=[
        turn("hello. i bought a kiln temperature logger kit (the KilnWatch one with the thermocouple board) and the instructions say to install it on the raspberry pi. i'm on the pi now through the laptop. can you get the kiln thing working please, i dont really know linux",
             bash("ls ~ && cat ~/kilnwatch/README.txt 2>/dev/null | head -30", "Bookshelf\nkilnwatch\nkilnwatch/README.txt\nKilnWatch v2 - MAX31856 thermocouple logger\n\n1. pip install kilnwatch\n2. kilnwatch init  (creates ~/.kilnwatch.toml)\n3. kilnwatch service install  (runs at boot, web page on port 8080)\n\nWiring: see kilnwatch/wiring.png\n", desc="Look at the kit's instructions"),
             bash("pip install kilnwatch", "error: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try apt install\n    python3-xyz, where xyz is the package you are trying to\n    install.\n\n    If you wish to install a non-Debian-packaged Python package,\n    create a virtual environment using python3 -m venv path/to/venv.", code=1, desc="Install kilnwatch"),
             bash("python3 -m venv ~/kilnwatch/venv && ~/kilnwatch/venv/bin/pip install kilnwatch 2>&1 | tail -2", "Installing collected packages: spidev, adafruit-blinka, adafruit-circuitpython-max31856, kilnwatch\nSuccessfully installed adafruit-blinka-8.47.0 adafruit-circuitpython-max31856-1.2.12 kilnwatch-2.0.4 spidev-3.6", desc="Install into a virtual environment", ms=48000),
             bash("~/kilnwatch/venv/bin/kilnwatch init && ~/kilnwatch/venv/bin/kilnwatch service install && sleep 3 && systemctl status kilnwatch --no-pager | head -12", "Wrote /home/pi/.kilnwatch.toml (thermocouple type K, units C)\nInstalled /etc/systemd/system/kilnwatch.service and enabled it\n× kilnwatch.service - KilnWatch kiln logger\n     Loaded: loaded (/etc/systemd/system/kilnwatch.service; enabled)\n     Active: failed (Result: exit-code) since Sun 2026-11-29 17:24:41 GMT; 1s ago\n    Process: 2211 ExecStart=/home/pi/kilnwatch/venv/bin/kilnwatch run (code=exited, status=1/FAILURE)\nNov 29 17:24:41 kilnpi kilnwatch[2211]: FileNotFoundError: [Errno 2] No such file or directory: '/dev/spidev0.0'\nNov 29 17:24:41 kilnpi systemd[1]: kilnwatch.service: Failed with result 'exit-code'.", desc="Set up the kilnwatch service"),
             say("I've installed KilnWatch (in its own folder, because this version of Raspberry Pi OS doesn't allow installing it system-wide) and set it up to start by itself, but it can't start yet:\n\n`No such file or directory: '/dev/spidev0.0'`\n\nThe thermocouple board talks to the Pi over a connection called **SPI**, which is switched off on a new Pi. It needs turning on once. I can do that with `sudo raspi-config nonint do_spi 0`, and then the Pi has to restart. Shall I?")),
        turn("it says [sudo] password for pi: on my screen?",
             say("That's the Pi asking for its own password before making a system change. I can't type it for you. Could you run this yourself in the Pi's terminal window and type the password when it asks (nothing shows while you type, that's normal):\n\n```\nsudo raspi-config nonint do_spi 0\n```\n\nThen tell me when it's done.")),
        turn("ok done that, no error",
             bash("ls /dev/spidev* 2>&1; grep -n spi /boot/firmware/config.txt", "ls: cannot access '/dev/spidev*': No such file or directory\n48:dtparam=spi=on", code=2, desc="Check SPI is enabled"),
             say("SPI is now switched on in the Pi's settings (`dtparam=spi=on`), but it only takes effect after a restart, which is why the device still isn't there.\n\nRestart with `sudo reboot`. Your laptop will lose the connection for a minute. When the Pi is back, connect again and I'll check the logger started and show you the web page address.")),
        turn("i cant restart it now the kiln is on a glaze firing and the pi is plugged into it. ill reboot it tomorrow when the firing's done",
             say("That's fine, leave it until the firing's done. Nothing I've set up affects the kiln itself; the logger just isn't recording yet.\n\nTomorrow: run `sudo reboot`, wait a minute, then open **http://kilnpi.local:8080** on your laptop. If the page shows a temperature, it's working. If not, start a new session and we'll look at the wiring.")),
    ],
)
