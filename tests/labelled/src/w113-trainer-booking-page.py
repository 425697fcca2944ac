LABEL = dict(
    split="heldout4",
    persona="Self-employed personal trainer who wants a page where clients can book sessions",
    expertise_level=1, work_mode="building",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks 'how do i get a booking page on my website' with no site, tool or constraint named, and the agent has "
               "to find out the site is a plain HTML folder, choose the approach and explain that a booking service account is needed; prompt 2 ('can it be orange like my logo') is a "
               "preference, and prompt 3 asks where to find the link the agent told it to paste: level 1. A new page written: building. Nothing fails; the user never says the page works (the last prompt "
               "only gives the link): neither."),
)

SESSION = dict(
    cwd="/Users/jordanfit/site", start="2026-11-20T07:15:00Z", model="claude-sonnet-4-6", version="2.1.282",
    turns=[
        turn("how do i get a booking page on my website so clients can pick a time with me",
             bash("ls", "about.html\nindex.html\nimages\nprices.html\nstyle.css", desc="See what the site is made of"),
             read("/Users/jordanfit/site/index.html", "<!doctype html>\n<html>\n<head><title>Jordan Fit</title><link rel=\"stylesheet\" href=\"style.css\"></head>\n<body>\n"
                  "<nav><a href=\"index.html\">Home</a> <a href=\"about.html\">About</a> <a href=\"prices.html\">Prices</a></nav>\n<h1>Personal training in Leeds</h1>\n...\n</body>\n</html>"),
             write("/Users/jordanfit/site/book.html", "<!doctype html>\n<html>\n<head><title>Book a session - Jordan Fit</title><link rel=\"stylesheet\" href=\"style.css\"></head>\n<body>\n"
                   "<nav><a href=\"index.html\">Home</a> <a href=\"about.html\">About</a> <a href=\"prices.html\">Prices</a> <a href=\"book.html\">Book</a></nav>\n<h1>Book a session</h1>\n"
                   "<p>Pick a time that suits you. You'll get a confirmation email straight away.</p>\n<!-- Calendly inline widget: replace YOUR-LINK with your Calendly link -->\n"
                   "<div class=\"calendly-inline-widget\" data-url=\"https://calendly.com/YOUR-LINK\" style=\"min-width:320px;height:700px;\"></div>\n"
                   "<script src=\"https://assets.calendly.com/assets/external/widget.js\" async></script>\n</body>\n</html>\n"),
             edit("/Users/jordanfit/site/index.html", "<a href=\"prices.html\">Prices</a></nav>", "<a href=\"prices.html\">Prices</a> <a href=\"book.html\">Book</a></nav>"),
             say("Your site is plain HTML pages, so the simplest way is a free booking service that shows a calendar inside your page. I've made `book.html` "
                 "using Calendly and added a \"Book\" link to the menu.\n\nWhat you need to do: sign up at calendly.com, set the hours you're available, then "
                 "replace `YOUR-LINK` in `book.html` with your own link and upload the files as you normally do.")),
        turn("can it be orange like my logo",
             read("/Users/jordanfit/site/style.css", "body { font-family: Arial, sans-serif; margin: 0 auto; max-width: 900px; }\nnav a { color: #e8641b; margin-right: 1em; }\nh1 { color: #222; }"),
             edit("/Users/jordanfit/site/book.html", "data-url=\"https://calendly.com/YOUR-LINK\"", "data-url=\"https://calendly.com/YOUR-LINK?primary_color=e8641b\""),
             say("Done: the calendar's buttons and highlighted dates now use the same orange as your menu links (#e8641b).")),
        turn("where do i find my calendly link? i made the account",
             say("Log in to Calendly, and on your home page you'll see your event types (for example \"30 Minute Meeting\"). Click **Copy link** on the one "
                 "clients should book; it looks like `https://calendly.com/your-name/30min`. Send it to me or paste it into `book.html` in place of "
                 "`https://calendly.com/YOUR-LINK`, keeping the `?primary_color=e8641b` on the end.")),
        turn("its calendly.com/jordanfit-leeds/session",
             edit("/Users/jordanfit/site/book.html", "data-url=\"https://calendly.com/YOUR-LINK?primary_color=e8641b\"",
                  "data-url=\"https://calendly.com/jordanfit-leeds/session?primary_color=e8641b\""),
             grep("YOUR-LINK", path="/Users/jordanfit/site", files=[]),
             say("Put your link in. Once you upload `book.html`, `index.html` and the rest as usual, the Book page will show your real calendar.")),
    ],
)
