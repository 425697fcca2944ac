LABEL = dict(
    split="heldout2",
    persona="Machine-learning engineer on a support-ticket routing model",
    expertise_level=5, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 specifies the analysis completely: the notebook, the metrics (macro-F1, per-class recall), the "
               "data (March holdout), the uncertainty method (1,000-sample bootstrap 95% CIs, seed 7), the comparison "
               "(the February model on the same data) and the scope (no retraining): level 5. Figures computed in a "
               "notebook, so analysing. The first notebook execution fails (KeyError 'label'); after the fix it runs, "
               "and prompt 2 ('that's what I needed for the review') confirms: verified."),
)

SESSION = dict(
    cwd="/home/yuki/ml/ticket-router", start="2026-05-27T07:30:00Z", model="claude-opus-4-7", version="2.1.254",
    turns=[
        turn("In notebooks/eval.ipynb add a cell that computes macro-F1 and per-class recall for the current model on "
             "the March holdout (data/holdout_2026_03.parquet), with 95% bootstrap CIs, 1,000 resamples, seed 7, "
             "resampling tickets not rows of the per-class table. Then the same for the February model "
             "(models/router-2026-02) on the same March data so the comparison is like for like, and a paired "
             "bootstrap of the macro-F1 difference. Don't retrain or re-tokenise anything; use the cached predictions "
             "if they exist.",
             par(read("/home/yuki/ml/ticket-router/notebooks/eval.ipynb",
                      "[cell 1] import pandas as pd, numpy as np\nfrom sklearn.metrics import f1_score, recall_score\n\n[cell 2] preds = pd.read_parquet('cache/preds_router-2026-04_holdout_2026_03.parquet')\npreds.head()\n"
                      "  ticket_id  gold        pred\n0  T-88121   billing     billing\n1  T-88122   tech_issue  account\n..."),
                 glob("cache/preds_*.parquet", ["cache/preds_router-2026-04_holdout_2026_03.parquet", "cache/preds_router-2026-02_holdout_2026_03.parquet", "cache/preds_router-2026-02_holdout_2026_02.parquet"])),
             nbedit("/home/yuki/ml/ticket-router/notebooks/eval.ipynb", "cell-3",
                    "cur = pd.read_parquet('cache/preds_router-2026-04_holdout_2026_03.parquet')\nfeb = pd.read_parquet('cache/preds_router-2026-02_holdout_2026_03.parquet')\n"
                    "both = cur.merge(feb, on='ticket_id', suffixes=('_cur', '_feb'))\nassert len(both) == len(cur) == len(feb)\nlabels = sorted(both['label_cur'].unique())\n\n"
                    "def scores(gold, pred):\n    return f1_score(gold, pred, average='macro', labels=labels), recall_score(gold, pred, average=None, labels=labels)\n\n"
                    "rng = np.random.default_rng(7)\nn = len(both)\nboot = {'cur': [], 'feb': [], 'diff': [], 'rec_cur': [], 'rec_feb': []}\nfor _ in range(1000):\n"
                    "    idx = rng.integers(0, n, n)\n    s = both.iloc[idx]\n    f_cur, r_cur = scores(s.label_cur, s.pred_cur)\n    f_feb, r_feb = scores(s.label_cur, s.pred_feb)\n"
                    "    boot['cur'].append(f_cur); boot['feb'].append(f_feb); boot['diff'].append(f_cur - f_feb)\n    boot['rec_cur'].append(r_cur); boot['rec_feb'].append(r_feb)\n"
                    "ci = lambda a: np.percentile(a, [2.5, 97.5], axis=0)\n"),
             bash("jupyter nbconvert --to notebook --execute --inplace notebooks/eval.ipynb --ExecutePreprocessor.timeout=1200 2>&1 | tail -6",
                  "---------------------------------------------------------------------------\nKeyError                                  Traceback (most recent call last)\n"
                  "Cell In[3], line 5\n----> 5 labels = sorted(both['label_cur'].unique())\nKeyError: 'label_cur'\n[NbConvertApp] ERROR | Notebook execution failed",
                  code=1, desc="Execute the notebook", ms=48000),
             nbedit("/home/yuki/ml/ticket-router/notebooks/eval.ipynb", "cell-3",
                    "cur = pd.read_parquet('cache/preds_router-2026-04_holdout_2026_03.parquet')\nfeb = pd.read_parquet('cache/preds_router-2026-02_holdout_2026_03.parquet')\n"
                    "both = cur.merge(feb[['ticket_id', 'gold', 'pred']], on='ticket_id', suffixes=('_cur', '_feb'))\nassert len(both) == len(cur) == len(feb)\n"
                    "assert (both.gold_cur == both.gold_feb).all()  # same gold labels in both caches\nlabels = sorted(both['gold_cur'].unique())\n\n"
                    "def scores(gold, pred):\n    return f1_score(gold, pred, average='macro', labels=labels), recall_score(gold, pred, average=None, labels=labels)\n\n"
                    "rng = np.random.default_rng(7)\nn = len(both)\nboot = {'cur': [], 'feb': [], 'diff': [], 'rec_cur': [], 'rec_feb': []}\nfor _ in range(1000):\n"
                    "    idx = rng.integers(0, n, n)  # resample tickets; both models see the same resample (paired)\n    s = both.iloc[idx]\n"
                    "    f_cur, r_cur = scores(s.gold_cur, s.pred_cur)\n    f_feb, r_feb = scores(s.gold_cur, s.pred_feb)\n"
                    "    boot['cur'].append(f_cur); boot['feb'].append(f_feb); boot['diff'].append(f_cur - f_feb)\n    boot['rec_cur'].append(r_cur); boot['rec_feb'].append(r_feb)\n"
                    "ci = lambda a: np.percentile(a, [2.5, 97.5], axis=0)\nsummary_table(both, boot, labels, ci)\n",
                    pre="The cached predictions call the column `gold`, not `label`. Fixing the cell, and checking both caches agree on the gold labels:"),
             bash("jupyter nbconvert --to notebook --execute --inplace notebooks/eval.ipynb --ExecutePreprocessor.timeout=1200 2>&1 | tail -2 && "
                  "python3 -c \"import json; nb=json.load(open('notebooks/eval.ipynb')); print(''.join(nb['cells'][2]['outputs'][-1]['text']))\"",
                  "[NbConvertApp] Writing 84211 bytes to notebooks/eval.ipynb\n"
                  "n_tickets = 18,406 (March holdout)\n\nmacro-F1      current 0.812 [0.804, 0.820]   feb 0.797 [0.789, 0.805]\n"
                  "paired diff   +0.015 [+0.010, +0.020]\n\nrecall        current                 feb\nbilling       0.911 [0.902, 0.920]    0.908 [0.898, 0.917]\n"
                  "account       0.774 [0.758, 0.790]    0.741 [0.724, 0.758]\ntech_issue    0.856 [0.846, 0.866]    0.852 [0.841, 0.862]\n"
                  "cancellation  0.702 [0.671, 0.733]    0.655 [0.622, 0.688]\nshipping      0.887 [0.876, 0.898]    0.889 [0.878, 0.900]",
                  desc="Execute again and print the summary", ms=236000),
             say("Done; cell 3 of `notebooks/eval.ipynb` runs end to end on the cached predictions (nothing retrained). "
                 "March holdout, 18,406 tickets, 1,000 paired ticket-level resamples, seed 7:\n\n| | current | Feb model |\n"
                 "|---|---|---|\n| **macro-F1** | 0.812 [0.804, 0.820] | 0.797 [0.789, 0.805] |\n| billing recall | 0.911 [0.902, 0.920] | 0.908 [0.898, 0.917] |\n"
                 "| account | 0.774 [0.758, 0.790] | 0.741 [0.724, 0.758] |\n| tech_issue | 0.856 [0.846, 0.866] | 0.852 [0.841, 0.862] |\n"
                 "| cancellation | 0.702 [0.671, 0.733] | 0.655 [0.622, 0.688] |\n| shipping | 0.887 [0.876, 0.898] | 0.889 [0.878, 0.900] |\n\n"
                 "**Paired macro-F1 difference: +0.015 [+0.010, +0.020]**, so the improvement is clear of zero. It comes "
                 "almost entirely from `account` and `cancellation`; the other three classes' intervals overlap.\n\nThe "
                 "first run failed because the caches name the column `gold`, not `label`; I also assert that both "
                 "caches carry identical gold labels, so the pairing is sound.")),
        turn("Nice, the paired interval is what I needed for the model review. Thanks.",
             say("Glad it helps. For the review deck, cancellation has the widest intervals (it's the smallest class), so "
                 "that's the number most likely to get questions.")),
    ],
)
