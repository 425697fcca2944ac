LABEL = dict(
    split="dev",
    persona="Web developer at a small agency scoping a client's site redesign",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("The single prompt names the site, the target stack (Astro), what must be kept (URLs, the Netlify "
               "forms) and asks for a task breakdown with estimates, without acceptance criteria or risks: level 3. "
               "The agent reads the repo and writes a TodoWrite breakdown and a plan in text, with no edits, so "
               "planning although the prompt is about building a site. No failures, no evidence."),
)

SESSION = dict(
    cwd="/home/luca/clients/harbourview-site", start="2026-03-05T10:00:00Z", model="claude-sonnet-4-6", version="2.1.229",
    turns=[
        turn("We're rebuilding Harbourview's website on Astro next month; it's currently a Jekyll site in this repo. "
             "Before quoting, break the job into tasks with rough hours. We have to keep every existing URL and the "
             "Netlify contact and booking forms. Don't start converting anything.",
             par(glob("**/*.md", ["_posts/2023-04-02-spring-menu.md", "_posts/2024-11-20-christmas-bookings.md", "about.md", "rooms.md", "contact.md"]),
                 read("/home/luca/clients/harbourview-site/_config.yml", "title: Harbourview Inn\npermalink: /news/:year/:title/\nplugins: [jekyll-feed, jekyll-sitemap]"),
                 read("/home/luca/clients/harbourview-site/contact.md", "---\nlayout: page\ntitle: Contact\n---\n<form name=\"contact\" method=\"POST\" data-netlify=\"true\">...</form>")),
             bash("ls _posts | wc -l && ls _layouts _includes", "86\n_layouts:\ndefault.html  page.html  post.html\n\n_includes:\nbooking-form.html  footer.html  header.html", desc="Count posts and list templates"),
             todo([("Astro project setup, Netlify config, redirects check (2h)", "pending"),
                   ("Port 3 layouts + 3 includes to Astro components (6h)", "pending"),
                   ("Content collection for 86 posts, keep /news/:year/:title/ permalinks (5h)", "pending"),
                   ("Static pages: about, rooms, contact (3h)", "pending"),
                   ("Netlify forms: contact + booking, with hidden form stubs for detection (3h)", "pending"),
                   ("RSS feed + sitemap replacements (2h)", "pending"),
                   ("URL parity check: crawl old vs new, diff (3h)", "pending"),
                   ("Buffer / client review round (4h)", "pending")]),
             say("Here's the breakdown, about **28 hours** in total:\n\n| task | hours |\n|---|---|\n| Setup, Netlify "
                 "config | 2 |\n| 3 layouts + 3 includes → Astro components | 6 |\n| 86 posts as a content "
                 "collection, keeping `/news/:year/:title/` | 5 |\n| About, Rooms, Contact pages | 3 |\n| Netlify "
                 "contact + booking forms | 3 |\n| RSS + sitemap (`@astrojs/rss`, `@astrojs/sitemap`) | 2 |\n| URL "
                 "parity check (crawl both, diff) | 3 |\n| Buffer / client review | 4 |\n\nTwo things to watch:\n"
                 "- **Forms:** Netlify detects forms at build time from the HTML. Astro islands rendered on the "
                 "client won't be seen, so both forms need static HTML stubs.\n- **Permalinks:** Jekyll's `:title` "
                 "comes from the filename, not the front-matter title, so the Astro slug has to come from the file "
                 "name too, or URLs will change.\n\nI haven't changed anything in the repo.")),
    ],
)
