LABEL = dict(
    split="heldout9",
    persona="Medical statistician at a clinical trials unit fitting a longitudinal mixed model for a physiotherapy trial in R",
    expertise_level=5, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 fixes the model (lmer, random intercept and slope for week by participant, treatment×week, baseline "
               "as covariate, REML), the fallback if it fails to converge (drop the correlation, not the slope), and the "
               "check (compare the treatment effect at week 12 with the SAP's emmeans contrast); prompt 2 a short exact correction "
               "(Kenward-Roger df): level 5. Analysing. Trouble: the first Rscript run fails (exit 1, singular fit turned into an "
               "error by the options). Prompt 3 ('that matches the blinded rerun, 2.31 points') confirms, so resolved and verified."),
)

SESSION = dict(
    cwd="/home/rstats/trials/PHY-KNEE/analysis", start="2026-10-01T10:02:56Z",
    model="claude-opus-4-6", version="2.1.222",
    turns=[
        turn("Fit the primary model in R/primary.R: lmer(koos ~ arm*week + koos_bl + (1 + week | pid), REML=TRUE) on "
             "data/analysis_long.rds, weeks 0-12. If it doesn't converge or is singular, drop the intercept-slope correlation "
             "(1 + week || pid), not the random slope. Report the arm difference at week 12 from emmeans with 95% CI — that's "
             "the SAP contrast. Run it with Rscript.",
             read("/home/rstats/trials/PHY-KNEE/analysis/R/primary.R",
                  "library(lme4); library(emmeans)\noptions(lme4.singular.action = 'stop')\nd <- readRDS('data/analysis_long.rds')\n"),
             edit("/home/rstats/trials/PHY-KNEE/analysis/R/primary.R", "d <- readRDS('data/analysis_long.rds')\n",
                  "d <- readRDS('data/analysis_long.rds')\nm <- lmer(koos ~ arm * week + koos_bl + (1 + week | pid), data = d, REML = TRUE)\n"
                  "print(summary(m))\nprint(emmeans(m, pairwise ~ arm, at = list(week = 12)), infer = TRUE)\n"),
             bash("Rscript R/primary.R",
                  "Loading required package: Matrix\nboundary (singular) fit: see help('isSingular')\nError in checkConv(attr(opt, \"derivs\"), opt$par, ctrl = control$checkConv, : \n"
                  "  singular fit and lme4.singular.action = 'stop'\nExecution halted", code=1, desc="Fit the primary model"),
             edit("/home/rstats/trials/PHY-KNEE/analysis/R/primary.R", "(1 + week | pid)", "(1 + week || pid)",
                  pre="Singular, as you anticipated. Dropping the intercept-slope correlation and keeping the random slope."),
             bash("Rscript R/primary.R",
                  "Random effects:\n Groups   Name        Variance Std.Dev.\n pid      (Intercept) 61.40    7.836\n pid.1    week         0.212   0.460\n Residual             38.91    6.238\n"
                  "...\n$contrasts\n contrast        estimate   SE  df lower.CL upper.CL t.ratio p.value\n intervention - control 2.31 0.98 Inf 0.39 4.23 2.357 0.0184\n\n"
                  "Degrees-of-freedom method: asymptotic", desc="Refit with uncorrelated random effects"),
             say("With `(1 + week || pid)` the model fits (no singularity). Week-12 difference, intervention minus control: "
                 "**2.31 KOOS points (95% CI 0.39 to 4.23), p = 0.018**. Note emmeans used asymptotic df here.")),
        turn("SAP says Kenward-Roger df, add lmer.df = \"kenward-roger\"",
             edit("/home/rstats/trials/PHY-KNEE/analysis/R/primary.R", "at = list(week = 12))", "at = list(week = 12), lmer.df = \"kenward-roger\")"),
             bash("Rscript R/primary.R 2>&1 | tail -4",
                  " contrast        estimate   SE    df lower.CL upper.CL t.ratio p.value\n intervention - control 2.31 0.99 181.2 0.36 4.26 2.333 0.0207\n\n"
                  "Degrees-of-freedom method: kenward-roger", desc="Rerun with Kenward-Roger"),
             say("With Kenward-Roger df (181.2): **2.31 (95% CI 0.36 to 4.26), p = 0.021**.")),
        turn("that matches the blinded rerun, 2.31 points. good",
             say("Good, R/primary.R is the version to archive with the SAP.")),
    ],
)
