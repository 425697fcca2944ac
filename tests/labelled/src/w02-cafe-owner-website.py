LABEL = dict(
    split="dev",
    persona="Owner of a neighbourhood cafe, no coding background, wants a simple website",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish asked as 'how do I…' with no structure, constraints or checks; prompt 2 "
               "asks how to even look at the page, so the agent explains the basics (level 1). The agent wrote "
               "index.html and style.css, so the session built a website although it was asked as a question. "
               "No failed action; prompt 3 ('thanks that works, it looks lovely') is an explicit confirmation."),
)

SESSION = dict(
    cwd="/Users/dimitra/cafe-site", start="2026-02-14T19:02:40Z", model="claude-sonnet-4-6", version="2.1.203",
    turns=[
        turn("how do I make a website for my cafe? I want people to see our opening hours and the menu and "
             "where we are. I have never done this before",
             bash("ls -la", "total 0\ndrwxr-xr-x  2 dimitra  staff  64 Feb 14 19:01 .\ndrwxr-xr-x 31 dimitra  staff 992 Feb 14 19:01 ..",
                  desc="See what's in the folder", pre="I'll build you a simple one-page website. First let me see what's in this folder."),
             write("/Users/dimitra/cafe-site/index.html",
                   "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "  <title>Dimitra's Cafe</title>\n  <link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n"
                   "  <header><h1>Dimitra's Cafe</h1><p>Coffee, cakes and lunch</p></header>\n"
                   "  <section id=\"hours\"><h2>Opening hours</h2><ul><li>Mon–Fri 7:30–16:00</li><li>Sat 8:30–15:00</li><li>Sun closed</li></ul></section>\n"
                   "  <section id=\"menu\"><h2>Menu</h2><ul><li>Flat white £3.20</li><li>Spanakopita £5.50</li></ul></section>\n"
                   "  <section id=\"find-us\"><h2>Find us</h2><p>12 Market Street</p></section>\n</body>\n</html>\n"),
             write("/Users/dimitra/cafe-site/style.css",
                   "body { font-family: Georgia, serif; margin: 0; color: #3b2f2f; background: #fdf8f2; }\n"
                   "header { background: #6f4e37; color: white; padding: 2rem; text-align: center; }\n"
                   "section { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }\n"),
             say("I've made a one-page website for your cafe with three sections:\n\n1. **Opening hours**, which I "
                 "filled in with example times (please tell me your real ones)\n2. **Menu**, with a couple of "
                 "example items\n3. **Find us**, with a placeholder address\n\nThere are two files: "
                 "`index.html` (the content) and `style.css` (colours and fonts, in warm coffee tones). To see "
                 "it, double-click `index.html` and it will open in your web browser. Tell me your real hours, "
                 "menu and address and I'll put them in.")),
        turn("how do i see it? i double clicked and it opened in word",
             bash("open -a Safari index.html", "", desc="Open the page in Safari",
                  pre="Your Mac is opening .html files with Word. Let me open it in Safari for you instead."),
             say("It should now be open in Safari. If you'd like .html files to always open in the browser, "
                 "right-click `index.html` in Finder, choose **Get Info**, set **Open with** to Safari and click "
                 "**Change All**.\n\nWhen you're ready to put it on the internet, a free service like Netlify "
                 "lets you drag this folder onto their page and gives you an address.")),
        turn("thanks that works, it looks lovely. Our hours are 7 til 4 weekdays and 9 til 2 saturday, closed sunday",
             edit("/Users/dimitra/cafe-site/index.html",
                  "<li>Mon–Fri 7:30–16:00</li><li>Sat 8:30–15:00</li><li>Sun closed</li>",
                  "<li>Mon–Fri 7:00–16:00</li><li>Sat 9:00–14:00</li><li>Sun closed</li>"),
             say("Updated: Monday to Friday 7:00–16:00, Saturday 9:00–14:00, and closed on Sunday. Refresh the "
                 "page in Safari (Cmd+R) to see the new hours.")),
    ],
)
