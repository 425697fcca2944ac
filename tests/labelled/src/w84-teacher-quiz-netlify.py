LABEL = dict(
    split="heldout3",
    persona="Primary school teacher who made a spelling quiz page with a friend's help and wants it online",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish (put my quiz on the internet so the kids can use it at home) with no host, "
               "account or files named; the agent explains what a deploy token is and that the CLI needs a login the "
               "user did not know about: level 1. The work is publishing a site to a host: operating. The deploy fails "
               "twice (not logged in, then the site name is taken); the third attempt would need the teacher's browser "
               "login and the session ends with 'i'll ask my friend': trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/mrsholloway/spelling-quiz", start="2026-06-06T16:45:00Z", model="claude-sonnet-4-6", version="2.1.260",
    turns=[
        turn("hello! my friend helped me make a spelling quiz for my year 3 class, it's in this folder. how do I put "
             "it on the internet so the children can do it at home?",
             glob("**/*", ["index.html", "quiz.js", "words.json", "style.css", "netlify.toml"]),
             bash("npx netlify-cli deploy --prod --dir .", "", desc="Deploy the folder to Netlify", code=1,
                  stderr="Error: Not logged in. Please log in to deploy to a site\n", ms=14000),
             say("Your friend already set the folder up for Netlify (a free host), so it just needs publishing. That needs "
                 "a Netlify account, and this computer isn't logged in to one. Run `npx netlify-cli login` in the terminal: "
                 "it opens a browser page where you sign up or log in, then tell me and I'll publish it.")),
        turn("ok i did the login thing and it said authorised",
             bash("npx netlify-cli sites:create --name year3-spelling", "", desc="Create the site", code=1,
                  stderr="Error: Site name year3-spelling is already taken. Please try a different name.\n", ms=6000),
             bash("npx netlify-cli sites:create --name holloway-year3-spelling", "", desc="Create the site with another name", code=1,
                  stderr="Error: You must verify your email address before creating sites. Check your inbox.\n", ms=5500),
             say("Two hiccups: the name `year3-spelling` was taken, and when I tried `holloway-year3-spelling` Netlify said "
                 "the account's email address isn't verified yet. Look for an email from Netlify, click the link in it, "
                 "and I'll try again.")),
        turn("i can't find any email, i'll ask my friend to help me at the weekend",
             say("That sounds good. Your friend can run `npx netlify-cli deploy --prod --dir .` once the email is verified, "
                 "and the quiz will get an address like `holloway-year3-spelling.netlify.app`.")),
    ],
)
