LABEL = dict(
    split="heldout7",
    persona="manager of a charity shop, volunteers use an old Ubuntu laptop as the till",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a symptom ('the receipt printer doesnt print anymore') with no model, port or error named, and the agent has to "
               "explain what CUPS is and ask for the printer model: level 1. Installing and configuring a printer on the machine: operating. "
               "`lpadmin` fails once and the driver install is retried (trouble); the test print job is accepted but the user never says a "
               "receipt came out and there is no test or commit, so the trouble stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/home/till", start="2026-12-02T09:10:00Z", model="claude-sonnet-4-6", version="2.1.245",
    turns=[
        turn("the receipt printer doesnt print anymore since the laptop did an update. we are a charity shop and the volunteers cant give receipts",
             bash("lpstat -p -d", "printer Receipt is idle.  enabled since Mon 01 Dec 2026 16:02:11\nno system default destination", desc="List printers"),
             bash("lsusb | grep -i -E 'epson|star|citizen'", "Bus 001 Device 004: ID 04b8:0e15 Seiko Epson Corp. TM-T20II", desc="Find the printer on USB"),
             say("Your laptop uses a printing system called CUPS. It sees an Epson TM-T20II on USB, and the printer queue 'Receipt' exists, but there is "
                 "no default printer any more – the update probably reset it, and the Epson driver may have been removed. Shall I reinstall the driver "
                 "and set 'Receipt' as the default? It needs your password for sudo.")),
        turn("yes please do that",
             bash("sudo lpadmin -p Receipt -E -v usb://EPSON/TM-T20II -m tm-t20ii-rastertotmt.ppd",
                  "lpadmin: Unable to copy PPD file.", code=1, desc="Recreate the queue with the Epson PPD"),
             bash("sudo apt-get install -y printer-driver-escpr", "Reading package lists... Done\nprinter-driver-escpr is already the newest version (1.7.20-1).", desc="Install Epson driver package"),
             bash("ls /usr/share/ppd/ | grep -i tm-t", "", desc="Look for the receipt PPD"),
             bash("sudo dpkg -i ~/Downloads/tmx-cups_3.0.0.0_amd64.deb && sudo lpadmin -p Receipt -E -v usb://EPSON/TM-T20II -m tm-t20ii-rastertotmt.ppd && sudo lpadmin -d Receipt",
                  "Selecting previously unselected package tmx-cups.\nUnpacking tmx-cups (3.0.0.0) ...\nSetting up tmx-cups (3.0.0.0) ...", desc="Install the Epson TM driver and set default"),
             bash("echo 'TEST RECEIPT' | lp -d Receipt", "request id is Receipt-118 (1 file(s))", desc="Send a test print"),
             say("The receipt driver had been removed by the update; Epson's TM driver package was still in your Downloads folder, so I reinstalled it, "
                 "recreated the 'Receipt' printer with it and made it the default. I sent a test page ('TEST RECEIPT') – check whether it came out of the printer.")),
    ],
)
