LABEL = dict(
    split="heldout14",
    persona="Primary school teacher totting up her class's home reading records from a spreadsheet",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file, the goal (who read fewer than 3 times a week on average this half term) and one constraint (leave out the two weeks of holiday), but nothing on layout or how to check: level 2. "
               "The session produces figures and a short list from a spreadsheet: analysing. No action fails; prompt 2 confirms in her own words that the list matches what she sees ('yes thats right, those 5 are the ones i worry about'), which is evidence: verified success, no trouble."),
)

SESSION = dict(
    cwd="C:\\Users\\mrs.okafor\\Documents\\Reading", start="2026-11-29T19:40:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="main",
    turns=[
        turn("I have the reading records in reading log autumn.xlsx, each week is a column and it has how many times they read at home. can you tell me which children read less than 3 times a week on average this half term? not the 2 weeks of half term holiday (thats wk 7 and wk 8)",
             bash("python -c \"import pandas as pd; df=pd.read_excel('reading log autumn.xlsx'); print(df.head()); print(df.columns.tolist())\"",
                  "     Name  wk1  wk2  wk3  wk4  wk5  wk6  wk7  wk8  wk9  wk10  wk11  wk12\n0   Aisha    5    4    5    5    6    4  NaN  NaN    5     5     4     5\n1     Ben    2    1    3    2    2    1  NaN  NaN    2     3     1     2\n2   Chloe    4    4    3    5    4    4    2  NaN    4     4     5     4\n3  Daniel    3    3    2    4    3    2  NaN  NaN    3     2     3     3\n4    Ella    6    7    5    6    7    6    5    4    6     7     6     7\n['Name', 'wk1', 'wk2', 'wk3', 'wk4', 'wk5', 'wk6', 'wk7', 'wk8', 'wk9', 'wk10', 'wk11', 'wk12']",
                  desc="Look at the spreadsheet"),
             bash("python -c \"import pandas as pd; df=pd.read_excel('reading log autumn.xlsx'); wk=[c for c in df.columns if c.startswith('wk') and c not in ('wk7','wk8')]; df['avg']=df[wk].fillna(0).mean(axis=1).round(1); print(len(df)); print(df[df.avg<3][['Name','avg']].sort_values('avg').to_string(index=False))\"",
                  "28\n   Name  avg\n  Oscar  0.9\n    Ben  1.9\n  Freya  2.2\n Daniel  2.8\n  Kacper 2.9",
                  desc="Average per child excluding wk7 and wk8"),
             say("I left out wk7 and wk8 and averaged the other 10 weeks for all 28 children. A blank square (no record handed in) counts as 0 times. Five children averaged under 3 a week:\n\n| Name | average per week |\n|---|---|\n| Oscar | 0.9 |\n| Ben | 1.9 |\n| Freya | 2.2 |\n| Daniel | 2.8 |\n| Kacper | 2.9 |\n\nDaniel and Kacper are only just under. If you would rather ignore the blank weeks than count them as 0, tell me and I'll run it again.")),
        turn("yes thats right, those 5 are the ones i worry about. blank is 0 thats fine. could you make it into a little table i can put in my report to the head, with the class average too",
             bash("python -c \"import pandas as pd; df=pd.read_excel('reading log autumn.xlsx'); wk=[c for c in df.columns if c.startswith('wk') and c not in ('wk7','wk8')]; print(round(df[wk].fillna(0).mean(axis=1).mean(),1))\"", "4.3", desc="Class average"),
             write("C:\\Users\\mrs.okafor\\Documents\\Reading\\reading summary autumn.md",
                   "# Home reading, autumn term (weeks 1–6 and 9–12)\n\nClass average: **4.3** reads per week (28 children).\n\nChildren averaging fewer than 3 reads per week:\n\n| Child | Average reads per week |\n|---|---|\n| Oscar | 0.9 |\n| Ben | 1.9 |\n| Freya | 2.2 |\n| Daniel | 2.8 |\n| Kacper | 2.9 |\n\nWeeks with no record returned are counted as 0.\n"),
             say("Done: `reading summary autumn.md` in the same folder has the class average (4.3 reads a week) and the table of the five children, with a note that missing weeks count as 0. You can copy the table straight into Word.")),
    ],
)
