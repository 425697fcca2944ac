LABEL = dict(
    split="heldout6",
    persona="European patent attorney at a small firm, drafting a response to an examination report",
    expertise_level=4, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the document (the examiner's communication in ep-comm.txt), the objections to answer (Article 84 clarity of claim 1, "
               "Article 56 over D1 and D2), the structure of the deliverable (one section per objection, the amendment with its basis in the "
               "application as filed, then the argument) and the approach (problem-solution); prompt 2 corrects a domain point exactly (the basis is "
               "paragraph [0042], and D2 is not combinable because it teaches away). No anticipation of further objections: level 4. A document written: "
               "writing. No failures; the session ends after the correction with no confirmation, test or commit: neither."),
)

SESSION = dict(
    cwd="/home/friederike/matters/EP21-4471", start="2026-12-02T08:20:00Z", model="claude-opus-4-5", version="2.1.252",
    turns=[
        turn("Draft our response to the examining division's communication in ep-comm.txt. Two objections: lack of clarity of claim 1 under Article 84 "
             "('substantially flat'), and lack of inventive step over D1 in view of D2 under Article 56. For each, one section: the amendment we propose, with its "
             "basis in the application as filed (application.txt), then the argument. Use the problem-solution approach for inventive step. Put it in response-draft.md.",
             read("/home/friederike/matters/EP21-4471/ep-comm.txt",
                  "1. Claim 1 is not clear (Art. 84 EPC): the term 'substantially flat' has no well-recognised meaning in the art.\n"
                  "2. D1 (US 2019/0112345) discloses a heat spreader with all features of claim 1 except the graphite interlayer; D2 (JP 2017-55102) discloses a graphite interlayer... "
                  "the skilled person would combine D1 and D2 (Art. 56 EPC)."),
             grep("flat|flatness", path="/home/friederike/matters/EP21-4471/application.txt",
                  content="application.txt:188:[0031] The base plate is substantially flat.\napplication.txt:265:[0042] A flatness deviation of less than 50 µm over the contact surface ensures ..."),
             write("/home/friederike/matters/EP21-4471/response-draft.md",
                   "# Response to the communication under Article 94(3) EPC\n\n## 1. Clarity (Article 84 EPC)\n\n**Amendment.** In claim 1, 'substantially flat' is replaced by "
                   "'having a flatness deviation of less than 50 µm over the contact surface'.\n\n**Basis.** Paragraph [0031] of the application as filed.\n\n"
                   "**Argument.** The amended feature is a measurable parameter; the objection is overcome.\n\n## 2. Inventive step (Article 56 EPC)\n\n"
                   "**Closest prior art.** D1.\n\n**Distinguishing feature.** The graphite interlayer, in combination with the flatness limit.\n\n"
                   "**Objective technical problem.** Reducing the thermal contact resistance between the spreader and the die.\n\n"
                   "**Obviousness.** D2 discloses a graphite interlayer but gives no hint of the flatness limit; the combination would not arrive at claim 1.\n"),
             say("Draft written to `response-draft.md`: section 1 (the amendment to a 50 µm flatness limit, its basis and the argument) and section 2 (problem-solution over D1, "
                 "why D2 does not lead to the claim).")),
        turn("Two things. The basis is [0042], not [0031] – [0031] only repeats 'substantially flat'. And the stronger argument on D2 is that it teaches away: "
             "it says the interlayer must be compressible to fill gaps in rough surfaces, which points away from a flat base. Lead with that.",
             edit("/home/friederike/matters/EP21-4471/response-draft.md", "**Basis.** Paragraph [0031] of the application as filed.",
                  "**Basis.** Paragraph [0042] of the application as filed, which discloses the flatness deviation of less than 50 µm over the contact surface."),
             edit("/home/friederike/matters/EP21-4471/response-draft.md",
                  "**Obviousness.** D2 discloses a graphite interlayer but gives no hint of the flatness limit; the combination would not arrive at claim 1.",
                  "**Obviousness.** D2 teaches away from the claimed combination: it requires the interlayer to be compressible so as to fill gaps in rough mating "
                  "surfaces, i.e. it presupposes surfaces that are not flat. The skilled person starting from D1 and seeking to reduce contact resistance would "
                  "therefore not combine D2's interlayer with a base held to a flatness deviation below 50 µm. Moreover, D2 gives no hint of the flatness limit."),
             say("Changed the basis to [0042] and rewrote the inventive-step argument to lead with D2 teaching away, keeping the absence of a flatness hint as a second point.")),
    ],
)
