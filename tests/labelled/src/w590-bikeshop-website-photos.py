LABEL = dict(
    split="heldout20",
    persona="bike shop owner whose website, built by a relative, shows broken images for the new bikes",
    expertise_level=1, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a symptom with no names ('the pictures of the new bikes dont show, just a little box'), and the agent has to explain that the site is files uploaded to the host and why capital letters in a file name matter: level 1 by precision and correction direction. "
               "The agent finds `.JPG` files referenced as `.jpg` and renames them, so broken behaviour repaired: fixing. "
               "Trouble is the failed `git mv` (not a git repository, exit 128); prompt 2 ('uploaded them like you said and theyre all showing now on my phone') is a confirmation after it, so verified success."),
)

SESSION = dict(
    cwd="/Users/gareth/Documents/website", start="2026-11-26T20:40:00Z", model="claude-sonnet-4-6", version="2.1.244", branch="",
    turns=[
        turn("the pictures of the new bikes dont show on my website, just a little box with a broken picture. my nephew made the site and i added the new bikes myself by copying what he did. the old ones work fine",
             bash("cd /Users/gareth/Documents/website && ls && ls images | tail -12", "about.html\ncss\nimages\nindex.html\nnew-bikes.html\nimages:\nboardman-mtb-8.6.jpg\ncarrera-vengeance.jpg\ngiant-talon-3.jpg\nlogo.png\norbea-vector-20.JPG\nribble-cgr-al.JPG\nshop-front.jpg\ntrek-marlin-5.JPG\nvoodoo-bizango.jpg", desc="List the site files"),
             grep("<img", path="/Users/gareth/Documents/website/new-bikes.html", content="12:      <img src=\"images/giant-talon-3.jpg\" alt=\"Giant Talon 3\">\n19:      <img src=\"images/voodoo-bizango.jpg\" alt=\"Voodoo Bizango\">\n26:      <img src=\"images/trek-marlin-5.jpg\" alt=\"Trek Marlin 5\">\n33:      <img src=\"images/orbea-vector-20.jpg\" alt=\"Orbea Vector 20\">\n40:      <img src=\"images/ribble-cgr-al.jpg\" alt=\"Ribble CGR AL\">"),
             bash("cd /Users/gareth/Documents/website/images && for f in *.JPG; do git mv \"$f\" \"${f%.JPG}.jpg\"; done", "fatal: not a git repository (or any of the parent directories): .git", desc="Rename .JPG files to .jpg", code=128),
             bash("cd /Users/gareth/Documents/website/images && for f in *.JPG; do mv \"$f\" \"${f%.JPG}.tmp\" && mv \"${f%.JPG}.tmp\" \"${f%.JPG}.jpg\"; done && ls *.jpg", "boardman-mtb-8.6.jpg\ncarrera-vengeance.jpg\ngiant-talon-3.jpg\norbea-vector-20.jpg\nribble-cgr-al.jpg\nshop-front.jpg\ntrek-marlin-5.jpg\nvoodoo-bizango.jpg", desc="Rename with plain mv (two steps for the Mac's case-insensitive disk)"),
             say("Found it. The three new bikes that don't show (Trek Marlin 5, Orbea Vector 20, Ribble CGR AL) have photos saved as **.JPG** (capitals, that's how the camera names them), but the page asks for **.jpg**. Your Mac doesn't mind the difference, which is why they look fine when you open the page here, but the web host's computer treats `trek-marlin-5.JPG` and `trek-marlin-5.jpg` as two different files.\n\nI've renamed the three photos to end in lowercase `.jpg`. Nothing in the page needed changing.\n\nYour website is the files in this folder copied up to your host. So the last step is yours: upload the three renamed photos into the `images` folder on the host the same way you uploaded the new page (in the FileZilla window your nephew set up, drag them from the left side to `images` on the right, and say yes to replace). Tip for next time: rename photos to lowercase before adding them.")),
        turn("uploaded them like you said and theyre all showing now on my phone. thank you!!",
             say("Great, glad they're showing. Enjoy selling the new bikes!")),
    ],
)
