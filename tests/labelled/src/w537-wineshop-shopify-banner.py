LABEL = dict(
    split="heldout18",
    persona="wine shop owner trying to find where the delivery banner on her Shopify site comes from",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a symptom with no names ('the bit at the top of my website still says free delivery over £50 … i cant find where to change it'); the agent has to explain that the text is not in the theme files she downloaded but in the theme editor's settings, and prompt 2 asks what a 'section' is: the agent explains basics, level 1. "
               "The agent only searches and reads the downloaded theme and explains where to change it in the Shopify admin; nothing is edited: exploring. "
               "No action failed and nothing is confirmed: neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/helen/Downloads/vino-theme", start="2026-11-25T10:15:00Z", model="claude-sonnet-4-6", version="2.1.233", branch="main",
    turns=[
        turn("the bit at the top of my website still says free delivery over £50 but we changed it to £75 in september. i cant find where to change it. i downloaded the theme thing from shopify its this folder",
             grep("free delivery|Free delivery|£50", path="/Users/helen/Downloads/vino-theme", content="/Users/helen/Downloads/vino-theme/config/settings_data.json:41:          \"text\": \"Free delivery on orders over £50\",\n/Users/helen/Downloads/vino-theme/templates/page.delivery.json:12:        \"heading\": \"Free delivery over £50\","),
             read("/Users/helen/Downloads/vino-theme/sections/announcement-bar.liquid", "{%- for block in section.blocks -%}\n  <div class=\"announcement-bar\" role=\"region\" {{ block.shopify_attributes }}>\n    {%- if block.settings.link != blank -%}<a href=\"{{ block.settings.link }}\">{%- endif -%}\n      <p class=\"announcement-bar__message\">{{ block.settings.text | escape }}</p>\n    {%- if block.settings.link != blank -%}</a>{%- endif -%}\n  </div>\n{%- endfor -%}\n\n{% schema %}\n{\n  \"name\": \"Announcement bar\",\n  \"blocks\": [{\"type\": \"announcement\", \"name\": \"Announcement\", \"settings\": [{\"type\": \"text\", \"id\": \"text\", \"label\": \"Text\"}, {\"type\": \"url\", \"id\": \"link\", \"label\": \"Link\"}]}]\n}\n{% endschema %}"),
             say("Found it. The words aren't written into the theme's code; the code (`sections/announcement-bar.liquid`) just shows whatever text is saved in the theme's **settings**. That's why you couldn't find it: you change it in Shopify itself, not in these files.\n\nIn your Shopify admin:\n1. **Online Store → Themes → Customize** (on your live theme)\n2. Click the **Announcement bar** at the very top of the page preview (or in the left list under *Header*)\n3. Click the announcement inside it and change the **Text** to \"Free delivery on orders over £75\"\n4. **Save** (top right)\n\nThere's a second place with £50: the heading on your **Delivery** page (`templates/page.delivery.json`), also changed in Customize, on that page. Editing the downloaded folder wouldn't change your live site.")),
        turn("whats a section? i see header and then a list of things",
             say("A *section* is just one of the blocks your page is built from: the header, the announcement bar, the big picture, the product list, the footer. In that left-hand list each item is a section; click one to see its settings. The announcement bar is usually the very first item, above *Header*; if it's hidden, look for an eye icon next to it.")),
    ],
)
