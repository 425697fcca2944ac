LABEL = dict(
    split="heldout5",
    persona="Volunteer at a village museum who inherited its website from a previous volunteer, not a programmer",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks what all the folders are and where the opening hours live, and assumes they are 'in the footer file'; the "
               "agent corrects that (they come from data/hours.yaml, shown by a partial) and explains what Hugo is: the agent corrects "
               "the user and explains basics, so level 1 rather than 2 (tie-break 1). Reads and explanations only, no edit (prompt 3: "
               "'I'll ask Sam to do it'): exploring. No failures and no evidence: neither."),
)

SESSION = dict(
    cwd="/home/volunteer/museum-site", start="2026-11-29T10:15:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("I've been given the museum website to look after and I don't know what any of these folders are. The winter opening hours need changing, I think they are in the footer file?",
             par(bash("ls -F", "archetypes/\nconfig.toml\ncontent/\ndata/\nlayouts/\npublic/\nstatic/\nthemes/", desc="List the site folder"),
                 grep("hours", path="/home/volunteer/museum-site", files=["data/hours.yaml", "layouts/partials/opening-hours.html", "layouts/partials/footer.html"])),
             par(read("/home/volunteer/museum-site/layouts/partials/footer.html", "<footer>\n  {{ partial \"opening-hours.html\" . }}\n  <p>&copy; {{ now.Year }} Ashcombe Village Museum</p>\n</footer>"),
                 read("/home/volunteer/museum-site/data/hours.yaml", "season: Summer (April to October)\ndays:\n  - Tuesday to Sunday: 10:00 – 16:30\n  - Monday: closed\nnote: Last entry 30 minutes before closing.")),
             say("This is a **Hugo** website: Hugo takes the text files in these folders and builds the web pages from them.\n\n- `content/` – the pages (one file per page)\n"
                 "- `data/` – small lists of facts used on several pages\n- `layouts/` – the page templates (how things look)\n- `static/` – pictures and files copied as they are\n"
                 "- `public/` – the finished website Hugo builds; don't edit this, it gets overwritten\n- `config.toml` – the site's name and settings\n\n"
                 "The hours aren't actually written in the footer file: the footer only says *insert the opening-hours block here*, and that block reads "
                 "them from **`data/hours.yaml`**, which still says Summer (April to October). That's the one file to change.")),
        turn("oh. and how does it get onto the actual internet after",
             par(bash("ls -a | grep -i -E 'netlify|github' ; git remote -v", ".github\norigin\tgit@github.com:ashcombe-museum/site.git (fetch)\norigin\tgit@github.com:ashcombe-museum/site.git (push)", desc="How is it published"),
                 glob(".github/workflows/*", ["/home/volunteer/museum-site/.github/workflows/hugo.yml"])),
             read("/home/volunteer/museum-site/.github/workflows/hugo.yml", "name: Deploy Hugo site to Pages\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                  "      - uses: actions/checkout@v4\n      - uses: peaceiris/actions-hugo@v3\n      - run: hugo --minify\n      - uses: actions/upload-pages-artifact@v3\n        with: { path: ./public }\n  deploy: ..."),
             say("It's published automatically by GitHub. When a change is saved to the project on GitHub (a *push* to the `main` branch), GitHub builds the site with Hugo and "
                 "puts it online a minute or two later. So the steps are: edit `data/hours.yaml`, then save it to GitHub – either with git on this computer, or "
                 "by editing the file directly on github.com and pressing *Commit changes*.")),
        turn("right. I think I'll ask Sam to do it the first time and watch. thanks for explaining",
             say("Good plan. The file is `data/hours.yaml` – Sam will only need to change the season line and the times.")),
    ],
)
