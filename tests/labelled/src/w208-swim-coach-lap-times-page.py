LABEL = dict(
    split="heldout7",
    persona="volunteer coach at a swimming club who wants a simple page to record lap times at the poolside",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the thing and two fields ('just name and time for 50m'), nothing about storage or device; prompt 2 'the save "
               "button does nothing' is a symptom, and the agent has to explain that the page was opened in the email preview: precision 2, "
               "correction direction 1, so level 1 (tie-break 1). "
               "A new page is written: building. The user's failure report in prompt 2 is trouble; prompt 3 'it works now, saved 3 swimmers "
               "and theyre still there after closing it' confirms after the fix: verified success."),
)

SESSION = dict(
    cwd="/Users/kerry/swim", start="2026-12-02T07:10:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("can you make me something on my tablet to put the kids times in at training? just name and time for 50m really",
             write("/Users/kerry/swim/laptimes.html",
                   "<!doctype html>\n<html><head><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Lap times</title></head>\n<body>\n"
                   "<input id=\"name\" placeholder=\"Swimmer\"> <input id=\"time\" placeholder=\"0:41.2\"> <button id=\"save\">Save</button>\n<table id=\"list\"></table>\n"
                   "<script>\nconst rows = JSON.parse(localStorage.getItem('times') || '[]');\nfunction draw() { list.innerHTML = rows.map(r => `<tr><td>${r.name}</td><td>${r.time}</td><td>${r.date}</td></tr>`).join(''); }\n"
                   "save.onclick = () => { rows.push({name: name.value, time: time.value, date: new Date().toLocaleDateString()}); localStorage.setItem('times', JSON.stringify(rows)); draw(); };\n"
                   "draw();\n</script>\n</body></html>\n"),
             say("I've made `laptimes.html`: type a swimmer's name and their 50m time and press Save; the list stays on the tablet (it's stored in the "
                 "browser). Email it to yourself and open it on the tablet.")),
        turn("the save button does nothing",
             say("That usually happens when the file is opened inside the email app's preview, which blocks the page from running its code and "
                 "storing anything. Save the attachment to the tablet first (Files app), then open it from there in Safari or Chrome. I'll also "
                 "make it warn you if storage isn't available."),
             edit("/Users/kerry/swim/laptimes.html", "save.onclick = () => {",
                  "try { localStorage.setItem('t', '1'); } catch (e) { alert('Open this page in the browser (not the email preview) so times can be saved.'); }\nsave.onclick = () => {"),
             say("Done – if you open it in the preview again it will now tell you.")),
        turn("it works now, saved 3 swimmers and theyre still there after closing it. thank you!!",
             say("Brilliant. Tip: add it to your home screen from Safari's share menu so it opens like an app at the pool.")),
    ],
)
