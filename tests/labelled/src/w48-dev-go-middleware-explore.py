LABEL = dict(
    split="dev",
    persona="Go developer moving from the mobile team to the backend team",
    expertise_level=3, work_mode="exploring",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks how a request is authenticated in the named service and which middleware run in which "
               "order, without naming files or functions; prompt 2 asks to confirm one concrete behaviour by "
               "running the existing middleware tests: level 3. The session reads and runs existing tests without "
               "changing anything, so exploring; the passing go test is evidence, but the session is still exploring. "
               "No failures; go test passed: verified success."),
)

SESSION = dict(
    cwd="/home/mo/src/fleet/services/tracker", start="2026-04-13T10:40:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("I'm new to the tracker service. How does a request get authenticated, and what middleware runs, in what order, before a handler?",
             grep("\\.Use\\(", path=".", content="cmd/tracker/main.go:52:\tr.Use(middleware.RequestID)\ncmd/tracker/main.go:53:\tr.Use(middleware.Recoverer)\ncmd/tracker/main.go:54:\tr.Use(obs.Logger)\ncmd/tracker/main.go:55:\tr.Use(auth.Authenticate(verifier))\ncmd/tracker/main.go:56:\tr.Use(ratelimit.PerTenant(limiter))"),
             read("/home/mo/src/fleet/services/tracker/internal/auth/middleware.go",
                  "func Authenticate(v Verifier) func(http.Handler) http.Handler {\n\treturn func(next http.Handler) http.Handler {\n\t\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n"
                  "\t\t\tif r.URL.Path == \"/healthz\" { next.ServeHTTP(w, r); return }\n\t\t\ttok := strings.TrimPrefix(r.Header.Get(\"Authorization\"), \"Bearer \")\n\t\t\tclaims, err := v.Verify(r.Context(), tok)\n\t\t\tif err != nil { http.Error(w, \"unauthorized\", 401); return }\n"
                  "\t\t\tnext.ServeHTTP(w, r.WithContext(WithTenant(r.Context(), claims.Tenant)))\n\t\t})\n\t}\n}"),
             say("In `cmd/tracker/main.go` (lines 52–56) the chi router runs, in order:\n\n1. `middleware.RequestID`, "
                 "which tags the request\n2. `middleware.Recoverer`, which turns panics into 500s\n3. `obs.Logger`, "
                 "the access log\n4. **`auth.Authenticate(verifier)`**, which takes the Bearer token and calls "
                 "`verifier.Verify`. On error it returns a 401; on success it puts the tenant from the claims into "
                 "the request context (`WithTenant`). `/healthz` skips authentication.\n5. "
                 "`ratelimit.PerTenant`, which runs *after* auth because it needs the tenant from the context.")),
        turn("so an unauthenticated request never hits the rate limiter? can you prove that with the tests that are there",
             grep("func Test", path="internal", content="internal/auth/middleware_test.go:14:func TestAuthenticateRejectsMissingToken(t *testing.T) {\ninternal/auth/middleware_test.go:31:func TestAuthenticateSkipsHealthz(t *testing.T) {\ncmd/tracker/router_test.go:22:func TestUnauthenticatedRequestDoesNotConsumeRateLimit(t *testing.T) {"),
             bash("go test ./internal/auth/ ./cmd/tracker/ -run 'Authenticate|Unauthenticated' -v 2>&1 | grep -E '^(=== RUN|--- |ok|FAIL)'",
                  "=== RUN   TestAuthenticateRejectsMissingToken\n--- PASS: TestAuthenticateRejectsMissingToken (0.00s)\n=== RUN   TestAuthenticateSkipsHealthz\n--- PASS: TestAuthenticateSkipsHealthz (0.00s)\nok  \tfleet/tracker/internal/auth\t0.012s\n=== RUN   TestUnauthenticatedRequestDoesNotConsumeRateLimit\n--- PASS: TestUnauthenticatedRequestDoesNotConsumeRateLimit (0.01s)\nok  \tfleet/tracker/cmd/tracker\t0.031s",
                  desc="Run the existing auth and router tests"),
             say("Yes. `TestUnauthenticatedRequestDoesNotConsumeRateLimit` (`cmd/tracker/router_test.go:22`) sends "
                 "requests without a token through the real router and checks that the tenant's bucket is "
                 "untouched, and it passes. That follows from the order: `Authenticate` returns the 401 before "
                 "`PerTenant` runs.")),
    ],
)
