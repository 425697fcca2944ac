LABEL = dict(
    split="dev",
    persona="Design student using git for the first time for a group project",
    expertise_level=1, work_mode="other",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Both prompts are basic questions with a misunderstanding the agent corrects ('pull doesn't upload "
               "your changes, push does'); nothing is named or constrained: level 1. The agent takes no action at "
               "all and the session is a conceptual Q&A, not a codebase exploration, so other. The thanks in prompt "
               "2 is a confirmation, but with no action there is nothing to verify: not a verified success; no trouble."),
)

SESSION = dict(
    cwd="/Users/ines/uni/group-project", start="2026-02-09T22:05:00Z", model="claude-sonnet-4-6", version="2.1.214",
    turns=[
        turn("whats the difference between git pull and git fetch? I used pull to upload my changes but my friend cant see them",
             say("Pull doesn't upload your changes. It's the other way round:\n\n- **`git fetch`** downloads "
                 "what's new on the shared copy (GitHub) but doesn't touch your files.\n- **`git pull`** = fetch "
                 "*and then merge* those changes into your files.\n- **`git push`** is the one that **uploads** "
                 "your commits so your friend can see them.\n\nSo the usual order is: save your work with `git "
                 "add` and `git commit`, then `git pull` (to get your friend's changes first), then `git push`.")),
        turn("ohh ok thanks that makes sense now",
             say("You're welcome! If `git push` ever complains that it's \"rejected\", it just means your friend "
                 "pushed first. Run `git pull` and then push again.")),
    ],
)
