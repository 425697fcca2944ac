LABEL = dict(
    split="heldout12",
    persona="food-truck owner who wants a web page saying where the truck parks each day",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a wish with no names or constraints ('a website that says where we are each day'), and the agent explains basics she did not ask about (hosting, that the page is a file on her laptop until it is put online): level 1. "
               "A new page is written: building. Prompt 2 reports the result failing when used ('on my phone it says today is saturday farmers market and its friday'), which is trouble; "
               "the agent fixes the weekday logic and prompt 3 confirms ('ok now it says friday and the brewery, yay'): resolved, verified success."),
)

SESSION = dict(
    cwd="/Users/rosa/Documents/truck/website", start="2026-11-07T17:02:00Z", model="claude-sonnet-4-6", version="2.1.243",
    turns=[
        turn("hi! i have a taco truck and people always ask on instagram where we are today. can you make me a website that says where we are each day of the week? we're at the same places every week mostly",
             write("/Users/rosa/Documents/truck/website/index.html",
                   "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Rosa's Tacos – where are we today?</title>\n<style>\n body{font-family:system-ui,sans-serif;max-width:560px;margin:2rem auto;padding:0 1rem}\n .today{background:#ffe08a;padding:1rem;border-radius:12px;font-size:1.3rem}\n li{margin:.4rem 0}\n</style>\n</head>\n<body>\n<h1>🌮 Rosa's Tacos</h1>\n<div class=\"today\" id=\"today\"></div>\n<h2>Every week</h2>\n<ul id=\"week\"></ul>\n<script>\nconst WEEK = [\n  ['Monday', 'Closed'],\n  ['Tuesday', 'Ballard Locks parking lot, 11–2'],\n  ['Wednesday', 'Fremont Sunday Market corner, 11–3'],\n  ['Thursday', 'Amazon Doppler plaza, 11–2'],\n  ['Friday', 'Stoup Brewing, 4–9'],\n  ['Saturday', 'Ballard Farmers Market, 10–3'],\n  ['Sunday', 'Closed'],\n];\nconst d = new Date().getDay();\nconst [day, where] = WEEK[d];\ndocument.getElementById('today').textContent = `Today (${day}): ${where}`;\nfor (const [dd, w] of WEEK) {\n  const li = document.createElement('li');\n  li.textContent = `${dd}: ${w}`;\n  document.getElementById('week').appendChild(li);\n}\n</script>\n</body>\n</html>\n"),
             say("I made `index.html` with a big \"today\" box at the top and the whole week underneath. I guessed the places – edit the lines in `WEEK` to your real spots and times.\n\n"
                 "A couple of things worth knowing:\n- Right now this is just a file on your laptop. Double-click it to see it in your browser.\n"
                 "- To have it on the internet, you need somewhere to host it. The easiest free option is Netlify Drop: go to app.netlify.com/drop and drag the `website` folder onto the page – you get a link you can put in your Instagram bio.")),
        turn("i put the real places in and did the netlify thing its live!! but on my phone it says today is saturday farmers market and its friday?? people are gonna go to the wrong place lol. laptop says the same",
             read("/Users/rosa/Documents/truck/website/index.html",
                  "const WEEK = [\n  ['Monday', 'Closed'],\n  ['Tuesday', 'Ballard Locks parking lot, 11–2'],\n  ['Wednesday', 'Fremont corner by the troll, 11–3'],\n  ['Thursday', 'Doppler plaza, 11–2'],\n  ['Friday', 'Stoup Brewing, 4–9'],\n  ['Saturday', 'Ballard Farmers Market, 10–3'],\n  ['Sunday', 'Closed'],\n];\nconst d = new Date().getDay();\nconst [day, where] = WEEK[d];"),
             edit("/Users/rosa/Documents/truck/website/index.html",
                  "const d = new Date().getDay();\nconst [day, where] = WEEK[d];",
                  "// getDay() counts Sunday as 0, Monday as 1 … so shift it to match the list, which starts on Monday\nconst d = (new Date().getDay() + 6) % 7;\nconst [day, where] = WEEK[d];"),
             say("My mistake – JavaScript counts the days starting from **Sunday = 0**, but your list starts on Monday, so on a Friday (day 5) it picked the 6th line of your list, Saturday. "
                 "I've fixed the counting. Drag the folder onto Netlify Drop again to update the live site, then reload the page on your phone (pull down to refresh).")),
        turn("ok now it says friday and the brewery, yay. thank you!!",
             say("Great! Whenever your spots change, just edit the `WEEK` list and drag the folder onto Netlify again.")),
    ],
)
