LABEL = dict(
    split="heldout4",
    persona="Application security engineer reviewing a mobile backend's token handling",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 scopes a read-only review (no changes) of the refresh-token flow in the Node API and names the questions: "
               "are refresh tokens rotated on use, is reuse of an old one detected, are they stored hashed, and what logout revokes; "
               "prompt 2 asks a precise follow-up (can a stolen token outlive a password reset): level 4. Reads and searches only, "
               "ending in findings: exploring. No failure; no evidence: neither."),
)

SESSION = dict(
    cwd="/home/sec/review/fitpal-api", start="2026-11-21T11:40:00Z", model="claude-opus-4-6", version="2.1.283",
    turns=[
        turn("Read-only review, don't change anything. In this Node API I need to know four things about refresh tokens: (1) are they rotated on every use, "
             "(2) is reuse of an already-rotated token detected and what happens then, (3) are they stored hashed or in plaintext, (4) what does logout revoke, "
             "this device or all. Cite file and line for each answer.",
             grep("refresh", path="src", files=["src/auth/tokens.ts", "src/auth/routes.ts", "src/db/schema.sql", "src/auth/logout.ts"]),
             par(read("/home/sec/review/fitpal-api/src/auth/tokens.ts",
                      "export async function refresh(presented: string) {\n  const row = await db.one('SELECT * FROM refresh_tokens WHERE token = $1', [presented]);\n"
                      "  if (!row || row.revoked_at) throw new Unauthorized();\n  const next = randomToken();\n  await db.tx(async t => {\n"
                      "    await t.none('UPDATE refresh_tokens SET revoked_at = now() WHERE id = $1', [row.id]);\n    await t.none('INSERT INTO refresh_tokens (user_id, device_id, token, family_id) VALUES ($1,$2,$3,$4)', [row.user_id, row.device_id, next, row.family_id]);\n"
                      "  });\n  return { access: signAccess(row.user_id), refresh: next };\n}"),
                 read("/home/sec/review/fitpal-api/src/db/schema.sql", "CREATE TABLE refresh_tokens (\n  id bigserial PRIMARY KEY,\n  user_id bigint NOT NULL,\n  device_id text NOT NULL,\n"
                      "  token text NOT NULL UNIQUE,\n  family_id uuid NOT NULL,\n  revoked_at timestamptz,\n  created_at timestamptz DEFAULT now()\n);"),
                 read("/home/sec/review/fitpal-api/src/auth/logout.ts", "export async function logout(userId: number, deviceId: string) {\n"
                      "  await db.none('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND device_id = $2 AND revoked_at IS NULL', [userId, deviceId]);\n}")),
             say("Findings:\n\n1. **Rotated on use: yes.** `src/auth/tokens.ts:5-8` revokes the presented token and issues a new one in the same family, in one transaction.\n"
                 "2. **Reuse detection: no.** `tokens.ts:3` rejects a revoked token with 401 but does nothing else: the family (`family_id`) is tracked but never "
                 "revoked, so an attacker who rotated first keeps a valid chain while the victim just sees a logout.\n3. **Storage: plaintext.** `schema.sql:5` stores "
                 "`token text UNIQUE` and `tokens.ts:2` looks it up by equality; a database read leaks every live refresh token.\n4. **Logout: this device only.** "
                 "`logout.ts:2` revokes by user and device; there is no \"log out everywhere\".")),
        turn("Does a password reset revoke them? i.e. can a stolen refresh token outlive a reset",
             grep("resetPassword|password_reset", path="src", content="src/auth/reset.ts:22:export async function resetPassword(token: string, newPassword: string) {"),
             read("/home/sec/review/fitpal-api/src/auth/reset.ts", "export async function resetPassword(token: string, newPassword: string) {\n  const r = await consumeResetToken(token);\n"
                  "  await db.none('UPDATE users SET password_hash = $1 WHERE id = $2', [await hash(newPassword), r.user_id]);\n  await sendPasswordChangedEmail(r.user_id);\n}"),
             grep("password_changed_at|iat", path="src/auth", content=""),
             say("**Yes, a stolen refresh token survives a reset.** `src/auth/reset.ts:22-26` updates the hash and sends an email but touches no refresh tokens, and "
                 "nothing compares token age with a password change (no `password_changed_at`, no `iat` check in `src/auth`). Combined with finding 2, an attacker "
                 "keeps access indefinitely after the user resets. I'd rate this the most serious of the five.")),
    ],
)
