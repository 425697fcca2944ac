LABEL = dict(
    split="heldout7",
    persona="activities coordinator at a residential care home, no programming background",
    expertise_level=1, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('something nice for the families') with no sections, length or format named; the agent has to explain "
               "what a .docx vs a Markdown file is when the user asks 'can u make it a word thing': level 1. The result is a newsletter "
               "document: writing. No failures; prompt 3 'lovely thank you' is thanks, not a statement that the result works: neither."),
)

SESSION = dict(
    cwd="/home/brenda/Documents/newsletter", start="2026-12-01T10:05:00Z", model="claude-sonnet-4-6", version="2.1.231",
    turns=[
        turn("hi can you write something nice for the families about what we did this month, we had the singer in and the garden club and "
             "the easter bonnets. its for the newsletter",
             write("/home/brenda/Documents/newsletter/april-newsletter.md",
                   "# Rosewood House – April News\n\nDear families and friends,\n\nWhat a month it has been! On the 9th we welcomed a visiting singer, "
                   "and the lounge was full for an afternoon of old favourites...\n\n## Garden club\n\nOur green-fingered residents planted sweet peas...\n\n"
                   "## Easter bonnets\n\nThe bonnet parade was a highlight...\n\nWith warm wishes,\nThe Activities Team\n"),
             say("I've written a short, warm newsletter piece in `april-newsletter.md` with a section each for the singer, the garden club and the Easter "
                 "bonnets. I made up small details (like sweet peas) – please change anything that isn't right.")),
        turn("can u make it a word thing, the manager wants word",
             say("That file is plain text with a little formatting (Markdown), which Word can't open nicely. The easiest way: open the file, copy all "
                 "the text, and paste it into a new Word document – the headings will just be lines you can make bold. If you'd like, I can also "
                 "convert it with pandoc if that is installed on this computer.")),
        turn("lovely thank you",
             say("You're welcome – I hope the families enjoy it!")),
    ],
)
