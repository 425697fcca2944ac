LABEL = dict(
    split="heldout9",
    persona="Retired teacher volunteering at a small local history museum, writing captions for a new display case",
    expertise_level=2, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the object, the notes file and the goal (a caption 'not too long') with one loose "
               "constraint; prompt 2 asks for it 'a bit friendlier for kids', a general steer: level 2. The agent writes "
               "captions into a .md file: writing. Nothing fails. Borderline evidence: prompt 2 opens 'thats lovely', "
               "her verdict on the delivered caption (as 'looks good' or 'ship it' would be), read as a confirmation "
               "rather than thanks alone, so verified."),
)

SESSION = dict(
    cwd="/Users/margaret/Documents/museum/mill-case", start="2026-09-14T10:20:05Z",
    model="claude-sonnet-4-6", version="2.1.219",
    turns=[
        turn("Hello. I volunteer at the Hebden Mill museum and we are putting the old weaver's shuttle in the new case. "
             "My notes are in shuttle notes.txt. Could you write the little card that goes next to it? Not too long, "
             "people don't read long ones.",
             read("/Users/margaret/Documents/museum/mill-case/shuttle notes.txt",
                  "boxwood shuttle, steel tips, c.1890\nused at Nutclough mill until 1930s closure\ndonated by Mrs E Greenwood 1978, her father was a weaver\n"
                  "flying shuttle - Kay 1733 - sped up weaving\nweavers 'kissed' the shuttle to pull thread through - brown lung?"),
             write("/Users/margaret/Documents/museum/mill-case/shuttle-caption.md",
                   "**Weaver's shuttle, about 1890**\nBoxwood with steel tips\n\nThis shuttle flew back and forth across the loom at "
                   "Nutclough Mill until the mill closed in the 1930s. Weavers threaded it by sucking the yarn through the eye, "
                   "the 'shuttle kiss', breathing in cotton dust as they did.\n\nGiven by Mrs E. Greenwood in 1978. Her father was a weaver here.\n"),
             say("I've written the caption in shuttle-caption.md. It's about 60 words. I left out the 'brown lung' point "
                 "because your note had a question mark; it's worth checking before it goes on a card.")),
        turn("thats lovely. could you do a second version a bit friendlier for the school groups",
             edit("/Users/margaret/Documents/museum/mill-case/shuttle-caption.md",
                  "Given by Mrs E. Greenwood in 1978. Her father was a weaver here.\n",
                  "Given by Mrs E. Greenwood in 1978. Her father was a weaver here.\n\n---\n\n**For young visitors**\n"
                  "Can you see the pointy metal ends? This shuttle zoomed from side to side on a loom, pulling thread to make cloth. "
                  "Weavers sucked the thread through the little hole. Would you like to do that all day?\n"),
             say("I've added a children's version under the first one in the same file.")),
    ],
)
