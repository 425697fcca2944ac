LABEL = dict(
    split="heldout5",
    persona="Staff engineer at a podcast hosting company, TypeScript on Deno with Hono",
    expertise_level=5, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 specifies the feature and anticipates its failure modes: the HMAC-SHA256 scheme and what is signed (path and expiry), "
               "constant-time comparison, expiry in the past or more than 24 h ahead rejected, key rotation via a key id with two active keys, "
               "403 vs 410 for bad signature vs expired, and the tests to write first including clock skew; prompt 2 reviews the check order "
               "exactly and asks for the commit, and the agent never corrects the user: level 5. A new feature written (signing module and route): building. No action fails; `deno test` passes and "
               "the commit succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/sade/src/castbox-edge", start="2026-11-27T09:00:00Z", model="claude-opus-4-6", version="2.1.246", branch="signed-downloads",
    turns=[
        turn("Add signed download URLs for episode audio. Scheme: /dl/:episodeId?exp=<unix s>&kid=<key id>&sig=<base64url HMAC-SHA256 over \"GET\\n/dl/:episodeId\\n<exp>\">. Requirements:\n"
             "- keys come from SIGNING_KEYS (JSON {kid: base64 key}); two keys active during rotation, pick by kid, unknown kid = 403\n"
             "- compare signatures in constant time (crypto.subtle.verify, not ===)\n- exp in the past = 410 Gone; exp more than 24h ahead = 403 (nobody should mint forever links); allow 30s clock skew on the past side\n"
             "- sig over the path only, not the host, so the CDN can rewrite hosts\nWrite the tests first in src/signing_test.ts (valid, tampered path, tampered exp, expired, skew within 30s, "
             "too far ahead, unknown kid, second key), then the implementation in src/signing.ts and the route in src/routes/dl.ts. deno test -A when done.",
             read("/home/sade/src/castbox-edge/src/app.ts", "import { Hono } from 'hono';\nimport { episodes } from './routes/episodes.ts';\n\nexport const app = new Hono();\napp.route('/episodes', episodes);"),
             write("/home/sade/src/castbox-edge/src/signing_test.ts",
                   "import { assertEquals } from '@std/assert';\nimport { sign, verify } from './signing.ts';\n\nconst keys = { k1: 'c2VjcmV0LW9uZQ==', k2: 'c2VjcmV0LXR3bw==' };\nconst now = 1_780_000_000;\n\n"
                   "Deno.test('valid signature', async () => { const u = await sign(keys, 'k1', '/dl/ep42', now + 600); assertEquals(await verify(keys, '/dl/ep42', u, now), 'ok'); });\n"
                   "Deno.test('tampered path', async () => { const u = await sign(keys, 'k1', '/dl/ep42', now + 600); assertEquals(await verify(keys, '/dl/ep43', u, now), 'forbidden'); });\n"
                   "Deno.test('tampered exp', async () => { const u = await sign(keys, 'k1', '/dl/ep42', now + 600); assertEquals(await verify(keys, '/dl/ep42', { ...u, exp: now + 900 }, now), 'forbidden'); });\n"
                   "Deno.test('expired', async () => { const u = await sign(keys, 'k1', '/dl/ep42', now - 31); assertEquals(await verify(keys, '/dl/ep42', u, now), 'gone'); });\n"
                   "Deno.test('skew within 30s', async () => { const u = await sign(keys, 'k1', '/dl/ep42', now - 30); assertEquals(await verify(keys, '/dl/ep42', u, now), 'ok'); });\n"
                   "Deno.test('too far ahead', async () => { const u = await sign(keys, 'k1', '/dl/ep42', now + 86_401); assertEquals(await verify(keys, '/dl/ep42', u, now), 'forbidden'); });\n"
                   "Deno.test('unknown kid', async () => { const u = await sign(keys, 'k1', '/dl/ep42', now + 600); assertEquals(await verify({ k2: keys.k2 }, '/dl/ep42', u, now), 'forbidden'); });\n"
                   "Deno.test('second key', async () => { const u = await sign(keys, 'k2', '/dl/ep42', now + 600); assertEquals(await verify(keys, '/dl/ep42', u, now), 'ok'); });\n"),
             write("/home/sade/src/castbox-edge/src/signing.ts",
                   "export type Keys = Record<string, string>;\nexport type Signed = { exp: number; kid: string; sig: string };\nexport type Verdict = 'ok' | 'forbidden' | 'gone';\n\n"
                   "const SKEW_S = 30;\nconst MAX_AHEAD_S = 24 * 3600;\nconst enc = new TextEncoder();\nconst msg = (path: string, exp: number) => enc.encode(`GET\\n${path}\\n${exp}`);\n\n"
                   "async function key(b64: string, usage: KeyUsage) {\n  const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));\n"
                   "  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);\n}\n\n"
                   "export async function sign(keys: Keys, kid: string, path: string, exp: number): Promise<Signed> {\n"
                   "  const mac = await crypto.subtle.sign('HMAC', await key(keys[kid], 'sign'), msg(path, exp));\n  return { exp, kid, sig: b64url(new Uint8Array(mac)) };\n}\n\n"
                   "export async function verify(keys: Keys, path: string, s: Signed, now: number): Promise<Verdict> {\n  const k = keys[s.kid];\n"
                   "  if (!k || !Number.isInteger(s.exp) || s.exp > now + MAX_AHEAD_S) return 'forbidden';\n"
                   "  // verify() compares in constant time; a string === would leak the matching prefix length.\n"
                   "  const good = await crypto.subtle.verify('HMAC', await key(k, 'verify'), fromB64url(s.sig), msg(path, s.exp));\n"
                   "  if (!good) return 'forbidden';\n  return s.exp + SKEW_S < now ? 'gone' : 'ok';\n}\n"),
             write("/home/sade/src/castbox-edge/src/routes/dl.ts",
                   "export const dl = new Hono();\nconst keys: Keys = JSON.parse(Deno.env.get('SIGNING_KEYS') ?? '{}');\n\n"
                   "dl.get('/:episodeId', async (c) => {\n  const q = c.req.query();\n  const v = await verify(keys, new URL(c.req.url).pathname, { exp: Number(q.exp), kid: q.kid ?? '', sig: q.sig ?? '' }, Math.floor(Date.now() / 1000));\n"
                   "  if (v === 'gone') return c.text('link expired', 410);\n  if (v === 'forbidden') return c.text('forbidden', 403);\n  return c.redirect(await audioUrl(c.req.param('episodeId')), 302);\n});\n"),
             edit("/home/sade/src/castbox-edge/src/app.ts", "app.route('/episodes', episodes);", "app.route('/episodes', episodes);\napp.route('/dl', dl);"),
             bash("deno test -A", "running 8 tests from ./src/signing_test.ts\nvalid signature ... ok (4ms)\ntampered path ... ok (1ms)\ntampered exp ... ok (1ms)\nexpired ... ok (1ms)\n"
                  "skew within 30s ... ok (1ms)\ntoo far ahead ... ok (0ms)\nunknown kid ... ok (0ms)\nsecond key ... ok (1ms)\n\nok | 8 passed | 0 failed (312ms)", desc="Run the tests", ms=4000),
             say("Tests first, then the code:\n\n- `src/signing_test.ts`: the 8 cases you listed\n- `src/signing.ts`: `sign`/`verify` with HMAC-SHA256 over `GET\\n<path>\\n<exp>`, "
                 "`crypto.subtle.verify` for the constant-time comparison, 24 h ahead limit, 30 s skew, kid lookup\n- `src/routes/dl.ts`: 410 for expired, 403 for everything "
                 "else, 302 to the audio on success; mounted at `/dl`\n\n`deno test -A`: 8 passed.")),
        turn("exp check order: reject too-far-ahead before the MAC is fine, but unknown kid should also short-circuit before importKey — it does. ok, commit",
             bash("git add src && git commit -qm 'Signed download URLs for episode audio (HMAC-SHA256, kid rotation, 410 on expiry)' && git log --oneline -1",
                  "5d2e8b0 Signed download URLs for episode audio (HMAC-SHA256, kid rotation, 410 on expiry)", desc="Commit"),
             say("Committed on `signed-downloads` (5d2e8b0). Yes – an unknown kid returns 403 before any key is imported.")),
    ],
)
