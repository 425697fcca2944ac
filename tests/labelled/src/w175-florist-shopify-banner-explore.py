LABEL = dict(
    split="heldout6",
    persona="Florist who runs her shop's Shopify site, had the theme made by a freelancer years ago",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 quotes the banner and the change she wants ('Order by 1pm' → 12) and asks where it is 'in the code' – precision 2; the agent "
               "searches and corrects her – the text is not in the theme files but in the theme editor's settings – and prompt 2 asks what a 'section' is: the "
               "agent explains basics. Correction direction at 1 decides (tie-break 1): level 1. Only reads and searches, ending in an explanation: exploring. Nothing fails and nothing confirms: neither."),
)

SESSION = dict(
    cwd="/home/olu/petal-and-stem-theme", start="2026-12-02T07:50:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("Hi there, I downloaded my shop theme. At the top of my website it says \"Order by 1pm for same day delivery\" and I need to change it to 12 "
             "for christmas. Where is that in the code??",
             grep("same day delivery", path="/home/olu/petal-and-stem-theme", files=[]),
             grep("announcement", path="/home/olu/petal-and-stem-theme", files=["sections/announcement-bar.liquid", "config/settings_data.json"]),
             read("/home/olu/petal-and-stem-theme/sections/announcement-bar.liquid",
                  "<div class=\"announcement-bar\" style=\"background: {{ section.settings.colour }}\">\n  {{ section.settings.text }}\n</div>\n{% schema %}\n"
                  "{ \"name\": \"Announcement bar\", \"settings\": [ {\"type\": \"text\", \"id\": \"text\", \"label\": \"Text\"}, {\"type\": \"color\", \"id\": \"colour\", \"label\": \"Colour\"} ] }\n{% endschema %}"),
             say("That sentence isn't written in the code at all. The theme has an **Announcement bar** section (`sections/announcement-bar.liquid`) that just "
                 "shows whatever text is saved in its settings – the actual words live in your Shopify admin, not in these files. So you don't need to touch "
                 "the code: Online Store → Themes → Customize → click the announcement bar at the top → change the Text box to \"Order by 12pm…\" → Save.")),
        turn("oh ok. what is a section",
             say("A section is a building block of a Shopify page – the header, the announcement bar, a slideshow, a product grid. Each one is a file in "
                 "the `sections/` folder that says how it looks, and has settings (text, colours, images) you fill in the Customize screen. The files decide the "
                 "layout; the words you type in the admin go into them.")),
    ],
)
