LABEL = dict(
    split="heldout7",
    persona="Go back-end developer at a parcel-tracking API company",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the service, the need (per-API-key rate limits, different per plan) and one constraint (three replicas behind the "
               "load balancer, so in-memory is not enough) and asks for a plan, leaving algorithm and storage to the agent; prompt 2 picks one of "
               "the agent's options: level 3. Plan mode with reads and an approved plan, no edits: planning. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/kofi/go/src/github.com/trackly/api", start="2026-12-02T14:05:00Z", model="claude-opus-4-5", version="2.1.251", mode="plan",
    turns=[
        turn("we need rate limiting per api key in the public api, with different limits per plan (free/pro/enterprise). we run 3 replicas so "
             "in-memory per pod won't cut it. plan it out, don't write code yet",
             grep("func .*Middleware|apiKey|Plan", path="internal", files=["internal/http/middleware.go", "internal/auth/apikey.go", "internal/billing/plan.go"]),
             read("/home/kofi/go/src/github.com/trackly/api/internal/http/middleware.go",
                  "func Chain(h http.Handler) http.Handler {\n    return logging(recoverer(auth.APIKey(h)))\n}"),
             bash("grep -rn 'redis' go.mod internal/ | head -5", "go.mod:14:\tgithub.com/redis/go-redis/v9 v9.6.1\ninternal/cache/cache.go:9:\t\"github.com/redis/go-redis/v9\"", desc="Check for Redis"),
             say("You already use Redis (go-redis v9) for the cache. Two options: (a) a fixed window counter per key and minute in Redis – simple, but "
                 "allows bursts at window edges; (b) a sliding-window or token bucket via a small Lua script – smoother, a bit more code. Which do you prefer?")),
        turn("b, token bucket. free gets bursts of 10",
             plan("## Per-key rate limiting\n\n1. `internal/ratelimit`: token bucket in Redis via one Lua script (`EVALSHA`), key `rl:{apiKey}`, fields tokens + last refill.\n"
                  "2. Limits from `billing.Plan`: free 60/min burst 10, pro 600/min burst 100, enterprise from the contract field.\n"
                  "3. Middleware after `auth.APIKey` in `Chain`; sets `X-RateLimit-Limit`, `-Remaining`, `Retry-After`; 429 with JSON error.\n"
                  "4. Redis down: fail open and log (a metric `ratelimit_redis_errors_total`).\n"
                  "5. Tests: miniredis for the script; burst then refill; two keys independent; Redis down passes through.\n6. Roll out behind `RATE_LIMIT_ENABLED`, shadow mode first (log only).",
                  "/home/kofi/.claude/plans/rate-limit.md"),
             say("Plan approved and saved. Nothing in the repo was changed; when you want to start, step 1 is the Lua script and its miniredis tests.")),
    ],
)
