LABEL = dict(
    split="heldout10",
    persona="Node/Express developer at an online print shop",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the routes (/orders GET, POST, the 404 case), the tools (Jest, supertest, the in-memory repo) and asks for the suite to run, "
               "leaving the cases to the agent: level 3. Tests are written as the goal: testing. The first `npm test` fails (a missing await, trouble); "
               "after the fix `npm test` passes and prompt 2's `git commit` succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/kofi/src/printshop-api", start="2026-11-25T09:20:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="test/orders-routes",
    turns=[
        turn("we have zero tests on routes/orders.js. write supertest tests for GET /orders/:id, POST /orders and the 404 when the id doesnt exist. use jest and the InMemoryOrderRepo in test/support, not the real db. run npm test at the end",
             read("/home/kofi/src/printshop-api/routes/orders.js",
                  "const router = require('express').Router();\n\nmodule.exports = (repo) => {\n  router.get('/:id', async (req, res) => {\n    const order = await repo.find(req.params.id);\n    if (!order) return res.status(404).json({ error: 'not_found' });\n    res.json(order);\n  });\n  router.post('/', async (req, res) => {\n    const { sku, qty } = req.body;\n    if (!sku || !Number.isInteger(qty) || qty < 1) return res.status(400).json({ error: 'invalid' });\n    const order = await repo.create({ sku, qty });\n    res.status(201).json(order);\n  });\n  return router;\n};"),
             write("/home/kofi/src/printshop-api/test/orders.routes.test.js",
                   "const request = require('supertest');\nconst buildApp = require('../app');\nconst { InMemoryOrderRepo } = require('./support/InMemoryOrderRepo');\n\ndescribe('orders routes', () => {\n  let app, repo;\n  beforeEach(() => { repo = new InMemoryOrderRepo(); app = buildApp({ orderRepo: repo }); });\n\n  test('GET /orders/:id returns the order', async () => {\n    const o = repo.create({ sku: 'A5-FLYER', qty: 250 });\n    const res = await request(app).get(`/orders/${o.id}`);\n    expect(res.status).toBe(200);\n    expect(res.body.sku).toBe('A5-FLYER');\n  });\n\n  test('GET /orders/:id 404s for an unknown id', async () => {\n    const res = await request(app).get('/orders/nope');\n    expect(res.status).toBe(404);\n  });\n\n  test('POST /orders creates an order', async () => {\n    const res = await request(app).post('/orders').send({ sku: 'BC-STD', qty: 500 });\n    expect(res.status).toBe(201);\n  });\n\n  test('POST /orders rejects qty 0', async () => {\n    const res = await request(app).post('/orders').send({ sku: 'BC-STD', qty: 0 });\n    expect(res.status).toBe(400);\n  });\n});\n"),
             bash("npm test -- test/orders.routes.test.js", "", code=1, desc="Run the new tests", ms=6200,
                  stderr=" FAIL  test/orders.routes.test.js\n  orders routes\n    ✕ GET /orders/:id returns the order (31 ms)\n    ✓ GET /orders/:id 404s for an unknown id (6 ms)\n    ✓ POST /orders creates an order (9 ms)\n    ✓ POST /orders rejects qty 0 (4 ms)\n\n  ● orders routes › GET /orders/:id returns the order\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 200\n    Received: 404\n\nTests:       1 failed, 3 passed, 4 total"),
             read("/home/kofi/src/printshop-api/test/support/InMemoryOrderRepo.js",
                  "class InMemoryOrderRepo {\n  constructor() { this.orders = new Map(); this.seq = 0; }\n  async create(o) { const order = { id: String(++this.seq), ...o }; this.orders.set(order.id, order); return order; }\n  async find(id) { return this.orders.get(id) || null; }\n}\nmodule.exports = { InMemoryOrderRepo };"),
             edit("/home/kofi/src/printshop-api/test/orders.routes.test.js", "    const o = repo.create({ sku: 'A5-FLYER', qty: 250 });", "    const o = await repo.create({ sku: 'A5-FLYER', qty: 250 });"),
             bash("npm test", " PASS  test/orders.routes.test.js\n PASS  test/pricing.test.js\n\nTest Suites: 2 passed, 2 total\nTests:       17 passed, 17 total\nTime:        2.31 s", desc="Run the whole suite", ms=5400),
             say("Four tests in `test/orders.routes.test.js` using the in-memory repo. The first run failed because `InMemoryOrderRepo.create` is async and the test used the "
                 "promise as the order (`/orders/undefined` → 404); awaiting it fixed that. Whole suite: 17/17 pass.")),
        turn("good, commit it",
             bash("git add test/orders.routes.test.js && git commit -m \"Add supertest coverage for /orders routes\"", "[test/orders-routes 9c2d1f0] Add supertest coverage for /orders routes\n 1 file changed, 34 insertions(+)", desc="Commit"),
             say("Committed as 9c2d1f0.")),
    ],
)
