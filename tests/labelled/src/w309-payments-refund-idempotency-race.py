LABEL = dict(
    split="heldout10",
    persona="Payments engineer on a Go refunds service (PSP integration, Postgres)",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the handler, the cause suspected (check-then-insert on idempotency_key), the fix wanted (INSERT … ON CONFLICT on the existing unique index, not a "
               "mutex, since there are several pods), the failure mode (a second request must get the first response, not a 409) and a reproducing test first with "
               "`go test -race`: level 5. A double-refund bug is repaired: fixing. The reproducing test fails first (trouble, red then green); after the fix the tests "
               "pass and the commit succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/nadia/src/refunds", start="2026-11-24T10:00:00Z", model="claude-opus-4-6", version="2.1.244", branch="fix/refund-idempotency",
    turns=[
        turn("We issued two refunds for one Idempotency-Key last week (two pods, same key, ~30ms apart). CreateRefund in internal/refund/handler.go does a SELECT on idempotency_key then an INSERT – classic check-then-act. "
             "Fix: a single INSERT ... ON CONFLICT (merchant_id, idempotency_key) DO NOTHING RETURNING on the existing uq_refund_idem index; no in-process mutex, we run several replicas. "
             "The loser must get the winner's stored response (same status and body), not a 409. First write a test in handler_test.go that fires 20 concurrent CreateRefund calls with one key against the test DB and asserts exactly one PSP call; "
             "run it to see it fail, then fix, then go test -race ./internal/refund/...",
             read("/home/nadia/src/refunds/internal/refund/handler.go",
                  "func (h *Handler) CreateRefund(ctx context.Context, req CreateRefundRequest) (*Response, error) {\n\tif prev, err := h.store.FindByKey(ctx, req.MerchantID, req.IdempotencyKey); err == nil {\n\t\treturn prev.Response, nil\n\t}\n\tres, err := h.psp.Refund(ctx, req.PaymentID, req.Amount)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp := &Response{Status: 201, Body: res}\n\tif err := h.store.Insert(ctx, req.MerchantID, req.IdempotencyKey, resp); err != nil {\n\t\treturn nil, err\n\t}\n\treturn resp, nil\n}"),
             edit("/home/nadia/src/refunds/internal/refund/handler_test.go",
                  "func TestCreateRefund_ValidatesAmount(t *testing.T) {",
                  "func TestCreateRefund_ConcurrentSameKeyCallsPSPOnce(t *testing.T) {\n\th, psp := newTestHandler(t)\n\treq := CreateRefundRequest{MerchantID: \"m_1\", IdempotencyKey: \"k-race\", PaymentID: \"pay_9\", Amount: 1250}\n\tvar wg sync.WaitGroup\n\tresps := make([]*Response, 20)\n\tfor i := range resps {\n\t\twg.Add(1)\n\t\tgo func(i int) { defer wg.Done(); resps[i], _ = h.CreateRefund(context.Background(), req) }(i)\n\t}\n\twg.Wait()\n\tif got := psp.Calls(); got != 1 {\n\t\tt.Fatalf(\"PSP refund calls = %d, want 1\", got)\n\t}\n\tfor _, r := range resps {\n\t\tif r == nil || r.Status != resps[0].Status || !bytes.Equal(r.Body, resps[0].Body) {\n\t\t\tt.Fatalf(\"responses differ: %+v vs %+v\", r, resps[0])\n\t\t}\n\t}\n}\n\nfunc TestCreateRefund_ValidatesAmount(t *testing.T) {"),
             bash("go test -race -run ConcurrentSameKey ./internal/refund/...", "", code=1, desc="Run the new test (expected to fail)", ms=9800,
                  stderr="--- FAIL: TestCreateRefund_ConcurrentSameKeyCallsPSPOnce (0.21s)\n    handler_test.go:58: PSP refund calls = 7, want 1\nFAIL\nFAIL\tgithub.com/tallyco/refunds/internal/refund\t1.402s\nFAIL"),
             edit("/home/nadia/src/refunds/internal/refund/handler.go",
                  "\tif prev, err := h.store.FindByKey(ctx, req.MerchantID, req.IdempotencyKey); err == nil {\n\t\treturn prev.Response, nil\n\t}\n\tres, err := h.psp.Refund(ctx, req.PaymentID, req.Amount)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tresp := &Response{Status: 201, Body: res}\n\tif err := h.store.Insert(ctx, req.MerchantID, req.IdempotencyKey, resp); err != nil {\n\t\treturn nil, err\n\t}\n\treturn resp, nil",
                  "\t// Claim the key first: one INSERT ... ON CONFLICT DO NOTHING on uq_refund_idem decides the winner across replicas.\n\twon, err := h.store.Claim(ctx, req.MerchantID, req.IdempotencyKey)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif !won {\n\t\t// Losers wait for the winner's stored response (row lock released on its commit) and replay it.\n\t\treturn h.store.AwaitResponse(ctx, req.MerchantID, req.IdempotencyKey)\n\t}\n\tres, err := h.psp.Refund(ctx, req.PaymentID, req.Amount)\n\tif err != nil {\n\t\t_ = h.store.Release(ctx, req.MerchantID, req.IdempotencyKey)\n\t\treturn nil, err\n\t}\n\tresp := &Response{Status: 201, Body: res}\n\treturn resp, h.store.Complete(ctx, req.MerchantID, req.IdempotencyKey, resp)"),
             edit("/home/nadia/src/refunds/internal/refund/store.go",
                  "func (s *Store) Insert(",
                  "func (s *Store) Claim(ctx context.Context, merchantID, key string) (bool, error) {\n\tvar id int64\n\terr := s.db.QueryRowContext(ctx, `INSERT INTO refund_requests (merchant_id, idempotency_key, state) VALUES ($1, $2, 'pending')\n\t\tON CONFLICT (merchant_id, idempotency_key) DO NOTHING RETURNING id`, merchantID, key).Scan(&id)\n\tif errors.Is(err, sql.ErrNoRows) {\n\t\treturn false, nil\n\t}\n\treturn err == nil, err\n}\n\nfunc (s *Store) Insert("),
             bash("go test -race ./internal/refund/...", "ok  \tgithub.com/tallyco/refunds/internal/refund\t3.118s", desc="Run the package tests with -race", ms=24000),
             say("Red then green: the new test saw 7 PSP calls for one key before the fix, 1 after. `CreateRefund` now claims the key with one `INSERT … ON CONFLICT DO NOTHING RETURNING` "
                 "on `uq_refund_idem`; losers wait for the winner's completed row and replay its status and body. On a PSP error the claim is released so a retry can proceed. "
                 "`go test -race ./internal/refund/...` passes.")),
        turn("Release on PSP error is wrong for timeouts – the refund may have gone through. Only release on a definite decline (psp.ErrDeclined); on anything else leave it pending for the reconciler. Then commit.",
             edit("/home/nadia/src/refunds/internal/refund/handler.go",
                  "\tif err != nil {\n\t\t_ = h.store.Release(ctx, req.MerchantID, req.IdempotencyKey)\n\t\treturn nil, err\n\t}",
                  "\tif err != nil {\n\t\t// Only a definite decline is safe to retry; a timeout may have refunded, so leave it pending for the reconciler.\n\t\tif errors.Is(err, psp.ErrDeclined) {\n\t\t\t_ = h.store.Release(ctx, req.MerchantID, req.IdempotencyKey)\n\t\t}\n\t\treturn nil, err\n\t}"),
             bash("go test -race ./internal/refund/... && git commit -am \"refund: claim idempotency key with ON CONFLICT before calling the PSP\"",
                  "ok  \tgithub.com/tallyco/refunds/internal/refund\t3.204s\n[fix/refund-idempotency a41c7e3] refund: claim idempotency key with ON CONFLICT before calling the PSP\n 3 files changed, 61 insertions(+), 9 deletions(-)",
                  desc="Test and commit", ms=26000),
             say("Changed: the claim is released only on `psp.ErrDeclined`; timeouts and other errors leave the row `pending` for the reconciler. Tests pass with `-race`; committed as a41c7e3.")),
    ],
)
