LABEL = dict(
    split="heldout10",
    persona="Hobby beekeeper with hive scales logging weights to a CSV",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (weekly gain per hive, when the flow started) and no method: level 2. Figures are computed from a CSV: analysing. "
               "The first script run fails on the dates (trouble); the rerun succeeds, and prompt 2 ('yes thats the lime flow, hive 2 always lags') agrees with "
               "what she knows of her hives – a confirmation after the trouble: verified success."),
)

SESSION = dict(
    cwd="/home/ruth/bees", start="2026-07-19T20:30:00Z", model="claude-sonnet-4-6", version="2.1.203", branch="",
    turns=[
        turn("I've got a year of readings from my hive scales in hive_log.csv (3 hives). Could you work out how much each hive gained per week and roughly when the main flow started this summer?",
             bash("head -5 hive_log.csv && wc -l hive_log.csv", "timestamp,hive,kg,temp_c\n03/01/2026 06:00,1,38.42,2.1\n03/01/2026 06:00,2,35.90,2.0\n03/01/2026 06:00,3,41.07,2.2\n03/01/2026 18:00,1,38.40,4.5\n1486 hive_log.csv", desc="Look at the log"),
             bash("python3 -c \"import pandas as pd; d=pd.read_csv('hive_log.csv', parse_dates=['timestamp']); w=d[d.timestamp.dt.hour==6].set_index('timestamp').groupby('hive').kg.resample('W').last().groupby(level=0).diff(); print(w.unstack(0).loc['2026-05':].round(1))\"",
                  "", code=1, desc="Weekly gain per hive",
                  stderr="Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nAttributeError: Can only use .dt accessor with datetimelike values"),
             bash("python3 -c \"import pandas as pd; d=pd.read_csv('hive_log.csv'); d['timestamp']=pd.to_datetime(d.timestamp, dayfirst=True); m=d[d.timestamp.dt.hour==6].set_index('timestamp').groupby('hive').kg.resample('W').last().groupby(level=0).diff(); print(m.unstack(0).loc['2026-05':].round(1))\"",
                  "hive          1    2    3\ntimestamp               \n2026-05-03  0.6  0.2  0.9\n2026-05-10  1.1  0.4  1.3\n2026-05-17  0.8  0.5  1.0\n2026-05-24 -0.3 -0.6  0.1\n2026-05-31  0.4  0.1  0.6\n2026-06-07  0.9  0.3  1.4\n2026-06-14  1.2  0.6  1.8\n2026-06-21  4.8  1.9  5.6\n2026-06-28  6.3  3.7  7.1\n2026-07-05  5.1  4.2  6.0\n2026-07-12  2.2  2.8  2.5\n2026-07-19  0.4  0.9  0.2",
                  desc="Weekly gain per hive (day-first dates)"),
             say("The dates are day-first (03/01 = 3 January), so I parsed them that way and used the 06:00 reading each day (before the bees fly). Weekly gain, kg:\n\n"
                 "- Small gains through May, a dip the week to 24 May (cold spell).\n- The main flow starts the **week ending 21 June**: hive 1 +4.8, hive 3 +5.6, hive 2 +1.9.\n"
                 "- Peak the week to 28 June; it tails off from mid-July.\n- Hive 2 starts later and peaks a week after the others (+4.2 the week to 5 July).")),
        turn("yes thats the lime flow, hive 2 always lags behind the others. can you save that table so I can put it in the association newsletter",
             bash("python3 -c \"import pandas as pd; d=pd.read_csv('hive_log.csv'); d['timestamp']=pd.to_datetime(d.timestamp, dayfirst=True); m=d[d.timestamp.dt.hour==6].set_index('timestamp').groupby('hive').kg.resample('W').last().groupby(level=0).diff(); m.unstack(0).loc['2026-05':].round(1).to_csv('weekly_gain_2026.csv')\" && cat weekly_gain_2026.csv | head -3",
                  "timestamp,1,2,3\n2026-05-03,0.6,0.2,0.9\n2026-05-10,1.1,0.4,1.3", desc="Save the table"),
             say("Saved as `weekly_gain_2026.csv` (week ending, then kg gained per hive).")),
    ],
)
