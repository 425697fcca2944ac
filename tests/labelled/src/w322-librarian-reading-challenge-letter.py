LABEL = dict(
    split="heldout11",
    persona="school librarian asking for a letter to parents about a reading challenge",
    expertise_level=1, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a bare wish ('can you write a letter for parents about the reading challenge') with no names or constraints; prompt 2's year groups, dates and certificates fill the placeholders the agent left and asked about, "
               "so they answer the agent rather than frame the task, and 'less long' is a wish: level 1. A letter is drafted and revised: writing. "
               "No action fails and there is no test, commit or confirmation: neither success nor trouble."),
)

SESSION = dict(
    cwd="C:\\Users\\jbright\\Documents\\Library", start="2027-02-03T12:20:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="",
    turns=[
        turn("can you write a letter for parents about the reading challenge",
             glob("**/*challenge*", ["Letters\\2026 summer reading challenge poster.docx"], path="C:\\Users\\jbright\\Documents\\Library"),
             write("C:\\Users\\jbright\\Documents\\Library\\Letters\\reading_challenge_letter.md",
                   "Dear Parent/Carer,\n\n**[Year groups] Reading Challenge**\n\nWe are delighted to announce that the library is launching a Reading Challenge for pupils in [year groups], running from [start date] to [end date].\n\n"
                   "The aim of the challenge is to encourage pupils to read widely and for pleasure. Research consistently shows that children who read regularly for enjoyment do better across the curriculum, "
                   "and the challenge is a fun way to build that habit.\n\n**How it works**\n\n- Pupils collect a reading record from the library.\n- Every time they finish a book, they write a short review in their record and have it stamped by the library.\n"
                   "- Books can be borrowed from the school library, the public library, or from home. Any book counts, fiction or non-fiction.\n- [Rewards / certificates]\n\n"
                   "**How you can help**\n\nPlease encourage your child to read for at least 20 minutes each day, talk with them about what they are reading, and help them keep their reading record up to date. "
                   "If your child is finding it hard to choose a book, the library staff are always happy to help with recommendations.\n\n"
                   "We will celebrate everyone who takes part at the end of the challenge, and we hope as many pupils as possible will join in.\n\n"
                   "If you have any questions, please contact me at the school library.\n\nYours sincerely,\n\nMrs J Bright\nSchool Librarian\n"),
             say("I've drafted the letter in `Letters\\reading_challenge_letter.md`. I couldn't find details of this year's challenge in the folder (only last summer's poster), so I've left placeholders in square brackets for:\n\n"
                 "- which year groups it's for\n- the start and end dates\n- what pupils get for taking part (certificates, prizes?)\n\nTell me those and I'll fill them in, or change the tone if you'd like it more informal.")),
        turn("its for years 7 and 8, starts after half term and goes till easter. they get a bronze silver gold certificate. can you make it less long its a bit much",
             write("C:\\Users\\jbright\\Documents\\Library\\Letters\\reading_challenge_letter.md",
                   "Dear Parent/Carer,\n\n**Year 7 and 8 Reading Challenge**\n\nAfter half term the library is starting a Reading Challenge for Years 7 and 8, running until the Easter holidays.\n\n"
                   "Pupils collect a reading record from the library and get it stamped each time they finish a book. Any book counts, from school, the public library or home. "
                   "Pupils who read 5 books get a **bronze** certificate, 10 books **silver**, and 15 books **gold**.\n\n"
                   "Please encourage your child to read for 20 minutes a day and ask them about what they're reading. If you have any questions, just get in touch with me in the library.\n\n"
                   "Yours sincerely,\n\nMrs J Bright\nSchool Librarian\n"),
             say("Shortened it to three short paragraphs and put in Years 7 and 8, after half term until Easter, and the bronze/silver/gold certificates. "
                 "I've guessed 5, 10 and 15 books for bronze, silver and gold, so change those numbers if your levels are different. To get it into Word, open the .md file and copy the text across, or tell me and I'll make a .docx.")),
    ],
)
