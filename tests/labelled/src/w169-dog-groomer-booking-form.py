LABEL = dict(
    split="heldout6",
    persona="Runs a one-woman dog grooming van, uses Google Forms and Calendar, never written code",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the form and the calendar and the goal ('when someone fills in my form can it go in my calendar'), no fields or rule: "
               "precision between 1 and 2; the agent has to explain what Apps Script is and how to install a trigger, and prompt 2 only answers its "
               "questions – correction direction at 1 decides (tie-break 1): level 1. A new script "
               "that turns form answers into calendar events: building. No failures; prompt 3 ('it worked!! a test booking for Biscuit is in my "
               "calendar for saturday') confirms the result: verified success."),
)

SESSION = dict(
    cwd="/home/gemma/grooming", start="2026-12-01T08:12:00Z", model="claude-sonnet-4-6", version="2.1.251",
    turns=[
        turn("morning! i have a google form people fill in to book a groom for their dog. when someone fills in my form can it go in my calendar "
             "automatically?? at the moment i copy it over by hand every night and i keep missing some",
             say("Yes – a small Google Apps Script attached to the form can do that. It runs every time someone submits and adds an event to your calendar. "
                 "So I can write it for you: what questions does the form ask (e.g. dog's name, date, time, phone number), and how long is a usual groom?")),
        turn("it asks owner name, dog name, breed, phone, date and morning or afternoon. morning is 9 and afternoon is 1. most grooms take 2 hours",
             write("/home/gemma/grooming/booking-to-calendar.gs",
                   "// Adds each form booking to the default calendar.\n// Install: Form > ⋮ > Script editor, paste, then Triggers > Add > onFormSubmit.\n"
                   "function onFormSubmit(e) {\n  var a = e.namedValues;\n  var day = new Date(a['Date'][0]);\n  var hour = a['Morning or afternoon'][0] === 'Morning' ? 9 : 13;\n"
                   "  var start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, 0);\n  var end = new Date(start.getTime() + 2 * 60 * 60 * 1000);\n"
                   "  var title = a['Dog name'][0] + ' (' + a['Breed'][0] + ') – ' + a['Owner name'][0];\n"
                   "  CalendarApp.getDefaultCalendar().createEvent(title, start, end, {description: 'Phone: ' + a['Phone'][0]});\n}\n"),
             say("I've written `booking-to-calendar.gs`. To install it:\n\n1. Open your form, click ⋮ → **Script editor**.\n2. Paste the file's contents and save.\n"
                 "3. In **Triggers** (the clock icon) add a trigger: function `onFormSubmit`, event *On form submit*.\n4. Google will ask for permission to use your calendar – allow it.\n\n"
                 "Then submit a test booking and check your calendar. Morning grooms go in at 9–11, afternoon at 1–3, titled with the dog, breed and owner.")),
        turn("it worked!! a test booking for Biscuit is in my calendar for saturday at 9. you are a star",
             say("Brilliant – Biscuit is booked in. From now on every form booking lands in your calendar on its own.")),
    ],
)
