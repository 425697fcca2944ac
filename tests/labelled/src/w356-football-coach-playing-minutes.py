LABEL = dict(
    split="heldout12",
    persona="youth football coach checking that every child gets fair playing time",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the spreadsheet and the goal (total minutes per kid this season, who is getting least) with no further constraint: level 2. "
               "The session computes a per-player table from the CSV: analysing. The first pandas run fails (exit 1, UnicodeDecodeError on the Excel export), which is trouble; "
               "the rerun works, and prompt 2 confirms the figures in his own terms ('yeah thats about right, alfie and noah have been on the bench too much'): resolved, verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\dean\\Documents\\U11s", start="2026-11-23T20:10:00Z", model="claude-sonnet-4-6", version="2.1.246",
    turns=[
        turn("I keep the minutes each kid plays in minutes.csv (saved from excel), one row per match. can you add it up for the season so far and tell me who is getting the least? want to make sure its fair",
             bash("python -c \"import pandas as pd; df = pd.read_csv('minutes.csv'); print(df.head())\"", "",
                  stderr="Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  ...\n  File \"pandas/_libs/parsers.pyx\", line 2053, in pandas._libs.parsers.raise_parser_error\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 214: invalid continuation byte",
                  code=1, desc="Look at the minutes file"),
             bash("python -c \"import pandas as pd; df = pd.read_csv('minutes.csv', encoding='cp1252'); print(df.head()); print(df.shape)\"",
                  "         date    opponent  Alfie  Noah  Zeyn  Renée  Kacper  Harry  Ollie  Tyler  Jude  Max  Ethan  Finn  Leo  Callum\n0  06/09/2026   Brockhill    20    20    40     40      40     40     30     30    40   40     20    40   30      20\n1  13/09/2026  Sandgate U    20    30    40     30      40     40     40     20    30   40     20    40   40      20\n2  20/09/2026    Hythe Tn    10    20    40     40      30     40     40     40    40   30     30    30   30      30\n3  27/09/2026   Folkestone   20    20    40     40      40     30     30     30    40   40     40    30   20      20\n4  04/10/2026   Cheriton     20    10    40     40      40     40     40     30    20   40     30    30   40      30\n(11, 16)",
                  desc="Read it as a Windows/Excel file"),
             bash("python -c \"import pandas as pd; df = pd.read_csv('minutes.csv', encoding='cp1252'); t = df.drop(columns=['date','opponent']).sum().sort_values(); print(t.to_string()); print('possible', 11*40)\"",
                  "Noah      225\nAlfie     230\nCallum    265\nEthan     285\nTyler     320\nLeo       325\nFinn      345\nHarry     370\nOllie     370\nRenée     385\nJude      385\nMax       395\nKacper    410\nZeyn      420\npossible 440",
                  desc="Total minutes per player"),
             say("The file was saved by Excel in the Windows format (the é in Renée tripped it up), so I read it that way. Season so far, 11 matches of 40 minutes (440 possible):\n\n"
                 "| player | minutes | % of possible |\n|---|---|---|\n| Noah | 225 | 51% |\n| Alfie | 230 | 52% |\n| Callum | 265 | 60% |\n| Ethan | 285 | 65% |\n| Tyler | 320 | 73% |\n| Leo | 325 | 74% |\n| Finn | 345 | 78% |\n| Harry | 370 | 84% |\n| Ollie | 370 | 84% |\n| Renée | 385 | 88% |\n| Jude | 385 | 88% |\n| Max | 395 | 90% |\n| Kacper | 410 | 93% |\n| Zeyn | 420 | 95% |\n\n"
                 "Noah and Alfie have played about half the minutes Zeyn and Kacper have. If you want it even, they'd need roughly a full match each more than the others over the next few weeks.")),
        turn("yeah thats about right, alfie and noah have been on the bench too much. noah missed 2 matches tho because of holiday can you take that into account",
             bash("python -c \"import pandas as pd; df = pd.read_csv('minutes.csv', encoding='cp1252'); print(df[['date','opponent','Noah']].to_string())\"",
                  "         date     opponent  Noah\n0   06/09/2026    Brockhill    20\n1   13/09/2026   Sandgate U    30\n2   20/09/2026     Hythe Tn    20\n3   27/09/2026   Folkestone    20\n4   04/10/2026     Cheriton    10\n5   11/10/2026   Saltwood     30\n6   18/10/2026   Lyminge      0\n7   01/11/2026   Brockhill    0\n8   08/11/2026   Hawkinge     35\n9   15/11/2026   Sandgate U    30\n10  22/11/2026   Elham        30",
                  desc="Noah's minutes per match"),
             say("Noah has 0 on 18 Oct and 1 Nov – I take it those are the holiday. Leaving those two out, he's played 225 of a possible 360 minutes, which is **63%** – so he moves up above Callum (60%) and Ethan (65%) is just ahead of him. "
                 "Alfie is then clearly the one who's had least (52%), then Callum. If other kids missed matches too, tell me which and I'll do the same for them.")),
    ],
)
