LABEL = dict(
    split="heldout15",
    persona="Parish council clerk turning her meeting notes into draft minutes",
    expertise_level=2, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the notes file, the deliverable (draft minutes) and one constraint (number the items like last year's, 26/101 onwards), leaving the layout and wording to the agent: level 2 (the numbering is a single constraint, not enumerated requirements). "
               "The deliverable is a document: writing. Nothing fails; prompt 2 corrects one item (the planning application was 'no objection', not 'support') and prompt 3 ('sent it to the chairman and hes happy with it') confirms the draft was accepted: verified success."),
)

SESSION = dict(
    cwd="/Users/clerk/Documents/Council/2026-27", start="2026-11-20T10:02:00Z", model="claude-sonnet-4-5", version="2.1.226", branch="",
    turns=[
        turn("can you turn my notes from tuesdays meeting into draft minutes please, the notes are in notes_18nov.txt and last years minutes are in the minutes folder so you can see how we do them. items need numbering carrying on from 26/101",
             glob("minutes/*", ["minutes/2025-11-19 Full Council minutes.md", "minutes/2026-10-21 Full Council minutes.md"]),
             read("/Users/clerk/Documents/Council/2026-27/minutes/2026-10-21 Full Council minutes.md", "# Thornbury Green Parish Council\n## Minutes of the Full Council meeting held on Tuesday 21 October 2026 at 7.30pm in the Village Hall\n\n**Present:** Cllrs M Ashdown (Chair), R Patel, S Kerr, T Bullen, H Osei\n**In attendance:** Mrs L Fenwick (Clerk), 2 members of the public\n\n**26/095 Apologies for absence** – Cllr D Grey (work). Accepted.\n**26/096 Declarations of interest** – None.\n...\n**26/100 Date of next meeting** – Tuesday 18 November 2026."),
             read("/Users/clerk/Documents/Council/2026-27/notes_18nov.txt", "18/11 7.30 vill hall\nthere: MA chair, RP, SK, TB, DG. HO apols (ill). me + 4 public\nno DOIs\noct mins ok prop RP sec TB all\npublic - 2 re speeding on mill lane, want speed watch. 1 re dog mess on rec\nplanning 26/03112 2 storey ext 14 church st - we support? RP says no objection\nfinance - payments list £3,412.60 approved prop SK sec DG\nprecept draft - 2027/28 £48,500 (+4%) to go to jan mtg\nspeedwatch - SK to contact police re volunteers\nnext mtg 20 jan"),
             write("/Users/clerk/Documents/Council/2026-27/minutes/2026-11-18 Full Council minutes DRAFT.md", "# Thornbury Green Parish Council\n## Minutes of the Full Council meeting held on Tuesday 18 November 2026 at 7.30pm in the Village Hall\n\n**Present:** Cllrs M Ashdown (Chair), R Patel, S Kerr, T Bullen, D Grey\n**In attendance:** Mrs L Fenwick (Clerk), 4 members of the public\n\n**26/101 Apologies for absence** – Cllr H Osei (illness). Accepted.\n**26/102 Declarations of interest** – None.\n**26/103 Minutes of the previous meeting** – The minutes of the meeting held on 21 October 2026 were approved as a true record and signed by the Chair. Proposed Cllr Patel, seconded Cllr Bullen, all in favour.\n**26/104 Public participation** – Two residents raised concerns about speeding on Mill Lane and asked about a Community Speedwatch scheme. One resident raised dog fouling on the recreation ground.\n**26/105 Planning** – 26/03112, two-storey extension, 14 Church Street. The Council resolved to support the application.\n**26/106 Finance** – The schedule of payments totalling £3,412.60 was approved. Proposed Cllr Kerr, seconded Cllr Grey.\n**26/107 Precept 2027/28** – A draft precept of £48,500 (an increase of 4%) was discussed and will be considered for approval at the January meeting.\n**26/108 Community Speedwatch** – Cllr Kerr to contact the police about setting up a volunteer scheme.\n**26/109 Date of next meeting** – Tuesday 20 January 2027.\n"),
             say("The draft is saved as `minutes/2026-11-18 Full Council minutes DRAFT.md`, in the same layout as October's, items 26/101 to 26/109. Two things to check: your notes say 'we support?' and 'RP says no objection' for the Church Street application, so I wrote 'resolved to support'; please confirm which the council actually resolved. And I assumed the dog fouling point needed no action.")),
        turn("it was no objection not support, we always say no objection. rest looks good",
             edit("/Users/clerk/Documents/Council/2026-27/minutes/2026-11-18 Full Council minutes DRAFT.md", "The Council resolved to support the application.", "The Council resolved to raise no objection."),
             say("Changed 26/105 to 'The Council resolved to raise no objection.'")),
        turn("sent it to the chairman and hes happy with it, lovely. thank you",
             say("Glad he's happy. Once they're approved at the January meeting you can rename the file without 'DRAFT' for the website.")),
    ],
)
