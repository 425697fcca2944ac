LABEL = dict(
    split="heldout10",
    persona="Self-employed personal trainer who wants a page to log clients' sessions",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish with no names or constraints ('something where i can put in my clients and what we did each session'), and the "
               "agent explains that the page keeps data only in this browser, which he had not asked about: level 1. A new single-page app is written: "
               "building. No action fails; prompt 2 ('works on my ipad too, put in Dave and his squats and it's still there after closing it') "
               "states the result working: verified success."),
)

SESSION = dict(
    cwd="/Users/marcus/Desktop/pt-tracker", start="2026-11-26T07:05:00Z", model="claude-sonnet-4-6", version="2.1.247", branch="",
    turns=[
        turn("i want something where i can put in my clients and what we did each session (exercises, weights, reps) and look back at it. nothing fancy. i dont know coding at all",
             write("/Users/marcus/Desktop/pt-tracker/index.html",
                   "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>PT Tracker</title>\n<style>body{font-family:system-ui;margin:1rem;max-width:40rem}input,select,button{font-size:1rem;margin:.2rem 0}</style></head>\n<body>\n<h1>Client sessions</h1>\n<select id=\"client\"></select> <button id=\"add-client\">+ client</button>\n<form id=\"entry\"><input name=\"exercise\" placeholder=\"Exercise\" required>\n<input name=\"weight\" type=\"number\" step=\"0.5\" placeholder=\"kg\"> <input name=\"reps\" type=\"number\" placeholder=\"reps\"> <button>Add</button></form>\n<div id=\"history\"></div>\n<script>\nconst db = JSON.parse(localStorage.getItem('pt') || '{}');\nfunction save(){ localStorage.setItem('pt', JSON.stringify(db)); }\n/* ... render, add client, add entry grouped by date ... */\n</script></body></html>\n"),
             bash("open index.html", "", desc="Open the page in the browser"),
             say("I made a single page, `index.html` in the pt-tracker folder – it's open in your browser now. Add a client with **+ client**, pick them, then "
                 "type the exercise, kg and reps and press Add; each day's entries are grouped under the date.\n\nOne thing to know: it saves into this browser "
                 "only (no account or server), so entries on your laptop won't show on your iPad unless you open it there and add them there. If you want it on the iPad, "
                 "AirDrop the file to it and open it in Safari.")),
        turn("works on my ipad too, put in Dave and his squats and it's still there after closing it. cheers",
             say("Great – it keeps everything in Safari's storage on the iPad, so just don't clear the website data for it.")),
    ],
)
