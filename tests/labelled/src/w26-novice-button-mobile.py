LABEL = dict(
    split="heldout",
    persona="Owner of a dog-grooming business who edits her own Squarespace-exported site files",
    expertise_level=1, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 gives only a symptom ('the button is in the wrong place on my phone') and names a file "
               "that doesn't exist; the agent corrects her ('there's no mobile.css, did you mean styles/main.css?'); "
               "prompt 2 reports it is still wrong without detail: level 1. Repairing a broken layout is fixing. "
               "The failed Read and prompt 2's failure report are trouble; no evidence follows, so abandoned."),
)

SESSION = dict(
    cwd="/Users/claire/Sites/pawfect", start="2026-01-30T12:25:00Z", model="claude-sonnet-4-6", version="2.1.206",
    turns=[
        turn("the book now button on my site is in the wrong place on my phone, can you fix it in mobile.css",
             read("/Users/claire/Sites/pawfect/mobile.css", fail="File does not exist. Current working directory: /Users/claire/Sites/pawfect"),
             glob("**/*.css", ["styles/main.css", "styles/vendor/normalize.css"]),
             grep("book-now|Book now", path=".", content="index.html:41:    <a class=\"btn book-now\" href=\"/booking\">Book now</a>\nstyles/main.css:118:.book-now { position: absolute; left: 640px; top: 22px; }"),
             edit("/Users/claire/Sites/pawfect/styles/main.css", ".book-now { position: absolute; left: 640px; top: 22px; }",
                  ".book-now { position: absolute; left: 640px; top: 22px; }\n\n@media (max-width: 600px) {\n  .book-now { position: static; display: block; margin: 1rem auto; width: fit-content; }\n}",
                  pre="There's no `mobile.css`. I think you mean `styles/main.css`, which holds all the site's styles, including the Book now button."),
             say("Found the cause: the button is fixed at **640 pixels from the left**, which is past the edge of "
                 "a phone screen. I added a rule for screens narrower than 600px that puts the button back into the "
                 "normal flow, centred under the header. Desktop is unchanged.\n\nRefresh the site on your phone to "
                 "check it (you may need to clear the cache).")),
        turn("still not right, now its under the picture and people wont see it",
             read("/Users/claire/Sites/pawfect/index.html", "<header>\n  <img class=\"hero\" src=\"img/hero.jpg\">\n  <nav>...</nav>\n  <a class=\"btn book-now\" href=\"/booking\">Book now</a>\n</header>"),
             edit("/Users/claire/Sites/pawfect/styles/main.css",
                  "  .book-now { position: static; display: block; margin: 1rem auto; width: fit-content; }",
                  "  header { display: flex; flex-direction: column; }\n  .book-now { position: static; order: -1; display: block; margin: 0.75rem auto; width: fit-content; }"),
             say("In the page, the button comes after the big photo, so on a phone it landed below it. I've made "
                 "the header a column and moved the button **first** (`order: -1`), so on phones it now shows above "
                 "the photo. Please check again on your phone.")),
    ],
)
