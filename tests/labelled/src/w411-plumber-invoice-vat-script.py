LABEL = dict(
    split="heldout14",
    persona="Self-employed plumber whose nephew's invoice script has stopped working",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the script and pastes the error and says what it should do (make the PDF with VAT at 20%), little else; prompt 2 reports the wrong total with his own guess at the cause ('the vat is on twice i think'), a useful detail but no check or constraint is ever named: level 2. "
               "A broken script is repaired: fixing. The agent's first run fails (`KeyError: 'Qty'`), which is trouble; after the header fix the run succeeds but prompt 2 reports the total is wrong ('the vat is on twice i think'), the agent changes the code again but nothing checks it and the user leaves ('ok ill try it tomorow got to go'): trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/home/gary/invoices", start="2026-11-27T18:22:00Z", model="claude-sonnet-4-6", version="2.1.248", branch="main",
    turns=[
        turn("my nephew made me this make_invoice.py and now it dont work, it should make the pdf from the job sheet with vat at 20%. error is\n\nTraceback (most recent call last):\n  File \"make_invoice.py\", line 14, in <module>\n    qty = float(row['Qty'])\nKeyError: 'Qty'",
             read("/home/gary/invoices/make_invoice.py",
                  "import csv, sys\nfrom fpdf import FPDF\n\njob = sys.argv[1]\npdf = FPDF()\npdf.add_page()\npdf.set_font('Helvetica', size=12)\npdf.cell(0, 10, 'G. Hughes Plumbing & Heating', ln=1)\nsubtotal = 0\nwith open(job, newline='') as f:\n    for row in csv.DictReader(f):\n        desc = row['Description']\n        qty = float(row['Qty'])\n        price = float(row['Price'])\n        line = qty * price * 1.2\n        subtotal += line\n        pdf.cell(0, 8, f\"{desc}  x{qty:g}  £{line:.2f}\", ln=1)\nvat = subtotal * 0.2\npdf.cell(0, 10, f\"Subtotal £{subtotal:.2f}  VAT £{vat:.2f}  Total £{subtotal+vat:.2f}\", ln=1)\npdf.output(job.replace('.csv', '.pdf'))"),
             bash("ls jobs/ && head -3 jobs/2026-11-27-patel.csv", "2026-11-20-osborne.csv\n2026-11-27-patel.csv\nDescription,Quantity,Price\nReplace kitchen mixer tap,1,85\n15mm copper + fittings,1,23.40", desc="Look at the job sheets"),
             bash("python3 make_invoice.py jobs/2026-11-27-patel.csv", "Exit code 1\nTraceback (most recent call last):\n  File \"/home/gary/invoices/make_invoice.py\", line 13, in <module>\n    qty = float(row['Qty'])\n            ~~~^^^^^^^\nKeyError: 'Qty'", code=1, desc="Reproduce"),
             edit("/home/gary/invoices/make_invoice.py", "        qty = float(row['Qty'])", "        qty = float(row.get('Qty') or row['Quantity'])"),
             bash("python3 make_invoice.py jobs/2026-11-27-patel.csv && ls jobs/", "2026-11-20-osborne.csv\n2026-11-27-patel.csv\n2026-11-27-patel.pdf", desc="Make the invoice"),
             say("The job sheet's column is called `Quantity` now, but the script looked for `Qty`. I changed it to accept either, and it has made `jobs/2026-11-27-patel.pdf`. Have a look and check the figures.")),
        turn("the pdf comes out but the total is wrong, it says £156.10 for the patel job, should be about 130. the vat is on twice i think",
             edit("/home/gary/invoices/make_invoice.py", "        line = qty * price * 1.2", "        line = qty * price"),
             say("You're right: each line was already multiplied by 1.2 and then VAT was added again on the subtotal, so VAT was charged twice. I've taken the 1.2 off the lines, so the lines are before VAT, then VAT is 20% of the subtotal once. For the Patel job that should be subtotal £108.40, VAT £21.68, total £130.08. Run `python3 make_invoice.py jobs/2026-11-27-patel.csv` again and check the PDF.")),
        turn("ok ill try it tomorow got to go",
             say("No problem. When you run it tomorrow, the Patel total should read £130.08; if it doesn't, paste what it says and I'll sort it.")),
    ],
)
