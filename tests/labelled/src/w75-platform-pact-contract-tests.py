LABEL = dict(
    split="heldout2",
    persona="Senior front-end platform engineer (TypeScript) at a billing SaaS",
    expertise_level=4, work_mode="testing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the tool (Pact), the side (consumer, in web-client), the endpoint and the three "
               "interactions to cover (paginated list, 404 on unknown id, the 422 body shape), and the scope (run them, "
               "publish nothing): level 4. Contract tests written as the goal, so testing. The test run fails, prompt 2 "
               "asks to run it again and the same command fails again (a retry), and prompt 3 stops the session to "
               "ask the API team; no passing run, commit or confirmation follows: abandoned."),
)

SESSION = dict(
    cwd="/home/dario/src/web-client", start="2026-05-28T12:10:00Z", model="claude-opus-4-7", version="2.1.255",
    turns=[
        turn("Add Pact consumer tests in web-client for GET /v2/invoices and GET /v2/invoices/:id. Cover: the list with "
             "cursor pagination (next_cursor present, limit=2), a 404 with the standard error body for an unknown id, "
             "and the 422 you get for an invalid cursor, matching the error shape in src/api/errors.ts. Use matchers, "
             "not literal ids or dates. Run them locally; don't publish anything to the broker yet.",
             par(read("/home/dario/src/web-client/src/api/invoices.ts",
                      "export async function listInvoices(http: Http, opts: { cursor?: string; limit?: number }) {\n  const res = await http.get('/v2/invoices', { params: opts })\n"
                      "  return res.data as { data: Invoice[]; next_cursor: string | null }\n}\n\nexport async function getInvoice(http: Http, id: string) {\n  return (await http.get(`/v2/invoices/${id}`)).data as Invoice\n}\n"),
                 read("/home/dario/src/web-client/src/api/errors.ts",
                      "export interface ApiError {\n  error: { code: string; message: string; details?: { field: string; issue: string }[] }\n  request_id: string\n}\n"),
                 read("/home/dario/src/web-client/package.json",
                      "{\n  \"scripts\": { \"test\": \"vitest run\", \"test:pact\": \"vitest run --config vitest.pact.config.ts\" },\n  \"devDependencies\": { \"@pact-foundation/pact\": \"^13.1.0\", \"vitest\": \"^2.1.0\" }\n}\n")),
             write("/home/dario/src/web-client/test/pact/invoices.pact.test.ts",
                   "import { PactV4, MatchersV3 as M } from '@pact-foundation/pact'\nimport { listInvoices, getInvoice } from '../../src/api/invoices'\nimport { makeHttp } from '../../src/api/http'\n\n"
                   "const pact = new PactV4({ consumer: 'web-client', provider: 'billing-api', dir: 'pacts' })\n"
                   "const invoice = { id: M.uuid(), number: M.regex(/^INV-\\d{6}$/, 'INV-000123'), amount_cents: M.integer(1999), currency: M.regex(/^[A-Z]{3}$/, 'EUR'), issued_at: M.datetime(\"yyyy-MM-dd'T'HH:mm:ssX\", '2026-05-01T10:00:00Z') }\n"
                   "const apiError = (code: string) => ({ error: { code: M.equal(code), message: M.string('x') }, request_id: M.string('req_1') })\n\n"
                   "describe('billing-api /v2/invoices', () => {\n  it('lists invoices with a next cursor', () =>\n"
                   "    pact.addInteraction().given('at least 3 invoices exist').uponReceiving('a first page of 2 invoices')\n"
                   "      .withRequest('GET', '/v2/invoices', (b) => b.query({ limit: '2' }))\n"
                   "      .willRespondWith(200, (b) => b.jsonBody({ data: M.eachLike(invoice, 2), next_cursor: M.string('c_2') }))\n"
                   "      .executeTest(async (mock) => { const page = await listInvoices(makeHttp(mock.url), { limit: 2 }); expect(page.data).toHaveLength(2); expect(page.next_cursor).toBeTruthy() }))\n\n"
                   "  it('returns 404 for an unknown invoice', () =>\n    pact.addInteraction().given('no invoice with id 00000000-0000-4000-8000-000000000000')\n"
                   "      .uponReceiving('a request for an unknown invoice').withRequest('GET', '/v2/invoices/00000000-0000-4000-8000-000000000000')\n"
                   "      .willRespondWith(404, (b) => b.jsonBody(apiError('not_found')))\n"
                   "      .executeTest(async (mock) => { await expect(getInvoice(makeHttp(mock.url), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 }) }))\n\n"
                   "  it('returns 422 with field details for an invalid cursor', () =>\n    pact.addInteraction().uponReceiving('a list request with an invalid cursor')\n"
                   "      .withRequest('GET', '/v2/invoices', (b) => b.query({ cursor: 'not-a-cursor' }))\n"
                   "      .willRespondWith(422, (b) => b.jsonBody({ ...apiError('invalid_request'), error: { code: M.equal('invalid_request'), message: M.string('x'), details: M.eachLike({ field: M.equal('cursor'), issue: M.string('malformed') }) } }))\n"
                   "      .executeTest(async (mock) => { await expect(listInvoices(makeHttp(mock.url), { cursor: 'not-a-cursor' })).rejects.toMatchObject({ status: 422, body: { error: { details: [{ field: 'cursor' }] } } }) }))\n})\n"),
             bash("npm run test:pact -- test/pact/invoices.pact.test.ts",
                  "> web-client@4.2.0 test:pact\n> vitest run --config vitest.pact.config.ts test/pact/invoices.pact.test.ts\n\n"
                  " ✓ test/pact/invoices.pact.test.ts > billing-api /v2/invoices > lists invoices with a next cursor 412ms\n"
                  " ✓ test/pact/invoices.pact.test.ts > billing-api /v2/invoices > returns 404 for an unknown invoice 88ms\n"
                  " × test/pact/invoices.pact.test.ts > billing-api /v2/invoices > returns 422 with field details for an invalid cursor 97ms\n"
                  "   → expected { status: 422, body: { error: { code: 'invalid_request', message: 'x', details: [ { field: 'cursor', issue: 'malformed' } ] } } } to match object { status: 422, body: { error: { details: [ { field: 'cursor' } ] } } }\n\n"
                  " Test Files  1 failed (1)\n      Tests  1 failed | 2 passed (3)", code=1, desc="Run the new Pact tests", ms=14000),
             read("/home/dario/src/web-client/src/api/http.ts",
                  "export class HttpError extends Error {\n  constructor(public status: number, public body: unknown) { super(`HTTP ${status}`) }\n}\n"
                  "// 4xx bodies are unwrapped to ApiError['error'] so callers get { code, message, details }\n"
                  "export const toHttpError = (status: number, body: any) => new HttpError(status, body?.error ?? body)\n"),
             say("Two of three pass. The 422 test fails because of how `src/api/http.ts` maps errors: `toHttpError` "
                 "**unwraps** 4xx bodies to `body.error`, so callers see `{ code, message, details }`, while my test "
                 "expected the full `ApiError` shape. That's my test being wrong about our own client, not a contract "
                 "problem. The assertion should be `body: { details: [{ field: 'cursor' }] }`.\n\nThe interaction itself "
                 "(what the provider must return) is right as written. Shall I fix the assertion?")),
        turn("yes fix the assertion and run it again",
             edit("/home/dario/src/web-client/test/pact/invoices.pact.test.ts",
                  ".rejects.toMatchObject({ status: 422, body: { error: { details: [{ field: 'cursor' }] } } })",
                  ".rejects.toMatchObject({ status: 422, body: { details: [{ field: 'cursor' }] } })"),
             bash("npm run test:pact -- test/pact/invoices.pact.test.ts",
                  " ✓ test/pact/invoices.pact.test.ts > billing-api /v2/invoices > lists invoices with a next cursor 398ms\n"
                  " ✓ test/pact/invoices.pact.test.ts > billing-api /v2/invoices > returns 404 for an unknown invoice 91ms\n"
                  " × test/pact/invoices.pact.test.ts > billing-api /v2/invoices > returns 422 with field details for an invalid cursor 102ms\n"
                  "   → Pact verification failed: the following request was expected but not received: GET /v2/invoices?cursor=not-a-cursor\n"
                  "     actual request: GET /v2/invoices?cursor=not-a-cursor&limit=20\n\n Test Files  1 failed (1)\n      Tests  1 failed | 2 passed (3)",
                  code=1, desc="Run the Pact tests again", ms=13500),
             grep("limit", path="/home/dario/src/web-client/src/api/http.ts", content="src/api/http.ts:14:  params: { limit: 20, ...config.params },   // default page size for every GET"),
             say("Still red, for a different reason now: `http.ts` adds `limit=20` to **every** GET as a default page "
                 "size, so the request the client really sends is `?cursor=not-a-cursor&limit=20`, which doesn't match "
                 "the interaction. Two ways forward:\n\n1. Put `limit: '20'` in the 422 interaction's query (the contract "
                 "then says what the client really sends).\n2. Stop `http.ts` adding `limit` to requests that aren't "
                 "lists.\n\nThe question for the contract is whether billing-api validates the cursor **before** or "
                 "**after** the limit; with option 1 the provider state has to be right either way.")),
        turn("hold off. I need to check with the billing API team whether the 422 even has details for a bad cursor, "
             "I'm not sure it does. leave it as is for now",
             say("OK, I've stopped here. State: `test/pact/invoices.pact.test.ts` has the three interactions; the list "
                 "and 404 tests pass; the 422 test fails (the client's default `limit=20` isn't in the interaction, and "
                 "the `details` shape is unconfirmed). Nothing was published, and the generated `pacts/web-client-billing-api.json` "
                 "is only local.")),
    ],
)
