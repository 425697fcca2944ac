LABEL = dict(
    split="dev",
    persona="Application security engineer reviewing an API gateway before a pen test",
    expertise_level=5, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 enumerates exactly what to establish (library, accepted algorithms, the JWKS source and "
               "refresh interval, whether alg=none or HS256-with-the-public-key could pass), sets the scope (read only) "
               "and the citation format (file:line); prompt 2 pins down one edge case (kid not in the cache): level 5. "
               "Reads and searches only, so exploring. No failures, no evidence."),
)

SESSION = dict(
    cwd="/home/bk/src/platform/services/gateway", start="2026-01-21T10:30:00Z", model="claude-opus-4-7", version="2.1.204",
    turns=[
        turn("Audit how services/gateway verifies JWTs: which library, which algorithms are accepted, where the "
             "JWKS comes from and how often it's refreshed, and whether alg=none or the HS256-with-the-public-key "
             "confusion could slip through. Read only, don't change code, cite file:line for every claim.",
             grep("jwt|jose|jwks", path=".", files=["go.mod", "internal/auth/verify.go", "internal/auth/jwks.go", "internal/auth/verify_test.go", "config/gateway.yaml"]),
             par(read("/home/bk/src/platform/services/gateway/internal/auth/verify.go",
                      "func (v *Verifier) Verify(raw string) (*Claims, error) {\n\ttok, err := jwt.ParseWithClaims(raw, &Claims{}, v.keyFunc,\n\t\tjwt.WithValidMethods([]string{\"RS256\", \"ES256\"}),\n\t\tjwt.WithIssuer(v.issuer), jwt.WithAudience(v.aud), jwt.WithLeeway(30*time.Second))\n"
                      "\t...\n}\n\nfunc (v *Verifier) keyFunc(t *jwt.Token) (any, error) {\n\tkid, _ := t.Header[\"kid\"].(string)\n\treturn v.jwks.Key(kid)\n}"),
                 read("/home/bk/src/platform/services/gateway/internal/auth/jwks.go",
                      "func (c *JWKSCache) Key(kid string) (any, error) {\n\tc.mu.RLock()\n\tk, ok := c.keys[kid]\n\tc.mu.RUnlock()\n\tif !ok {\n\t\treturn nil, ErrUnknownKID\n\t}\n\treturn k, nil\n}\n\nfunc (c *JWKSCache) run(ctx context.Context) {\n\tt := time.NewTicker(c.interval)\n\t..."),
                 read("/home/bk/src/platform/services/gateway/go.mod", "module platform/gateway\n\ngo 1.23\n\nrequire (\n\tgithub.com/golang-jwt/jwt/v5 v5.2.1\n\tgithub.com/MicahParks/keyfunc/v3 v3.3.5\n)")),
             grep("jwks", path="config", content="config/gateway.yaml:14:  jwks_url: https://auth.internal.example.com/.well-known/jwks.json\nconfig/gateway.yaml:15:  jwks_refresh: 15m"),
             grep("none|HS256", path="internal/auth", content="internal/auth/verify_test.go:88:func TestRejectsAlgNone(t *testing.T) {\ninternal/auth/verify_test.go:102:func TestRejectsHS256SignedWithPublicKey(t *testing.T) {"),
             say("**Library:** `github.com/golang-jwt/jwt/v5` v5.2.1 (`go.mod:6`). `keyfunc/v3` is required but "
                 "never imported; the JWKS cache is hand-written (`internal/auth/jwks.go`).\n\n**Algorithms:** "
                 "only RS256 and ES256 are accepted, via `jwt.WithValidMethods` (`internal/auth/verify.go:3`). "
                 "The library checks the token's `alg` against this list *before* calling the key function, "
                 "so:\n- **alg=none** is rejected, and pinned by `TestRejectsAlgNone` (`verify_test.go:88`).\n"
                 "- **HS256 with the public key as the secret** is rejected for the same reason, and pinned by "
                 "`TestRejectsHS256SignedWithPublicKey` (`verify_test.go:102`).\n\n**JWKS:** fetched from "
                 "`https://auth.internal.example.com/.well-known/jwks.json` (`config/gateway.yaml:14`) and "
                 "refreshed every **15 minutes** by a ticker (`gateway.yaml:15`, `jwks.go:12`).\n\n**Also "
                 "checked:** the issuer and audience, with 30 s of leeway (`verify.go:4`).")),
        turn("What happens when a token arrives with a kid that isn't in the cache yet, e.g. right after a key rotation?",
             read("/home/bk/src/platform/services/gateway/internal/auth/jwks.go",
                  "func (c *JWKSCache) Key(kid string) (any, error) {\n\tc.mu.RLock()\n\tk, ok := c.keys[kid]\n\tc.mu.RUnlock()\n\tif !ok {\n\t\treturn nil, ErrUnknownKID\n\t}\n\treturn k, nil\n}"),
             say("It's rejected. `JWKSCache.Key` returns `ErrUnknownKID` (`jwks.go:5-7`), and nothing triggers a "
                 "refresh on a miss. So after the identity provider rotates keys, tokens signed with the new key "
                 "fail for **up to 15 minutes**, until the next tick.\n\nThat's an availability issue rather than "
                 "a security one (it fails closed). The usual fix is a rate-limited refresh on an unknown `kid`, "
                 "which is what `keyfunc/v3` provides and why it may be in `go.mod`. Worth raising with the "
                 "team. I haven't changed anything.")),
    ],
)
