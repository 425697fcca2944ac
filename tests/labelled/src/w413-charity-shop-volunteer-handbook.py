LABEL = dict(
    split="heldout14",
    persona="Charity shop manager writing a volunteer handbook",
    expertise_level=2, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the document and lists what must be in it (till, Gift Aid, donations drop-off, what we can't sell) but leaves length, order and wording to the agent, and her notes are what the agent works from; prompt 2 asks for a general change ('too formal, theyre mostly retired ladies') and no check is ever asked for. Between 2 and 3 nothing decides (contents listed, but no verification and only a general correction), so the lower: level 2. "
               "A non-code document is written and revised: writing. No action fails; prompt 3 says the trustees 'were happy with it', an explicit confirmation after the last edit: verified success, no trouble."),
)

SESSION = dict(
    cwd="/Users/maureen/Shop", start="2026-11-26T10:30:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="main",
    turns=[
        turn("I need a handbook for new volunteers at the shop. My notes are in notes for volunteers.txt. It needs the till, gift aid, where the donations go when they come in, and what we cant sell (electricals without PAT, car seats, etc). Keep it to a few pages please",
             read("/Users/maureen/Shop/notes for volunteers.txt",
                  "till - open with float £50 in coins, never leave open, refunds only me or Sue\ngift aid - ask EVERY time, yellow label, declaration form in red folder, must be taxpayer\ndonations - back room, bags tagged with date, dont sort on the shop floor, sharps? gloves in drawer\ncant sell - electricals without PAT test sticker, car seats, cot mattresses, helmets, knives, anything recalled\nfire exit back door keep clear!!\nbreaks 15 min, kettle, sign in book"),
             write("/Users/maureen/Shop/Volunteer Handbook.md",
                   "# Volunteer Handbook\n\nWelcome to the team, and thank you for giving your time.\n\n## 1. Signing in and breaks\nPlease sign the book by the kettle when you arrive and leave. Breaks are 15 minutes.\n\n## 2. The till\n- The till opens with a £50 float in coins.\n- Never leave the till open or unattended.\n- Refunds can only be given by Maureen or Sue.\n\n## 3. Gift Aid\nAsk every donor whether they are a UK taxpayer and would like to Gift Aid their donation. If yes, fill in a declaration form (red folder) and put a yellow Gift Aid label on the bag.\n\n## 4. Donations\nDonations go to the back room. Tag each bag with the date. Do not sort donations on the shop floor. Use the gloves in the drawer, as bags can contain sharp items.\n\n## 5. Items we cannot sell\n- Electrical items without a PAT test sticker\n- Car seats, cot mattresses and cycle helmets\n- Knives\n- Anything subject to a product recall\n\n## 6. Safety\nThe fire exit (back door) must be kept clear at all times.\n"),
             say("I've written `Volunteer Handbook.md` from your notes, with six short sections: signing in and breaks, the till, Gift Aid, donations, items we cannot sell and safety. It's about two pages printed. I didn't add anything that wasn't in your notes; if you have a Gift Aid rule about what the declaration covers, I can add it.")),
        turn("its good but its too formal, theyre mostly retired ladies and a couple of teenagers doing duke of edinburgh. can it be friendlier",
             edit("/Users/maureen/Shop/Volunteer Handbook.md",
                  "# Volunteer Handbook\n\nWelcome to the team, and thank you for giving your time.",
                  "# Welcome to the shop!\n\nThank you so much for volunteering with us. This little guide covers the things we get asked about most. Don't worry about remembering it all on day one, just ask Maureen or Sue."),
             edit("/Users/maureen/Shop/Volunteer Handbook.md",
                  "Ask every donor whether they are a UK taxpayer and would like to Gift Aid their donation.",
                  "Gift Aid lets us claim an extra 25p for every £1 from the taxman, so please ask every single donor: \"Are you a UK taxpayer? Would you like to Gift Aid this?\""),
             edit("/Users/maureen/Shop/Volunteer Handbook.md",
                  "Donations go to the back room. Tag each bag with the date. Do not sort donations on the shop floor.",
                  "Pop all donations in the back room with a date tag on each bag. Please don't sort them on the shop floor, however tempting that lovely coat is!"),
             say("I've made it warmer: a friendlier welcome, plain-English reasons (what Gift Aid is worth to the shop), and a lighter tone in the donations section. The rules themselves are unchanged.")),
        turn("showed it at the trustees meeting and they were happy with it, thanks love. could you do a one page version for the wall by the till",
             write("/Users/maureen/Shop/Till poster.md",
                   "# At the till\n\n1. Ask EVERY donor: \"Would you like to Gift Aid this?\" (yellow label + red folder)\n2. Never leave the till open\n3. Refunds: Maureen or Sue only\n4. No electricals without a PAT sticker\n5. Keep the back door clear\n"),
             say("Here's `Till poster.md`: five lines, big enough to read from behind the counter when printed on A4.")),
    ],
)
