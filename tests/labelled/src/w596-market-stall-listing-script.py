LABEL = dict(
    split="heldout20",
    persona="market stall trader who was given a friend's script for listing products online and wants to know what it does before running it",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a general worry with no names ('my friend gave me this to put my stuff on etsy, is it safe, what does it do'); the agent explains basics (what an API key is, that the script would post 30 listings with her friend's shop id) and prompt 2 is 'so i shouldnt run it then?', level 1. "
               "The agent only reads the script and its settings and explains them, with no changes: exploring. "
               "No action fails and there is no evidence, so neither."),
)

SESSION = dict(
    cwd="/Users/bev/Downloads/etsy-lister", start="2026-11-25T20:30:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="",
    turns=[
        turn("my friend who sells candles gave me this folder to put my chutneys on etsy, she says just run it. is it safe? what does it actually do, i dont want to mess up anything",
             bash("cd /Users/bev/Downloads/etsy-lister && ls -la", "total 48\n-rw-r--r--  1 bev  staff   412 Nov 20 18:02 .env\n-rw-r--r--  1 bev  staff  3120 Nov 20 18:02 list_products.py\n-rw-r--r--  1 bev  staff  5231 Nov 20 18:02 products.csv\n-rw-r--r--  1 bev  staff    48 Nov 20 18:02 requirements.txt", desc="See what's in the folder"),
             read("/Users/bev/Downloads/etsy-lister/list_products.py", "import csv, os, requests\nfrom dotenv import load_dotenv\n\nload_dotenv()\nAPI = \"https://openapi.etsy.com/v3/application\"\nKEY = os.environ[\"ETSY_API_KEY\"]\nTOKEN = os.environ[\"ETSY_TOKEN\"]\nSHOP = os.environ[\"ETSY_SHOP_ID\"]\nH = {\"x-api-key\": KEY, \"Authorization\": f\"Bearer {TOKEN}\"}\n\nfor row in csv.DictReader(open(\"products.csv\")):\n    body = {\"quantity\": int(row[\"stock\"]), \"title\": row[\"title\"], \"description\": row[\"description\"],\n            \"price\": float(row[\"price\"]), \"who_made\": \"i_did\", \"when_made\": \"made_to_order\",\n            \"taxonomy_id\": int(row[\"taxonomy_id\"]), \"state\": \"active\"}\n    r = requests.post(f\"{API}/shops/{SHOP}/listings\", headers=H, json=body)\n    print(row[\"title\"], r.status_code)\n"),
             par(bash("cd /Users/bev/Downloads/etsy-lister && sed -E 's/=(.{4}).*/=\\1…(hidden)/' .env", "ETSY_API_KEY=k7xq…(hidden)\nETSY_TOKEN=2291…(hidden)\nETSY_SHOP_ID=3817…(hidden)", desc="Show the settings names without the secrets"),
                 bash("cd /Users/bev/Downloads/etsy-lister && head -3 products.csv && wc -l products.csv", "title,description,price,stock,taxonomy_id\nLavender & Honey Soy Candle 200g,Hand poured soy wax candle...,14.00,12,1051\nSea Salt Reed Diffuser,Reed diffuser with...,18.50,6,1051\n31 products.csv", desc="Look at the product list")),
             say("Short answer: **don't run it as it is.** It isn't a virus, but it would do something you don't want.\n\n**What it does**: it reads `products.csv` and, for each line, asks Etsy to create a **live listing** (title, description, price, stock) straight away, with no \"are you sure\".\n\n**The problems**:\n- `products.csv` is your friend's **30 candles and diffusers**, not your chutneys.\n- The `.env` file holds her Etsy **keys and shop number**. Those are like a password to her shop. So running it would put 30 active candle listings into *her* shop, and Etsy charges a listing fee for each.\n- She has shared her keys with you, which she probably shouldn't have; it's worth telling her.\n\n**To use it for your chutneys** you'd need your own Etsy shop, your own Etsy developer key and token (Etsy makes you apply for these), and your own `products.csv`. For a handful of products, typing them into Etsy's own listing page is honestly quicker and safer.")),
        turn("so i shouldnt run it then? whats taxonomy id",
             say("Right, please don't run it. It would post your friend's candles into her shop using her keys.\n\n`taxonomy_id` is Etsy's number for the **category** a listing goes in. 1051 is the one her file uses for candles. Food like chutney has its own category, and Etsy has extra rules for selling food, so check their food policy before you list anything.")),
    ],
)
