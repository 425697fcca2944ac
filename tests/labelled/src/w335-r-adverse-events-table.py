LABEL = dict(
    split="heldout11",
    persona="biostatistician using R and the tidyverse to build an adverse-events table",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the dataset, the table (by SOC and arm, counts and percentages, treatment-emergent), the package and the output file, leaving the denominators and the approach to the agent; "
               "prompt 2 asks for a concrete comparison with the SAS output: level 3. A summary table is computed from trial data: analysing. "
               "The first Rscript run fails (SAFFL not found in adae): trouble (the comparison that finds 42 wrong percentages exits 0 and is not itself a failure); prompt 3 confirms the corrected table ('perfect, thats the same as what the stats programmer got'): resolved, verified success."),
)

SESSION = dict(
    cwd="/home/nadia/projects/trial-204-csr", start="2027-01-19T09:50:00Z", model="claude-sonnet-4-6", version="2.1.253", branch="ae-tables",
    turns=[
        turn("can you make the AE by SOC table from data/adae.csv - subjects with at least one TEAE, n and % by arm. tidyverse. save to output/ae_soc.csv",
             bash("head -3 data/adae.csv | cut -c1-200; echo; head -3 data/adsl.csv | cut -c1-200",
                  "USUBJID,TRT01A,AESOC,AEDECOD,TRTEMFL,AESEV\n204-001-0003,Placebo,Infections and infestations,Nasopharyngitis,Y,MILD\n204-001-0003,Placebo,Nervous system disorders,Headache,Y,MILD\n\nUSUBJID,TRT01A,SAFFL,AGE,SEX\n204-001-0001,Drug 10 mg,Y,54,F\n204-001-0002,Drug 20 mg,Y,61,M",
                  desc="Look at the AE and subject-level datasets"),
             write("/home/nadia/projects/trial-204-csr/R/ae_soc.R",
                   "library(tidyverse)\n\nadae <- read_csv(\"data/adae.csv\", show_col_types = FALSE)\n\nae_soc <- adae |>\n  filter(TRTEMFL == \"Y\", SAFFL == \"Y\") |>\n  distinct(USUBJID, TRT01A, AESOC) |>\n  count(AESOC, TRT01A, name = \"n\") |>\n  group_by(TRT01A) |>\n  mutate(pct = round(100 * n / n_distinct(adae$USUBJID[adae$TRT01A == first(TRT01A)]), 1)) |>\n  ungroup() |>\n  pivot_wider(names_from = TRT01A, values_from = c(n, pct), values_fill = 0) |>\n  arrange(AESOC)\n\nwrite_csv(ae_soc, \"output/ae_soc.csv\")\nprint(ae_soc, n = 5)\n"),
             bash("Rscript R/ae_soc.R",
                  "Error in `filter()`:\nℹ In argument: `SAFFL == \"Y\"`.\nCaused by error:\n! object 'SAFFL' not found\nBacktrace:\n    ▆\n 1. ├─dplyr::filter(adae, TRTEMFL == \"Y\", SAFFL == \"Y\")\n 2. └─dplyr:::filter.data.frame(...)\nExecution halted",
                  code=1, desc="Run the AE table script", ms=4200),
             edit("/home/nadia/projects/trial-204-csr/R/ae_soc.R",
                  "adae <- read_csv(\"data/adae.csv\", show_col_types = FALSE)\n\nae_soc <- adae |>\n  filter(TRTEMFL == \"Y\", SAFFL == \"Y\") |>",
                  "adae <- read_csv(\"data/adae.csv\", show_col_types = FALSE)\nadsl <- read_csv(\"data/adsl.csv\", show_col_types = FALSE)\n\nae_soc <- adae |>\n  semi_join(filter(adsl, SAFFL == \"Y\"), by = \"USUBJID\") |>\n  filter(TRTEMFL == \"Y\") |>"),
             bash("Rscript R/ae_soc.R",
                  "# A tibble: 14 × 7\n  AESOC                                `n_Drug 10 mg` `n_Drug 20 mg` n_Placebo `pct_Drug 10 mg` `pct_Drug 20 mg` pct_Placebo\n  <chr>                                         <int>          <int>     <int>            <dbl>            <dbl>       <dbl>\n1 Gastrointestinal disorders                       19             27        11             27.1             36.5        16.9\n2 General disorders and administrat…                9             12         7             12.9             16.2        10.8\n3 Infections and infestations                      21             24        19             30               32.4        29.2\n4 Musculoskeletal and connective ti…                6              8         5              8.6             10.8         7.7\n5 Nervous system disorders                         17             22        13             24.3             29.7        20\n# ℹ 9 more rows",
                  desc="Run the AE table script again", ms=4300),
             say("Done: `R/ae_soc.R` writes `output/ae_soc.csv`, one row per SOC (14) with n and % of subjects with at least one TEAE, per arm (Drug 10 mg, Drug 20 mg, Placebo). Subjects are counted once per SOC (`distinct(USUBJID, TRT01A, AESOC)`), restricted to the safety population from adsl.\n\n"
                 "The first run failed because `SAFFL` lives in adsl, not adae; it's now taken from adsl with a `semi_join`. Percentages use the number of subjects per arm in adae as the denominator.")),
        turn("compare it to output/sas/t_ae_soc.csv pls",
             bash("Rscript -e 'library(tidyverse); r <- read_csv(\"output/ae_soc.csv\", show_col_types=FALSE) |> pivot_longer(-AESOC); s <- read_csv(\"output/sas/t_ae_soc.csv\", show_col_types=FALSE) |> pivot_longer(-AESOC); d <- full_join(r, s, by=c(\"AESOC\",\"name\"), suffix=c(\"_r\",\"_sas\")) |> filter(abs(value_r - value_sas) > 0.05 | is.na(value_r) | is.na(value_sas)); print(nrow(d)); print(distinct(d, name))'",
                  "[1] 42\n# A tibble: 3 × 1\n  name\n  <chr>\n1 pct_Drug 10 mg\n2 pct_Drug 20 mg\n3 pct_Placebo",
                  desc="Compare with the SAS table"),
             bash("Rscript -e 'library(tidyverse); read_csv(\"data/adsl.csv\", show_col_types=FALSE) |> filter(SAFFL == \"Y\") |> count(TRT01A)'",
                  "# A tibble: 3 × 2\n  TRT01A         n\n  <chr>      <int>\n1 Drug 10 mg    72\n2 Drug 20 mg    76\n3 Placebo       68",
                  desc="Safety population per arm"),
             edit("/home/nadia/projects/trial-204-csr/R/ae_soc.R",
                  "  group_by(TRT01A) |>\n  mutate(pct = round(100 * n / n_distinct(adae$USUBJID[adae$TRT01A == first(TRT01A)]), 1)) |>\n  ungroup() |>",
                  "  left_join(count(filter(adsl, SAFFL == \"Y\"), TRT01A, name = \"N\"), by = \"TRT01A\") |>\n  mutate(pct = round(100 * n / N, 1)) |>\n  select(-N) |>"),
             bash("Rscript R/ae_soc.R >/dev/null && Rscript -e 'library(tidyverse); r <- read_csv(\"output/ae_soc.csv\", show_col_types=FALSE) |> pivot_longer(-AESOC); s <- read_csv(\"output/sas/t_ae_soc.csv\", show_col_types=FALSE) |> pivot_longer(-AESOC); d <- full_join(r, s, by=c(\"AESOC\",\"name\"), suffix=c(\"_r\",\"_sas\")); print(nrow(d)); print(sum(abs(d$value_r - d$value_sas) > 0.05))'",
                  "[1] 84\n[1] 0",
                  desc="Rebuild the table and compare again", ms=6100),
             say("All the counts matched, but every percentage (42 cells) was off. The SAS table divides by the **safety population per arm from adsl** (72, 76, 68), while I had divided by the number of subjects in adae, i.e. only those with any AE. "
                 "I changed the denominator to the adsl safety population; now all 84 cells (14 SOCs × 3 arms × n and %) agree with `output/sas/t_ae_soc.csv` to 0.1.")),
        turn("perfect, thats the same as what the stats programmer got. cheers",
             say("Good to hear. `R/ae_soc.R` and `output/ae_soc.csv` are on the `ae-tables` branch, not committed yet.")),
    ],
)
