LABEL = dict(
    split="heldout8",
    persona="QA automation lead at a logistics SaaS, planning tests for a new shipments API",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the API (the new /v2/shipments endpoints, openapi.yaml), the tools the team uses (pytest + requests, the staging environment) and "
               "the deliverable (a test plan, in plan mode), but leaves priorities and cases to the agent; prompt 2 adds one general steer ('contract tests "
               "first, we got burned by schema drift'): level 3. A plan approved via ExitPlanMode with no edits: planning. Nothing fails and no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/dayo/work/shiply-api-tests", start="2026-11-25T13:00:00Z", model="claude-opus-4-6", version="2.1.246", mode="plan",
    turns=[
        turn("we're getting the new /v2/shipments endpoints next sprint (spec in openapi.yaml). plan how we should test them – we use pytest + requests against staging. don't write tests yet, just the plan",
             read("/Users/dayo/work/shiply-api-tests/openapi.yaml",
                  "paths:\n  /v2/shipments:\n    post: {summary: Create shipment, requestBody: {$ref: '#/components/requestBodies/NewShipment'}}\n    get: {summary: List shipments, parameters: [cursor, status, created_after]}\n"
                  "  /v2/shipments/{id}:\n    get: {}\n    patch: {summary: Update address before pickup}\n  /v2/shipments/{id}/cancel:\n    post: {}\ncomponents:\n  schemas:\n    Shipment: {required: [id, status, parcels, created_at]}"),
             glob("tests/**/*.py", ["tests/conftest.py", "tests/v1/test_shipments.py", "tests/v1/test_labels.py", "tests/helpers/auth.py"]),
             say("Reading the spec and your v1 tests; I'll draft the plan next.")),
        turn("contract tests first, we got burned by schema drift last quarter",
             plan("## Test plan: /v2/shipments\n\n1. **Contract tests (first)** – validate every response against `openapi.yaml` with `schemathesis`/`openapi-core`: status codes, required "
                  "fields of `Shipment`, error bodies. Run on every staging deploy.\n2. **Happy paths** – create → get → list (cursor pagination, filters `status`, `created_after`) → patch "
                  "address → cancel.\n3. **State rules** – patch after pickup is rejected (409); cancel twice; cancel after delivery.\n4. **Validation** – missing parcels, negative weight, "
                  "bad postcode, unknown fields.\n5. **Auth** – no token, other tenant's shipment id (404, not 403).\n6. **Data** – fixtures create and clean up their own shipments; reuse "
                  "`tests/helpers/auth.py`.\n7. **CI** – a `v2` marker; contract tests block the deploy, the rest report.\n\nOut of scope: load tests.",
                  "/Users/dayo/.claude/plans/shipments-v2-test-plan.md"),
             say("Plan approved and saved. Contract tests come first and gate deploys; functional tests follow in the order above.")),
    ],
)
