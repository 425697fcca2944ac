LABEL = dict(
    split="heldout2",
    persona="QA engineer at a B2B HR software company",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the flow (password reset), its steps (request the link, find the email in MailHog, set "
               "the new password), the tool (Cypress) and how to run it (headless), but leaves selectors, data and "
               "edge cases to the agent: level 3. End-to-end tests written as the goal, so testing. Nothing failed; "
               "`npx cypress run` passed 3 of 3: verified."),
)

SESSION = dict(
    cwd="/home/ines/work/peoplehub-web", start="2026-05-19T14:30:00Z", model="claude-sonnet-4-6", version="2.1.251",
    turns=[
        turn("Can you write Cypress tests for the password reset flow? Request a reset link, pick the email up from "
             "MailHog (it's on localhost:8025 in the dev stack), follow the link and set a new password, then log in "
             "with it. Run them headless when you're done.",
             par(glob("cypress/e2e/**/*.cy.ts", ["cypress/e2e/login.cy.ts", "cypress/e2e/onboarding.cy.ts"]),
                 read("/home/ines/work/peoplehub-web/cypress/support/commands.ts",
                      "Cypress.Commands.add('login', (email: string, password: string) => {\n  cy.visit('/login')\n  cy.get('[data-test=email]').type(email)\n"
                      "  cy.get('[data-test=password]').type(password, { log: false })\n  cy.get('[data-test=submit]').click()\n})\n"),
                 read("/home/ines/work/peoplehub-web/cypress.config.ts",
                      "export default defineConfig({\n  e2e: { baseUrl: 'http://localhost:3000', env: { seedUser: 'qa.user@peoplehub.test' } },\n})\n")),
             grep("data-test=", path="/home/ines/work/peoplehub-web/src/pages/auth", content=
                  "src/pages/auth/ForgotPassword.tsx:21:        <input data-test=\"reset-email\" type=\"email\" ...\n"
                  "src/pages/auth/ForgotPassword.tsx:27:        <button data-test=\"reset-submit\">Send reset link</button>\n"
                  "src/pages/auth/ResetPassword.tsx:34:        <input data-test=\"new-password\" type=\"password\" ...\n"
                  "src/pages/auth/ResetPassword.tsx:38:        <input data-test=\"confirm-password\" type=\"password\" ...\n"
                  "src/pages/auth/ResetPassword.tsx:44:        <button data-test=\"reset-save\">Save password</button>"),
             write("/home/ines/work/peoplehub-web/cypress/e2e/password-reset.cy.ts",
                   "const MAILHOG = 'http://localhost:8025/api/v2'\nconst user = Cypress.env('seedUser')\n\n"
                   "function latestResetLink(to: string) {\n  return cy.request(`${MAILHOG}/search?kind=to&query=${to}`).then(({ body }) => {\n"
                   "    const msg = body.items[0]\n    expect(msg, 'reset email').to.exist\n    const html = msg.Content.Body.replace(/=\\r\\n/g, '').replace(/=3D/g, '=')\n"
                   "    return html.match(/https?:\\/\\/[^\\s\"]+\\/reset-password\\?token=[\\w-]+/)[0]\n  })\n}\n\n"
                   "describe('password reset', () => {\n  beforeEach(() => cy.request('DELETE', `${MAILHOG.replace('/v2', '/v1')}/messages`))\n\n"
                   "  it('sends a reset email for a known address', () => {\n    cy.visit('/forgot-password')\n    cy.get('[data-test=reset-email]').type(user)\n"
                   "    cy.get('[data-test=reset-submit]').click()\n    cy.contains('Check your inbox')\n    latestResetLink(user).should('contain', '/reset-password?token=')\n  })\n\n"
                   "  it('sets a new password from the emailed link and logs in with it', () => {\n    const pw = `Reset-${Date.now()}!`\n"
                   "    cy.visit('/forgot-password')\n    cy.get('[data-test=reset-email]').type(user)\n    cy.get('[data-test=reset-submit]').click()\n"
                   "    latestResetLink(user).then((link) => cy.visit(link))\n    cy.get('[data-test=new-password]').type(pw, { log: false })\n"
                   "    cy.get('[data-test=confirm-password]').type(pw, { log: false })\n    cy.get('[data-test=reset-save]').click()\n"
                   "    cy.login(user, pw)\n    cy.location('pathname').should('eq', '/dashboard')\n  })\n\n"
                   "  it('shows the same message for an unknown address (no account enumeration)', () => {\n    cy.visit('/forgot-password')\n"
                   "    cy.get('[data-test=reset-email]').type('nobody@peoplehub.test')\n    cy.get('[data-test=reset-submit]').click()\n    cy.contains('Check your inbox')\n  })\n})\n"),
             bash("npx cypress run --spec cypress/e2e/password-reset.cy.ts --browser electron",
                  "  Running:  password-reset.cy.ts                                                   (1 of 1)\n\n  password reset\n"
                  "    ✓ sends a reset email for a known address (1843ms)\n    ✓ sets a new password from the emailed link and logs in with it (4120ms)\n"
                  "    ✓ shows the same message for an unknown address (no account enumeration) (702ms)\n\n  3 passing (7s)\n\n"
                  "  (Run Finished)\n       Spec                Tests  Passing  Failing  Pending  Skipped\n  ✔  password-reset.cy.ts  00:07   3   3   -   -   -",
                  desc="Run the new spec headless", ms=41000),
             say("Added `cypress/e2e/password-reset.cy.ts`, with 3 tests, all passing headless:\n\n1. **Known address**: the "
                 "reset email arrives in MailHog and contains a `/reset-password?token=…` link.\n2. **Full flow**: "
                 "follow the link, set a new (unique) password, log in with it, and land on `/dashboard`.\n3. "
                 "**Unknown address**: shows the same \"Check your inbox\" message, so the form doesn't reveal which "
                 "emails have accounts.\n\nMailHog is emptied before each test, so the tests don't pick up an "
                 "old email. Note that test 2 changes the seed user's password; the other specs log in through "
                 "`cy.login` with the seeded password, so run this spec last or reseed between runs.")),
    ],
)
