LABEL = dict(
    split="heldout7",
    persona="manager of a charity shop, volunteers use an old Ubuntu laptop as the till",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a symptom ('the receipt printer doesnt print anymore') with no model, port or error named; the agent has to explain what "
               "CUPS is and what the update broke, and later that the till program uses a different printer name; prompts 3 and 4 report results "
               "without saying what is wrong: level 1. Installing and configuring a printer on the machine: operating. `lpadmin` fails (trouble), "
               "prompt 3 'nothing came out' and prompt 4 'the till program still says printer offline' report failures; prompt 4 also says the second "
               "test page printed, but its failure report comes after that, and the last prompt only defers the check to tomorrow: the trouble stays "
               "unresolved, abandoned."),
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
        turn("nothing came out",
             bash("lpstat -o Receipt; lpstat -l -p Receipt | head -4", "Receipt-118            till             1024   Tue 02 Dec 2026 09:31:02\n"
                  "printer Receipt is idle.  enabled since Tue 02 Dec 2026 09:31:05\n\tFilter failed", desc="Check the print queue"),
             bash("grep -i 'Receipt-118' /var/log/cups/error_log | tail -2", "E [02/Dec/2026:09:31:05 +0000] [Job 118] rastertotmt: error while loading shared libraries: libcups.so.2: "
                  "cannot open shared object file\nE [02/Dec/2026:09:31:05 +0000] [Job 118] Job stopped due to filter errors; please consult the error_log file for details.", desc="Look at the CUPS log"),
             bash("sudo apt-get install -y libcups2t64 && sudo ln -sf /usr/lib/x86_64-linux-gnu/libcups.so.2 /usr/lib/libcups.so.2 && cancel -a Receipt && echo 'TEST RECEIPT 2' | lp -d Receipt",
                  "libcups2t64 is already the newest version (2.4.7-1.2ubuntu7.3).\nrequest id is Receipt-119 (1 file(s))", desc="Fix the filter's library path and print again"),
             say("The Epson driver's filter couldn't find a printing library after the update (it looks in an old place). I pointed it at the right "
                 "place, cleared the stuck job and sent 'TEST RECEIPT 2'. Did that one come out?")),
        turn("yes that printed!! but the till program still says printer offline",
             bash("grep -ri printer ~/.config/ShopTill/settings.ini", "printer_name=TM-T20II", desc="Find the till's printer setting"),
             edit("/home/till/.config/ShopTill/settings.ini", "printer_name=TM-T20II", "printer_name=Receipt"),
             say("The till program was looking for a printer called 'TM-T20II', but the printer is called 'Receipt' on this laptop. I changed the till's "
                 "setting to 'Receipt'. Close the till program and open it again, then try a receipt.")),
        turn("ok ill try tomorrow when the volunteers are in, the till is locked now",
             say("No problem. If it still says offline tomorrow, tell me what the message says exactly.")),
    ],
)
