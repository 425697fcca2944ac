LABEL = dict(
    split="heldout5",
    persona="Hobby beekeeper who sells jars of honey at the gate, has never written code",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('a page for my honey so people can see what i have') that names the three honeys but no layout, format "
               "or check, which alone would read as level 2; prompt 2 ('do i send them the file?') shows the user does not know how a web "
               "page is reached, and the agent corrects that ('Not quite – right now the page only lives on your laptop') and explains "
               "hosting. Correction direction decides between adjacent levels (tie-break 1): level 1. A new web page written (index.html, style.css): "
               "building. No action fails; prompt 3 ('opened it on my phone and it works') confirms the result: verified success."),
)

SESSION = dict(
    cwd="/home/gwen/honey", start="2026-11-23T09:12:00Z", model="claude-sonnet-4-6", version="2.1.243",
    turns=[
        turn("hello, i keep bees and sell the honey from a table at my gate. i'd like a page for my honey so people can see what i have and the prices. "
             "i have wildflower, heather and a comb honey. can you make me one",
             write("/home/gwen/honey/index.html",
                   "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "  <title>Gwen's Honey</title>\n  <link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n  <h1>Gwen's Honey</h1>\n"
                   "  <p>Raw honey from my own hives, sold at the gate. Honesty box &mdash; cash or bank transfer.</p>\n  <ul class=\"jars\">\n"
                   "    <li><h2>Wildflower</h2><p>340g jar &ndash; &pound;7</p></li>\n    <li><h2>Heather</h2><p>340g jar &ndash; &pound;9</p></li>\n"
                   "    <li><h2>Comb honey</h2><p>Section &ndash; &pound;12</p></li>\n  </ul>\n</body>\n</html>\n"),
             write("/home/gwen/honey/style.css",
                   "body { font-family: Georgia, serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; background: #fffaf0; color: #3b2a10; }\n"
                   "h1 { color: #b8860b; }\n.jars { list-style: none; padding: 0; }\n.jars li { border: 2px solid #e8c66a; border-radius: 8px; padding: .5rem 1rem; margin: 1rem 0; }\n"),
             say("I've made a simple one-page site in your `honey` folder:\n\n- `index.html` – the page: a title, a line about the honesty box, and your three honeys with prices\n"
                 "- `style.css` – warm honey colours, readable on phones\n\nI guessed the prices (£7, £9, £12) and jar sizes; tell me the real ones and I'll change them. "
                 "Double-click `index.html` to see it in your browser.")),
        turn("prices are right actually! but how do people see it, do i send them the file?",
             say("Not quite – right now the page only lives on your laptop. To let anyone open it you put it on a *web host*, which gives it an address like "
                 "`gwenshoney.netlify.app`. The easiest free option for two files like these:\n\n1. Go to app.netlify.com/drop\n2. Drag the whole `honey` folder onto the page\n"
                 "3. It gives you a link straight away – you can print it as a QR code for the gate table\n\nYou don't need to send anyone a file.")),
        turn("done the drag thing, opened it on my phone and it works!! thank you so much", say("Lovely – enjoy selling the honey! If the prices change, edit the numbers in `index.html` and drag the folder again.")),
    ],
)
