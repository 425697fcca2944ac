LABEL = dict(
    split="heldout6",
    persona="Retired librarian cataloguing her own book collection, knows cataloguing well but little programming",
    expertise_level=2, work_mode="building",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the input (isbns.txt, one ISBN a line), the source (Open Library) and the output fields she wants (title, author, "
               "year, publisher), and asks 'can you check it runs'. Precision reaches 3 (input, source and output fields named), verification is 2 ('check it runs'), "
               "no correction either way: tie-break 3 takes the lower, level 2; her cataloguing vocabulary is not itself a signal. A new script: building. The run succeeds, but no test, commit or confirmation follows – 'great thanks' is courtesy: neither."),
)

SESSION = dict(
    cwd="/home/margaret/books", start="2026-12-01T14:10:00Z", model="claude-sonnet-4-6", version="2.1.236",
    turns=[
        turn("I have scanned the ISBNs of my books into isbns.txt, one per line. Could you write something that looks each one up on Open Library and gives me "
             "a spreadsheet with title, author, year and publisher? Can you check it runs",
             write("/home/margaret/books/catalogue.py",
                   "import csv, json, urllib.request\n\nwith open('isbns.txt') as f, open('catalogue.csv', 'w', newline='') as out:\n    w = csv.writer(out)\n"
                   "    w.writerow(['isbn', 'title', 'author', 'year', 'publisher'])\n    for isbn in (l.strip() for l in f if l.strip()):\n"
                   "        url = f'https://openlibrary.org/api/books?bibkeys=ISBN:{isbn}&format=json&jscmd=data'\n"
                   "        d = json.load(urllib.request.urlopen(url)).get(f'ISBN:{isbn}', {})\n"
                   "        w.writerow([isbn, d.get('title', 'NOT FOUND'), ', '.join(a['name'] for a in d.get('authors', [])),\n"
                   "                    d.get('publish_date', ''), ', '.join(p['name'] for p in d.get('publishers', []))])\n"),
             bash("python3 catalogue.py && wc -l catalogue.csv && grep -c 'NOT FOUND' catalogue.csv", "213 catalogue.csv\n7", desc="Run it"),
             say("It runs: `catalogue.csv` has 212 books. 7 ISBNs weren't found on Open Library (marked NOT FOUND) – often older books or ones with a typo in the scan. "
                 "The year column is Open Library's publish date as they record it.")),
        turn("great thanks", say("You're welcome – happy cataloguing!")),
    ],
)
