LABEL = dict(
    split="heldout17",
    persona="self-published novelist whose ebook shows boxes instead of quote marks",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the book file, the tool (pandoc), the symptom (boxes instead of curly quotes on her Kobo) and the goal, but nothing about the cause or a check; prompt 2 reports it is 'still boxes' without saying what was checked: level 2. "
               "The session repairs an ebook build: fixing. The epubcheck run fails (exit 1, trouble) and prompt 2 reports the result still fails in use; the agent's second change is only rebuilt, and prompt 3 stops ('ill try it on the kindle app at the weekend') with no evidence after the trouble: abandoned."),
)

SESSION = dict(
    cwd="/Users/ruth/Writing/The Salt House", start="2026-11-25T21:15:00Z", model="claude-sonnet-4-5", version="2.1.240", branch="main",
    turns=[
        turn("my ebook shows little boxes instead of the curly quote marks when i open it on my kobo. i make it with pandoc from my manuscript.md, the command is in make-epub.sh. can you fix it, the book is meant to go up on friday",
             read("/Users/ruth/Writing/The Salt House/make-epub.sh", "#!/bin/sh\npandoc manuscript.md -o \"The Salt House.epub\" \\\n  --metadata-file=meta.yaml \\\n  --css=book.css \\\n  --epub-embed-font=fonts/Garamond-Regular.ttf \\\n  --epub-embed-font=fonts/Garamond-Italic.ttf \\\n  --toc\n"),
             read("/Users/ruth/Writing/The Salt House/book.css", "body { font-family: 'Garamond', serif; font-size: 1em; line-height: 1.4; }\nh1 { text-align: center; margin-top: 3em; }\np { text-indent: 1.2em; margin: 0; }\n@font-face { font-family: 'Garamond'; src: url('../fonts/Garamond-Regular.ttf'); }\n@font-face { font-family: 'Garamond'; font-style: italic; src: url('../fonts/Garamond-Italic.ttf'); }\n"),
             bash("cd \"/Users/ruth/Writing/The Salt House\" && fc-query fonts/Garamond-Regular.ttf | grep -E 'family:|charset' | head -5 && fc-query fonts/Garamond-Regular.ttf | grep -c '2018\\|2019\\|201c\\|201d'",
                  "\tfamily: \"Garamond\"(s)\n\tcharset: \n\t0000: 00000000 ffffffff ffffffff 7fffffff 00000000 ffffffff ffffffff ffffffff\n0\n", desc="Check which characters the embedded font covers"),
             bash("cd \"/Users/ruth/Writing/The Salt House\" && epubcheck \"The Salt House.epub\"", code=1, out="Validating using EPUB version 3.3 rules.\nERROR(RSC-007): The Salt House.epub/EPUB/text/ch001.xhtml(3,54): Referenced resource \"EPUB/fonts/Garamond-Regular.ttf\" could not be found in the EPUB.\nERROR(RSC-007): The Salt House.epub/EPUB/text/ch001.xhtml(4,68): Referenced resource \"EPUB/fonts/Garamond-Italic.ttf\" could not be found in the EPUB.\n\nCheck finished with errors\nMessages: 0 fatals / 2 errors / 0 warnings / 0 infos\n"),
             edit("/Users/ruth/Writing/The Salt House/book.css", "@font-face { font-family: 'Garamond'; src: url('../fonts/Garamond-Regular.ttf'); }\n@font-face { font-family: 'Garamond'; font-style: italic; src: url('../fonts/Garamond-Italic.ttf'); }\n", ""),
             bash("cd \"/Users/ruth/Writing/The Salt House\" && sh make-epub.sh && ls -la \"The Salt House.epub\"", "-rw-r--r--  1 ruth  staff  412877 25 Nov 21:19 The Salt House.epub\n"),
             say("Two problems, both in the font:\n\n1. Your embedded Garamond file only covers basic Latin characters, it has **no curly quotes** (‘ ’ “ ”) in it. Pandoc turns your straight quotes into curly ones (\"smart quotes\"), the Kobo asks the font for them, and the font has nothing, so you get boxes.\n2. `book.css` pointed at the font with a path that doesn't exist inside the ebook (epubcheck flagged both).\n\nI removed the broken `@font-face` lines from `book.css` so pandoc's own embedding is used, and rebuilt the book. The font still lacks the quote marks though. The cleanest fix is to use a Garamond that has them, e.g. **EB Garamond** (free, Google Fonts). Have a look at the new file on the Kobo first.")),
        turn("still boxes. i downloaded EB Garamond its in fonts/EBGaramond-Regular.ttf and italic",
             edit("/Users/ruth/Writing/The Salt House/make-epub.sh", "  --epub-embed-font=fonts/Garamond-Regular.ttf \\\n  --epub-embed-font=fonts/Garamond-Italic.ttf \\", "  --epub-embed-font=fonts/EBGaramond-Regular.ttf \\\n  --epub-embed-font=fonts/EBGaramond-Italic.ttf \\"),
             edit("/Users/ruth/Writing/The Salt House/book.css", "body { font-family: 'Garamond', serif;", "body { font-family: 'EB Garamond', serif;"),
             bash("cd \"/Users/ruth/Writing/The Salt House\" && sh make-epub.sh && unzip -l \"The Salt House.epub\" | grep fonts", "   552344  11-25-2026 21:31   EPUB/fonts/EBGaramond-Regular.ttf\n   571208  11-25-2026 21:31   EPUB/fonts/EBGaramond-Italic.ttf\n"),
             say("Switched the book to EB Garamond: `make-epub.sh` now embeds the two EB Garamond files and `book.css` asks for that family. Rebuilt, and both fonts are inside the ebook now. EB Garamond includes the curly quotes, so they should show properly. If the Kobo still shows boxes, try deleting the old copy from the device first; Kobos sometimes keep the old fonts cached.")),
        turn("ok ill try it on the kindle app at the weekend, too tired now",
             say("No problem. When you try it, open the new `The Salt House.epub` (built 21:31). If anything still looks wrong, send me a photo of the page and we'll sort it before Friday.")),
    ],
)
