LABEL = dict(
    split="heldout3",
    persona="Postdoc in a pharmacology lab, uses R for plate-reader data but not daily",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file, the model family (four-parameter logistic), the grouping (per compound) and "
               "the output (EC50 with confidence intervals in a table) but not the normalisation or the package: level 3. "
               "Prompt 2's correction is general ('shouldn't these be normalised to the controls first?'): "
               "the agent finds which wells are the controls. Figures computed from plate data: analysing. `library(drc)` fails (not installed), then the "
               "fit runs; prompt 3 ('those line up with last month's run') confirms: verified."),
)

SESSION = dict(
    cwd="/home/lwei/lab/plates/2026-06-10", start="2026-06-10T16:05:00Z", model="claude-sonnet-4-6", version="2.1.263",
    turns=[
        turn("I have plate reader output in plate3_viability.csv (long format, compound, conc_uM, signal). Can you fit "
             "a 4 parameter logistic per compound and give me EC50s with 95% CIs in a table",
             bash("head -4 plate3_viability.csv; Rscript -e 'library(drc)'", "well,compound,conc_uM,signal\nA01,DMSO,0,51234\nA02,CMP-114,0.01,50877\nA03,CMP-114,0.03,49630",
                  desc="Look at the data and check drc is available", code=1, stderr="Error in library(drc) : there is no package called 'drc'\nExecution halted\n"),
             bash("Rscript -e 'install.packages(\"drc\", repos=\"https://cloud.r-project.org\", quiet=TRUE)'",
                  "", desc="Install drc", ms=88000),
             write("/home/lwei/lab/plates/2026-06-10/fit_ec50.R",
                   "library(drc)\nd <- read.csv('plate3_viability.csv')\nd <- subset(d, compound != 'DMSO')\nres <- do.call(rbind, lapply(split(d, d$compound), function(x) {\n"
                   "  m <- drm(signal ~ conc_uM, data = x, fct = LL.4())\n  e <- ED(m, 50, interval = 'delta', display = FALSE)\n"
                   "  data.frame(compound = x$compound[1], EC50_uM = e[1], lower = e[3], upper = e[4])\n}))\nprint(format(res, digits = 3), row.names = FALSE)\n"),
             bash("Rscript fit_ec50.R", " compound EC50_uM  lower  upper\n  CMP-114   0.842  0.611  1.073\n  CMP-121   4.170  2.950  5.390\n  CMP-130  12.600  6.100 19.100\n"
                  "  CMP-133   0.097  0.071  0.123", desc="Fit the curves"),
             say("`drc` wasn't installed, so I installed it. Fits with `LL.4()` on the raw signal:\n\n| compound | EC50 (µM) | 95% CI |\n|---|---|---|\n"
                 "| CMP-114 | 0.842 | 0.611–1.073 |\n| CMP-121 | 4.17 | 2.95–5.39 |\n| CMP-130 | 12.6 | 6.1–19.1 |\n| CMP-133 | 0.097 | 0.071–0.123 |\n\n"
                 "CMP-130's interval is wide: its curve doesn't reach a bottom plateau within the tested range.")),
        turn("hmm shouldn't these be normalised to the controls first?",
             bash("awk -F, 'NR>1 {c=substr($1,2)+0; print c, $2}' plate3_viability.csv | sort -n | uniq -c | awk '$2==1||$2==12'",
                  "      8 1 DMSO\n      8 12 STAURO-10uM", desc="Which wells hold the controls"),
             edit("/home/lwei/lab/plates/2026-06-10/fit_ec50.R", "d <- subset(d, compound != 'DMSO')",
                  "col <- as.integer(substring(d$well, 2))\nhi <- mean(d$signal[col == 1]); lo <- mean(d$signal[col == 12])\n"
                  "d$viability <- 100 * (d$signal - lo) / (hi - lo)\nd <- subset(d, col > 1 & col < 12)"),
             edit("/home/lwei/lab/plates/2026-06-10/fit_ec50.R", "m <- drm(signal ~ conc_uM, data = x, fct = LL.4())",
                  "m <- drm(viability ~ conc_uM, data = x, fct = LL.4(fixed = c(NA, 0, 100, NA)))"),
             bash("Rscript fit_ec50.R", " compound EC50_uM  lower  upper\n  CMP-114   0.913  0.804  1.022\n  CMP-121   3.880  3.310  4.450\n  CMP-130   9.720  7.940 11.500\n"
                  "  CMP-133   0.104  0.089  0.119", desc="Refit on normalised viability"),
             say("Yes. The controls are column 1 (DMSO, 100% viability) and column 12 (staurosporine 10 µM, 0%); now normalised to those, and the fit fixes "
                 "bottom and top at 0 and 100:\n\n| compound | EC50 (µM) | 95% CI |\n|---|---|---|\n| CMP-114 | 0.913 | 0.804–1.022 |\n"
                 "| CMP-121 | 3.88 | 3.31–4.45 |\n| CMP-130 | 9.72 | 7.94–11.5 |\n| CMP-133 | 0.104 | 0.089–0.119 |\n\nThe intervals are "
                 "much tighter, CMP-130's especially, because the plateaus come from the controls.")),
        turn("great, those line up with last month's run. thanks", say("Good to hear. `fit_ec50.R` is in the folder for the next plate.")),
    ],
)
