LABEL = dict(
    split="heldout3",
    persona="Grants coordinator at a small community foundation, has edited a WordPress page once",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 asks how to make a page for the small-grants programme with no structure, content or "
               "hosting named; the agent has to explain that npm is missing and that opening the file in a browser is "
               "enough: level 1. The session builds a small static site (HTML and CSS files): building, though asked as "
               "'how do I'. The `npx serve` run fails (npm not found); prompt 3 ('it opens now and looks great') "
               "confirms after that: verified, trouble resolved."),
)

SESSION = dict(
    cwd="/Users/priya/grants-site", start="2026-06-04T10:05:00Z", model="claude-sonnet-4-6", version="2.1.259",
    turns=[
        turn("how do i make a simple website for our small grants program? it needs to say what we fund, the "
             "deadlines and how to apply. I have no idea where to start",
             write("/Users/priya/grants-site/index.html",
                   "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "  <title>Small Grants Programme</title>\n  <link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n  <header><h1>Small Grants Programme</h1>\n"
                   "  <p>Grants of up to £2,500 for community groups in our district.</p></header>\n  <main>\n    <section id=\"fund\"><h2>What we fund</h2>\n"
                   "      <ul><li>Projects that bring neighbours together</li><li>Activities for young people and older residents</li><li>Equipment for volunteer-run groups</li></ul></section>\n"
                   "    <section id=\"dates\"><h2>Deadlines</h2>\n      <table><tr><th>Round</th><th>Deadline</th><th>Decision by</th></tr>\n"
                   "      <tr><td>Autumn</td><td>30 September</td><td>31 October</td></tr>\n      <tr><td>Spring</td><td>31 March</td><td>30 April</td></tr></table></section>\n"
                   "    <section id=\"apply\"><h2>How to apply</h2>\n      <ol><li>Read the guidance notes.</li><li>Fill in the application form.</li><li>Email it to grants@example.org before the deadline.</li></ol></section>\n"
                   "  </main>\n  <footer>Questions? Call 01234 567890</footer>\n</body>\n</html>\n"),
             write("/Users/priya/grants-site/style.css",
                   "body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; line-height: 1.6; color: #222; }\n"
                   "header { border-bottom: 4px solid #2a7a4b; margin-bottom: 1.5rem; }\nh1, h2 { color: #2a7a4b; }\ntable { border-collapse: collapse; width: 100%; }\n"
                   "th, td { border: 1px solid #ccc; padding: .4rem .6rem; text-align: left; }\nfooter { margin-top: 2rem; font-size: .9rem; color: #555; }\n"),
             bash("npx serve -l 3000 .", "", desc="Preview the site locally", code=127, stderr="zsh: command not found: npx\n"),
             say("I've made two files in `grants-site`: `index.html` (the page: what you fund, a deadlines table, and "
                 "three steps to apply) and `style.css` (the look).\n\nI tried to start a preview server, but this Mac "
                 "doesn't have Node installed, and you don't need it: **double-click `index.html` in Finder** and it "
                 "opens in your browser. The wording and dates are placeholders, so change them to your real ones.")),
        turn("where do i change the dates", 
             say("In `index.html`, find the lines with `<td>30 September</td>` and `<td>31 March</td>` (about halfway "
                 "down). Change the text between `<td>` and `</td>`, save, and refresh the browser.")),
        turn("it opens now and looks great, thank you!!",
             say("Lovely. When you want it online, services like Netlify Drop let you drag the folder onto a web page to publish it.")),
    ],
)
