LABEL = dict(
    split="heldout",
    persona="TypeScript developer on a booking product",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("The single prompt names the module, the test runner and the motivating bug class (DST) and asks for "
               "the tests to be run, but doesn't enumerate cases or acceptance criteria: level 3. Writing unit tests "
               "is the goal (testing). No failures; vitest passed, which is evidence: verified."),
)

SESSION = dict(
    cwd="/home/sam/src/bookit-web", start="2026-03-31T15:05:00Z", model="claude-sonnet-4-6", version="2.1.240",
    turns=[
        turn("Add unit tests for the date helpers in src/lib/dates.ts with vitest. We had a bug around the "
             "daylight saving change last weekend, so cover that, and run them.",
             read("/home/sam/src/bookit-web/src/lib/dates.ts",
                  "export function addDaysLocal(d: Date, n: number): Date { const r = new Date(d); r.setDate(r.getDate() + n); return r; }\n"
                  "export function nightsBetween(a: Date, b: Date): number { return Math.round((startOfDay(b).getTime() - startOfDay(a).getTime()) / 86_400_000); }\n"
                  "export function startOfDay(d: Date): Date { const r = new Date(d); r.setHours(0, 0, 0, 0); return r; }\nexport function formatSlot(d: Date, tz: string): string { ... }"),
             bash("git log --oneline -3 -- src/lib/dates.ts", "e91f0b2 fix: nightsBetween off by one across DST (round instead of floor)\n3b77d1c dates: add formatSlot\n8f0c2aa initial", desc="Recent changes to dates.ts"),
             write("/home/sam/src/bookit-web/src/lib/dates.test.ts",
                   "import { describe, it, expect, beforeAll } from 'vitest';\nimport { addDaysLocal, nightsBetween, startOfDay, formatSlot } from './dates';\n\n"
                   "// run in a zone with DST; the suite sets TZ in vitest.config\ndescribe('nightsBetween', () => {\n  it('counts 1 night across the spring-forward night (23h day)', () => {\n"
                   "    expect(nightsBetween(new Date(2026, 2, 28, 15), new Date(2026, 2, 29, 11))).toBe(1);\n  });\n  it('counts 1 night across fall-back (25h day)', () => { ... });\n  it('counts 7 nights over a week that contains the change', () => { ... });\n});\n\n"
                   "describe('addDaysLocal', () => {\n  it('keeps the wall-clock time across DST', () => { ... });\n});\n\ndescribe('formatSlot', () => {\n  it('formats in the venue time zone, not the browser', () => { ... });\n});\n"),
             edit("/home/sam/src/bookit-web/vitest.config.ts", "  test: {", "  test: {\n    env: { TZ: 'Europe/London' },"),
             bash("npx vitest run src/lib/dates.test.ts", " ✓ src/lib/dates.test.ts (9 tests) 12ms\n\n Test Files  1 passed (1)\n      Tests  9 passed (9)",
                  desc="Run the date helper tests"),
             say("I added `src/lib/dates.test.ts` with 9 tests, and they all pass. The suite runs with "
                 "`TZ=Europe/London` (set in `vitest.config.ts`), so the DST cases are real:\n\n- "
                 "**`nightsBetween`**: one night across spring-forward (a 23-hour day) and across fall-back (25 "
                 "hours), and seven nights over a week that contains the change. These pin down the fix in e91f0b2 "
                 "(`round` instead of `floor`).\n- **`addDaysLocal`**: keeps the wall-clock time across DST.\n"
                 "- **`startOfDay`**: midnight on the day of the change.\n- **`formatSlot`**: formats in the venue's "
                 "time zone, not the browser's.\n\nIf you revert e91f0b2, the spring-forward test fails, which is "
                 "what you want.")),
    ],
)
