LABEL = dict(
    split="heldout2",
    persona="Backend developer on a Go API team at a ticketing company",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the endpoint (/healthz in cmd/api), the wrong behaviour (500 when Redis is down) and the "
               "wanted one (report degraded), and asks for the tests; it leaves the response shape and the approach to "
               "the agent; prompt 2 ('commit it') carries no signal: level 3. Broken behaviour repaired, tests run to "
               "check it, so fixing. The first `go test` fails (the old test expected 500); after the test is updated "
               "`go test ./...` passes and the commit succeeds: verified."),
)

SESSION = dict(
    cwd="/home/sena/src/seatline", start="2026-05-18T09:05:00Z", model="claude-sonnet-4-6", version="2.1.251",
    branch="fix/healthz-degraded",
    turns=[
        turn("the /healthz endpoint in cmd/api returns a 500 when redis is down, which makes the load balancer pull "
             "every instance out of rotation. redis is only a cache for us so it should say degraded, not fail. fix it "
             "and run the tests",
             grep("healthz", path="/home/sena/src/seatline", files=["cmd/api/health.go", "cmd/api/health_test.go", "cmd/api/routes.go"]),
             read("/home/sena/src/seatline/cmd/api/health.go",
                  "func (s *Server) health(w http.ResponseWriter, r *http.Request) {\n\tctx, cancel := context.WithTimeout(r.Context(), time.Second)\n\tdefer cancel()\n"
                  "\tif err := s.db.PingContext(ctx); err != nil {\n\t\thttp.Error(w, \"db: \"+err.Error(), http.StatusInternalServerError)\n\t\treturn\n\t}\n"
                  "\tif err := s.cache.Ping(ctx).Err(); err != nil {\n\t\thttp.Error(w, \"redis: \"+err.Error(), http.StatusInternalServerError)\n\t\treturn\n\t}\n"
                  "\twriteJSON(w, http.StatusOK, map[string]string{\"status\": \"ok\"})\n}\n"),
             edit("/home/sena/src/seatline/cmd/api/health.go",
                  "\tif err := s.cache.Ping(ctx).Err(); err != nil {\n\t\thttp.Error(w, \"redis: \"+err.Error(), http.StatusInternalServerError)\n\t\treturn\n\t}\n\twriteJSON(w, http.StatusOK, map[string]string{\"status\": \"ok\"})",
                  "\tbody := map[string]string{\"status\": \"ok\", \"db\": \"ok\", \"cache\": \"ok\"}\n\tif err := s.cache.Ping(ctx).Err(); err != nil {\n"
                  "\t\t// Redis is only a cache: serve traffic without it, but say so.\n\t\tbody[\"status\"], body[\"cache\"] = \"degraded\", err.Error()\n\t}\n\twriteJSON(w, http.StatusOK, body)"),
             bash("go test ./cmd/api/...", "--- FAIL: TestHealth_RedisDown (0.00s)\n    health_test.go:48: status = 200, want 500\nFAIL\nFAIL\tgithub.com/seatline/seatline/cmd/api\t0.412s\nFAIL",
                  code=1, desc="Run the API tests", ms=8200),
             read("/home/sena/src/seatline/cmd/api/health_test.go",
                  "func TestHealth_RedisDown(t *testing.T) {\n\ts := newTestServer(t, withCache(downRedis()))\n\trec := httptest.NewRecorder()\n"
                  "\ts.health(rec, httptest.NewRequest(\"GET\", \"/healthz\", nil))\n\tif rec.Code != http.StatusInternalServerError {\n\t\tt.Fatalf(\"status = %d, want 500\", rec.Code)\n\t}\n}\n"),
             edit("/home/sena/src/seatline/cmd/api/health_test.go",
                  "\tif rec.Code != http.StatusInternalServerError {\n\t\tt.Fatalf(\"status = %d, want 500\", rec.Code)\n\t}",
                  "\tif rec.Code != http.StatusOK {\n\t\tt.Fatalf(\"status = %d, want 200\", rec.Code)\n\t}\n\tif !strings.Contains(rec.Body.String(), `\"status\":\"degraded\"`) {\n\t\tt.Fatalf(\"body = %s, want status degraded\", rec.Body)\n\t}",
                  pre="That test pins the old behaviour (500 when Redis is down). Updating it to the new contract:"),
             bash("go test ./...", "ok  \tgithub.com/seatline/seatline/cmd/api\t0.398s\nok  \tgithub.com/seatline/seatline/internal/booking\t1.204s\n"
                  "ok  \tgithub.com/seatline/seatline/internal/cache\t0.087s\nok  \tgithub.com/seatline/seatline/internal/payments\t0.951s",
                  desc="Run all tests", ms=24000),
             say("Fixed. `/healthz` now returns **200** with `{\"status\":\"degraded\",\"cache\":\"<error>\"}` when Redis "
                 "is down, and still **500** when the database is down (that one really is fatal). `TestHealth_RedisDown` "
                 "expected the old 500, so I changed it to check for 200 and `degraded`. `go test ./...` passes.\n\n"
                 "One thing to check: if anything alerts on `/healthz` returning 500 for Redis, it will now need to "
                 "look at the `status` field instead.")),
        turn("good point, alerting uses a separate check. commit it",
             bash("git add cmd/api/health.go cmd/api/health_test.go && git commit -m \"healthz: report degraded instead of 500 when redis is down\"",
                  "[fix/healthz-degraded 7a1c09e] healthz: report degraded instead of 500 when redis is down\n 2 files changed, 11 insertions(+), 6 deletions(-)",
                  desc="Commit the fix"),
             say("Committed on `fix/healthz-degraded` (7a1c09e).")),
    ],
)
