LABEL = dict(
    split="heldout9",
    persona="Owner of a one-chair hair salon who wants a simple page with prices and a booking link; no coding experience",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('a website so people can book me') with no names or constraints, and the agent has to "
               "explain what hosting is and suggest a booking service: level 1. The agent writes index.html and styles: "
               "building (a website asked for). No failures; prompt 2 says 'it shows on my phone and the booking button "
               "works', a confirmation, so verified."),
)

SESSION = dict(
    cwd="/Users/jodie/salon-site", start="2026-08-27T20:45:30Z",
    model="claude-sonnet-4-6", version="2.1.215",
    turns=[
        turn("hiya i do hair from my little salon and want a website so people can book me instead of messaging me on insta all night lol",
             say("Love that idea. The simplest way: a one-page site with your prices and a **Book now** button that links to a free "
                 "booking tool like Fresha or Square Appointments (they handle the calendar). Then you host the page free on "
                 "Netlify. I'll make the page now; you can paste your booking link in after."),
             write("/Users/jodie/salon-site/index.html",
                   "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>Hair by Jodie</title><link rel=\"stylesheet\" href=\"style.css\"></head>\n<body>\n<h1>Hair by Jodie</h1>\n"
                   "<p>Cuts, colour &amp; blow-dries in Sale</p>\n<a class=\"book\" href=\"BOOKING_LINK\">Book now</a>\n"
                   "<h2>Prices</h2>\n<ul><li>Cut &amp; finish £35</li><li>Full head colour from £65</li><li>Balayage from £95</li></ul>\n</body></html>\n"),
             write("/Users/jodie/salon-site/style.css",
                   "body{font-family:system-ui;max-width:32rem;margin:auto;padding:1rem}\n.book{display:block;background:#c2185b;color:#fff;"
                   "text-align:center;padding:1rem;border-radius:2rem;text-decoration:none;font-size:1.2rem}\n"),
             say("Done: index.html and style.css are in salon-site. Replace BOOKING_LINK with your Fresha link, then drag the "
                 "folder onto app.netlify.com/drop and it's live. The prices are placeholders, change them to yours.")),
        turn("omg done!! it shows on my phone and the booking button works. can the pink be a bit darker",
             edit("/Users/jodie/salon-site/style.css", "background:#c2185b", "background:#880e4f"),
             say("Darker pink done. Drag the folder onto Netlify Drop again to update the live page.")),
    ],
)
