LABEL = dict(
    split="heldout12",
    persona="retired teacher doing family history, asking what her grandson's script does",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks what the grandson's program does and whether she can use it for her mother's side, naming only its purpose (family history, two family names), with the agent explaining basics (what a GEDCOM file is, what the terminal is); prompt 2 answers the agent's question: level 1. "
               "The agent only reads and explains, nothing is changed: exploring. No action fails; prompt 3 is thanks for the explanation, not a confirmation that something works, so neither a success nor trouble."),
)

SESSION = dict(
    cwd="/Users/margaret/Documents/Family tree/tree-tool", start="2026-11-20T14:35:00Z", model="claude-sonnet-4-6", version="2.1.246",
    turns=[
        turn("Good afternoon. My grandson Josh set this up for me before he went back to university. It is for my family history, the Whitlocks (my husbands side). I am not sure what it actually does and I want to know if I can use it for my mothers side too, the Pennington family. Could you explain it to me in simple terms please. Thank you",
             glob("**/*", ["/Users/margaret/Documents/Family tree/tree-tool/README.txt", "/Users/margaret/Documents/Family tree/tree-tool/make_chart.py", "/Users/margaret/Documents/Family tree/tree-tool/whitlock.ged", "/Users/margaret/Documents/Family tree/tree-tool/out/whitlock_chart.pdf"]),
             par(read("/Users/margaret/Documents/Family tree/tree-tool/README.txt",
                      "Nan - export from Ancestry as GEDCOM (Trees > your tree > Tree settings > Export tree), put the .ged file in this folder, then in Terminal:\n  cd ~/Documents/Family\\ tree/tree-tool\n  python3 make_chart.py whitlock.ged \"Arthur Whitlock\"\nthe chart comes out in the out folder. love Josh x"),
                 read("/Users/margaret/Documents/Family tree/tree-tool/make_chart.py",
                      "import sys\nfrom ged4py import GedcomReader\nimport graphviz\n\n# make_chart.py FILE.ged \"Root Person\" [generations]\nged, root_name = sys.argv[1], sys.argv[2]\ngens = int(sys.argv[3]) if len(sys.argv) > 3 else 5\n\nwith GedcomReader(ged) as r:\n    people = {p.xref_id: p for p in r.records0('INDI')}\nroot = next(p for p in people.values() if p.name.format() == root_name)\n\ng = graphviz.Digraph(format='pdf')\n\ndef add(p, depth):\n    if depth > gens or p is None:\n        return\n    g.node(p.xref_id, f\"{p.name.format()}\\n{p.sub_tag_value('BIRT/DATE') or ''}\")\n    for parent in (p.father, p.mother):\n        if parent:\n            g.edge(parent.xref_id, p.xref_id)\n            add(parent, depth + 1)\n\nadd(root, 1)\nout = ged.rsplit('.', 1)[0] + '_chart'\ng.render(f'out/{out}', cleanup=True)\nprint('chart written to', f'out/{out}.pdf')")),
             say("Of course. Josh's tool does one thing: it draws an **ancestor chart** – a family tree going *backwards* from one person – and saves it as a PDF you can print.\n\n"
                 "How it works, in plain terms:\n1. You export your tree from Ancestry as a **GEDCOM file** (the `.ged` file). GEDCOM is just a standard format that every family history website can read and write – think of it as your tree packed into one file.\n"
                 "2. You tell the tool which file to use and who to start from – at the moment that's **Arthur Whitlock**.\n"
                 "3. It goes back up to **5 generations** from that person (parents, grandparents, and so on), writing each person's name and birth date in a box, with lines to their parents.\n"
                 "4. The PDF appears in the `out` folder – the `whitlock_chart.pdf` there is one it has already made.\n\n"
                 "**Can you use it for the Penningtons? Yes**, it isn't tied to the Whitlocks at all. Is your mother's side in the same Ancestry tree, or a separate one?")),
        turn("It is a separate tree on Ancestry, I started it last year. My mother was Edith Pennington, born 1931",
             say("Then it's exactly the same steps as in Josh's note, with the new file:\n\n"
                 "1. On Ancestry, open the Pennington tree → Tree settings → **Export tree**, and save the file into the `tree-tool` folder (call it `pennington.ged`).\n"
                 "2. Open **Terminal** (press ⌘ and Space, type *Terminal*, press Enter).\n"
                 "3. Type these two lines, pressing Enter after each:\n```\ncd ~/Documents/Family\\ tree/tree-tool\npython3 make_chart.py pennington.ged \"Edith Pennington\"\n```\n"
                 "4. Your chart will be in the `out` folder as `pennington_chart.pdf`.\n\n"
                 "One thing to watch: the name has to be written exactly as it is in Ancestry. If Edith is saved there with a middle name, include it. If you'd like more than 5 generations, add a number at the end, e.g. `\"Edith Pennington\" 7`.")),
        turn("Thank you dear, that is very clear. I shall try it tomorrow when I have the export",
             say("You're welcome – good luck with the Penningtons! If anything goes wrong, copy whatever the Terminal says and paste it here.")),
    ],
)
