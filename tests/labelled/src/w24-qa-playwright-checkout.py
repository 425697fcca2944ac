LABEL = dict(
    split="dev",
    persona="QA engineer moving manual regression checks to Playwright",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the flow and its steps in a sentence (add to cart, change quantity, pay with the test "
               "card) and what to check (the total on the confirmation), but leaves selectors, data and helpers to the "
               "agent; prompt 2 adds a declined-card case with its expected behaviour: level 3. Writing end-to-end tests "
               "is the goal (testing). The first playwright run fails (trouble); after the fix it passes: verified."),
)

SESSION = dict(
    cwd="/home/ravi/src/shopfront", start="2026-03-17T14:00:00Z", model="claude-sonnet-4-6", version="2.1.235",
    turns=[
        turn("Write Playwright tests for the checkout: add a product to the cart, change the quantity to 3, and pay "
             "with the Stripe test card 4242. Check the order confirmation shows the right total. Run them against "
             "the local dev server.",
             par(glob("tests/e2e/*.spec.ts", ["tests/e2e/login.spec.ts", "tests/e2e/search.spec.ts"]),
                 read("/home/ravi/src/shopfront/playwright.config.ts", "export default defineConfig({\n  testDir: 'tests/e2e',\n  use: { baseURL: 'http://localhost:5173' },\n  webServer: { command: 'npm run dev', port: 5173, reuseExistingServer: true },\n});"),
                 pre="Let me see the existing e2e tests and the Playwright config."),
             read("/home/ravi/src/shopfront/tests/e2e/login.spec.ts", "test('logs in', async ({ page }) => {\n  await page.goto('/login');\n  await page.getByLabel('Email').fill('qa@example.com');\n  ...\n});"),
             write("/home/ravi/src/shopfront/tests/e2e/checkout.spec.ts",
                   "import { test, expect } from '@playwright/test';\n\ntest('checkout with quantity 3 and test card', async ({ page }) => {\n  await page.goto('/products/linen-tote');\n"
                   "  await page.getByRole('button', { name: 'Add to cart' }).click();\n  await page.goto('/cart');\n  await page.locator('#qty-input').fill('3');\n"
                   "  await expect(page.getByTestId('cart-total')).toHaveText('£54.00');\n  await page.getByRole('button', { name: 'Checkout' }).click();\n"
                   "  const card = page.frameLocator('iframe[name^=\"__privateStripeFrame\"]').first();\n  await card.getByPlaceholder('Card number').fill('4242 4242 4242 4242');\n"
                   "  await card.getByPlaceholder('MM / YY').fill('12 / 34');\n  await card.getByPlaceholder('CVC').fill('123');\n  await page.getByRole('button', { name: 'Pay' }).click();\n"
                   "  await expect(page.getByRole('heading', { name: 'Order confirmed' })).toBeVisible();\n  await expect(page.getByTestId('order-total')).toHaveText('£54.00');\n});\n"),
             bash("npx playwright test tests/e2e/checkout.spec.ts",
                  "Running 1 test using 1 worker\n  ✘  1 [chromium] › checkout.spec.ts:3:5 › checkout with quantity 3 and test card (30.4s)\n\n"
                  "    Error: locator.fill: Timeout 30000ms exceeded.\n    Call log:\n      - waiting for locator('#qty-input')\n\n  1 failed",
                  code=1, desc="Run the checkout test", ms=34000),
             grep("qty|quantity", path="src/components/cart", content="src/components/cart/CartLine.tsx:22:      <input aria-label=\"Quantity\" type=\"number\" value={line.qty} onChange={...} />"),
             edit("/home/ravi/src/shopfront/tests/e2e/checkout.spec.ts", "  await page.locator('#qty-input').fill('3');",
                  "  await page.getByLabel('Quantity').fill('3');"),
             bash("npx playwright test tests/e2e/checkout.spec.ts",
                  "Running 1 test using 1 worker\n  ✓  1 [chromium] › checkout.spec.ts:3:5 › checkout with quantity 3 and test card (9.8s)\n\n  1 passed (11.2s)",
                  desc="Run the checkout test", ms=12000),
             say("`tests/e2e/checkout.spec.ts` passes. It adds the linen tote, sets the quantity to 3, checks the "
                 "cart total (£54.00), pays with 4242 4242 4242 4242 in the Stripe iframe, and asserts that the "
                 "confirmation heading and the order total are correct.\n\nThe first run timed out on "
                 "`#qty-input`: that id doesn't exist. The field is labelled \"Quantity\", so the test now finds it "
                 "by label, which is also more robust.")),
        turn("add a second test where the card is declined (4000 0000 0000 0002) and check we show the error and stay on the payment page",
             edit("/home/ravi/src/shopfront/tests/e2e/checkout.spec.ts", "});\n",
                  "});\n\ntest('declined card shows an error and stays on payment', async ({ page }) => {\n  await addToteAndCheckout(page, 1);\n"
                  "  await payWith(page, '4000 0000 0000 0002');\n  await expect(page.getByRole('alert')).toContainText('Your card was declined');\n  await expect(page).toHaveURL(/\\/checkout\\/payment/);\n});\n"),
             bash("npx playwright test tests/e2e/checkout.spec.ts",
                  "Running 2 tests using 1 worker\n  ✓  1 [chromium] › checkout.spec.ts:3:5 › checkout with quantity 3 and test card (9.6s)\n  ✓  2 [chromium] › checkout.spec.ts:24:5 › declined card shows an error and stays on payment (7.1s)\n\n  2 passed (18.4s)",
                  desc="Run both checkout tests", ms=19000),
             say("Added the declined-card test, and both pass. I moved the shared steps into `addToteAndCheckout` "
                 "and `payWith` helpers at the top of the file. The new test checks that the alert says \"Your card "
                 "was declined\" and that the URL is still `/checkout/payment`.")),
    ],
)
