LABEL = dict(
    split="heldout12",
    persona="PyTorch ML engineer comparing two training runs from their CSV metric logs",
    expertise_level=4, work_mode="analysing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the two log files, the metrics (best val WER and its step, throughput in samples/s excluding the first 200 warm-up steps, peak memory) and the output (one table, same columns for both runs); "
               "prompt 2 adds a precise cut (compare at equal wall-clock, 6 h). No check or acceptance criterion of her own and no failure modes anticipated: level 4. "
               "Figures are computed from the logs: analysing. Nothing fails and no prompt confirms the figures: neither."),
)

SESSION = dict(
    cwd="/home/priya/src/asr-train", start="2026-12-14T16:20:00Z", model="claude-opus-4-6", version="2.1.252",
    turns=[
        turn("compare runs/bf16-baseline/metrics.csv and runs/bf16-flash-attn/metrics.csv. one table, both runs: best val_wer + the step it happened, median train throughput (samples/s, skip the first 200 steps as warmup), peak gpu mem. nothing else",
             bash("head -3 runs/bf16-baseline/metrics.csv; head -3 runs/bf16-flash-attn/metrics.csv; wc -l runs/*/metrics.csv",
                  "step,wall_s,split,loss,wer,samples_per_s,gpu_mem_gb\n1,2.91,train,8.412,,41.2,31.7\n2,4.02,train,8.233,,88.9,31.9\n"
                  "step,wall_s,split,loss,wer,samples_per_s,gpu_mem_gb\n1,2.47,train,8.409,,52.0,24.2\n2,3.35,train,8.251,,113.4,24.4\n"
                  "  24411 runs/bf16-baseline/metrics.csv\n  24386 runs/bf16-flash-attn/metrics.csv\n  48797 total", desc="Look at the logs"),
             bash("python - <<'PY'\nimport pandas as pd\nrows = []\nfor run in ['bf16-baseline', 'bf16-flash-attn']:\n    df = pd.read_csv(f'runs/{run}/metrics.csv')\n    tr, va = df[df.split == 'train'], df[df.split == 'val']\n    best = va.loc[va.wer.idxmin()]\n    rows.append({'run': run, 'best_val_wer': round(best.wer, 4), 'at_step': int(best.step),\n                 'median_samples_per_s': round(tr[tr.step > 200].samples_per_s.median(), 1),\n                 'peak_gpu_mem_gb': df.gpu_mem_gb.max(), 'train_steps': int(tr.step.max())})\nprint(pd.DataFrame(rows).to_markdown(index=False))\nPY",
                  "| run             |   best_val_wer |   at_step |   median_samples_per_s |   peak_gpu_mem_gb |   train_steps |\n|:----------------|---------------:|----------:|-----------------------:|------------------:|--------------:|\n| bf16-baseline   |         0.1412 |     22000 |                  118.3 |              38.9 |         24000 |\n| bf16-flash-attn |         0.1398 |     24000 |                  156.7 |              27.6 |         24000 |",
                  desc="Compute the comparison"),
             say("| run | best val WER | at step | median samples/s (step > 200) | peak GPU mem (GB) |\n|---|---|---|---|---|\n| bf16-baseline | 0.1412 | 22,000 | 118.3 | 38.9 |\n| bf16-flash-attn | 0.1398 | 24,000 | 156.7 | 27.6 |\n\n"
                 "Both ran 24,000 train steps. Flash-attn's best WER is at its last eval, so it may not have plateaued yet.")),
        turn("same table but at equal wall-clock: cut both at 6h (wall_s <= 21600)",
             bash("python - <<'PY'\nimport pandas as pd\nrows = []\nfor run in ['bf16-baseline', 'bf16-flash-attn']:\n    df = pd.read_csv(f'runs/{run}/metrics.csv')\n    df = df[df.wall_s <= 21600]\n    tr, va = df[df.split == 'train'], df[df.split == 'val']\n    best = va.loc[va.wer.idxmin()]\n    rows.append({'run': run, 'best_val_wer': round(best.wer, 4), 'at_step': int(best.step),\n                 'median_samples_per_s': round(tr[tr.step > 200].samples_per_s.median(), 1),\n                 'peak_gpu_mem_gb': df.gpu_mem_gb.max(), 'last_train_step': int(tr.step.max())})\nprint(pd.DataFrame(rows).to_markdown(index=False))\nPY",
                  "| run             |   best_val_wer |   at_step |   median_samples_per_s |   peak_gpu_mem_gb |   last_train_step |\n|:----------------|---------------:|----------:|-----------------------:|------------------:|------------------:|\n| bf16-baseline   |         0.1655 |     16000 |                  118.4 |              38.9 |             16912 |\n| bf16-flash-attn |         0.1467 |     22000 |                  156.6 |              27.6 |             22288 |",
                  desc="Same table, cut at 6 h"),
             say("At 6 h wall-clock:\n\n| run | best val WER | at step | median samples/s | peak GPU mem (GB) | steps reached |\n|---|---|---|---|---|---|\n| bf16-baseline | 0.1655 | 16,000 | 118.4 | 38.9 | 16,912 |\n| bf16-flash-attn | 0.1467 | 22,000 | 156.6 | 27.6 | 22,288 |\n\n"
                 "At equal time the gap is much larger (0.1655 vs 0.1467) because flash-attn gets ~32% more steps in. Evals are every 2,000 steps, so \"best\" is only resolved to that granularity.")),
    ],
)
