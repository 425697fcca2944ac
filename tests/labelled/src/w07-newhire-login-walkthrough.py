LABEL = dict(
    split="heldout",
    persona="Backend engineer in their first week at a startup, experienced with Node, new to this codebase",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is precise prose with no code tokens: a named route (POST /login), the framework "
               "(Express), the start and end points (route to cookie set) and the deliverable (files and functions "
               "in order); prompt 2 is a scoped follow-up on CSRF for that route and cookie flags: level 4. The "
               "agent only read and searched, so exploring. No failed action and no evidence (no tests, commit or "
               "confirmation)."),
)

SESSION = dict(
    cwd="/home/lena/work/hearth-api", start="2026-01-27T09:05:31Z", model="claude-opus-4-7", version="2.1.209",
    turns=[
        turn("Walk me through what happens on POST /login, from the Express route to where the session cookie "
             "gets set. Name the files and functions in order, and say where the password check happens and "
             "which store the session ends up in.",
             grep("['\"]/login['\"]", path="src", content="src/routes/auth.ts:18:router.post('/login', rateLimit('login'), validate(loginSchema), authController.login);",
                  pre="Let me find where the route is registered."),
             par(read("/home/lena/work/hearth-api/src/routes/auth.ts", "import { Router } from 'express';\n...\nrouter.post('/login', rateLimit('login'), validate(loginSchema), authController.login);"),
                 read("/home/lena/work/hearth-api/src/controllers/authController.ts",
                      "export async function login(req, res, next) {\n  const user = await authService.verifyCredentials(req.body.email, req.body.password);\n"
                      "  if (!user) return res.status(401).json({ error: 'invalid_credentials' });\n  req.session.regenerate(err => {\n"
                      "    if (err) return next(err);\n    req.session.userId = user.id;\n    res.json({ id: user.id });\n  });\n}")),
             read("/home/lena/work/hearth-api/src/services/authService.ts",
                  "export async function verifyCredentials(email: string, password: string) {\n  const user = await users.findByEmail(email.toLowerCase());\n"
                  "  if (!user) { await argon2.verify(DUMMY_HASH, password); return null; }\n  return (await argon2.verify(user.passwordHash, password)) ? user : null;\n}"),
             grep("session\\(", path="src", content="src/app.ts:41:app.use(session({ store: new RedisStore({ client: redis, prefix: 'sess:' }), name: 'hearth.sid', secret: config.sessionSecret, cookie: cookieOptions }));"),
             read("/home/lena/work/hearth-api/src/config/cookies.ts",
                  "export const cookieOptions = {\n  httpOnly: true,\n  secure: process.env.NODE_ENV === 'production',\n  sameSite: 'lax' as const,\n  maxAge: 1000 * 60 * 60 * 24 * 14,\n};"),
             say("Here's the path of a `POST /login` request, in order:\n\n1. **`src/app.ts:41`**: before any "
                 "route, `express-session` is mounted with a **Redis store** (`RedisStore`, key prefix `sess:`) and "
                 "the cookie name `hearth.sid`. Cookie options come from `src/config/cookies.ts`.\n2. "
                 "**`src/routes/auth.ts:18`**: `router.post('/login', rateLimit('login'), validate(loginSchema), "
                 "authController.login)`. Rate limiting runs first, then body validation against `loginSchema` "
                 "(email and password required).\n3. **`authController.login`** "
                 "(`src/controllers/authController.ts`) calls `authService.verifyCredentials`.\n4. **The password "
                 "check** is in `src/services/authService.ts`, `verifyCredentials`: it looks the user up by "
                 "lower-cased email and runs `argon2.verify`. For an unknown email it verifies against a dummy "
                 "hash, so response times don't reveal which emails exist.\n5. Back in the controller, on success it "
                 "calls `req.session.regenerate(...)` (to prevent session fixation), sets `req.session.userId`, "
                 "and responds with `{ id }`.\n6. **The cookie is set** by express-session when the response is "
                 "sent, because the session was modified. The session data is written to Redis under "
                 "`sess:<id>`, and `hearth.sid` goes out with `httpOnly`, `secure` (production only), "
                 "`sameSite=lax` and a 14-day `maxAge`.")),
        turn("Good. Is there any CSRF protection on that route, and does anything else ever change those cookie flags?",
             grep("csrf|csurf|sameSite", path="src", content="src/config/cookies.ts:4:  sameSite: 'lax' as const,\nsrc/app.ts:58:// TODO(csrf): revisit once the admin UI moves off cookies"),
             grep("cookieOptions", path="src", files=["src/app.ts", "src/config/cookies.ts"]),
             say("No explicit CSRF middleware: there's no `csurf` or token check anywhere in `src`, only a TODO at "
                 "`src/app.ts:58`. The protection today comes from `sameSite: 'lax'`, which stops cross-site "
                 "POSTs from sending `hearth.sid`, and from login requiring a JSON body (a plain HTML form can't "
                 "send `application/json` without a CORS preflight).\n\nNothing else changes the flags: "
                 "`cookieOptions` is only imported in `app.ts`. The one environment-dependent flag is `secure`, "
                 "which is off outside production, so local HTTP works.")),
    ],
)
