LABEL = dict(
    split="heldout13",
    persona="history PhD student new to code, handed a former student's scripts",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is open ('what does all this do… do I need it') with no file or goal beyond understanding, and the agent explains basics she did not know to ask (what a virtual environment and a requirements file are, that the scripts expect Tesseract); prompt 2 asks what 'OCR' means. Level 1. "
               "The agent only reads and explains, no file changes: exploring. No action fails and there is no evidence, so neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/aoife/PhD/newspapers-project", start="2026-11-24T10:02:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="main",
    turns=[
        turn("hello, my supervisor gave me this folder from a student who left, its supposed to help with my newspaper research (irish newspapers 1880s). I dont really know code. what does all this do? do I need it?",
             glob("**/*", ["README.txt", "requirements.txt", "ocr_pages.py", "clean_text.py", "topics.py", "data/raw/.gitkeep", "data/text/freemans_1881-03-02.txt", "notes.md"], path="/Users/aoife/PhD/newspapers-project"),
             par(read("/Users/aoife/PhD/newspapers-project/README.txt", "run ocr_pages.py on the scans in data/raw then clean_text.py then topics.py\nneeds tesseract installed (brew install tesseract)\n-- Niall"),
                 read("/Users/aoife/PhD/newspapers-project/ocr_pages.py", "import pytesseract\nfrom PIL import Image\nfrom pathlib import Path\n\nfor p in sorted(Path('data/raw').glob('*.tif')):\n    text = pytesseract.image_to_string(Image.open(p), lang='eng')\n    Path('data/text', p.stem + '.txt').write_text(text)\n    print('done', p.name)"),
                 read("/Users/aoife/PhD/newspapers-project/topics.py", "from gensim import corpora, models\nfrom pathlib import Path\n\ndocs = [p.read_text().split() for p in Path('data/clean').glob('*.txt')]\nd = corpora.Dictionary(docs)\nd.filter_extremes(no_below=3, no_above=0.5)\nlda = models.LdaModel([d.doc2bow(x) for x in docs], num_topics=15, id2word=d, passes=10)\nfor t in lda.print_topics(15, 8):\n    print(t)")),
             say("This folder is a small three-step pipeline:\n\n1. **`ocr_pages.py`** turns scanned newspaper pages (`.tif` images in `data/raw`) into plain text using OCR (software that reads letters off a picture). It needs a separate program, Tesseract, installed on your Mac.\n2. **`clean_text.py`** tidies that text up.\n3. **`topics.py`** runs 'topic modelling': it groups words that tend to appear together across all the pages into 15 'topics', which can hint at what the papers wrote about.\n\n`requirements.txt` lists the Python add-ons the scripts need; you'd normally install them into a 'virtual environment' (a private folder of add-ons for this project). There's only one sample text file in `data/text` and no scans, so nothing has been run here yet.\n\nWhether you need it depends on your sources: if you have page scans and want to search or count words across hundreds of pages, yes; if you read a few dozen articles closely, probably not.")),
        turn("ok thank you. what is OCR exactly, is it accurate for old newspapers?? the print is really small",
             read("/Users/aoife/PhD/newspapers-project/data/text/freemans_1881-03-02.txt", "THE LAND LEAGUE.\nMEETING AT BALLINA.\nA nieeting of the Land Leagne was held on Sunday\nlast at Ballina, when upwards of two tbousand\npersons assembled. The Rev. Mr. O'Hara presided\nand in tbe course of his address said tliat the"),
             say("OCR (optical character recognition) guesses each letter from the image. On 1880s newsprint it makes regular mistakes: look at the sample file, 'nieeting' for *meeting*, 'Leagne' for *League*, 'tbousand', 'tliat'. Small type, broken letters and ink bleed all make it worse.\n\nSo it's good for finding *where* a name or topic appears, less good for quoting. Always check a quote against the scan. If your newspapers are already on the Irish Newspaper Archives or British Newspaper Archive, their text is OCR too, with the same kind of errors.")),
    ],
)
