LABEL = dict(
    split="heldout5",
    persona="Haskell backend engineer at a logistics company, maintains a Servant API",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the route and the function, the cause to suspect (percent-decoding applied twice to the :sku capture, so 'A%2525B' arrives as 'A%B'), "
               "rules out the quick fix with a reason (no decoding in the handler, other routes depend on the middleware) and designs the "
               "verification (an hspec-wai test that fails first, then the fix, then `cabal test`); prompt 2's correction is exact and short: "
               "level 5. Broken behaviour repaired: fixing. The reproducing test fails as asked (trouble, red then green); `cabal test` passes "
               "after the fix and the commit succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/noor/src/shipyard-api", start="2026-11-25T11:15:00Z", model="claude-opus-4-6", version="2.1.245", branch="fix/sku-double-decode",
    turns=[
        turn("GET /skus/:sku returns 404 for SKUs with a literal %, e.g. \"A%25B\" encoded as A%2525B. I think the sku capture gets percent-decoded twice: once by Servant and again by "
             "our normaliseSku in Shipyard.Api.Middleware.PathNormalise. Don't decode in the handler as a workaround — /orders relies on the middleware. "
             "First add an hspec-wai test in test/Shipyard/Api/SkusSpec.hs that requests /skus/A%2525B and expects 200 with sku \"A%25B\", run it and show me it failing. Then fix, then cabal test.",
             par(read("/home/noor/src/shipyard-api/src/Shipyard/Api/Middleware/PathNormalise.hs",
                      "pathNormalise :: Middleware\npathNormalise app req = app req { pathInfo = map normaliseSku (pathInfo req) }\n\n"
                      "normaliseSku :: Text -> Text\nnormaliseSku = T.toUpper . decodeUtf8 . urlDecode False . encodeUtf8"),
                 read("/home/noor/src/shipyard-api/test/Shipyard/Api/SkusSpec.hs", "spec :: Spec\nspec = with testApp $ describe \"GET /skus/:sku\" $ do\n  it \"returns a known sku\" $\n"
                      "    get \"/skus/AB-100\" `shouldRespondWith` 200")),
             edit("/home/noor/src/shipyard-api/test/Shipyard/Api/SkusSpec.hs", "    get \"/skus/AB-100\" `shouldRespondWith` 200",
                  "    get \"/skus/AB-100\" `shouldRespondWith` 200\n  it \"keeps a literal % in the sku\" $\n"
                  "    get \"/skus/A%2525B\" `shouldRespondWith` [json|{\"sku\": \"A%25B\", \"onHand\": 3}|] {matchStatus = 200}"),
             bash("cabal test --test-show-details=direct --test-options='-m \"literal %\"' 2>&1 | tail -8", "", desc="Run the new test", code=1, ms=64000,
                  stderr="  GET /skus/:sku\n    keeps a literal % in the sku FAILED [1]\n\nFailures:\n\n  test/Shipyard/Api/SkusSpec.hs:14:5:\n  1) GET /skus/:sku keeps a literal % in the sku\n"
                         "       status mismatch:\n         expected: 200\n         but got:  404\n\n1 example, 1 failure\n"),
             say("The test fails as expected: 404 for `/skus/A%2525B`. Warp already hands the app a decoded `pathInfo` (`A%25B`), and `normaliseSku` runs `urlDecode` "
                 "on it again, giving `A%B`, which doesn't exist. The fix is to drop the second decode from `normaliseSku`, keeping the uppercasing. Go ahead?")),
        turn("yes. keep toUpper, it's needed for /orders",
             edit("/home/noor/src/shipyard-api/src/Shipyard/Api/Middleware/PathNormalise.hs", "normaliseSku = T.toUpper . decodeUtf8 . urlDecode False . encodeUtf8",
                  "-- pathInfo is already percent-decoded by Warp; decoding again turned a literal \"%25\" into \"%\".\nnormaliseSku = T.toUpper"),
             bash("cabal test 2>&1 | tail -4", "Finished in 2.4121 seconds\n87 examples, 0 failures\nTest suite shipyard-api-test: PASS", desc="Run all tests", ms=92000),
             bash("git add -A && git commit -qm 'PathNormalise: do not percent-decode pathInfo twice (literal % in SKUs)' && git log --oneline -1", "c81f0e2 PathNormalise: do not percent-decode pathInfo twice (literal % in SKUs)", desc="Commit"),
             say("`normaliseSku` now only uppercases. The new spec passes along with the rest (87 examples, 0 failures), and it's committed on `fix/sku-double-decode` (c81f0e2).")),
    ],
)
