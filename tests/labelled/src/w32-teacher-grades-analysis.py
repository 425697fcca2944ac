LABEL = dict(
    split="dev",
    persona="Secondary-school maths teacher looking at her classes' test results",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and asks which students improved most, but doesn't define improvement (points "
               "or percent, which tests); the agent chooses and explains; prompt 2 is a short thanks: level 2. "
               "Computing figures from a CSV is analysing. No failures; prompt 2 ('brilliant, thank you, that's "
               "exactly what I needed') confirms: verified."),
)

SESSION = dict(
    cwd="/Users/mrsbello/Documents/Year10", start="2026-01-28T17:40:00Z", model="claude-sonnet-4-6", version="2.1.208",
    turns=[
        turn("I've got all my year 10 test scores in marks.csv. which students improved the most since september?",
             read("/Users/mrsbello/Documents/Year10/marks.csv",
                  "Student,Class,Sept baseline,Oct test,Nov test,Dec mock\nAmira Y.,10B,41,48,52,63\nBen T.,10B,55,51,58,60\nChloe R.,10C,38,45,61,66\n..."),
             bash("python3 -c \"import pandas as pd; d=pd.read_csv('marks.csv'); d['gain']=d['Dec mock']-d['Sept baseline']; print(d.sort_values('gain',ascending=False)[['Student','Class','Sept baseline','Dec mock','gain']].head(8).to_string(index=False)); print(); print(d.groupby('Class').gain.mean().round(1))\"",
                  "   Student Class  Sept baseline  Dec mock  gain\n  Chloe R.   10C             38        66    28\n  Amira Y.   10B             41        63    22\n  Jordan P.   10C             29        50    21\n   Leah M.   10B             47        66    19\n"
                  "  Tomasz K.   10B             52        70    18\n   Priya S.   10C             60        76    16\n    Ollie W.   10B             33        48    15\n   Hana D.   10C             44        58    14\n\nClass\n10B    9.8\n10C   11.6\nName: gain, dtype: float64",
                  desc="Rank students by gain from September to the December mock"),
             say("I measured improvement as **December mock minus September baseline**, in marks. The biggest "
                 "improvers:\n\n| student | class | Sept | Dec mock | gain |\n|---|---|---|---|---|\n| Chloe R. | 10C | 38 | 66 | **+28** |\n"
                 "| Amira Y. | 10B | 41 | 63 | +22 |\n| Jordan P. | 10C | 29 | 50 | +21 |\n| Leah M. | 10B | 47 | 66 | +19 |\n| Tomasz K. | 10B | 52 | 70 | +18 |\n\n"
                 "On average 10C gained 11.6 marks and 10B 9.8. Chloe's jump mostly came between October and "
                 "November (45 → 61).\n\nIf you'd rather compare against the October test (September baselines are "
                 "sometimes noisy), I can redo it that way.")),
        turn("brilliant, thank you, that's exactly what I needed for parents evening",
             say("Happy to help. Good luck at parents' evening!")),
    ],
)
