LABEL = dict(
    split="heldout10",
    persona="Node/Express developer new to a team's API, reading the auth chain",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the route and what to trace (from app.js to where req.user is set, and where the admin check is) and states the scope (read only), "
               "but names no check, edge case or deliverable format; borderline 3/4 like the guide's POST /login example, taken lower by tie-break 3: level 3; prompt 2 asks a scoped follow-up about the refresh cookie. The agent only reads and explains: exploring. "
               "No action fails and no evidence: neither."),
)

SESSION = dict(
    cwd="/home/sam/code/tenantly-api", start="2026-11-30T10:02:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="main",
    turns=[
        turn("Im new on this codebase. Can you walk me through what happens to a request to GET /admin/tenants - from app.js through the middleware to where req.user gets set, and where the admin check is. just reading, dont change anything",
             read("/home/sam/code/tenantly-api/src/app.js",
                  "const express = require('express');\nconst cookieParser = require('cookie-parser');\nconst { authenticate } = require('./middleware/authenticate');\nconst { requireRole } = require('./middleware/requireRole');\nconst app = express();\napp.use(express.json());\napp.use(cookieParser());\napp.use('/api', authenticate({ optional: true }), require('./routes/public'));\napp.use('/admin', authenticate(), requireRole('admin'), require('./routes/admin'));\nmodule.exports = app;"),
             read("/home/sam/code/tenantly-api/src/middleware/authenticate.js",
                  "const jwt = require('jsonwebtoken');\nexports.authenticate = ({ optional = false } = {}) => async (req, res, next) => {\n  const header = req.get('authorization') || '';\n  const token = header.startsWith('Bearer ') ? header.slice(7) : req.cookies.at;\n  if (!token) return optional ? next() : res.status(401).end();\n  try {\n    const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });\n    req.user = { id: claims.sub, tenantId: claims.tid, roles: claims.roles || [] };\n    next();\n  } catch (e) {\n    if (e.name === 'TokenExpiredError' && req.cookies.rt) return res.status(401).json({ error: 'expired', refresh: true });\n    return res.status(401).end();\n  }\n};"),
             read("/home/sam/code/tenantly-api/src/middleware/requireRole.js",
                  "exports.requireRole = (role) => (req, res, next) =>\n  req.user && req.user.roles.includes(role) ? next() : res.status(403).json({ error: 'forbidden' });"),
             grep("router.get\\('/tenants'", path="/home/sam/code/tenantly-api/src/routes", content="src/routes/admin.js:7:router.get('/tenants', async (req, res) => res.json(await Tenants.list({ includeSuspended: true })));"),
             say("For `GET /admin/tenants`:\n\n1. `express.json()` and `cookieParser()` run for every request.\n2. `app.js` mounts `/admin` with `authenticate()` (not optional), then `requireRole('admin')`, then the admin router.\n"
                 "3. `authenticate` takes the token from `Authorization: Bearer …`, or falls back to the `at` cookie; no token → 401. It verifies RS256 with `JWT_PUBLIC_KEY` and sets "
                 "`req.user = { id: sub, tenantId: tid, roles }` – **this is where req.user is set**.\n4. An expired token with an `rt` cookie gets `401 {error:'expired', refresh:true}` so the client can refresh.\n"
                 "5. `requireRole('admin')` checks `req.user.roles` → 403 if missing.\n6. `routes/admin.js:7` lists all tenants including suspended ones. Note it doesn't filter by `req.user.tenantId` – admins see every tenant.")),
        turn("where does the rt cookie actually get used to refresh? i dont see a /refresh route",
             grep("\\brt\\b", path="/home/sam/code/tenantly-api/src", files=["src/middleware/authenticate.js", "src/routes/public.js"]),
             grep("refresh", path="/home/sam/code/tenantly-api/src/routes/public.js", content="src/routes/public.js:22:router.post('/session/renew', async (req, res) => {\nsrc/routes/public.js:23:  const rt = req.cookies.rt;"),
             say("It's `POST /api/session/renew` in `routes/public.js` (line 22), not called \"refresh\". It's under `/api`, where `authenticate` is optional, so an expired token doesn't block it; "
                 "it reads the `rt` cookie and issues a new `at`.")),
    ],
)
