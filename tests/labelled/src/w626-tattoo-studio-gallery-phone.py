LABEL = dict(
    split="heldout21",
    persona="tattoo studio owner whose portfolio gallery looks squashed on phones",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the page (the gallery page of the studio site) and the symptom on phones (three squashed pictures per row, faces stretched); the fix and check are left to the agent, level 2. "
               "Prompt 2 reports the result still fails without saying why ('still squashed on my phone'), the level-2 pattern where the agent fills the gaps (the old CSS was cached and an inline width overrode the rule). "
               "Broken layout repaired: fixing. Prompt 2 is trouble; prompt 3 ('ok THAT worked, 2 across and they look normal now') confirms after it, so verified success."),
)

SESSION = dict(
    cwd="/Users/jade/studio-site", start="2026-12-02T15:10:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="main",
    turns=[
        turn("the gallery page on our website looks awful on phones, it puts 3 pictures in a row and theyre all squashed so peoples tattoos look stretched. on the laptop its fine. can you fix it",
             glob("**/*.{html,css}", ["/Users/jade/studio-site/index.html", "/Users/jade/studio-site/gallery.html", "/Users/jade/studio-site/css/style.css"]),
             grep("gallery", path="/Users/jade/studio-site/css/style.css", content="41:.gallery { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }\n42:.gallery img { width: 100%; height: 260px; }"),
             edit("/Users/jade/studio-site/css/style.css", ".gallery { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }\n.gallery img { width: 100%; height: 260px; }", ".gallery { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }\n.gallery img { width: 100%; aspect-ratio: 4 / 5; height: auto; object-fit: cover; }\n@media (max-width: 640px) {\n  .gallery { grid-template-columns: repeat(2, 1fr); }\n}"),
             say("The gallery forced every picture to 260px tall whatever its width, which squashes them on a narrow screen. Now each picture keeps a 4:5 shape and is cropped to fit instead of stretched, and on phones the gallery shows 2 across. Upload `css/style.css` to your host and have a look.")),
        turn("i uploaded it but its still squashed on my phone",
             read("/Users/jade/studio-site/gallery.html", "<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Work - Inkwell Studio</title>\n<link rel=\"stylesheet\" href=\"css/style.css\">\n</head>\n<body>\n<div class=\"gallery\">\n  <img src=\"img/jade-01.jpg\" width=\"300\" height=\"260\" style=\"width:300px;height:260px\" alt=\"fine line botanical forearm\">\n  <img src=\"img/jade-02.jpg\" width=\"300\" height=\"260\" style=\"width:300px;height:260px\" alt=\"blackwork sleeve\">\n  <img src=\"img/sam-01.jpg\" width=\"300\" height=\"260\" style=\"width:300px;height:260px\" alt=\"neo-trad panther\">"),
             bash("cd /Users/jade/studio-site && grep -c 'style=\"width:300px;height:260px\"' gallery.html && sed -i '' 's/ style=\"width:300px;height:260px\"//' gallery.html && grep -c 'style=\"width' gallery.html; grep -n 'viewport' gallery.html", "24\n0", desc="Remove the fixed inline sizes"),
             edit("/Users/jade/studio-site/gallery.html", "<meta charset=\"utf-8\">\n<title>Work - Inkwell Studio</title>\n<link rel=\"stylesheet\" href=\"css/style.css\">", "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Work - Inkwell Studio</title>\n<link rel=\"stylesheet\" href=\"css/style.css?v=2\">"),
             say("Found it. Each picture in `gallery.html` had its size fixed right on the tag (`width:300px;height:260px`), which beats the stylesheet, and the page had no *viewport* line, so phones drew it as a shrunk desktop page. I removed the 24 fixed sizes, added the viewport line, and added `?v=2` to the stylesheet link so phones fetch the new one instead of a saved copy. Please upload **both** `gallery.html` and `css/style.css`.")),
        turn("ok THAT worked, 2 across and they look normal now. cheers",
             say("Great. If you add more pictures later, just use `<img src=\"img/name.jpg\" alt=\"...\">` without a size and they'll fit.")),
    ],
)
