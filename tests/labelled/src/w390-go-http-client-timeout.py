LABEL = dict(
    split="heldout13",
    persona="Go microservice developer fixing a hanging outbound call",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the client (the pricing client in internal/pricing), the symptom (requests hang when pricing-svc is slow, goroutines pile up) and asks for a test that shows it, leaving the cause and fix to the agent; prompt 2 is a general steer ('use the request ctx not a new one'). Level 3. "
               "A hang is repaired: fixing. The reproducing test fails first (timeout), and `go test -race` fails once more on a data race in the test helper, which is trouble; the final `go test -race ./internal/pricing/...` passes: resolved, verified success."),
)

SESSION = dict(
    cwd="/home/tomasz/src/orders-svc", start="2026-11-25T15:30:00Z", model="claude-opus-4-6", version="2.1.247", branch="fix/pricing-timeout",
    turns=[
        turn("when pricing-svc is slow our calls in internal/pricing just hang and goroutines pile up (saw 12k in pprof yesterday). can you write a test that shows it and fix it",
             read("/home/tomasz/src/orders-svc/internal/pricing/client.go", "package pricing\n\nimport (\n\t\"context\"\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\ntype Client struct {\n\tBase string\n\tHTTP *http.Client\n}\n\nfunc New(base string) *Client { return &Client{Base: base, HTTP: &http.Client{}} }\n\nfunc (c *Client) Quote(ctx context.Context, sku string) (Quote, error) {\n\treq, _ := http.NewRequest(\"GET\", fmt.Sprintf(\"%s/v1/quote/%s\", c.Base, sku), nil)\n\tresp, err := c.HTTP.Do(req)\n\tif err != nil {\n\t\treturn Quote{}, err\n\t}\n\tdefer resp.Body.Close()\n\tvar q Quote\n\treturn q, json.NewDecoder(resp.Body).Decode(&q)\n}"),
             write("/home/tomasz/src/orders-svc/internal/pricing/client_test.go", "package pricing\n\nimport (\n\t\"context\"\n\t\"net/http\"\n\t\"net/http/httptest\"\n\t\"testing\"\n\t\"time\"\n)\n\nvar served int\n\nfunc TestQuoteRespectsContextDeadline(t *testing.T) {\n\tblock := make(chan struct{})\n\tsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tserved++\n\t\t<-block\n\t}))\n\tdefer srv.Close()\n\tdefer close(block)\n\n\tctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)\n\tdefer cancel()\n\tdone := make(chan error, 1)\n\tgo func() { _, err := New(srv.URL).Quote(ctx, \"SKU-1\"); done <- err }()\n\tselect {\n\tcase err := <-done:\n\t\tif err == nil {\n\t\t\tt.Fatal(\"expected an error\")\n\t\t}\n\tcase <-time.After(2 * time.Second):\n\t\tt.Fatal(\"Quote ignored the context deadline\")\n\t}\n}\n"),
             bash("go test ./internal/pricing/ -run TestQuoteRespectsContextDeadline", "--- FAIL: TestQuoteRespectsContextDeadline (2.00s)\n    client_test.go:33: Quote ignored the context deadline\nFAIL\nFAIL\torders-svc/internal/pricing\t2.014s\nFAIL", code=1, desc="Reproduce", ms=3100),
             edit("/home/tomasz/src/orders-svc/internal/pricing/client.go", "\treq, _ := http.NewRequest(\"GET\", fmt.Sprintf(\"%s/v1/quote/%s\", c.Base, sku), nil)",
                  "\tctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)\n\tdefer cancel()\n\treq, err := http.NewRequestWithContext(ctx, \"GET\", fmt.Sprintf(\"%s/v1/quote/%s\", c.Base, sku), nil)\n\tif err != nil {\n\t\treturn Quote{}, err\n\t}"),
             edit("/home/tomasz/src/orders-svc/internal/pricing/client.go", "\t\"net/http\"\n)", "\t\"net/http\"\n\t\"time\"\n)"),
             say("Reproduced: the request was built without a context, so nothing could cancel it, and `http.Client{}` has no timeout. I've made `Quote` build the request with a 3 s timeout context. Before I rerun: do you want a client-wide `Timeout` as well?")),
        turn("no, use the request ctx not a new one, callers already set deadlines. cap it at 3s on top of that is fine",
             edit("/home/tomasz/src/orders-svc/internal/pricing/client.go", "\tctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)", "\tctx, cancel := context.WithTimeout(ctx, 3*time.Second)"),
             bash("go test -race ./internal/pricing/...", "==================\nWARNING: DATA RACE\nWrite at 0x00c0000a4018 by goroutine 9:\n  orders-svc/internal/pricing.TestQuoteRespectsContextDeadline.func1()\n      /home/tomasz/src/orders-svc/internal/pricing/client_test.go:16 +0x44\n\nPrevious write at 0x00c0000a4018 by goroutine 11:\n  orders-svc/internal/pricing.TestQuoteRespectsContextDeadline.func1()\n      /home/tomasz/src/orders-svc/internal/pricing/client_test.go:16 +0x44\n==================\n--- FAIL: TestQuoteRespectsContextDeadline (0.10s)\n    testing.go:1399: race detected during execution of test\nFAIL\nFAIL\torders-svc/internal/pricing\t0.131s\nFAIL", code=1, desc="Run with the race detector", ms=5200),
             edit("/home/tomasz/src/orders-svc/internal/pricing/client_test.go", "var served int\n", "", pre="The race is in my test helper's unused counter, not in the client. Removing it."),
             edit("/home/tomasz/src/orders-svc/internal/pricing/client_test.go", "\t\tserved++\n\t\t<-block", "\t\t<-block"),
             bash("go test -race ./internal/pricing/...", "ok  \torders-svc/internal/pricing\t1.141s", desc="Rerun with -race", ms=4900),
             say("Now `Quote` derives its context from the caller's (`context.WithTimeout(ctx, 3*time.Second)`), so a caller deadline wins and 3 s is the upper bound. The `-race` failure was a counter in my test handler, removed. `go test -race ./internal/pricing/...` passes, including the new deadline test.")),
    ],
)
