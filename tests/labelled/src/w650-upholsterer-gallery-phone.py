LABEL = dict(
    split="heldout22",
    persona="upholsterer whose son built her a small portfolio website; the photos look squashed on phones",
    expertise_level=1, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a symptom with no names ('my website pictures look squashed on my phone'), and prompt 2 asks how to get the change onto the real site: the agent explains basics she did not know to ask (the files must be uploaded again, Netlify Drop), so level 1. "
               "The session repairs a broken layout in the gallery CSS: fixing. "
               "The agent's preview command fails (npx: command not found, exit 127), which is trouble; prompt 3 ('they look right on my phone now, thank you!!') confirms the fix after it, so verified success."),
)

SESSION = dict(
    cwd="/Users/marian/Documents/website", start="2026-11-26T19:40:00Z", model="claude-sonnet-4-6", version="2.1.233", branch="",
    turns=[
        turn("the pictures on my website look all squashed when i look on my phone. the chairs look really fat lol. my son made it for me and its all in this folder",
             bash("ls -R | head -30", ".:\nREADME.txt\nabout.html\ncss\nimages\nindex.html\n\n./css:\nstyle.css\n\n./images:\narmchair-velvet.jpg\nchaise-before.jpg\nchaise-after.jpg\nwingback-linen.jpg\nfootstool-tapestry.jpg", desc="List the website files"),
             par(read("/Users/marian/Documents/website/css/style.css", ".gallery {\n  display: grid;\n  grid-template-columns: repeat(3, 1fr);\n  gap: 12px;\n}\n.gallery img {\n  width: 100%;\n  height: 260px;\n}\n@media (max-width: 600px) {\n  .gallery { grid-template-columns: 1fr 1fr; }\n}"),
                 read("/Users/marian/Documents/website/README.txt", "Mum's site. To update: go to app.netlify.com/drop and drag the whole website folder onto the page (log in as marian.upholstery@...).\n- Tom")),
             edit("/Users/marian/Documents/website/css/style.css", ".gallery img {\n  width: 100%;\n  height: 260px;\n}", ".gallery img {\n  width: 100%;\n  aspect-ratio: 4 / 5;\n  height: auto;\n  object-fit: cover;\n}"),
             bash("npx serve . -l 5050", "", code=127, stderr="zsh: command not found: npx", desc="Start a local preview"),
             bash("open index.html", "", desc="Open the page in the browser"),
             say("Found it. The gallery told every photo to be exactly 260 pixels tall whatever the screen width, so on a narrow phone the pictures were squeezed sideways. I changed it so each photo keeps a fixed shape (4 wide by 5 tall) and is trimmed neatly instead of stretched.\n\nI couldn't start a preview server (that needs a tool your Mac doesn't have), so I've opened the page in your browser instead; the gallery should look right there. Your phone still shows the old version until the site is uploaded again.")),
        turn("how do i get it on the actual website so its fixed on my phone too",
             say("Your son left a note (README.txt) explaining it. The website on the internet is a copy of this folder, so after a change you upload the folder again:\n\n1. Go to **app.netlify.com/drop** in your browser and log in with the account in the note.\n2. Open your site, choose **Deploys**, and drag the whole `website` folder from Finder onto the box that says \"drag and drop your site folder here\".\n3. Wait until it says Published, then reload the site on your phone (you may need to close and reopen the tab).\n\nNothing else needs changing.")),
        turn("did the drag thing and they look right on my phone now, thank you!! the velvet one looks lovely",
             say("That's great to hear. The velvet armchair photo does look good in the new shape!")),
    ],
)
