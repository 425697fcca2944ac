LABEL = dict(
    split="heldout16",
    persona="garden centre owner writing plant-care leaflets for the shop",
    expertise_level=2, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the deliverable (a care card for each of the five plants in the list, A6 size, plain words) and one constraint (no Latin names on the front); the rest is left to the agent and nothing is asked to be checked: precision nearer 3, verification none, so level 2 (tie-break 3). "
               "The session writes a non-code document (care_cards.md): writing. "
               "No action fails and the user never comes back to say the cards worked or were printed, so no evidence: neither success nor abandoned."),
)

SESSION = dict(
    cwd="/Users/helen/Documents/Shop", start="2026-11-29T17:05:00Z", model="claude-opus-4-6", version="2.1.250", branch="",
    turns=[
        turn("Hi, I want little care cards to go with the plants we sell for christmas, the ones in xmas_plants.txt. About A6 size so short. Customers are not gardeners so plain words please, and no latin names on the front they put people off (can go small on the back)",
             read("/Users/helen/Documents/Shop/xmas_plants.txt", "poinsettia\nchristmas cactus\ncyclamen (indoor)\namaryllis bulbs\nhelleborus niger / christmas rose\n"),
             write("/Users/helen/Documents/Shop/care_cards.md",
                   "# Poinsettia\n\n**Light:** A bright spot, but out of hot midday sun.\n**Warmth:** Keep it warm, 15–20°C. No draughty hallways or cold windowsills at night.\n**Water:** When the top of the compost feels dry. Tip away any water left in the saucer after 10 minutes.\n**Tip:** Wrap it up for the trip home, a few minutes of cold air makes the leaves drop.\n\n*Back: Euphorbia pulcherrima*\n\n---\n\n# Christmas cactus\n\n**Light:** Bright, no direct sun.\n**Water:** Little and often while it flowers. Let it almost dry out in between.\n**Tip:** Don't move it while it has buds, or they can fall off.\n\n*Back: Schlumbergera*\n\n---\n\n# Cyclamen (indoor)\n\n**Light:** Bright and cool. It likes a cool room, 10–15°C, best of all.\n**Water:** From below: stand the pot in water for 15 minutes, then let it drain. Don't wet the middle of the plant.\n**Tip:** Pull off faded flowers with a twist, stalk and all.\n\n*Back: Cyclamen persicum*\n\n---\n\n# Amaryllis\n\n**Planting:** Bulb half out of the compost, in a pot just a bit wider than the bulb.\n**Water:** Sparingly until the shoot shows, then keep the compost just moist.\n**Tip:** Turn the pot every few days so the stem grows straight. Flowers in 6–8 weeks.\n\n*Back: Hippeastrum*\n\n---\n\n# Christmas rose\n\n**Where:** Outdoors, in a shady border or a pot by the door. Fully hardy.\n**Water:** Keep moist in pots; in the ground it looks after itself.\n**Tip:** All parts are poisonous if eaten. Keep away from pets and small children.\n\n*Back: Helleborus niger*\n"),
             say("I've written five cards in `care_cards.md`, each short enough for A6: light, water and one tip, with the Latin name in small type at the end for the back. I added the poison warning to the Christmas rose since it's one customers ask about with pets. Want a version laid out for printing (two or four to a page)?")),
    ],
)
