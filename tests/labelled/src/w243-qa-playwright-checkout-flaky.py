LABEL = dict(
    split="heldout8",
    persona="QA automation engineer at an online furniture retailer, Playwright end-to-end suite",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the spec (tests/checkout/guest.spec.ts), the flow to cover (guest checkout with a promo code) and the run command, leaving the "
               "selectors, waits and data to the agent; prompt 2 reports the failure in general terms and asks for a stable wait ('it's flaky on CI, don't "
               "just bump the timeout'): it rejects the agent's approach with a reason but names no mechanism (the agent chooses waitForResponse and expect.poll), "
               "a general correction rather than a specific one, so level 3, not 4. A new e2e test written and the suite run as the goal: testing. The first `npx playwright test` fails on "
               "a timeout, the rerun fails again (trouble, retry); after the wait is changed the run passes three times with `--repeat-each=3`: verified success."),
)

SESSION = dict(
    cwd="/home/ci-ruth/work/sofahaus-e2e", start="2026-11-24T09:40:00Z", model="claude-sonnet-4-6", version="2.1.245", branch="qa/guest-promo",
    turns=[
        turn("add a playwright test in tests/checkout/guest.spec.ts for guest checkout with promo code SAVE10 – basket total should drop by 10%. run it with npx playwright test tests/checkout",
             read("/home/ci-ruth/work/sofahaus-e2e/tests/checkout/guest.spec.ts",
                  "import { test, expect } from '@playwright/test'\nimport { addToBasket } from '../helpers/basket'\n\ntest('guest can pay by card', async ({ page }) => {\n  await addToBasket(page, 'oslo-2-seater')\n  ...\n})"),
             edit("/home/ci-ruth/work/sofahaus-e2e/tests/checkout/guest.spec.ts", "test('guest can pay by card', async ({ page }) => {",
                  "test('promo code SAVE10 takes 10% off the basket', async ({ page }) => {\n  await addToBasket(page, 'oslo-2-seater')\n  await page.goto('/basket')\n"
                  "  const before = Number((await page.getByTestId('basket-total').innerText()).replace(/[^0-9.]/g, ''))\n  await page.getByLabel('Promo code').fill('SAVE10')\n"
                  "  await page.getByRole('button', { name: 'Apply' }).click()\n  await page.waitForTimeout(500)\n  const after = Number((await page.getByTestId('basket-total').innerText()).replace(/[^0-9.]/g, ''))\n"
                  "  expect(after).toBeCloseTo(before * 0.9, 2)\n})\n\ntest('guest can pay by card', async ({ page }) => {"),
             bash("npx playwright test tests/checkout", "Running 4 tests using 2 workers\n\n  ✘  1 [chromium] › checkout/guest.spec.ts:4:5 › promo code SAVE10 takes 10% off the basket (2.9s)\n"
                  "    Error: expect(received).toBeCloseTo(expected, precision)\n    Expected: 809.1\n    Received: 899\n\n  1 failed\n  3 passed (14.2s)", code=1, desc="Run the checkout tests", ms=16000),
             bash("npx playwright test tests/checkout", "Running 4 tests using 2 workers\n\n  ✘  1 [chromium] › checkout/guest.spec.ts:4:5 › promo code SAVE10 takes 10% off the basket (2.7s)\n"
                  "    Expected: 809.1\n    Received: 899\n\n  1 failed\n  3 passed (13.8s)", code=1, desc="Run again to see if it is timing", ms=15000),
             say("The new test fails both times: the total is read before the discounted total renders (the Apply call takes longer than 500 ms locally). "
                 "I can raise the wait to 1500 ms.")),
        turn("no – it's flaky on CI too with fixed waits, dont just bump the timeout. wait on something real",
             grep("promo", path="/home/ci-ruth/work/sofahaus-e2e/tests/helpers", content="tests/helpers/api.ts:3:export const PROMO_ENDPOINT = '/api/basket/promo'"),
             edit("/home/ci-ruth/work/sofahaus-e2e/tests/checkout/guest.spec.ts",
                  "  await page.getByRole('button', { name: 'Apply' }).click()\n  await page.waitForTimeout(500)\n  const after = Number((await page.getByTestId('basket-total').innerText()).replace(/[^0-9.]/g, ''))\n  expect(after).toBeCloseTo(before * 0.9, 2)",
                  "  await Promise.all([\n    page.waitForResponse(r => r.url().includes(PROMO_ENDPOINT) && r.ok()),\n    page.getByRole('button', { name: 'Apply' }).click(),\n  ])\n"
                  "  // The total re-renders after the promo response; poll the text instead of sleeping.\n  await expect.poll(async () => Number((await page.getByTestId('basket-total').innerText()).replace(/[^0-9.]/g, ''))).toBeCloseTo(before * 0.9, 2)"),
             edit("/home/ci-ruth/work/sofahaus-e2e/tests/checkout/guest.spec.ts", "import { addToBasket } from '../helpers/basket'", "import { addToBasket } from '../helpers/basket'\nimport { PROMO_ENDPOINT } from '../helpers/api'"),
             bash("npx playwright test tests/checkout --repeat-each=3", "Running 12 tests using 2 workers\n\n  12 passed (38.5s)", desc="Run the checkout tests three times", ms=40000),
             say("Replaced the sleep: the test now waits for the `/api/basket/promo` response and then polls the total until it settles (`expect.poll`), so there's no fixed "
                 "wait. 12/12 passed with `--repeat-each=3`.")),
    ],
)
