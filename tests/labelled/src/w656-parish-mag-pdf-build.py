LABEL = dict(
    split="heldout22",
    persona="parish magazine editor whose magazine-building script stopped working on her new laptop",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the script and pastes the error (a font it cannot open); prompt 2 reports the page numbers are missing from the back half without saying why. She names the thing and the goal and leaves everything else to the agent, so level 2. "
               "A broken script is repaired (the font path, then the bold font for page numbers): fixing. "
               "The first run fails (TTFError, exit 1) and prompt 2 reports a failure; prompt 3 ('yes thats all there now, page numbers on every page') confirms after the last trouble, so verified success."),
)

SESSION = dict(
    cwd="/Users/ruth/Documents/Parish Magazine", start="2026-12-14T10:00:00Z", model="claude-sonnet-4-6", version="2.1.238", branch="",
    turns=[
        turn("The program that puts the magazine together into a PDF has stopped working since I got the new laptop. When I run build_magazine.py it says this:\n\nreportlab.pdfbase.ttfonts.TTFError: Can't open file \"/Library/Fonts/Garamond.ttf\"\n\nCan you fix it please, it has to go to the printers on the 18th",
             read("/Users/ruth/Documents/Parish Magazine/build_magazine.py", "import sys\nfrom pathlib import Path\nfrom reportlab.lib.pagesizes import A5\nfrom reportlab.pdfbase import pdfmetrics\nfrom reportlab.pdfbase.ttfonts import TTFont\nfrom reportlab.platypus import SimpleDocTemplate, Paragraph, Image, PageBreak\nfrom styles import make_styles\n\npdfmetrics.registerFont(TTFont(\"Body\", \"/Library/Fonts/Garamond.ttf\"))\ntry:\n    pdfmetrics.registerFont(TTFont(\"BodyBold\", \"/Library/Fonts/Garamond Bold.ttf\"))\nexcept Exception:\n    pass\n\n\ndef footer(canvas, doc):\n    if \"BodyBold\" in pdfmetrics.getRegisteredFontNames():\n        canvas.setFont(\"BodyBold\", 9)\n        canvas.drawCentredString(A5[0] / 2, 20, str(doc.page))\n\n..."),
             bash("cd '/Users/ruth/Documents/Parish Magazine' && python3 build_magazine.py December", "Traceback (most recent call last):\n  File \"build_magazine.py\", line 9, in <module>\n    pdfmetrics.registerFont(TTFont(\"Body\", \"/Library/Fonts/Garamond.ttf\"))\n  File \".../reportlab/pdfbase/ttfonts.py\", line 1196, in __init__\n    self.face = TTFontFace(filename, validate=validate, subfontIndex=subfontIndex)\nreportlab.pdfbase.ttfonts.TTFError: Can't open file \"/Library/Fonts/Garamond.ttf\"", code=1, desc="Reproduce the error"),
             bash("ls /Library/Fonts /System/Library/Fonts/Supplemental | grep -i -E 'garamond|georgia|baskerville'", "Baskerville.ttc\nGeorgia Bold.ttf\nGeorgia Italic.ttf\nGeorgia.ttf", desc="Look for a suitable font on this Mac"),
             edit("/Users/ruth/Documents/Parish Magazine/build_magazine.py", "pdfmetrics.registerFont(TTFont(\"Body\", \"/Library/Fonts/Garamond.ttf\"))", "FONTS = Path(\"/System/Library/Fonts/Supplemental\")\npdfmetrics.registerFont(TTFont(\"Body\", str(FONTS / \"Georgia.ttf\")))"),
             bash("cd '/Users/ruth/Documents/Parish Magazine' && python3 build_magazine.py December", "Collected 19 articles, 4 adverts\nWrote December_2026.pdf (24 pages)", desc="Build December's issue"),
             say("Fixed. The program was written for your old computer, which had the Garamond font; the new laptop doesn't, so it stopped at the first line. I've pointed it at **Georgia**, which every Mac has and looks similar. It has now made `December_2026.pdf` (24 pages) in the magazine folder. Have a look through it before sending it on.")),
        turn("it works but the page numbers have gone. theyre not on any of the pages after the centre pages either, or before actually",
             edit("/Users/ruth/Documents/Parish Magazine/build_magazine.py", "try:\n    pdfmetrics.registerFont(TTFont(\"BodyBold\", \"/Library/Fonts/Garamond Bold.ttf\"))\nexcept Exception:\n    pass", "pdfmetrics.registerFont(TTFont(\"BodyBold\", str(FONTS / \"Georgia Bold.ttf\")))"),
             bash("cd '/Users/ruth/Documents/Parish Magazine' && python3 build_magazine.py December && python3 -c \"from pypdf import PdfReader; r = PdfReader('December_2026.pdf'); print([p.extract_text().strip().splitlines()[-1] for p in r.pages][:6], '...')\"", "Collected 19 articles, 4 adverts\nWrote December_2026.pdf (24 pages)\n['1', '2', '3', '4', '5', '6'] ...", desc="Rebuild and check the page numbers"),
             say("Sorry, that was my miss. The page numbers use a bold font, and the program quietly skipped them when the bold Garamond wasn't found. It now uses Georgia Bold, and the rebuilt `December_2026.pdf` has a number at the bottom of every page (I checked the first few come out as 1, 2, 3 ...).")),
        turn("yes thats all there now, page numbers on every page. thank you so much, off to the printers it goes",
             say("Wonderful. Good luck with the December issue!")),
    ],
)
