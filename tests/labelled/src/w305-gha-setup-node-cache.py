LABEL = dict(
    split="heldout10",
    persona="Developer who maintains the GitHub Actions CI of a pnpm monorepo",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the workflow, the job and the error ('Some specified paths were not resolved, unable to cache dependencies'), and the check (re-run it "
               "with gh and watch), leaving the cause to the agent: level 3. A failing build is repaired: fixing. The agent's first `gh run watch` fails "
               "(trouble); after the second edit the rerun is green and the `git commit` of the fix succeeds (the test job passes too): verified success."),
)

SESSION = dict(
    cwd="/home/ines/dev/kite-monorepo", start="2026-11-25T16:10:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="ci/fix-node-cache",
    turns=[
        turn("CI is red since we moved to pnpm. .github/workflows/ci.yml, the 'test' job fails in setup-node with: Error: Some specified paths were not resolved, unable to cache dependencies. fix it on this branch, push and watch the run with gh",
             read("/home/ines/dev/kite-monorepo/.github/workflows/ci.yml",
                  "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          cache: npm\n      - run: npm i -g pnpm@9\n      - run: pnpm install --frozen-lockfile\n      - run: pnpm -r test"),
             edit("/home/ines/dev/kite-monorepo/.github/workflows/ci.yml", "          cache: npm", "          cache: pnpm"),
             bash("git commit -am \"ci: cache pnpm store\" && git push -q && sleep 5 && gh run watch --exit-status $(gh run list -b ci/fix-node-cache -L1 --json databaseId -q '.[0].databaseId')",
                  "[ci/fix-node-cache 71be0a2] ci: cache pnpm store\n 1 file changed, 1 insertion(+), 1 deletion(-)\nRefreshing run status every 3 seconds. Press Ctrl+C to quit.\n\nX ci/fix-node-cache CI · 12015839921\nTriggered via push less than a minute ago\n\nJOBS\nX test in 9s (ID 33520187644)\n  ✓ Set up job\n  ✓ Run actions/checkout@v4\n  X Run actions/setup-node@v4\n\nANNOTATIONS\nX Unable to locate executable file: pnpm. Please verify either the file path exists or the file mode is set to executable.",
                  code=1, desc="Push and watch the CI run", ms=64000),
             edit("/home/ines/dev/kite-monorepo/.github/workflows/ci.yml",
                  "      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          cache: pnpm\n      - run: npm i -g pnpm@9",
                  "      - uses: actions/checkout@v4\n      # pnpm must be on PATH before setup-node, which asks it for the store path to cache\n      - uses: pnpm/action-setup@v4\n        with:\n          version: 9\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          cache: pnpm"),
             bash("git commit -am \"ci: install pnpm before setup-node\" && git push -q && sleep 5 && gh run watch --exit-status $(gh run list -b ci/fix-node-cache -L1 --json databaseId -q '.[0].databaseId')",
                  "[ci/fix-node-cache 3f0c9de] ci: install pnpm before setup-node\n 1 file changed, 4 insertions(+), 1 deletion(-)\nRefreshing run status every 3 seconds. Press Ctrl+C to quit.\n\n✓ ci/fix-node-cache CI · 12015901347\nTriggered via push about 2 minutes ago\n\nJOBS\n✓ test in 2m41s (ID 33520366102)\n  ✓ Set up job\n  ✓ Run pnpm/action-setup@v4\n  ✓ Run actions/setup-node@v4\n  ✓ Run pnpm install --frozen-lockfile\n  ✓ Run pnpm -r test\n  ✓ Post Run actions/setup-node@v4",
                  desc="Push and watch again", ms=171000),
             say("Green now. The cache was still set to `npm`, which looks for `package-lock.json` (gone after the pnpm move). Switching it to `cache: pnpm` alone failed because "
                 "setup-node asks pnpm for its store path and pnpm was only installed afterwards; `pnpm/action-setup@v4` now runs first. Two commits on `ci/fix-node-cache`, "
                 "the last run passed including `pnpm -r test`.")),
    ],
)
