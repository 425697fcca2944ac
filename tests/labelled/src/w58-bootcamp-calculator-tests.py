LABEL = dict(
    split="heldout2",
    persona="Coding bootcamp student, week 5, JavaScript",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file (calculator.js) and the goal (Jest tests, because the teacher asked) with no "
               "cases or coverage named; prompt 2 only asks whether the tests are enough for full marks: level 2. "
               "Writing tests is the goal itself, so testing. The first `npm test` fails (jest: not found, exit 127); "
               "after installing Jest the run passes (11 tests), which is evidence after the trouble: verified."),
)

SESSION = dict(
    cwd="/Users/kofi/bootcamp/week5/calculator", start="2026-05-13T23:10:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("can u write tests for my calculator.js? teacher said we need jest tests for the assignment and i have no "
             "idea how jest works",
             par(read("/Users/kofi/bootcamp/week5/calculator/calculator.js",
                      "function add(a, b) { return a + b; }\nfunction subtract(a, b) { return a - b; }\nfunction multiply(a, b) { return a * b; }\n"
                      "function divide(a, b) {\n  if (b === 0) throw new Error('Cannot divide by zero');\n  return a / b;\n}\n"
                      "function percent(value, pct) { return (value * pct) / 100; }\n\nmodule.exports = { add, subtract, multiply, divide, percent };\n"),
                 read("/Users/kofi/bootcamp/week5/calculator/package.json",
                      "{\n  \"name\": \"calculator\",\n  \"version\": \"1.0.0\",\n  \"scripts\": {\n    \"test\": \"jest\"\n  }\n}\n")),
             write("/Users/kofi/bootcamp/week5/calculator/calculator.test.js",
                   "const { add, subtract, multiply, divide, percent } = require('./calculator');\n\n"
                   "describe('add', () => {\n  test('adds two positive numbers', () => { expect(add(2, 3)).toBe(5); });\n"
                   "  test('adds negative numbers', () => { expect(add(-2, -3)).toBe(-5); });\n"
                   "  test('adds decimals', () => { expect(add(0.1, 0.2)).toBeCloseTo(0.3); });\n});\n\n"
                   "describe('subtract', () => {\n  test('subtracts', () => { expect(subtract(10, 4)).toBe(6); });\n"
                   "  test('can go below zero', () => { expect(subtract(4, 10)).toBe(-6); });\n});\n\n"
                   "describe('multiply', () => {\n  test('multiplies', () => { expect(multiply(3, 4)).toBe(12); });\n"
                   "  test('anything times zero is zero', () => { expect(multiply(99, 0)).toBe(0); });\n});\n\n"
                   "describe('divide', () => {\n  test('divides', () => { expect(divide(12, 4)).toBe(3); });\n"
                   "  test('throws when dividing by zero', () => { expect(() => divide(1, 0)).toThrow('Cannot divide by zero'); });\n});\n\n"
                   "describe('percent', () => {\n  test('20 percent of 50', () => { expect(percent(50, 20)).toBe(10); });\n"
                   "  test('0 percent is 0', () => { expect(percent(80, 0)).toBe(0); });\n});\n"),
             bash("npm test", "\n> calculator@1.0.0 test\n> jest\n\nsh: jest: command not found", code=127, desc="Run the tests"),
             bash("npm install --save-dev jest", "added 277 packages, and audited 278 packages in 19s\n\n41 packages are looking for funding\n\nfound 0 vulnerabilities",
                  desc="Install Jest as a dev dependency", ms=19500,
                  pre="Jest isn't installed in this project yet, only mentioned in package.json. Installing it:"),
             bash("npm test", "\n> calculator@1.0.0 test\n> jest\n\nPASS  ./calculator.test.js\n  add\n    ✓ adds two positive numbers (2 ms)\n"
                  "    ✓ adds negative numbers\n    ✓ adds decimals\n  subtract\n    ✓ subtracts\n    ✓ can go below zero (1 ms)\n  multiply\n"
                  "    ✓ multiplies\n    ✓ anything times zero is zero\n  divide\n    ✓ divides\n    ✓ throws when dividing by zero (3 ms)\n"
                  "  percent\n    ✓ 20 percent of 50\n    ✓ 0 percent is 0\n\nTest Suites: 1 passed, 1 total\nTests:       11 passed, 11 total\nTime:        0.412 s",
                  desc="Run the tests again", ms=3100),
             say("All **11 tests pass**. ✅\n\nHow Jest works, in short:\n- Test files end in `.test.js`; Jest finds them "
                 "automatically when you run `npm test`.\n- `describe('add', ...)` groups tests for one function.\n- Each "
                 "`test(...)` checks one thing with `expect(actual).toBe(expected)`.\n- `toBeCloseTo` is for decimals "
                 "(because `0.1 + 0.2` is `0.30000000000000004` in JavaScript!), and `toThrow` checks that an error "
                 "happens.\n\nJest wasn't installed yet, so I added it with `npm install --save-dev jest`. That's why "
                 "`package.json` changed too.")),
        turn("is that enough tests to get full marks? the rubric says 'test edge cases'",
             say("You have the main edge cases: negatives, decimals, zero, and divide-by-zero. A few more a grader might "
                 "look for: what happens with **strings** (`add('2', 3)` gives `'23'` in JavaScript, which is a real "
                 "bug in a calculator), and **very large numbers**. Want me to add those? The string one will "
                 "*fail* right now, because your `add` doesn't check its inputs, so you'd also need to decide what "
                 "the calculator should do in that case.")),
    ],
)
