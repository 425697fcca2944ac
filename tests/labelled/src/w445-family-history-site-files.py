LABEL = dict(
    split="heldout15",
    persona="Retired teacher trying to understand the family-history website folder her grandson made",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks what 'all these files' are and where the photos go, with no names; prompt 2 asks whether deleting the folder would lose her tree, and the agent explains basics she did not know to ask (the site is generated from the Gramps database, the files are not the tree): level 1. "
               "The agent only lists, reads and explains, nothing is changed: exploring. No action fails and no test, commit or confirmation follows: neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/margaret/FamilyTree", start="2026-11-29T15:20:00Z", model="claude-sonnet-4-5", version="2.1.235", branch="",
    turns=[
        turn("my grandson made me a website of our family tree before he went back to uni, its in this folder. what are all these files?? i want to put some more photos on for great grandad albert but i dont know where they go",
             bash("ls; ls gramps_site | head; find gramps_site -type f | wc -l", "README_from_Tom.txt\nTrewin_family.gramps\ngramps_site\nphotos_to_add\ngramps_site\n css\n img\n ppl\n fam\n evt\n plc\n src\n index.html\n surnames.html\n    4318", desc="See what is in the folder"),
             read("/Users/margaret/FamilyTree/README_from_Tom.txt", "Gran - the tree is in Gramps (the app with the tree icon). The website is made by Reports > Web Pages > Narrated Web Site, output to gramps_site. Then I copy gramps_site to the host with Cyberduck. Love Tom x"),
             grep("Albert", path="gramps_site/ppl", files=["gramps_site/ppl/a/3/c9e2a41f8b0d7a13.html"]),
             say("Here's what's in the folder:\n\n- **Trewin_family.gramps**: a backup of your actual family tree from the Gramps program. This is the precious part.\n- **gramps_site**: the website. It has over 4,000 files because Gramps writes one page per person (`ppl`), family (`fam`), event (`evt`), place (`plc`) and source (`src`), plus pictures (`img`) and the style (`css`). You don't edit these by hand; Gramps makes them all again each time.\n- **photos_to_add**: I assume these are your new photos.\n\nSo photos don't go into `gramps_site` directly. As Tom's note says: you add the photo to Albert in **Gramps** (open his person, the *Gallery* tab, the **+** button), then make the website again (*Reports → Web Pages → Narrated Web Site*, output to `gramps_site`), and then copy the folder to the web host with Cyberduck. Albert's page is currently `gramps_site/ppl/a/3/c9e2a41f8b0d7a13.html`.")),
        turn("so if i deleted gramps_site by accident would i lose everything",
             say("No. `gramps_site` is only the published copy; Gramps can make it again from your tree at any time. What you must not lose is the tree itself, which lives inside the Gramps program on this Mac, and `Trewin_family.gramps` is a backup of it. It would be worth making a fresh backup after you add Albert's photos (*Family Trees → Export*, choose the Gramps XML format) and keeping a copy on a memory stick.")),
    ],
)
