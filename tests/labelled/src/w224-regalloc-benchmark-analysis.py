LABEL = dict(
    split="heldout7",
    persona="compiler engineer working on the register allocator of a JIT for a managed language runtime",
    expertise_level=5, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 fixes the comparison exactly: the two result files, geometric mean of per-benchmark medians, noise filtered by the runs' "
               "coefficient of variation (drop benchmarks with CV > 2% in either run), spill counts next to timings, and the three benchmarks "
               "it expects to move with the reason; verification is designed by the user: level 5. A table of figures from benchmark data: "
               "analysing. No failures; prompt 2 'matches what perf stat showed me on the box' confirms the result: verified success."),
)

SESSION = dict(
    cwd="/home/henrik/jit-bench", start="2026-12-02T09:05:00Z", model="claude-opus-4-5", version="2.1.244",
    turns=[
        turn("Compare results/baseline.json and results/split-ranges.json (10 runs per benchmark each). Per benchmark: median time, % change, "
             "spill+reload count from the 'spills' field. Drop any benchmark whose coefficient of variation is above 2% in either run and list "
             "which ones you dropped. Summary: geomean of median ratios over the kept ones. I expect richards, deltablue and raytrace to improve "
             "(hot loops with long live ranges); if something else moves by >3% call it out.",
             bash("python3 - <<'PY'\nimport json, statistics as st, math\nb, s = (json.load(open(f'results/{n}.json')) for n in ('baseline', 'split-ranges'))\n"
                  "cv = lambda xs: st.stdev(xs) / st.mean(xs)\nkept, dropped, ratios = [], [], []\nfor name in sorted(b):\n    tb, ts = b[name]['times_ms'], s[name]['times_ms']\n"
                  "    if max(cv(tb), cv(ts)) > 0.02:\n        dropped.append((name, round(cv(tb)*100, 1), round(cv(ts)*100, 1))); continue\n"
                  "    r = st.median(ts) / st.median(tb); ratios.append(r)\n    kept.append((name, st.median(tb), st.median(ts), round((r-1)*100, 1), b[name]['spills'], s[name]['spills']))\n"
                  "for k in kept: print(*k, sep='\\t')\nprint('dropped', dropped)\nprint('geomean', round(math.exp(sum(map(math.log, ratios))/len(ratios)), 4))\nPY",
                  "crypto\t412.0\t409.5\t-0.6\t1204\t1188\ndeltablue\t88.4\t81.2\t-8.1\t3310\t2170\nearley-boyer\t301.2\t299.8\t-0.5\t902\t897\nnavier-stokes\t640.1\t664.3\t3.8\t455\t612\n"
                  "raytrace\t129.7\t118.9\t-8.3\t2841\t1905\nrichards\t54.2\t47.6\t-12.2\t1980\t1102\nsplay\t233.0\t231.4\t-0.7\t610\t604\n"
                  "dropped [('regexp', 3.4, 2.9), ('typescript', 2.6, 1.8)]\ngeomean 0.9605", desc="Compare the two benchmark runs"),
             say("| benchmark | base ms | split ms | Δ | spills base → split |\n|---|---|---|---|---|\n| richards | 54.2 | 47.6 | −12.2% | 1980 → 1102 |\n"
                 "| raytrace | 129.7 | 118.9 | −8.3% | 2841 → 1905 |\n| deltablue | 88.4 | 81.2 | −8.1% | 3310 → 2170 |\n| navier-stokes | 640.1 | 664.3 | **+3.8%** | 455 → 612 |\n"
                 "| crypto, earley-boyer, splay | | | within ±0.7% | ~unchanged |\n\nGeomean of median ratios over the 7 kept: **0.961** (−4.0%). Dropped for CV > 2%: "
                 "regexp (3.4% / 2.9%) and typescript (2.6% / 1.8%).\n\nYour three improve as expected, with spills down 33–44%. The callout is navier-stokes: "
                 "+3.8% and spills *up* from 455 to 612 – splitting seems to add reloads in its inner loop.")),
        turn("navier-stokes regression matches what perf stat showed me on the box, good. dump the table as csv into results/ for the writeup",
             bash("python3 tools/compare.py results/baseline.json results/split-ranges.json --cv-max 0.02 --csv results/split-ranges-vs-baseline.csv && head -3 results/split-ranges-vs-baseline.csv",
                  "benchmark,base_ms,split_ms,delta_pct,spills_base,spills_split\ncrypto,412.0,409.5,-0.6,1204,1188\ndeltablue,88.4,81.2,-8.1,3310,2170", desc="Write the CSV"),
             say("Written `results/split-ranges-vs-baseline.csv` (7 kept benchmarks; the dropped ones are not in it).")),
    ],
)
