LABEL = dict(
    split="heldout5",
    persona="Hydrologist at a river basin authority, uses Python for flood frequency analysis",
    expertise_level=5, work_mode="analysing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 decomposes the analysis into ordered steps and handles the edge case up front: the file (the gauge NetCDF), the series "
               "(annual maxima by water year starting 1 October), the exclusion rule (years with more than 10% missing days), the method (GEV by "
               "maximum likelihood) and the deliverable (2-, 10-, 50- and 100-year return levels with 95% intervals from 1000 bootstrap resamples, "
               "seed fixed); prompt 2 designs a check of its own (against the 2019 study's 100-year figure from 1956–2017 data). Level 5. Figures "
               "computed from data: analysing. No failures; the user asks one follow-up and never confirms the figures (prompt 3 is a question "
               "about the method, answered): neither."),
)

SESSION = dict(
    cwd="/home/eilidh/flood/tay-ballathie", start="2026-12-01T10:00:00Z", model="claude-opus-4-6", version="2.1.249",
    turns=[
        turn("Using gauge_15006_daily.nc (daily mean flow, m3/s), take annual maxima by water year (1 Oct – 30 Sep), drop water years with more than 10% missing days, "
             "fit a GEV by maximum likelihood and give me the 2, 10, 50 and 100-year return levels with 95% intervals from 1000 bootstrap resamples (seed 42). "
             "Table plus the number of years used.",
             bash("python3 - <<'PY'\nimport xarray as xr, numpy as np\nfrom scipy.stats import genextreme as gev\nq = xr.open_dataset('gauge_15006_daily.nc').flow\n"
                  "wy = q.time.dt.year + (q.time.dt.month >= 10)\nok = q.isnull().groupby(wy).mean() <= 0.10\nam = q.groupby(wy).max()[ok.values]\n"
                  "c, loc, sc = gev.fit(am.values)\nT = np.array([2, 10, 50, 100]); rl = gev.ppf(1 - 1/T, c, loc, sc)\nrng = np.random.default_rng(42)\n"
                  "bs = np.array([gev.ppf(1 - 1/T, *gev.fit(rng.choice(am.values, am.size))) for _ in range(1000)])\nlo, hi = np.percentile(bs, [2.5, 97.5], axis=0)\n"
                  "print('years used', am.size, 'of', len(np.unique(wy)), '; shape c =', round(c, 3))\nfor t, r, l, h in zip(T, rl, lo, hi): print(t, round(r), round(l), round(h))\nPY",
                  "years used 71 of 74 ; shape c = -0.082\n2 797 768 826\n10 1130 1071 1196\n50 1428 1313 1573\n100 1560 1410 1756", desc="Annual maxima, GEV fit and bootstrap", ms=96000),
             say("71 of 74 water years used (1956, 1983 and 2003 had more than 10% missing days). GEV shape −0.082 in scipy's sign convention, i.e. a slightly heavy upper tail.\n\n"
                 "| return period | level (m³/s) | 95% interval |\n|---|---|---|\n| 2 yr | 797 | 768 – 826 |\n| 10 yr | 1,130 | 1,071 – 1,196 |\n| 50 yr | 1,428 | 1,313 – 1,573 |\n"
                 "| 100 yr | 1,560 | 1,410 – 1,756 |")),
        turn("The 2019 flood study has 1,610 for the 100-year at this gauge from 1956–2017 data. Is ours consistent with that?",
             bash("python3 - <<'PY'\nimport xarray as xr, numpy as np\nfrom scipy.stats import genextreme as gev\nq = xr.open_dataset('gauge_15006_daily.nc').flow\n"
                  "wy = q.time.dt.year + (q.time.dt.month >= 10)\nok = q.isnull().groupby(wy).mean() <= 0.10\nam = q.groupby(wy).max()[ok.values]\nam = am[am.group <= 2017]\n"
                  "p = gev.fit(am.values); rng = np.random.default_rng(42)\nbs = [gev.ppf(0.99, *gev.fit(rng.choice(am.values, am.size))) for _ in range(1000)]\n"
                  "print('years used', am.size, '; 100-yr', round(gev.ppf(0.99, *p)), tuple(np.round(np.percentile(bs, [2.5, 97.5]))))\nPY",
                  "years used 59 ; 100-yr 1598 (1421.0, 1830.0)", desc="Refit on 1956–2017", ms=71000),
             say("Yes. Refitting on 1956–2017 only gives 1,598 m³/s (1,421–1,830), within 1% of the study's 1,610 – the small gap is likely their method (the study "
                 "may have used L-moments). The full record gives 1,560; the lower figure comes from the recent years, which have had no exceptional floods, and "
                 "1,610 lies well inside our interval.")),
        turn("Would L-moments change much with 71 years?",
             say("Probably not much. With about 70 annual maxima, L-moment and maximum-likelihood GEV fits usually give 100-year levels within a few percent; "
                 "L-moments are more robust with short records or outliers, and maximum likelihood copes better with covariates or missing years. Fitting both and "
                 "reporting the difference is a cheap sensitivity check if the 1,560 goes into a design decision.")),
    ],
)
