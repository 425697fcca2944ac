LABEL = dict(
    split="heldout8",
    persona="Staff ML engineer on a search-ranking team, replacing an ad-hoc offline evaluation with a reproducible harness",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 decomposes the work into ordered steps and names the constraints (frozen query sets with hashes, metrics NDCG@10 and recall@100 with "
               "bootstrap CIs and a fixed seed, parity with the current notebook numbers within 0.002 before switching, no change to the training repo), rules "
               "out MLflow with a reason, and names the failure mode to guard against (label leakage from click logs after the snapshot date): level 5. The "
               "session ends in a plan via ExitPlanMode with no edits: planning. No failures and no evidence: neither."),
)

SESSION = dict(
    cwd="/home/eun/src/rank-eval", start="2026-11-26T10:00:00Z", model="claude-opus-4-6", version="2.1.247", mode="plan",
    turns=[
        turn("Plan (no code yet) for replacing notebooks/offline_eval.ipynb with a reproducible harness in this repo. Requirements, in order:\n"
             "1. Frozen query sets: export the three judged sets to parquet with a content hash recorded in a manifest; eval refuses to run if a hash differs.\n"
             "2. Metrics: NDCG@10 and recall@100, bootstrap 95% CIs (1000 resamples, fixed seed), paired bootstrap for model A vs B.\n"
             "3. Parity gate: the harness must reproduce the notebook's numbers for the current prod model within ±0.002 NDCG@10 before we switch.\n"
             "4. Leakage: click-derived labels must be cut at the snapshot date – the notebook currently joins clicks up to 'now', I think that's inflating recall.\n"
             "Not MLflow – the infra team won't run it; results go to a JSON file per run plus a markdown summary. Don't touch ../rank-train.",
             read("/home/eun/src/rank-eval/notebooks/offline_eval.ipynb", "# cell 4\nclicks = spark.table('logs.search_clicks').where(f\"dt >= '{start}'\")\nlabels = judged.union(clicks_to_labels(clicks))\n...\n# cell 9\nndcg = np.mean([ndcg_at_k(r, 10) for r in ranked])"),
             grep("dt <=|snapshot", path="/home/eun/src/rank-eval/notebooks", content=""),
             plan("## Plan: reproducible offline evaluation\n\n**Step 0 – read-only audit.** Confirm the leakage: cell 4 has no upper bound on `dt`; count click labels after each set's "
                  "snapshot date.\n\n**Step 1 – query sets.** `rank_eval/sets.py`: export `judged_core`, `judged_tail`, `judged_locale` to `data/sets/*.parquet`; "
                  "`manifest.json` with sha256 per file and snapshot date. `load_set()` verifies the hash and raises `ManifestMismatch`.\n\n"
                  "**Step 2 – labels.** `labels.py`: judged labels plus click labels with `dt <= snapshot_date` (explicit, tested). Unit test with a synthetic click after the snapshot.\n\n"
                  "**Step 3 – metrics.** `metrics.py`: NDCG@10, recall@100 (pure numpy); `bootstrap.py`: 1000 resamples over queries, `seed=20261126`, percentile CI; paired "
                  "bootstrap on per-query deltas. Tests against hand-computed small cases.\n\n**Step 4 – parity gate.** Run the harness *with the old leaky label join* (flag "
                  "`--legacy-labels`) against the prod model; must match the notebook within ±0.002 NDCG@10. Only after that, switch to the cut-off labels and record the expected "
                  "drop in recall as its own result.\n\n**Step 5 – outputs.** `runs/<date>-<model>.json` (config, hashes, metrics, CIs) + `summary.md`; CLI `rank-eval run --model … --sets …`.\n\n"
                  "**Out of scope:** MLflow, ../rank-train.\n\n**Risks:** notebook uses `np.mean` over queries with no results (NDCG=0 vs skipped) – parity may need that rule copied first.",
                  "/home/eun/.claude/plans/rank-eval-harness.md"),
             say("Plan approved. One thing from the audit worth knowing now: cell 4 filters clicks only from `start`, with no upper bound, so your leakage suspicion holds; "
                 "the parity step deliberately reproduces that first, then measures the effect of the cut-off separately.")),
    ],
)
