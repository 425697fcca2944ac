LABEL = dict(
    split="heldout10",
    persona="Freelance German–English translator who wants to convert client files to Word",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names only the goal (Markdown to Word for Trados, on a Mac), and the agent has to explain Homebrew's need for the Command Line Tools, basics "
               "she did not know to ask; correction direction decides between 1 and 2 (tie-break 1): level 1. The work is installing a tool on her Mac and running it: operating. `brew install pandoc` fails first (trouble); "
               "after the CLT install it succeeds and a .docx is produced, but no test, commit or confirmation follows – prompt 2 moves on to a new question – so "
               "the trouble stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/Users/claudia/Uebersetzungen/Kunde_Brandt", start="2026-11-25T08:50:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="",
    turns=[
        turn("a client sends me .md files now instead of word. how do i turn them into word docs so i can use them in trados? im on a mac",
             bash("which pandoc || echo none; brew --version", "none\nHomebrew 4.4.9", desc="Check for pandoc and Homebrew"),
             bash("brew install pandoc", "", code=1, desc="Install pandoc", ms=14000,
                  stderr="Error: No developer tools installed.\nInstall the Command Line Tools:\n  xcode-select --install"),
             bash("xcode-select --install", "xcode-select: note: install requested for command line developer tools", desc="Request the Command Line Tools"),
             say("Pandoc is the usual tool for this, and Homebrew (which you already have) can install it, but Homebrew needs Apple's Command Line Tools first. "
                 "A window should have popped up asking to install them – click Install and tell me when it's finished (about 5–10 minutes).")),
        turn("ok its done",
             bash("brew install pandoc", "==> Downloading https://ghcr.io/v2/homebrew/core/pandoc/manifests/3.5\n==> Pouring pandoc--3.5.arm64_sonoma.bottle.tar.gz\n🍺  /opt/homebrew/Cellar/pandoc/3.5: 10 files, 196.4MB", desc="Install pandoc", ms=21000),
             bash("pandoc Produktbeschreibung_Q4.md -o Produktbeschreibung_Q4.docx && ls -la *.docx", "-rw-r--r--  1 claudia  staff  11834 25 Nov 09:07 Produktbeschreibung_Q4.docx", desc="Convert one file"),
             say("Pandoc is installed and I converted `Produktbeschreibung_Q4.md` to `Produktbeschreibung_Q4.docx` in the same folder. For any other file: "
                 "`pandoc NAME.md -o NAME.docx` in Terminal, in that folder.")),
        turn("and can trados save it back as md when im done?",
             say("Not directly – Trados will give you back a translated .docx. You can then turn that into Markdown the other way round: `pandoc Datei.docx -o Datei.md`. "
                 "Headings, lists and bold survive; complex tables may need a look.")),
    ],
)
