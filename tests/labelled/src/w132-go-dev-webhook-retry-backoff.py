LABEL = dict(
    split="heldout4",
    persona="Go developer on a notifications service",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the function (deliver in internal/webhook/sender.go), the bug (retries 4xx responses and ignores "
               "Retry-After on 429), the required behaviour for each status class, the cap (5 attempts, max 30s backoff) and the "
               "check (table test plus go test -race ./internal/webhook/...): level 5 (every status class and the "
               "Retry-After edge case decided up front, and the verification designed by the user). Broken retry behaviour repaired: fixing. The new table test fails against "
               "the old code (trouble), and `go test -race` passes after the fix: verified success."),
)

SESSION = dict(
    cwd="/home/dev/notify", start="2026-11-19T13:15:00Z", model="claude-opus-4-6", version="2.1.282", branch="fix/webhook-retry",
    turns=[
        turn("deliver() in internal/webhook/sender.go retries everything, including 400s and 404s, and on a 429 it ignores Retry-After. Should be: 2xx done; "
             "408, 429 and 5xx retry with exponential backoff (base 500ms, cap 30s, max 5 attempts); 429 uses Retry-After if present (seconds form is enough); "
             "any other 4xx fails immediately. Add a table test with httptest covering each class and run go test -race ./internal/webhook/...",
             read("/home/dev/notify/internal/webhook/sender.go", "func (s *Sender) deliver(ctx context.Context, ep Endpoint, body []byte) error {\n\tvar err error\n"
                  "\tfor attempt := 0; attempt < 5; attempt++ {\n\t\tvar resp *http.Response\n\t\tresp, err = s.post(ctx, ep.URL, body)\n\t\tif err == nil && resp.StatusCode < 300 {\n\t\t\treturn nil\n\t\t}\n"
                  "\t\ttime.Sleep(s.backoff(attempt))\n\t}\n\treturn fmt.Errorf(\"deliver %s: %w\", ep.URL, err)\n}"),
             write("/home/dev/notify/internal/webhook/sender_retry_test.go",
                   "package webhook\n\nfunc TestDeliverRetryPolicy(t *testing.T) {\n\tcases := []struct {\n\t\tname     string\n\t\tstatuses []int\n\t\tretryAfter string\n\t\twantCalls int\n\t\twantErr  bool\n\t}{\n"
                   "\t\t{\"ok first try\", []int{200}, \"\", 1, false},\n\t\t{\"404 fails fast\", []int{404}, \"\", 1, true},\n\t\t{\"400 fails fast\", []int{400}, \"\", 1, true},\n"
                   "\t\t{\"503 then ok\", []int{503, 503, 200}, \"\", 3, false},\n\t\t{\"408 retried\", []int{408, 200}, \"\", 2, false},\n\t\t{\"500 gives up after 5\", []int{500, 500, 500, 500, 500, 500}, \"\", 5, true},\n"
                   "\t\t{\"429 honours Retry-After\", []int{429, 200}, \"2\", 2, false},\n\t}\n\t// each case: httptest server serving statuses in order; fake clock records sleeps\n\t...\n}\n"),
             bash("go test -race ./internal/webhook/... 2>&1 | tail -8", "", desc="Run the test against the old code", code=1, ms=14000,
                  stderr="--- FAIL: TestDeliverRetryPolicy (0.01s)\n    --- FAIL: TestDeliverRetryPolicy/404_fails_fast: calls = 5, want 1\n    --- FAIL: TestDeliverRetryPolicy/400_fails_fast: calls = 5, want 1\n"
                         "    --- FAIL: TestDeliverRetryPolicy/429_honours_Retry-After: slept 500ms, want 2s\nFAIL\nFAIL\tgithub.com/acme/notify/internal/webhook\t0.412s\n"),
             edit("/home/dev/notify/internal/webhook/sender.go", "\t\tif err == nil && resp.StatusCode < 300 {\n\t\t\treturn nil\n\t\t}\n\t\ttime.Sleep(s.backoff(attempt))",
                  "\t\twait := s.backoff(attempt)\n\t\tif err == nil {\n\t\t\tresp.Body.Close()\n\t\t\tswitch code := resp.StatusCode; {\n\t\t\tcase code < 300:\n\t\t\t\treturn nil\n"
                  "\t\t\tcase code == http.StatusTooManyRequests:\n\t\t\t\tif d, ok := retryAfter(resp.Header); ok {\n\t\t\t\t\twait = min(d, maxBackoff)\n\t\t\t\t}\n"
                  "\t\t\tcase code == http.StatusRequestTimeout || code >= 500:\n\t\t\tdefault:\n\t\t\t\treturn &PermanentError{Status: code}\n\t\t\t}\n\t\t\terr = fmt.Errorf(\"status %d\", resp.StatusCode)\n\t\t}\n"
                  "\t\tif attempt == maxAttempts-1 {\n\t\t\tbreak\n\t\t}\n\t\ts.clock.Sleep(ctx, wait)"),
             edit("/home/dev/notify/internal/webhook/sender.go", "func (s *Sender) deliver(", "// retryAfter reads the delay-seconds form of Retry-After.\nfunc retryAfter(h http.Header) (time.Duration, bool) {\n"
                  "\tn, err := strconv.Atoi(h.Get(\"Retry-After\"))\n\tif err != nil || n < 0 {\n\t\treturn 0, false\n\t}\n\treturn time.Duration(n) * time.Second, true\n}\n\nfunc (s *Sender) deliver("),
             bash("go test -race ./internal/webhook/... 2>&1 | tail -3", "ok  \tgithub.com/acme/notify/internal/webhook\t1.208s", desc="Rerun with -race", ms=16000),
             say("Fixed `deliver`: 2xx returns; 408, 429 and 5xx retry with the existing backoff (500ms base, 30s cap), at most 5 attempts, and no sleep after "
                 "the last one; 429 waits `Retry-After` seconds when present (capped at 30s); any other 4xx returns a `PermanentError` at once. Sleeps go "
                 "through the sender's clock so the test doesn't wait. The table test failed three cases on the old code and all seven pass now with `-race`.")),
    ],
)
