LABEL = dict(
    split="heldout9",
    persona="Senior statistician at a public-health research institute drafting the statistical methods section of a cohort paper",
    expertise_level=4, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the analysis file to describe, the journal's word limit, the items the section must cover "
               "(missing data by multiple imputation, 20 imputations, Rubin's rules, E-values for unmeasured confounding) and "
               "the output file; prompt 2 corrects a domain fact exactly (the model is Cox with robust SEs clustered on "
               "household, not a frailty model): level 4. Writing. No failures; the session ends on the correction applied with no "
               "statement that the text is right, so neither."),
)

SESSION = dict(
    cwd="/Users/mvanderberg/papers/cohort-heat", start="2026-09-16T14:28:11Z",
    model="claude-opus-4-6", version="2.1.219",
    turns=[
        turn("Draft the statistical methods for the paper into methods_stats.md, max 450 words (BMJ Open). Describe what "
             "analysis/main_models.R does. Must cover: exposure definition (days > 27°C mean temp in prior 7 days), the "
             "covariates, missing data via MICE with 20 imputations pooled by Rubin's rules, the sensitivity analyses, and "
             "E-values for unmeasured confounding. Plain past tense, no bullet points.",
             read("/Users/mvanderberg/papers/cohort-heat/analysis/main_models.R",
                  "imp <- mice(d, m = 20, seed = 2026)\nfit <- with(imp, coxph(Surv(t_entry, t_exit, admit) ~ heat7 + age + sex + imd_q + ckd + diab + frailty(hh_id)))\n"
                  "pooled <- pool(fit)\n# sens: 1) complete case 2) 25C threshold 3) exclude care homes\nevalues.HR(est, lo, hi, rare = TRUE)\n"),
             write("/Users/mvanderberg/papers/cohort-heat/methods_stats.md",
                   "## Statistical analysis\n\nExposure was defined as the number of days with a mean temperature above 27°C in the seven days before each "
                   "person-day. We estimated hazard ratios for emergency admission with Cox models using age as the time scale ... with a shared "
                   "frailty term for household ... Missing covariate data were imputed by multiple imputation by chained equations (20 imputations), "
                   "and estimates were pooled using Rubin's rules ... E-values were calculated ...\n"),
             say("Drafted methods_stats.md (431 words).")),
        turn("it's not a frailty model in the final version, we switched to cluster(hh_id) — robust SEs clustered on household. "
             "the R file in the repo is stale. fix the text, keep under 450",
             edit("/Users/mvanderberg/papers/cohort-heat/methods_stats.md",
                  "with a shared frailty term for household",
                  "with robust standard errors clustered on household to account for non-independence within households"),
             say("Replaced the frailty description with clustered robust standard errors. Now 437 words. You may want to "
                 "update main_models.R to `cluster(hh_id)` so the repository matches the paper.")),
    ],
)
