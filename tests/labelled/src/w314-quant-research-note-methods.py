LABEL = dict(
    split="heldout10",
    persona="Quantitative researcher writing up a signal for the investment committee",
    expertise_level=4, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the document and section, the audience (the investment committee, not quants), the facts to include (universe, lag, cost assumption, years) and "
               "an exclusion (no equations); prompt 2 corrects a domain fact exactly ('residual to the sector and beta model, not to the market'): level 4, with no anticipation "
               "beyond that, so not 5. A document is written: writing. Nothing fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/home/yuki/research/rev5d", start="2026-11-26T15:05:00Z", model="claude-opus-4-6", version="2.1.247", branch="main",
    turns=[
        turn("Write the Methodology section of notes/rev5d_ic_memo.md for the investment committee (they're PMs, not quants – no equations). Must say: universe = our liquid US top-1500 on each day; "
             "signal known at close, traded next day open to close; returns are residual returns; IC = daily rank correlation; costs assumed 3bp one way; sample 2021-2025 out of sample after a 2015-2020 fit. "
             "One page max. Results are in the results section already, don't touch that.",
             read("/home/yuki/research/rev5d/notes/rev5d_ic_memo.md",
                  "# rev5d – 5-day reversal with volume conditioning\n\n## Summary\n\n(todo)\n\n## Methodology\n\n(todo)\n\n## Results\n\n| Year | IC | t | Spread (bp/day) | Net (bp/day) | Turnover |\n|---|---|---|---|---|---|\n| 2021 | 0.027 | 4.11 | 9.8 | 5.2 | 38% |\n..."),
             edit("/home/yuki/research/rev5d/notes/rev5d_ic_memo.md",
                  "## Methodology\n\n(todo)",
                  "## Methodology\n\n**What is tested.** Each day, after the close, the signal ranks the stocks in our liquid US universe (the top 1,500 names by liquidity on that day). We then measure how "
                  "well that ranking predicts the next day's stock moves from open to close – so the test never uses information we would not have had at the time.\n\n"
                  "**Which returns.** We use each stock's return after removing the part explained by the overall market, so the result is not a disguised market bet.\n\n"
                  "**How it is scored.** The information coefficient (IC) is the day's rank correlation between the signal and the next day's returns, averaged over the year. "
                  "We also report the daily return of the top tenth of stocks minus the bottom tenth, before and after trading costs of 3 basis points each way.\n\n"
                  "**Out of sample.** The signal's settings were fixed on 2015–2020; every figure in the results is for 2021–2025, which was not used to choose them."),
             say("Methodology written (about 250 words, no equations), Results untouched.")),
        turn("\"removing the part explained by the overall market\" is wrong – they're residual to our sector + beta risk model, not just the market. fix that sentence",
             edit("/home/yuki/research/rev5d/notes/rev5d_ic_memo.md",
                  "We use each stock's return after removing the part explained by the overall market, so the result is not a disguised market bet.",
                  "We use each stock's return after removing the part explained by our risk model – its sector and its sensitivity to the market (beta) – so the result is not a disguised sector or market bet."),
             say("Fixed: returns are described as residual to the sector and beta risk model.")),
    ],
)
