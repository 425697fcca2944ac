LABEL = dict(
    split="heldout16",
    persona="self-employed electrician looking at which jobs made money",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (which kind of job makes money once materials and hours are taken off, at his £40 an hour) with one constraint; the grouping and method are left to the agent and no check is asked for: level 2 (2/3, tie-break 3). "
               "The session computes profit figures and a table from his job sheet export: analysing. No action fails; prompt 2 ('yeah that sounds about right, the ev chargers always feel like a good day') confirms the figures before asking for a chart, so verified success."),
)

SESSION = dict(
    cwd="/home/lee/work", start="2026-11-30T19:40:00Z", model="claude-opus-4-6", version="2.1.251", branch="",
    turns=[
        turn("got all my jobs this year in jobs_2026.csv (exported from my invoicing app). want to know what type of job actually makes me money after materials and my time. call my time £40 a hour",
             bash("head -5 jobs_2026.csv; wc -l jobs_2026.csv", "Date,Customer,Job type,Invoice total,Materials,Hours,Paid\n06/01/2026,Mrs Pryce,Consumer unit change,\"£780.00\",\"£214.50\",7.5,Yes\n07/01/2026,Jones Builders,Rewire,\"£3,450.00\",\"£1,120.80\",38,Yes\n09/01/2026,T Evans,EICR,£180.00,£0.00,3,Yes\n12/01/2026,R Khan,EV charger,\"£1,050.00\",\"£520.00\",5,Yes\n213 jobs_2026.csv", desc="Look at the job export"),
             write("/home/lee/work/job_profit.py",
                   "import pandas as pd\n\nRATE = 40\nmoney = lambda s: s.astype(str).str.replace('[£,]', '', regex=True).astype(float)\nj = pd.read_csv('jobs_2026.csv')\nj['Invoice total'] = money(j['Invoice total'])\nj['Materials'] = money(j['Materials'])\nj['profit'] = j['Invoice total'] - j['Materials'] - j['Hours'] * RATE\nj['profit_per_hour'] = (j['Invoice total'] - j['Materials']) / j['Hours']\ng = j.groupby('Job type').agg(jobs=('profit', 'size'), hours=('Hours', 'sum'), profit=('profit', 'sum'))\ng['per_hour'] = (j.groupby('Job type').apply(lambda d: (d['Invoice total'] - d['Materials']).sum() / d['Hours'].sum())).round(2)\nprint(g.sort_values('per_hour', ascending=False).round(0).to_string())\nprint('total jobs', len(j), 'total profit after £40/h', round(j['profit'].sum()))\n"),
             bash("python3 job_profit.py", "                      jobs  hours  profit  per_hour\nJob type\nEV charger              14   71.0  6128.0     126.0\nEICR                    46  139.0  2714.0      60.0\nConsumer unit change    22  171.5  2606.0      55.0\nFault finding           38   97.0  1366.0      54.0\nSockets/lighting        61  208.5  1592.0      48.0\nRewire                   9  344.0  1190.0      43.0\nOther                   22   88.5   -113.0      39.0\ntotal jobs 212 total profit after £40/h 15483", desc="Profit by job type"),
             say("After materials, and paying yourself £40/h, this year by job type (sorted by what you earn per hour on the job):\n\n| job type | jobs | hours | profit after £40/h | earned per hour |\n|---|---|---|---|---|\n| EV charger | 14 | 71 | £6,128 | £126 |\n| EICR | 46 | 139 | £2,714 | £60 |\n| Consumer unit change | 22 | 171.5 | £2,606 | £55 |\n| Fault finding | 38 | 97 | £1,366 | £54 |\n| Sockets/lighting | 61 | 208.5 | £1,592 | £48 |\n| Rewire | 9 | 344 | £1,190 | £43 |\n| Other | 22 | 88.5 | −£113 | £39 |\n\nEV chargers are far ahead: £126 an hour, over twice anything else. Rewires take the most hours and only just clear your £40. \"Other\" loses a little. Note the hours are what you entered, so travel time is only in there if you logged it.")),
        turn("yeah that sounds about right, the ev chargers always feel like a good day. can you make that a bar chart i can show my accountant",
             edit("/home/lee/work/job_profit.py", "print('total jobs'", "import matplotlib\nmatplotlib.use('Agg')\nax = g.sort_values('per_hour')['per_hour'].plot.barh(figsize=(8, 4), color='#2a7ab0')\nax.axvline(RATE, color='grey', linestyle='--')\nax.set_xlabel('£ earned per hour after materials (dashed line = £40)')\nax.set_ylabel('')\nax.figure.tight_layout()\nax.figure.savefig('profit_per_hour.png', dpi=150)\nprint('total jobs'"),
             bash("python3 job_profit.py | tail -1 && ls -la profit_per_hour.png", "total jobs 212 total profit after £40/h 15483\n-rw-r--r-- 1 lee lee 41822 Nov 30 19:52 profit_per_hour.png", desc="Make the chart"),
             say("Saved `profit_per_hour.png`: one bar per job type, £ per hour after materials, with a dashed line at your £40 so the accountant can see at a glance which ones clear it.")),
    ],
)
