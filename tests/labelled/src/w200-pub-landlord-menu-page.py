LABEL = dict(
    split="heldout7",
    persona="landlord of a village pub, runs the pub's one-page website himself",
    expertise_level=2, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the thing and the goal (a page on the website with the food, the dishes and prices pasted) and nothing else: no "
               "file, layout or constraint; the agent picks the file, the sections and the link, and no one corrects anyone: level 2 (first written "
               "as 1; the user does name what is wanted, unlike the guide's level-1 wish). A new page (menu.html) is written and linked: building. "
               "No failures; prompt 2 'just looked on my phone and its spot on' states the result works: verified success."),
)

SESSION = dict(
    cwd="/Users/gareth/Sites/the-plough", start="2026-12-01T18:40:00Z", model="claude-sonnet-4-6", version="2.1.240",
    turns=[
        turn("i want a page on the website with our food on it. heres the menu:\nSOUP OF THE DAY 5.50\nSCAMPI AND CHIPS 13.95\nSTEAK AND ALE PIE 14.50\n"
             "PLOUGHMANS 11.00\nSTICKY TOFFEE 6.50\nsunday roast is 16 quid",
             glob("*.html", ["index.html", "contact.html"]),
             read("/Users/gareth/Sites/the-plough/index.html",
                  "<!doctype html>\n<html>\n<head><title>The Plough Inn</title><link rel=\"stylesheet\" href=\"style.css\"></head>\n<body>\n<nav><a href=\"index.html\">Home</a> "
                  "<a href=\"contact.html\">Find us</a></nav>\n<h1>The Plough Inn</h1>\n..."),
             write("/Users/gareth/Sites/the-plough/menu.html",
                   "<!doctype html>\n<html>\n<head><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Menu – The Plough Inn</title>"
                   "<link rel=\"stylesheet\" href=\"style.css\"></head>\n<body>\n<nav><a href=\"index.html\">Home</a> <a href=\"menu.html\">Menu</a> <a href=\"contact.html\">Find us</a></nav>\n"
                   "<h1>Food</h1>\n<h2>Mains</h2>\n<ul class=\"menu\">\n<li>Soup of the day <span>£5.50</span></li>\n<li>Scampi and chips <span>£13.95</span></li>\n"
                   "<li>Steak and ale pie <span>£14.50</span></li>\n<li>Ploughman's <span>£11.00</span></li>\n</ul>\n<h2>Pudding</h2>\n<ul class=\"menu\">\n"
                   "<li>Sticky toffee pudding <span>£6.50</span></li>\n</ul>\n<h2>Sundays</h2>\n<p>Sunday roast £16.00</p>\n</body>\n</html>\n"),
             edit("/Users/gareth/Sites/the-plough/index.html", "<a href=\"index.html\">Home</a> <a href=\"contact.html\">Find us</a>",
                  "<a href=\"index.html\">Home</a> <a href=\"menu.html\">Menu</a> <a href=\"contact.html\">Find us</a>"),
             say("I made a new page, `menu.html`, next to your `index.html`, with mains, pudding and the Sunday roast, and added a 'Menu' link to the "
                 "top of the home page. It uses your existing `style.css`. Once you upload `menu.html` and the changed `index.html` the same way you "
                 "normally update the site, it'll be live.")),
        turn("just looked on my phone and its spot on. cheers",
             say("Great – enjoy the new page!")),
    ],
)
