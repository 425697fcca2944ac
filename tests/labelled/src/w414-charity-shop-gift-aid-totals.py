LABEL = dict(
    split="heldout14",
    persona="Charity shop manager totalling Gift Aid sales for the quarterly claim",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the export and the goal (Gift Aid sales per month for the quarter) with no layout or check; prompt 2 reports that something is wrong without saying what ('that cant be right, october was our best month'): level 2. "
               "Totals are computed from a till export: analysing. The agent's first pandas run fails (`ValueError` on '£1,024.00'), and prompt 2 reports the result as wrong, both trouble; after the fix counting the 'GA' rows with a trailing space, prompt 3 confirms ('thats it, matches the book now'): evidence after the last trouble, verified success."),
)

SESSION = dict(
    cwd="/Users/maureen/Shop/Gift Aid", start="2026-12-01T14:00:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="main",
    turns=[
        turn("can you add up the gift aid sales for oct nov dec from the till export (till_export_q4.csv) by month? need it for the claim",
             bash("head -5 till_export_q4.csv && wc -l till_export_q4.csv", "Date,Item,Dept,Amount,GiftAid\n01/10/2026,Ladies coat,Clothing,£12.00,GA\n01/10/2026,Jigsaw,Toys,£2.50,\n01/10/2026,Books x3,Books,£3.00,GA \n01/10/2026,Vase,Bric-a-brac,\"£1,024.00\",\n4812 till_export_q4.csv", desc="Look at the export"),
             bash("python3 -c \"import pandas as pd; df=pd.read_csv('till_export_q4.csv'); df['Amount']=df['Amount'].str.replace('£','').astype(float); print(df[df.GiftAid=='GA'].groupby(df.Date.str[3:5]).Amount.sum())\"",
                  "Exit code 1\nTraceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"/usr/local/lib/python3.12/site-packages/pandas/core/generic.py\", line 6643, in astype\n    new_data = self._mgr.astype(dtype=dtype, copy=copy, errors=errors)\nValueError: could not convert string to float: '1,024.00'", code=1, desc="Gift Aid totals by month"),
             bash("python3 -c \"import pandas as pd; df=pd.read_csv('till_export_q4.csv'); df['Amount']=df['Amount'].str.replace('[£,]','',regex=True).astype(float); print(df[df.GiftAid=='GA'].groupby(df.Date.str[3:5]).Amount.sum())\"",
                  "Date\n10     812.50\n11    1604.20\n12     377.00\nName: Amount, dtype: float64", desc="Gift Aid totals by month (strip commas)"),
             say("Gift Aid sales by month:\n\n| Month | Gift Aid sales |\n|---|---|\n| October | £812.50 |\n| November | £1,604.20 |\n| December (so far) | £377.00 |\n\nThe first try failed on a £1,024.00 vase because of the comma; I stripped commas and pound signs.")),
        turn("hmm that cant be right, october was our best month. november was quiet",
             bash("python3 -c \"import pandas as pd; df=pd.read_csv('till_export_q4.csv'); print(df.GiftAid.value_counts(dropna=False).to_dict())\"", "{nan: 3120, 'GA': 1011, 'GA ': 681}", desc="Check the GiftAid column values"),
             bash("python3 -c \"import pandas as pd; df=pd.read_csv('till_export_q4.csv'); df['Amount']=df['Amount'].str.replace('[£,]','',regex=True).astype(float); ga=df.GiftAid.fillna('').str.strip()=='GA'; print(df[ga].groupby(df.Date.str[3:5]).Amount.agg(['sum','count']))\"",
                  "       sum  count\nDate             \n10  2291.80    802\n11  1604.20    597\n12   377.00    293", desc="Totals counting 'GA ' as well"),
             say("You were right. 681 rows say `GA ` with a space after it (the till seems to have done that in October), and I was only counting `GA` exactly, so most of October was missed. Counting both:\n\n| Month | Gift Aid sales | items |\n|---|---|---|\n| October | £2,291.80 | 802 |\n| November | £1,604.20 | 597 |\n| December (so far) | £377.00 | 293 |\n\nQuarter so far: £4,273.00.")),
        turn("thats it, matches the book now. thank you",
             say("Great, glad it ties up with your book. Remember to rerun it at the end of December for the full quarter.")),
    ],
)
