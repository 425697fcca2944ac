LABEL = dict(
    split="heldout19",
    persona="roofer whose quote PDF script stopped putting his logo on",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the script and the symptom (the logo stopped showing since the new laptop) and nothing else; prompt 2 reports it still missing on the Brennan quote without saying more, and the agent fills the gap (that PDF was made before the fix): level 2. The agent repairs the quote script's logo path: fixing. The first test run fails with FileNotFoundError (exit 1, trouble) and prompt 2 reports the result failing in use (trouble, even though the file was an old one); after the second fix the script runs, but the last prompt ('ok ill try it on the next quote') is not a confirmation and there is no test or commit, so the trouble stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/home/gaz/quotes", start="2026-11-26T18:55:00Z", model="claude-sonnet-4-5", version="2.1.228", branch="",
    turns=[
        turn("the quote maker (make_quote.py) has stopped putting my logo on the top of the quotes since i got the new laptop. everything else comes out fine. can you sort it",
             read("/home/gaz/quotes/make_quote.py", "import sys, json\nfrom fpdf import FPDF\n\njob = json.load(open(sys.argv[1]))\npdf = FPDF()\npdf.add_page()\ntry:\n    pdf.image('C:/Users/Gary/Pictures/GH Roofing logo.png', x=10, y=8, w=50)\nexcept Exception:\n    pass\npdf.set_font('Helvetica', 'B', 16)\npdf.cell(0, 40, '', ln=1)\npdf.cell(0, 10, f\"Quotation for {job['client']}\", ln=1)\npdf.set_font('Helvetica', '', 11)\nfor item, price in job['items']:\n    pdf.cell(150, 8, item)\n    pdf.cell(30, 8, f'£{price:,.2f}', ln=1, align='R')\npdf.cell(150, 8, 'Total')\npdf.cell(30, 8, f\"£{sum(p for _, p in job['items']):,.2f}\", ln=1, align='R')\npdf.output(job['client'].replace(' ', '_') + '_quote.pdf')\n"),
             bash("ls /home/gaz/quotes /home/gaz/Pictures 2>&1 | head -20", "/home/gaz/Pictures:\nGH-Roofing-logo.png\nvan.jpg\n\n/home/gaz/quotes:\nbrennan.json\nBrennan_quote.pdf\nmake_quote.py\nokoro.json", desc="Find the logo file"),
             edit("/home/gaz/quotes/make_quote.py", "try:\n    pdf.image('C:/Users/Gary/Pictures/GH Roofing logo.png', x=10, y=8, w=50)\nexcept Exception:\n    pass", "pdf.image('Pictures/GH-Roofing-logo.png', x=10, y=8, w=50)"),
             bash("cd /home/gaz/quotes && python3 make_quote.py okoro.json", "Traceback (most recent call last):\n  File \"/home/gaz/quotes/make_quote.py\", line 7, in <module>\n    pdf.image('Pictures/GH-Roofing-logo.png', x=10, y=8, w=50)\n  File \"/usr/lib/python3/dist-packages/fpdf/fpdf.py\", line 978, in image\n    info = self._parsepng(name)\nFileNotFoundError: [Errno 2] No such file or directory: 'Pictures/GH-Roofing-logo.png'", code=1, desc="Make a test quote"),
             edit("/home/gaz/quotes/make_quote.py", "pdf.image('Pictures/GH-Roofing-logo.png', x=10, y=8, w=50)", "pdf.image('/home/gaz/Pictures/GH-Roofing-logo.png', x=10, y=8, w=50)"),
             bash("cd /home/gaz/quotes && python3 make_quote.py okoro.json && ls -la Okoro_quote.pdf", "-rw-rw-r-- 1 gaz gaz 61844 Nov 26 19:01 Okoro_quote.pdf", desc="Make a test quote again"),
             say("Sorted. The script was still looking for the logo where it was on your old Windows laptop (`C:/Users/Gary/Pictures/GH Roofing logo.png`), and it was set to quietly carry on without it if it couldn't find it, which is why everything else still worked.\n\nIt now uses `/home/gaz/Pictures/GH-Roofing-logo.png`. I also took out the bit that hid the problem, so if the logo ever goes missing again you'll get an error instead of a quote without a logo.\n\nI made a test quote for Okoro (Okoro_quote.pdf, 62 KB; the old ones without a logo were about 3 KB).")),
        turn("still no logo on the one i emailed to mrs brennan",
             bash("cd /home/gaz/quotes && ls -la --time-style=+%H:%M Brennan_quote.pdf Okoro_quote.pdf", "-rw-rw-r-- 1 gaz gaz  2931 18:12 Brennan_quote.pdf\n-rw-rw-r-- 1 gaz gaz 61844 19:01 Okoro_quote.pdf", desc="Compare the two PDFs"),
             bash("cd /home/gaz/quotes && python3 make_quote.py brennan.json && ls -la --time-style=+%H:%M Brennan_quote.pdf", "-rw-rw-r-- 1 gaz gaz 61902 19:04 Brennan_quote.pdf", desc="Remake the Brennan quote"),
             say("The Brennan quote you emailed was made at **18:12**, before the fix, so it was the old one without the logo (2.9 KB). I've just made it again with the fixed script; the new **Brennan_quote.pdf** (19:04, 62 KB) has the logo.\n\nIf you want Mrs Brennan to have the version with the logo, email her the new file.")),
        turn("ok ill try it on the next quote",
             say("Sounds good. If the logo's missing on the next one, tell me and I'll have another look.")),
    ],
)
