LABEL = dict(
    split="heldout",
    persona="Product manager at a meal-kit startup who writes some SQL",
    expertise_level=3, work_mode="analysing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the database, the campaign, the grouping (by week) and the attribution field, but "
               "leaves the definition of a signup and edge cases to the agent; prompt 2 narrows it (exclude staff "
               "test accounts): level 3. The work is SQL queries producing figures, so analysing. The first query "
               "fails (no such column: utm_campaign) and nothing afterwards is evidence (no confirmation, test or "
               "commit), so the trouble is unresolved: abandoned under the evidence rules."),
)

SESSION = dict(
    cwd="/Users/omar/analytics", start="2026-04-22T11:40:00Z", model="claude-sonnet-4-6", version="2.1.245",
    turns=[
        turn("Using analytics.db, how many signups came from the spring campaign each week since it launched on "
             "March 2nd? The campaign is tagged through the utm_campaign on the first visit.",
             bash("sqlite3 analytics.db \"SELECT date(created_at,'weekday 1','-7 days') wk, count(*) FROM users WHERE utm_campaign='spring26' GROUP BY wk\"",
                  "Error: in prepare, no such column: utm_campaign\n  SELECT date(created_at,'weekday 1','-7 days') wk, count(*) FROM users WHERE utm_campaign='spring26'\n                                          error here ---^",
                  code=1, desc="Count spring campaign signups per week", pre="Let me query the users table."),
             bash("sqlite3 analytics.db \".schema users\" \".schema visits\"",
                  "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, created_at TEXT, first_visit_id INTEGER);\n"
                  "CREATE TABLE visits (id INTEGER PRIMARY KEY, session_key TEXT, utm_source TEXT, utm_campaign TEXT, landed_at TEXT);",
                  desc="Show the schema"),
             bash("sqlite3 -header -column analytics.db \"SELECT date(u.created_at,'weekday 1','-7 days') AS week, count(*) AS signups FROM users u JOIN visits v ON v.id=u.first_visit_id WHERE v.utm_campaign='spring26' AND u.created_at>='2026-03-02' GROUP BY week ORDER BY week\"",
                  "week        signups\n----------  -------\n2026-03-02  412\n2026-03-09  655\n2026-03-16  590\n2026-03-23  471\n2026-03-30  388\n2026-04-06  301\n2026-04-13  262\n2026-04-20  97",
                  desc="Weekly spring26 signups via first visit"),
             say("The campaign tag is on `visits`, not on `users`, so I joined through `users.first_visit_id`. "
                 "Signups per week (weeks start Monday) with `utm_campaign = 'spring26'`:\n\n| week of | signups |\n"
                 "|---|---|\n| 2 Mar | 412 |\n| 9 Mar | 655 |\n| 16 Mar | 590 |\n| 23 Mar | 471 |\n| 30 Mar | 388 |\n"
                 "| 6 Apr | 301 |\n| 13 Apr | 262 |\n| 20 Apr | 97 (partial week) |\n\nThat's 3,176 in total. It "
                 "peaked in week two and has been falling since, which is typical once the paid spend tapers.")),
        turn("can you take out our own test accounts? they're the ones with @freshbox.co emails",
             bash("sqlite3 -header -column analytics.db \"SELECT date(u.created_at,'weekday 1','-7 days') AS week, count(*) AS signups FROM users u JOIN visits v ON v.id=u.first_visit_id WHERE v.utm_campaign='spring26' AND u.created_at>='2026-03-02' AND u.email NOT LIKE '%@freshbox.co' GROUP BY week ORDER BY week\"",
                  "week        signups\n----------  -------\n2026-03-02  398\n2026-03-09  651\n2026-03-16  588\n2026-03-23  470\n2026-03-30  388\n2026-04-06  300\n2026-04-13  262\n2026-04-20  97",
                  desc="Same query without staff accounts"),
             say("Without `@freshbox.co` accounts the total is **3,154** (22 fewer). Most of them were in launch "
                 "week (398 instead of 412), probably the team testing the campaign link. The other weeks barely "
                 "change.")),
    ],
)
