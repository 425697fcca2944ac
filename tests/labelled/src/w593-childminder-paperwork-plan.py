LABEL = dict(
    split="heldout20",
    persona="registered childminder who feels behind on her paperwork and wants help getting organised",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish with no names ('im drowning in paperwork ... can you help me get on top of it'); the agent has to explain what records a childminder is expected to keep and where her own files already cover them, level 1. "
               "The agent reads her folder and writes a TodoWrite plan; prompt 2 asks to put the weekly bits first and nothing is edited: planning. "
               "No action fails and nothing confirms a result, so neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/Users/jo/Documents/Childminding", start="2026-11-30T19:45:00Z", model="claude-sonnet-4-6", version="2.1.248", branch="",
    turns=[
        turn("hi im a childminder and im drowning in paperwork, its all in this folder but all over the place. ofsted could come anytime. can you help me get on top of it, i dont even know what i should have",
             bash("cd /Users/jo/Documents/Childminding && find . -maxdepth 2 -type f | sed 's|^./||' | sort | head -40", "Accident book scan march.pdf\nAttendance 2025.xlsx\nAttendance 2026.xlsx\nContracts/Amelia contract.docx\nContracts/Leo contract signed.pdf\nContracts/Noah contract.docx\nContracts/Poppy contract 2024.docx\nFirst aid cert 2023.pdf\nInsurance Morton Michel 2025.pdf\nPolicies/Safeguarding policy.docx\nPolicies/behaviour policy old.docx\nRisk assesment house.docx\nall about me Poppy.docx\ninvoices oct.xlsx\ninvoices sept.xlsx\nlearning journal notes.docx\nmedicine form Leo.pdf", desc="List the paperwork folder"),
             bash("cd /Users/jo/Documents/Childminding && python3 -c \"import zipfile,re; x=zipfile.ZipFile('Policies/Safeguarding policy.docx').read('word/document.xml').decode(); print(' '.join(re.sub('<[^>]+>',' ',x).split())[:400])\"", "Safeguarding Policy Jo Matthews Childminder Reviewed: January 2024 I have a duty to safeguard and promote the welfare of children in my care... Designated Safeguarding Lead: Jo Matthews. Local Safeguarding Partnership contact: ...", desc="Check the date on the safeguarding policy"),
             todo([("Renew paediatric first aid (certificate from 2023 - check the expiry date on it, it lasts 3 years)", "pending"),
                   ("Check public liability insurance runs past its 2025 renewal date", "pending"),
                   ("Review and re-date the safeguarding policy (last reviewed Jan 2024; review yearly)", "pending"),
                   ("Update the behaviour policy (file says 'old')", "pending"),
                   ("Make sure every child has a signed contract (Amelia and Noah are unsigned .docx; Poppy's is from 2024)", "pending"),
                   ("Start an accident and incident record you fill in on the day (only a March scan so far)", "pending"),
                   ("Keep medicine permission forms for every child who has medicine (only Leo's so far)", "pending"),
                   ("Keep the 2026 attendance sheet up to date each day (arrival and leaving times)", "pending"),
                   ("Update the house risk assessment and date it", "pending"),
                   ("Sort files into folders: Children / Policies / Certificates / Money / Records", "pending")]),
             say("You've got more in place than it feels like! You already have contracts, attendance sheets, a safeguarding policy, insurance and a risk assessment. What Ofsted mostly look for is that the key things are **current** and that you keep **records as you go**. I can't tell you Ofsted's exact rules, so do check the EYFS requirements, but from your folder the gaps look like this (I've made it a to-do list):\n\n1. **First aid**: your certificate is from 2023. Paediatric first aid usually needs renewing every 3 years, so check the date on it.\n2. **Insurance**: the policy in the folder says 2025. Check it was renewed.\n3. **Safeguarding policy**: last reviewed January 2024. Re-read it, update contacts, re-date it.\n4. **Behaviour policy**: the file is called \"old\".\n5. **Contracts**: Amelia's and Noah's aren't signed copies; Poppy's is from 2024.\n6. **Accident book**: there's one scan from March. Write incidents up on the day, with the parent's signature.\n7. **Medicine forms**: only Leo's.\n8. **Attendance**: keep the daily times going.\n9. **Risk assessment**: re-date it.\n10. **Folders**: one for each child, plus Policies, Certificates, Money, Records.\n\nWould you like me to do the folder tidy-up, or start on one of these?")),
        turn("thank you thats really helpful. can you put it in the order i should do it, the things i do every week first",
             todo([("Keep the attendance sheet up to date every day (arrival and leaving times)", "pending"),
                   ("Write up any accident or incident on the day and get the parent to sign", "pending"),
                   ("Get a medicine form signed before giving any medicine", "pending"),
                   ("Check the first aid certificate date and book a course if it's due", "pending"),
                   ("Check the insurance was renewed", "pending"),
                   ("Chase signed contracts for Amelia and Noah, and a new one for Poppy", "pending"),
                   ("Review and re-date the safeguarding policy", "pending"),
                   ("Rewrite the behaviour policy", "pending"),
                   ("Update and date the house risk assessment", "pending"),
                   ("Sort the folder into Children / Policies / Certificates / Money / Records", "pending")]),
             say("Reordered. The top three are **habits** (every day or every time it happens): attendance, accidents, medicine. Then the **urgent checks** that could leave you uncovered (first aid, insurance, contracts). Then the **once-a-year** reviews (policies, risk assessment). The folder tidy is last because it's nice to have, not something you'd be marked down on.")),
    ],
)
