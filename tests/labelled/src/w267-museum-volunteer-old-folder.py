LABEL = dict(
    split="heldout9",
    persona="Volunteer at a village heritage museum handed a USB stick of a former curator's files; not a computer person",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a vague ask ('what is all this') with no names, and the agent explains what an .mdb file is and "
               "that it needs Access, basics she did not know to ask; she names the goal (is the catalogue here), so 1 or 2, and the "
               "agent explaining basics decides it down (tie-break 1): level 1. The agent only lists and reads files and "
               "explains them: exploring. Nothing fails and there is no evidence, so neither."),
)

SESSION = dict(
    cwd="/media/volunteer/CURATOR", start="2026-05-19T13:30:10Z",
    model="claude-sonnet-4-6", version="2.1.198",
    turns=[
        turn("they gave me the old curators memory stick, what is all this stuff?? i need to know if the catalogue is on here",
             bash("ls -la", "total 412888\ndrwxr-xr-x 5 volunteer volunteer      4096 Mar  2  2014 .\n-rw-r--r-- 1 volunteer volunteer 38211584 Feb 11  2014 COLLECTION.mdb\n"
                  "drwxr-xr-x 2 volunteer volunteer      4096 Jan  9  2013 photos\n-rw-r--r-- 1 volunteer volunteer    51200 Nov 30  2012 accession register 1987-2012.xls\n"
                  "-rw-r--r-- 1 volunteer volunteer    19456 Mar  2  2014 readme.txt\ndrwxr-xr-x 2 volunteer volunteer      4096 Feb 11  2014 backup", desc="List the stick"),
             read("/media/volunteer/CURATOR/readme.txt", "Catalogue is in COLLECTION.mdb (Modes-style fields). Photos named by accession no.\n"
                  "Register xls is the paper register typed up, up to 2012 only. - J.R. 2014"),
             bash("ls photos | head -5; ls photos | wc -l", "1987.14.1.jpg\n1987.14.2.jpg\n1988.3.1.jpg\n1988.7.1.jpg\n1989.1.1.jpg\n2143", desc="Peek at the photos"),
             say("Good news, the catalogue looks like it's here:\n\n- **COLLECTION.mdb** is a Microsoft Access database, the "
                 "catalogue itself (the readme says so). You need Access, or the free LibreOffice Base, to open it.\n"
                 "- **accession register 1987-2012.xls** is the paper register typed up, only to 2012.\n"
                 "- **photos** has 2,143 pictures named by accession number, so they match the catalogue entries.\n\n"
                 "I'd copy the whole stick somewhere safe before anyone opens the database.")),
    ],
)
