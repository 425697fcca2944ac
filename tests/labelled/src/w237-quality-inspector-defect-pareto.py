LABEL = dict(
    split="heldout8",
    persona="Quality inspector at an injection-moulding plant, monthly defect log exported from the inspection tablet",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file and the output (a pareto of defect types for October, by machine) but leaves the grouping and method to the agent; "
               "prompt 2 reports no problem and adds a small ask: level 2. Figures computed from a CSV: analysing. The agent's first read fails on the "
               "file's encoding (trouble); prompt 2 ('same as what we had on the whiteboard at the quality meeting') states that the figures agree with "
               "what the team found, a confirmation after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/home/qc/reports", start="2026-11-03T13:20:00Z", model="claude-sonnet-4-6", version="2.1.226",
    turns=[
        turn("need a pareto of the defect types for october from defects_oct.csv, and which machine is worst. for the monthly quality meeting",
             bash("python3 -c \"import pandas as pd; d=pd.read_csv('defects_oct.csv'); print(d.head())\"",
                  "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  ...\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xb0 in position 2291: invalid start byte",
                  code=1, desc="Load the defect log"),
             bash("python3 -c \"import pandas as pd; d=pd.read_csv('defects_oct.csv', encoding='cp1252'); print(d.shape); print(d.head(3))\"",
                  "(1642, 6)\n         Date Machine   Part  Defect  Qty Inspector\n0  01/10/2026    IM07  CL-220   Short shot    3        RB\n"
                  "1  01/10/2026    IM03  HN-014  Flash    12        RB\n2  01/10/2026    IM07  CL-220  Sink mark  1       SM", desc="Load it as Windows text"),
             bash("python3 - <<'PY'\nimport pandas as pd\nd=pd.read_csv('defects_oct.csv', encoding='cp1252')\np=d.groupby('Defect')['Qty'].sum().sort_values(ascending=False)\n"
                  "print(pd.DataFrame({'qty':p,'cum%':(p.cumsum()/p.sum()*100).round(1)}))\nprint(d.groupby('Machine')['Qty'].sum().sort_values(ascending=False).head(4))\nPY",
                  "              qty  cum%\nDefect                 \nFlash        1410  38.2\nShort shot    902  62.6\nSink mark     611  79.2\nBlack specks  354  88.8\n"
                  "Warp          221  94.8\nBurn mark     118  98.0\nWrong colour   74 100.0\nMachine\nIM03    1187\nIM07     944\nIM11     602\nIM02     341", desc="Pareto and by machine"),
             say("October pareto (1,642 log lines, 3,690 defective parts):\n\n| defect | qty | cumulative % |\n|---|---|---|\n| Flash | 1,410 | 38.2 |\n| Short shot | 902 | 62.6 |\n"
                 "| Sink mark | 611 | 79.2 |\n| Black specks | 354 | 88.8 |\n| Warp | 221 | 94.8 |\n| Burn mark | 118 | 98.0 |\n| Wrong colour | 74 | 100 |\n\n"
                 "Flash, short shots and sink marks make up ~80%. Worst machine: **IM03** (1,187 parts), then IM07 (944). (The file is saved in Windows encoding – the ° sign "
                 "in a note tripped the first read.)")),
        turn("same as what we had on the whiteboard at the quality meeting. can you make it a chart i can put in the powerpoint",
             bash("python3 - <<'PY'\nimport pandas as pd, matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\nd=pd.read_csv('defects_oct.csv', encoding='cp1252')\n"
                  "p=d.groupby('Defect')['Qty'].sum().sort_values(ascending=False)\nfig,ax=plt.subplots(figsize=(9,5))\nax.bar(p.index,p.values,color='#2b6cb0')\n"
                  "ax2=ax.twinx();ax2.plot(p.index,p.cumsum()/p.sum()*100,'o-',color='#c53030');ax2.set_ylim(0,105)\nax.set_title('Defects by type – October 2026')\nfig.tight_layout();fig.savefig('pareto_oct.png',dpi=150)\nPY",
                  "", desc="Draw the pareto chart"),
             say("Saved `pareto_oct.png` (bars for each defect type, red line for the cumulative %). It's 150 dpi, so it stays sharp on a slide.")),
    ],
)
