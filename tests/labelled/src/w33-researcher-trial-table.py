LABEL = dict(
    split="dev",
    persona="Clinical research coordinator preparing a briefing note on published trials",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the inputs (six PDFs), the per-paper fields (method, sample size, primary outcome, "
               "result) and the output file, but no criteria for judging the trials and no checks; prompt 2 corrects one "
               "figure without saying what is wrong with it ('use the one from the abstract'), and the agent works out it "
               "is the ITT estimate: level 3. The deliverable is a "
               "briefing document (writing). No failures; prompt 3 confirms ('looks good, thanks'): verified."),
)

SESSION = dict(
    cwd="/home/gwen/briefings/exercise-copd", start="2026-03-12T09:50:00Z", model="claude-sonnet-4-6", version="2.1.234",
    turns=[
        turn("There are six trial papers in papers/ on exercise rehab for COPD. For each one write a short summary "
             "with the method, the sample size, the primary outcome and the result, into briefing.md, then a "
             "paragraph at the end on what they add up to.",
             bash("ls papers && for f in papers/*.pdf; do pdftotext -l 6 \"$f\" \"${f%.pdf}.txt\"; done && wc -w papers/*.txt | tail -1",
                  "ahmed2021.pdf\nbarros2019.pdf\ncho2022.pdf\nlindqvist2020.pdf\nokoro2023.pdf\nwhite2018.pdf\n 41230 total",
                  desc="List and extract the papers"),
             par(read("/home/gwen/briefings/exercise-copd/papers/lindqvist2020.txt", "Home-based pulmonary rehabilitation... randomised 214 participants... per-protocol analysis (n=168) showed 6MWD +38 m (95% CI 21–55)... ITT: +29 m (95% CI 14–44)"),
                 read("/home/gwen/briefings/exercise-copd/papers/okoro2023.txt", "Tele-rehabilitation vs centre-based... non-inferiority... n=302... 6MWD difference −4 m (95% CI −19 to 11)...")),
             write("/home/gwen/briefings/exercise-copd/briefing.md",
                   "# Exercise rehabilitation in COPD: six trials\n\n## Lindqvist et al. 2020\n- **Method:** RCT, home-based vs usual care, 12 weeks\n- **Sample:** 214 randomised\n- **Primary outcome:** 6-minute walk distance (6MWD)\n- **Result:** +38 m (95% CI 21–55)\n\n...\n\n## What they add up to\n...\n"),
             say("`briefing.md` has a summary of each of the six trials (method, sample, primary outcome, result) "
                 "and a closing synthesis. All six used 6-minute walk distance or a related exercise-capacity "
                 "measure. Supervised and home-based programmes both improved it beyond the ~30 m minimal "
                 "important difference. Tele-rehab (Okoro 2023) was non-inferior to centre-based rehab.")),
        turn("The Lindqvist result doesn't match the number in their abstract, can you use the one from the abstract?",
             edit("/home/gwen/briefings/exercise-copd/briefing.md", "- **Result:** +38 m (95% CI 21–55)",
                  "- **Result (ITT):** +29 m (95% CI 14–44); per-protocol +38 m"),
             edit("/home/gwen/briefings/exercise-copd/briefing.md", "beyond the ~30 m minimal important difference",
                  "by around the ~30 m minimal important difference (Lindqvist's ITT estimate, +29 m, sits just below it)"),
             say("The abstract reports the intention-to-treat estimate (+29 m, 95% CI 14–44); I had taken the "
                 "per-protocol figure from the results table. Switched Lindqvist to the ITT estimate and kept the "
                 "per-protocol figure in brackets. I also adjusted the synthesis, since that trial now sits just under the 30 m minimal "
                 "important difference.")),
        turn("looks good, thanks",
             say("You're welcome.")),
    ],
)
