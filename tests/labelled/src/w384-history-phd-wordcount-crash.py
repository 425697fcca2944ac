LABEL = dict(
    split="heldout13",
    persona="history PhD student fixing a word-count script that crashes",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the script and pastes the error with the goal (count 'evicted' and 'eviction' per year) but nothing about the cause; prompt 2 reports 'it still does the same thing' with a new pasted error and no detail of what she ran, and the agent fills the gaps. Level 2. "
               "A crashing script is repaired: fixing. The agent's own run fails (UnicodeDecodeError), which is trouble; the fix then runs on the sample, but prompt 2 reports a different failure on her files and the agent's second change is never run or confirmed, so the trouble is unresolved: abandoned."),
)

SESSION = dict(
    cwd="/Users/aoife/PhD/newspapers-project", start="2026-12-01T14:30:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="main",
    turns=[
        turn("I tried to use count_words.py that my friend wrote for me to count how often 'evicted' and 'eviction' come up each year but it crashes with this\n\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0x92 in position 1841: invalid start byte\n\ncan you fix it",
             read("/Users/aoife/PhD/newspapers-project/count_words.py", "import sys, re\nfrom pathlib import Path\nfrom collections import Counter\n\nwords = ['evicted', 'eviction']\nby_year = Counter()\nfor p in Path(sys.argv[1]).glob('*.txt'):\n    year = p.stem.split('_')[1][:4]\n    text = p.read_text().lower()\n    for w in words:\n        by_year[year] += len(re.findall(r'\\b' + w + r'\\b', text))\nfor y in sorted(by_year):\n    print(y, by_year[y])"),
             bash("python3 count_words.py data/text", "Traceback (most recent call last):\n  File \"/Users/aoife/PhD/newspapers-project/count_words.py\", line 10, in <module>\n    text = p.read_text().lower()\n  File \"/opt/homebrew/Cellar/python@3.12/3.12.7/Frameworks/Python.framework/Versions/3.12/lib/python3.12/pathlib.py\", line 1029, in read_text\n    return f.read()\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0x92 in position 1841: invalid start byte", code=1, desc="Reproduce the crash"),
             edit("/Users/aoife/PhD/newspapers-project/count_words.py", "    text = p.read_text().lower()", "    text = p.read_text(encoding='cp1252', errors='replace').lower()"),
             bash("python3 count_words.py data/text", "1881 3", desc="Run again"),
             say("Some of the text files were saved in the old Windows encoding (byte 0x92 is a curly apostrophe in it), so Python couldn't read them as UTF-8. I told the script to read them that way. On the files here it now prints `1881 3`. Run it on your own folder the same way: `python3 count_words.py yourfolder`.")),
        turn("it still does the same thing on my folder but a different error now\n\nIndexError: list index out of range\n\nthe files are called like Freemans Journal 2 March 1881.txt",
             edit("/Users/aoife/PhD/newspapers-project/count_words.py", "    year = p.stem.split('_')[1][:4]", "    m = re.search(r'(18|19)\\d\\d', p.stem)\n    if not m:\n        print('no year in file name, skipped:', p.name)\n        continue\n    year = m.group(0)"),
             say("That one is the file names: the script expected names like `freemans_1881-03-02.txt` and took the year from after the underscore. Yours have spaces and the year at the end, so it now looks for any four-digit year from 1800–1999 anywhere in the name and skips (and lists) files with none. Try it again on your folder.")),
    ],
)
