LABEL = dict(
    split="heldout22",
    persona="fishing tackle shop owner trying to get a new Dymo label printer printing from the shop laptop",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a symptom ('the new label printer wont print from the laptop'), and the agent has to explain basics twice: that the LabelWriter 550 needs Dymo's own software, and that it only accepts genuine Dymo labels; level 1. "
               "The work is getting a device installed and working on a machine (lpadmin, the Dymo driver): operating. "
               "lpadmin fails (exit 1) and prompt 2 reports the Dymo software still says no printer connected; the last prompt ('ill have to order some proper ones then') leaves it unresolved with no evidence after the trouble, so abandoned."),
)

SESSION = dict(
    cwd="/Users/keith", start="2026-11-30T10:05:00Z", model="claude-sonnet-4-6", version="2.1.240", branch="",
    turns=[
        turn("the new label printer wont print from the laptop. its a dymo one, for the price labels. the old one worked fine on the old computer",
             bash("lpstat -p -d 2>&1; system_profiler SPUSBDataType | grep -i -A6 dymo", "lpstat: No destinations added.\nno system default destination\n        LabelWriter 550:\n          Product ID: 0x0028\n          Vendor ID: 0x0922  (DYMO)\n          Version: 1.00\n          Serial Number: 24071902385\n          Speed: Up to 12 Mb/s\n          Manufacturer: DYMO", desc="Check printers and the USB device"),
             bash("lpadmin -p LabelWriter_550 -E -v 'usb://DYMO/LabelWriter%20550?serial=24071902385' -m everywhere", "", code=1, stderr="lpadmin: Unable to create PPD file: Printer does not support required IPP attributes or document formats.", desc="Try adding the printer with the generic driver"),
             say("The Mac can see the printer on USB (a LabelWriter 550), but it isn't set up as a printer yet, and the Mac's built-in generic driver doesn't work with it. The 550 model needs Dymo's own program:\n\n1. Go to **dymo.com**, Support, and download **DYMO Connect for Desktop** for Mac.\n2. Open the downloaded file and install it (it will ask for your Mac password).\n3. Restart the laptop with the printer plugged in, then open DYMO Connect. It should show the LabelWriter 550 at the top.\n\nYour till software can then print to it like the old one.")),
        turn("i installed the dymo connect thing and restarted and it says no printer connected. the light on the printer is flashing blue",
             bash("lpstat -p; system_profiler SPUSBDataType | grep -i -A2 labelwriter", "printer DYMO_LabelWriter_550 is idle.  enabled since Mon 30 Nov 10:31:12 2026\n        LabelWriter 550:\n          Product ID: 0x0028\n          Vendor ID: 0x0922  (DYMO)", desc="Check the printer after installing DYMO Connect"),
             fetch("https://www.dymo.com/support?cfid=user-guide", "What does a flashing blue status light mean on a LabelWriter 550?", "LabelWriter 550 status light: solid blue - ready; flashing blue - label roll not recognised or no labels. The LabelWriter 550 series uses Automatic Label Recognition and only works with authentic DYMO LW labels. Non-DYMO labels are not supported."),
             say("The printer is now installed (the Mac lists it as DYMO LabelWriter 550, ready). The flashing blue light means the printer doesn't recognise the label roll. The 550 models have a chip reader and **only work with genuine Dymo labels**; rolls from other makers are refused, and DYMO Connect then shows \"no printer connected\" or \"no labels\".\n\nIs the roll in it a Dymo-branded one? If it's a cheaper compatible roll, that's the cause, and a genuine Dymo roll (for price labels, usually 11355 or 99012) should fix it.")),
        turn("oh i was using the cheap ones off amazon. ill have to order some proper ones then",
             say("That'll be it. When the Dymo roll arrives, load it, the light should go solid blue, and DYMO Connect will show the label size. If it still flashes with a genuine roll, let me know.")),
    ],
)
