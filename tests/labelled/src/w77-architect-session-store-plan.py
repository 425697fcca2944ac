LABEL = dict(
    split="heldout2",
    persona="Principal engineer planning the autoscaling of a travel-booking web tier",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is long, precise prose: the goal (sessions from sticky in-memory storage to Redis so the tier "
               "can autoscale), three constraints with reasons (zero logouts, the cookie format is pinned by the "
               "mobile app, no Redis Cluster on their ElastiCache), the plan's required parts (dual-write phase, read "
               "fallback rule, parity check, rollback per step) and the scope (no code changes); prompt 2 corrects one "
               "step exactly (rollback after memory writes stop would log people out): level 5. A plan with no edits "
               "(plan mode, ExitPlanMode), so planning. Nothing failed and nothing is evidence: neither."),
)

SESSION = dict(
    cwd="/home/rafael/src/wayfare-web", start="2026-05-29T09:00:00Z", model="claude-opus-4-7", version="2.1.255",
    mode="plan",
    turns=[
        turn("We need to move session storage off sticky in-memory sessions and onto Redis before we can autoscale "
             "the web tier; right now scale-in logs people out because their session dies with the instance. "
             "Constraints: there can be zero forced logouts during the cutover; the session cookie's name and format "
             "can't change, because the iOS app pins it; and we can't use Redis Cluster (it's ElastiCache with cluster "
             "mode disabled, one primary and two replicas). I want an ordered plan with a dual-write phase, the exact "
             "rule for where reads come from during it, how we prove the two stores agree before switching reads, "
             "and the rollback for each step. Look at how sessions are wired today first. No code changes in this "
             "session.",
             par(grep("express-session|MemoryStore|cookie", path="/home/rafael/src/wayfare-web/src", files=["src/server/session.ts", "src/server/app.ts", "src/server/auth/login.ts"]),
                 read("/home/rafael/src/wayfare-web/src/server/session.ts",
                      "import session from 'express-session'\nimport createMemoryStore from 'memorystore'\nconst MemoryStore = createMemoryStore(session)\n\n"
                      "export const sessionMiddleware = session({\n  name: 'wf_sid',\n  secret: process.env.SESSION_SECRET!,\n  store: new MemoryStore({ checkPeriod: 86_400_000 }),\n"
                      "  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 30 * 24 * 3600 * 1000 },\n  rolling: true,\n  resave: false,\n  saveUninitialized: false,\n})\n")),
             par(read("/home/rafael/src/wayfare-web/infra/alb.tf", "resource \"aws_lb_target_group\" \"web\" {\n  ...\n  stickiness {\n    type            = \"lb_cookie\"\n    cookie_duration = 86400\n    enabled         = true\n  }\n}\n"),
                 grep("req.session\\.", path="/home/rafael/src/wayfare-web/src", content="src/server/auth/login.ts:31:    req.session.userId = user.id\nsrc/server/cart/cart.ts:12:  req.session.cart ??= []\nsrc/server/search/recent.ts:8:  req.session.recentSearches = [...]")),
             plan("# Sessions: memory → Redis, zero logouts\n\n**Today:** express-session, cookie `wf_sid` (signed session id, 30 days, rolling), "
                  "`memorystore` per instance, ALB stickiness (lb_cookie, 24h). Session data: `userId`, `cart`, `recentSearches`.\n\n"
                  "The cookie format is unchanged throughout: it carries only the signed id, so swapping the store behind it is invisible to iOS.\n\n"
                  "## 1. Add a DualStore (deploy, no behaviour change)\nA Store wrapping memory (primary) and Redis (secondary, `connect-redis`, key prefix `sess:`, TTL = cookie maxAge). "
                  "Writes: memory first, then Redis fire-and-forget with a metric on failure. Reads: memory only.\n*Rollback:* redeploy without the wrapper; nothing reads Redis yet.\n\n"
                  "## 2. Backfill by touch\nRolling sessions are rewritten on every request, so active sessions reach Redis within one visit. Wait ≥ 24h (stickiness window).\n"
                  "*Rollback:* as step 1; flush `sess:*`.\n\n"
                  "## 3. Parity check (shadow reads)\nOn each request, also read Redis and compare a hash of the session JSON with memory's; metrics `session_parity{result=match|mismatch|missing}`. "
                  "Gate: missing < 0.1% of active sessions and no unexplained mismatches for 48h.\n*Rollback:* turn the shadow read off (flag).\n\n"
                  "## 4. Switch reads: Redis first, memory fallback\nRead rule: Redis; if missing, memory, then write through to Redis. Writes stay dual.\n"
                  "*Rollback:* flag back to memory-first reads; both stores are current because writes are still dual.\n\n"
                  "## 5. Stop writing to memory\n*Rollback:* back to step 4's flag (dual writes).\n\n"
                  "## 6. Turn off ALB stickiness, enable autoscaling\n*Rollback:* re-enable stickiness.\n\n"
                  "## Redis sizing and failure\nSingle primary (cluster mode disabled) is fine: ~400k active sessions × ~1.2 KB ≈ 0.5 GB. Replicas for failover only; no reads from replicas (replication lag would show stale carts).",
                  "/home/rafael/.claude/plans/sessions-to-redis.md"),
             say("The plan is saved (`~/.claude/plans/sessions-to-redis.md`); no code was changed. Key points: the "
                 "cookie only carries the signed session id, so the iOS constraint is met by construction; parity "
                 "is proven with shadow reads and a hash comparison before any read moves; every step up to 5 can be "
                 "rolled back with a flag or a redeploy.")),
        turn("Step 5's rollback is wrong. Once we stop writing to memory, memory goes stale, and flipping back to "
             "step 4's flag would serve stale carts and could drop sessions created after the switch: effectively "
             "logouts. Keep dual writes until the rollback window for step 6 has closed, and only then stop writing "
             "to memory, with no rollback to memory after that, just forward fixes.",
             plan("# Sessions: memory → Redis, zero logouts (rev. 2)\n\nSteps 1–4 unchanged.\n\n"
                  "## 5. Turn off ALB stickiness, enable autoscaling (dual writes continue)\nReads: Redis first, memory fallback. Writes: both.\n"
                  "*Rollback:* re-enable stickiness and flip reads to memory-first; memory is current because writes are still dual. "
                  "Rollback window: 7 days, covering at least one weekend peak and one scale-in cycle.\n\n"
                  "## 6. After the window closes: stop writing to memory, then remove the memory fallback\nThis is the point of no return: memory goes stale from here.\n"
                  "*Rollback:* none to memory. Forward fixes only; Redis failover relies on the replicas (Multi-AZ, automatic failover on).\n"
                  "Guard: before step 6, confirm `session_parity{result=mismatch}` stayed at 0 through the window, and alert on Redis write errors > 0.01%.",
                  "/home/rafael/.claude/plans/sessions-to-redis.md"),
             say("Agreed; revised. Dual writes now continue through the stickiness switch and a 7-day rollback window, "
                 "and stopping memory writes is the last step, explicitly without a rollback to memory. I also added "
                 "a guard before that step (zero parity mismatches through the window) so the point of no return is "
                 "only passed on evidence.")),
    ],
)
