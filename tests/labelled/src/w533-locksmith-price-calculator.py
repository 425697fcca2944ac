LABEL = dict(
    split="heldout18",
    persona="self-employed locksmith who wants something to work out call-out prices on his phone",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('something so i can work out prices quick when people ring'); the prices come only as answers to the agent's questions, and the agent has to explain how a single file gets onto his phone: level 1. "
               "After listing his folder (no price list in it), the agent writes a small HTML/JS calculator page: building. "
               "No action failed; prompt 3 ('used it all morning, works a treat on my phone') confirms it in use, so verified success."),
)

SESSION = dict(
    cwd="/Users/dean/Desktop/locksmith", start="2026-11-26T07:45:00Z", model="claude-sonnet-4-6", version="2.1.234", branch="main",
    turns=[
        turn("can you make me something so i can work out prices quick when people ring me. i always get it wrong with the evening ones",
             bash("ls -la /Users/dean/Desktop/locksmith", "total 1840\ndrwxr-xr-x   5 dean  staff     160 26 Nov 07:44 .\ndrwx------+ 14 dean  staff     448 26 Nov 07:40 ..\n-rw-r--r--@  1 dean  staff  912384 11 Oct 18:02 Dean Lock Services logo.png\n-rw-r--r--@  1 dean  staff   23552  3 Nov 21:15 jobs oct.xlsx\n-rw-r--r--@  1 dean  staff   18944 14 Sep 09:30 van insurance.pdf", desc="See what's in the locksmith folder"),
             say("Happy to. A simple page you open on your phone, tick a few boxes and it shows the price, would do it. I need your prices though:\n\n1. Your normal call-out charge, and what counts as \"evening\" (from what time?) and what you charge then\n2. Weekends / bank holidays, different again?\n3. The common jobs and their price (e.g. lock change, gain entry, uPVC mechanism)\n4. Do you add mileage past a certain distance?")),
        turn("normal callout 65, after 6pm its 95 and sundays 110. lock change is 45 plus the lock, opening a door is 40, upvc mechanism 85 plus part. no mileage",
             write("/Users/dean/Desktop/locksmith/prices.html", "<!doctype html>\n<html><head><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Dean's prices</title>\n<style>body{font-family:sans-serif;font-size:20px;padding:12px}label{display:block;margin:10px 0}#total{font-size:40px;font-weight:bold;margin-top:16px}</style></head>\n<body>\n<h2>Call-out</h2>\n<label><input type=radio name=when value=65 checked> Day (before 6pm) £65</label>\n<label><input type=radio name=when value=95> Evening (after 6pm) £95</label>\n<label><input type=radio name=when value=110> Sunday £110</label>\n<h2>Jobs</h2>\n<label><input type=checkbox value=45> Lock change £45 + lock</label>\n<label><input type=checkbox value=40> Gain entry £40</label>\n<label><input type=checkbox value=85> uPVC mechanism £85 + part</label>\n<label>Parts £ <input id=parts type=number inputmode=decimal value=0 style=\"width:90px;font-size:20px\"></label>\n<div id=total>£65</div>\n<script>\nfunction calc(){\n  let t = +document.querySelector('input[name=when]:checked').value;\n  document.querySelectorAll('input[type=checkbox]:checked').forEach(c => t += +c.value);\n  t += +document.getElementById('parts').value || 0;\n  document.getElementById('total').textContent = '£' + t.toFixed(2).replace('.00','');\n}\ndocument.querySelectorAll('input').forEach(i => i.addEventListener('input', calc));\nif (new Date().getDay() === 0) document.querySelector('input[value=\"110\"]').checked = true;\nelse if (new Date().getHours() >= 18) document.querySelector('input[value=\"95\"]').checked = true;\ncalc();\n</script>\n</body></html>\n"),
             say("Done: `prices.html` on your Desktop. It picks day/evening/Sunday by itself from the time, you tick the jobs, type what the parts cost, and the total shows in big numbers.\n\nTo get it on your phone: the easiest is to email the file to yourself and open the attachment, or put it in iCloud Drive and open it from the Files app. Then use Share → *Add to Home Screen* so it sits there like an app.")),
        turn("used it all morning, works a treat on my phone. cheers",
             say("Brilliant. If your prices change, tell me and I'll update the numbers in it.")),
    ],
)
