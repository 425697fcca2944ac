LABEL = dict(
    split="heldout4",
    persona="Coding bootcamp student whose assignment asks for unit tests on a shopping-cart module",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (tests for cart.js, the assignment wants 'good coverage') with no cases "
               "or edge cases named; prompt 2 pastes 'it says 1 failed' without saying which: level 2. Tests written as the goal: "
               "testing. The first `npm test` run fails (trouble: a rounding bug the test exposed); after the fix the suite passes, "
               "evidence after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/home/amaya/bootcamp/week7-cart", start="2026-11-21T19:05:00Z", model="claude-sonnet-4-6", version="2.1.283",
    turns=[
        turn("I need to write tests for cart.js for my assignment, it says to use jest and have good coverage. can you help",
             par(read("/home/amaya/bootcamp/week7-cart/cart.js",
                      "function addItem(cart, item, qty = 1) {\n  const found = cart.find(i => i.sku === item.sku);\n  if (found) found.qty += qty;\n"
                      "  else cart.push({ ...item, qty });\n  return cart;\n}\n\nfunction total(cart) {\n  return cart.reduce((s, i) => s + i.price * i.qty, 0);\n}\n\n"
                      "function applyDiscount(amount, percent) {\n  return amount - amount * percent / 100;\n}\n\nmodule.exports = { addItem, total, applyDiscount };"),
                 read("/home/amaya/bootcamp/week7-cart/package.json", "{\n  \"name\": \"week7-cart\",\n  \"scripts\": { \"test\": \"jest\" },\n  \"devDependencies\": { \"jest\": \"^29.7.0\" }\n}")),
             write("/home/amaya/bootcamp/week7-cart/cart.test.js",
                   "const { addItem, total, applyDiscount } = require('./cart');\n\ndescribe('addItem', () => {\n  test('adds a new item with qty 1 by default', () => {\n"
                   "    expect(addItem([], { sku: 'A', price: 2.5 })).toEqual([{ sku: 'A', price: 2.5, qty: 1 }]);\n  });\n"
                   "  test('increases qty when the sku is already in the cart', () => {\n    const cart = [{ sku: 'A', price: 2.5, qty: 1 }];\n"
                   "    expect(addItem(cart, { sku: 'A', price: 2.5 }, 2)[0].qty).toBe(3);\n  });\n});\n\ndescribe('total', () => {\n"
                   "  test('is 0 for an empty cart', () => expect(total([])).toBe(0));\n  test('adds price times qty', () => {\n"
                   "    expect(total([{ price: 0.1, qty: 3 }, { price: 0.2, qty: 1 }])).toBe(0.5);\n  });\n});\n\ndescribe('applyDiscount', () => {\n"
                   "  test('takes 10% off', () => expect(applyDiscount(50, 10)).toBe(45));\n  test('0% changes nothing', () => expect(applyDiscount(20, 0)).toBe(20));\n});\n"),
             bash("npx jest --coverage 2>&1 | tail -25", "", desc="Run the tests", code=1,
                  stderr="FAIL ./cart.test.js\n  total > adds price times qty\n    expect(received).toBe(expected) // Object.is equality\n    Expected: 0.5\n    Received: 0.5000000000000001\n\nTests:       1 failed, 5 passed, 6 total\n"),
             say("I wrote 6 tests in `cart.test.js`. One fails, and it's a real bug: `total` adds prices as floating-point numbers, so 0.1×3 + 0.2 gives "
                 "0.5000000000000001 instead of 0.5. Do you want me to fix `total` so it rounds to pennies?")),
        turn("it says 1 failed yeah. yes fix it",
             edit("/home/amaya/bootcamp/week7-cart/cart.js", "  return cart.reduce((s, i) => s + i.price * i.qty, 0);",
                  "  return Math.round(cart.reduce((s, i) => s + i.price * i.qty, 0) * 100) / 100;"),
             bash("npx jest --coverage 2>&1 | tail -12", "PASS ./cart.test.js\n\nTests:       6 passed, 6 total\n----------|---------|----------|---------|---------|\n"
                  "File      | % Stmts | % Branch | % Funcs | % Lines |\n----------|---------|----------|---------|---------|\nAll files |     100 |      100 |     100 |     100 |\n cart.js  |     100 |      100 |     100 |     100 |",
                  desc="Run the tests again"),
             say("Fixed: `total` now rounds to 2 decimal places. All 6 tests pass with 100% coverage of `cart.js`.")),
    ],
)
