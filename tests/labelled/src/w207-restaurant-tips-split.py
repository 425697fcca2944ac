LABEL = dict(
    split="heldout7",
    persona="owner of a small Turkish restaurant who shares card tips between staff each week",
    expertise_level=2, work_mode="analysing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the rule in outline (split by hours, kitchen gets a share) but not the share; the agent asks and "
               "prompt 2 answers with 30%, an answer to a question rather than the user's own precision, and no check is asked for: level 2 (tie-break 3 against 3). Figures computed from the "
               "rota spreadsheet: analysing. No failures; the last prompt 'lovely, thanks so much' is thanks, not a statement that the figures "
               "are right (borderline, read strictly): neither."),
)

SESSION = dict(
    cwd="/Users/selin/Desktop/tips", start="2026-12-01T23:05:00Z", model="claude-sonnet-4-6", version="2.1.241",
    turns=[
        turn("Hello, I have the rota for this week in rota_w48.xlsx and the card tips were £1,284.60. I want to share them fair by hours worked "
             "but the kitchen should get some too. how much does everyone get?",
             bash("python3 -c \"import pandas as pd; print(pd.read_excel('rota_w48.xlsx').to_string())\"",
                  "      Name   Role  Hours\n0     Emre  floor   38.0\n1    Layla  floor   31.5\n2      Tom  floor   22.0\n3    Aylin  floor   16.0\n4    Murat  kitchen 42.0\n5   Deniz  kitchen 35.0",
                  desc="Read the rota"),
             say("I can see four floor staff and two in the kitchen. What share of the tips should go to the kitchen? Many restaurants use 25–30%.")),
        turn("30% kitchen",
             bash("python3 -c \"\nimport pandas as pd\ndf = pd.read_excel('rota_w48.xlsx'); pot = 1284.60\nfor role, share in (('floor', .7), ('kitchen', .3)):\n"
                  "    d = df[df.Role == role]; print(role); print((d.set_index('Name').Hours / d.Hours.sum() * pot * share).round(2).to_string())\n\"",
                  "floor\nName\nEmre     317.86\nLayla    263.49\nTom      184.03\nAylin    133.84\nkitchen\nName\nMurat    210.21\nDeniz    175.17", desc="Split the tips"),
             say("With 30% to the kitchen (£385.38) and 70% to the floor (£899.22), each split by hours:\n\n- Emre £317.86, Layla £263.49, Tom £184.03, "
                 "Aylin £133.84\n- Murat £210.21, Deniz £175.17\n\nTogether that is exactly £1,284.60.")),
        turn("lovely, thanks so much",
             say("You're welcome! Next week just send the new rota and the tip total.")),
    ],
)
