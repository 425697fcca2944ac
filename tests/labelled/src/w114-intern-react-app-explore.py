LABEL = dict(
    split="heldout4",
    persona="Summer intern on a marketing team, first week, asked to 'get familiar with' the company's React site",
    expertise_level=2, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the repo's purpose and asks where the pricing page's numbers come from, a named thing and a goal "
               "but no scope or check; prompt 2 asks what 'props' means, a basic the agent explains: level 2 (prompt 1 is "
               "better framed than a level-1 wish, and the agent explains basics once). The agent only reads and searches: "
               "exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/intern/work/brightpay-site", start="2026-11-20T13:30:00Z", model="claude-sonnet-4-6", version="2.1.283",
    turns=[
        turn("hi, i'm new and my manager wants me to update prices on the website next week. where do the numbers on the pricing page come from? "
             "I don't really code much",
             grep("pricing", files=["src/pages/Pricing.jsx", "src/data/plans.json", "src/components/PlanCard.jsx", "README.md"]),
             par(read("/home/intern/work/brightpay-site/src/pages/Pricing.jsx",
                      "import plans from '../data/plans.json';\nimport PlanCard from '../components/PlanCard';\n\nexport default function Pricing() {\n  return (\n"
                      "    <section className=\"pricing\">\n      <h1>Simple pricing</h1>\n      {plans.map(p => <PlanCard key={p.id} plan={p} />)}\n    </section>\n  );\n}"),
                 read("/home/intern/work/brightpay-site/src/data/plans.json",
                      "[\n  {\"id\": \"starter\", \"name\": \"Starter\", \"monthly\": 9, \"annual\": 90, \"features\": [\"1 user\", \"Invoices\"]},\n"
                      "  {\"id\": \"team\", \"name\": \"Team\", \"monthly\": 29, \"annual\": 290, \"features\": [\"5 users\", \"Invoices\", \"Payroll\"]},\n"
                      "  {\"id\": \"business\", \"name\": \"Business\", \"monthly\": 79, \"annual\": 790, \"features\": [\"Unlimited users\", \"Everything in Team\", \"Priority support\"]}\n]")),
             read("/home/intern/work/brightpay-site/src/components/PlanCard.jsx",
                  "export default function PlanCard({ plan }) {\n  return (\n    <div className=\"plan-card\">\n      <h2>{plan.name}</h2>\n"
                  "      <p className=\"price\">£{plan.monthly}<span>/month</span></p>\n      <p className=\"annual\">or £{plan.annual} a year</p>\n"
                  "      <ul>{plan.features.map(f => <li key={f}>{f}</li>)}</ul>\n    </div>\n  );\n}"),
             say("Good news: the prices live in one plain data file, **`src/data/plans.json`**. Each plan has a `monthly` and an `annual` number and a list of "
                 "features. The pricing page (`src/pages/Pricing.jsx`) reads that file and draws one card per plan with `PlanCard.jsx`.\n\n"
                 "So next week you'd only change the numbers in `plans.json`, e.g. `\"monthly\": 29` to the new price. No other file needs touching.")),
        turn("ok thanks. what does props mean? i see plan and props in the card file",
             say("In React, a component is like a template, and **props** are the values you hand it. `Pricing.jsx` writes `<PlanCard plan={p} />`: it hands "
                 "one plan from the JSON to the card as a prop called `plan`. Inside `PlanCard.jsx`, `{ plan }` picks that value up, and `{plan.name}` or "
                 "`{plan.monthly}` put its fields on the page. Same template, different data, three cards.")),
    ],
)
