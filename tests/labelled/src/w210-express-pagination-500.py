LABEL = dict(
    split="heldout7",
    persona="back-end developer on a Node/Express API for a ticket resale site",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the route, the symptom (500 on page 2 when a filter is set) and asks for a fix and a "
               "jest run (the agent writes the reproducing test on its own); prompt 2 is a general steer ('don't touch the response shape, the app depends on it'): level 3, not 4, since the "
               "constraints and edge cases are left to the agent. A bug repaired: fixing. The new jest test fails first (trouble); after the fix "
               "the suite passes: verified success."),
)

SESSION = dict(
    cwd="/home/tomasz/work/resale-api", start="2026-12-02T10:20:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="fix/listings-page",
    turns=[
        turn("GET /listings returns 500 when you ask for page=2 with an event filter (page 1 fine, no filter fine). can you find it and fix it? "
             "we use jest, run the tests after",
             read("/home/tomasz/work/resale-api/src/routes/listings.js",
                  "router.get('/listings', async (req, res) => {\n  const page = Number(req.query.page || 1);\n  const where = req.query.event ? 'WHERE event_id = $1' : '';\n"
                  "  const params = req.query.event ? [req.query.event] : [];\n  const rows = await db.query(`SELECT * FROM listings ${where} ORDER BY id LIMIT 20 OFFSET $1`, [...params, (page - 1) * 20]);\n"
                  "  res.json({ page, items: rows.rows });\n});"),
             write("/home/tomasz/work/resale-api/test/listings.page.test.js",
                   "const request = require('supertest');\nconst app = require('../src/app');\n\ntest('page 2 with an event filter', async () => {\n"
                   "  const res = await request(app).get('/listings?event=42&page=2');\n  expect(res.status).toBe(200);\n  expect(res.body.page).toBe(2);\n});\n"),
             bash("npx jest test/listings.page.test.js",
                  "FAIL test/listings.page.test.js\n  ✕ page 2 with an event filter (61 ms)\n\n    expect(received).toBe(expected)\n    Expected: 200\n    Received: 500\n\nTests: 1 failed, 1 total",
                  code=1, desc="Run the new test (expected to fail)"),
             edit("/home/tomasz/work/resale-api/src/routes/listings.js",
                  "  const rows = await db.query(`SELECT * FROM listings ${where} ORDER BY id LIMIT 20 OFFSET $1`, [...params, (page - 1) * 20]);",
                  "  const offsetParam = `$${params.length + 1}`;\n  const rows = await db.query(`SELECT * FROM listings ${where} ORDER BY id LIMIT 20 OFFSET ${offsetParam}`, [...params, (page - 1) * 20]);"),
             say("Found it: the OFFSET placeholder is hard-coded as `$1`, which is the event id when a filter is set, so Postgres gets two values for "
                 "one placeholder and the query fails. I number the placeholder after the filter params now. Shall I also return a `total` count "
                 "so clients know how many pages there are?")),
        turn("no, leave the response shape alone, the app depends on it. just run everything",
             bash("npx jest", "PASS test/listings.page.test.js\nPASS test/listings.test.js\nPASS test/auth.test.js\n...\nTests: 47 passed, 47 total\nTime: 6.214 s", desc="Run the whole suite", ms=8000),
             say("Left the response as it is. The whole jest suite passes, 47 tests, including the new page-2 test.")),
    ],
)
