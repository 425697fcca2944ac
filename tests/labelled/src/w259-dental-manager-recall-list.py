LABEL = dict(
    split="heldout9",
    persona="Practice manager at a three-chair dental surgery, exports patient lists from the practice software into Excel; not a programmer",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the export file and the goal (patients overdue a check-up) with one implied constraint "
               "(six months since last exam), and leaves the rest to the agent: level 2. The agent reads the CSV and "
               "counts overdue patients per dentist with pandas: analysing. No action fails; prompt 2 ('yes thats "
               "about right, dr patel always has the most') confirms the figures agree with what she knows, so verified."),
)

SESSION = dict(
    cwd="C:\\Users\\reception\\Documents\\recalls", start="2026-11-03T12:14:40Z",
    model="claude-sonnet-4-6", version="2.1.230",
    turns=[
        turn("i have exported our patient list to patients_nov.csv. can you tell me how many people are overdue their "
             "checkup, so more than 6 months since last exam, and split it by which dentist they see",
             read("C:\\Users\\reception\\Documents\\recalls\\patients_nov.csv",
                  "PatientID,Surname,Forename,Dentist,LastExam,RecallMonths,Phone\n10021,Hughes,Alan,Dr Patel,14/02/2026,6,07700 900123\n"
                  "10022,Begum,Sara,Dr Lowe,02/09/2026,6,07700 900456\n10023,O'Neill,Ciara,Dr Patel,,6,\n...",
                  pre="Let me look at the export first."),
             bash("python -c \"import pandas as pd; d=pd.read_csv('patients_nov.csv', dayfirst=True, parse_dates=['LastExam']); "
                  "due=d[(d.LastExam < '2026-05-03') | d.LastExam.isna()]; print(len(d)); print(due.groupby('Dentist').size()); print(d.LastExam.isna().sum())\"",
                  "2184\nDentist\nDr Lowe       212\nDr Okoro      147\nDr Patel      301\nName: count, dtype: int64\n38",
                  desc="Count overdue patients per dentist"),
             say("Out of 2,184 patients, **660 are overdue** (last exam before 3 May 2026):\n\n| Dentist | Overdue |\n|---|---|\n"
                 "| Dr Patel | 301 |\n| Dr Lowe | 212 |\n| Dr Okoro | 147 |\n\n38 of these have no exam date at all, "
                 "probably new registrations who never came in. I counted them as overdue; tell me if you'd rather leave them out.")),
        turn("yes thats about right, dr patel always has the most. keep the blank ones in",
             say("Great, I'll leave the figures as they are with the 38 blank-date patients counted as overdue.")),
    ],
)
