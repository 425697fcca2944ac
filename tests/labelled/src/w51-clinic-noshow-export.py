LABEL = dict(
    split="heldout2",
    persona="Front-desk lead at a physiotherapy clinic, exports reports from the booking system",
    expertise_level=2, work_mode="analysing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the file (the no-show export) and the goal (which weekdays have the most no-shows) "
               "and nothing more; prompt 2 adds one grouping (by therapist): level 2. The session computes counts "
               "and rates from a CSV, so analysing. The first read fails (UnicodeDecodeError, exit 1) and nothing "
               "afterwards is evidence: prompt 2 moves on to a new breakdown rather than confirming, so the "
               "trouble stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/Users/frontdesk/Downloads", start="2026-05-07T16:40:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("I exported our no-shows from Jane (the booking system) for jan to april, its noshows_jan_apr.csv in "
             "downloads. can you tell me which days of the week have the most no shows? my manager wants to know if "
             "we should double book mondays",
             bash("head -3 noshows_jan_apr.csv", "Appointment Date,Time,Client,Practitioner,Treatment,Status\n"
                  "02/01/2026,08:00,R. Alvarez,Kim Tran,Physio Follow-up,No Show\n02/01/2026,08:45,J. M\xfcller,Sam Ortiz,Initial Assessment,Arrived",
                  desc="Look at the first rows", pre="Let me take a look at the file first."),
             bash("python3 -c \"import pandas as pd; df = pd.read_csv('noshows_jan_apr.csv'); print(df.Status.value_counts())\"",
                  "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  ...\n"
                  "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xfc in position 4411: invalid start byte",
                  code=1, desc="Count appointment statuses"),
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('noshows_jan_apr.csv', encoding='latin-1', parse_dates=['Appointment Date'], dayfirst=True)\n"
                  "df['weekday'] = df['Appointment Date'].dt.day_name()\nt = df.groupby('weekday').agg(booked=('Status','size'), no_shows=('Status', lambda s: (s=='No Show').sum()))\n"
                  "t['rate_%'] = (100*t.no_shows/t.booked).round(1)\nprint(t.reindex(['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday']))\nPY",
                  "           booked  no_shows  rate_%\nweekday                             \nMonday        912        97    10.6\n"
                  "Tuesday       874        61     7.0\nWednesday     903        58     6.4\nThursday      881        63     7.2\n"
                  "Friday        797        71     8.9\nSaturday      214        12     5.6",
                  desc="No-shows by weekday (file is Latin-1 encoded)"),
             say("The file has some accented names saved in an older format, so I read it with a different encoding. "
                 "Here are January–April by weekday:\n\n| day | booked | no-shows | rate |\n|---|---|---|---|\n"
                 "| Monday | 912 | 97 | **10.6%** |\n| Tuesday | 874 | 61 | 7.0% |\n| Wednesday | 903 | 58 | 6.4% |\n"
                 "| Thursday | 881 | 63 | 7.2% |\n| Friday | 797 | 71 | 8.9% |\n| Saturday | 214 | 12 | 5.6% |\n\n"
                 "Mondays really are the worst: about 1 in 10 Monday appointments is a no-show, against 6–7% midweek. "
                 "That's roughly 6 missed appointments every Monday.")),
        turn("can you do it by therapist too? i think its mostly early mornings with certain people",
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('noshows_jan_apr.csv', encoding='latin-1', parse_dates=['Appointment Date'], dayfirst=True)\n"
                  "df['early'] = df['Time'] < '09:00'\nt = df.groupby(['Practitioner','early']).Status.apply(lambda s: round(100*(s=='No Show').mean(),1)).unstack()\n"
                  "t.columns = ['9am or later %','before 9am %']\nprint(t.sort_values('before 9am %', ascending=False))\nPY",
                  "              9am or later %  before 9am %\nPractitioner                               \nSam Ortiz                7.9          16.2\n"
                  "Kim Tran                 6.8          13.5\nPriya Nair               7.1           8.0\nDevon Hart               6.2           7.4",
                  desc="No-show rate per practitioner, before and after 9am"),
             say("You're right about early mornings, and it's two people. **Sam Ortiz** (16.2%) and **Kim Tran** "
                 "(13.5%) have much higher no-show rates before 9am than later in the day (about 7–8%). Priya and "
                 "Devon barely change. Before double-booking, you could try reminder texts the evening before for "
                 "Sam's and Kim's early slots.")),
    ],
)
