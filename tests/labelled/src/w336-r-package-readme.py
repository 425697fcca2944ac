LABEL = dict(
    split="heldout11",
    persona="biostatistician writing the README of an internal R package",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the package, the three sections wanted and the function for the example, and points to R/, leaving the content to the agent; prompt 2 gives two general corrections (no CI badges, the private install needs a token) and asks for a commit: level 3. "
               "The deliverable is a README: writing. Nothing fails and the commit succeeds: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/nadia/projects/ctsummary", start="2027-02-01T15:20:00Z", model="claude-sonnet-4-6", version="2.1.253", branch="docs/readme",
    turns=[
        turn("the README for our internal package (ctsummary) is basically empty. write one: what it does, install from our gitlab with remotes, and a short example with summarise_by_arm(). look at R/ for the functions",
             glob("R/*.R", ["R/summarise_by_arm.R", "R/format_pct.R", "R/shift_table.R", "R/utils.R"]),
             par(read("/home/nadia/projects/ctsummary/DESCRIPTION",
                      "Package: ctsummary\nTitle: Summary Tables for Clinical Trial Reporting\nVersion: 0.4.1\nAuthors@R: person(\"Nadia\", \"Farouk\", role = c(\"aut\", \"cre\"))\nDescription: Subject-level counts, percentages and shift tables by\n    treatment arm from ADaM datasets.\nLicense: file LICENSE\nImports: dplyr, tidyr, rlang\nURL: https://gitlab.northbio.internal/biostats/ctsummary"),
                 read("/home/nadia/projects/ctsummary/R/summarise_by_arm.R",
                      "#' Count subjects and percentages by arm\n#'\n#' @param data An ADaM-like data frame, one row per record.\n#' @param by Column(s) to summarise by, e.g. AESOC.\n#' @param arm Treatment arm column. Default TRT01A.\n#' @param denom A data frame with one row per subject in the population (e.g. ADSL filtered to SAFFL == \"Y\").\n#' @return A tibble with n and pct per arm.\n#' @export\nsummarise_by_arm <- function(data, by, arm = TRT01A, denom) {\n  # ...\n}")),
             write("/home/nadia/projects/ctsummary/README.md",
                   "# ctsummary\n\n[![pipeline status](https://gitlab.northbio.internal/biostats/ctsummary/badges/main/pipeline.svg)](https://gitlab.northbio.internal/biostats/ctsummary/-/commits/main)\n\n"
                   "Summary tables for clinical trial reporting: subject-level counts and percentages by treatment arm, percentage formatting, and shift tables, from ADaM datasets.\n\n"
                   "## Installation\n\n```r\n# install.packages(\"remotes\")\nremotes::install_gitlab(\"biostats/ctsummary\", host = \"gitlab.northbio.internal\")\n```\n\n"
                   "## Example\n\n```r\nlibrary(ctsummary)\nlibrary(dplyr)\n\nadsl <- readr::read_csv(\"adsl.csv\")\nadae <- readr::read_csv(\"adae.csv\")\n\nadae |>\n  filter(TRTEMFL == \"Y\") |>\n  summarise_by_arm(by = AESOC, denom = filter(adsl, SAFFL == \"Y\"))\n```\n\n"
                   "This gives one row per system organ class with the number and percentage of subjects in the safety population with at least one treatment-emergent AE, per arm (`TRT01A` by default).\n\n"
                   "## Functions\n\n- `summarise_by_arm()`: n and % of subjects by arm\n- `format_pct()`: format n (%) cells for tables\n- `shift_table()`: baseline vs post-baseline shift tables\n"),
             say("Wrote `README.md`: a one-paragraph description (from DESCRIPTION), installation with `remotes::install_gitlab()` from gitlab.northbio.internal, an example of `summarise_by_arm()` on adae with the adsl safety population as the denominator, and a short list of the exported functions.")),
        turn("drop the badge stuff, we dont have CI badges. and the install needs the auth_token bit because its private. then commit",
             edit("/home/nadia/projects/ctsummary/README.md",
                  "# ctsummary\n\n[![pipeline status](https://gitlab.northbio.internal/biostats/ctsummary/badges/main/pipeline.svg)](https://gitlab.northbio.internal/biostats/ctsummary/-/commits/main)\n\n",
                  "# ctsummary\n\n"),
             edit("/home/nadia/projects/ctsummary/README.md",
                  "# install.packages(\"remotes\")\nremotes::install_gitlab(\"biostats/ctsummary\", host = \"gitlab.northbio.internal\")\n```",
                  "# install.packages(\"remotes\")\nremotes::install_gitlab(\n  \"biostats/ctsummary\",\n  host = \"gitlab.northbio.internal\",\n  auth_token = Sys.getenv(\"GITLAB_PAT\")\n)\n```\n\nThe repository is private: create a personal access token with `read_api` scope in GitLab and put `GITLAB_PAT=<token>` in your `~/.Renviron` (then restart R)."),
             bash("git add README.md && git commit -m \"Write README: purpose, private GitLab install, summarise_by_arm example\"",
                  "[docs/readme 91b07c3] Write README: purpose, private GitLab install, summarise_by_arm example\n 1 file changed, 41 insertions(+), 2 deletions(-)", desc="Commit the README"),
             say("Removed the badge, and the install now passes `auth_token = Sys.getenv(\"GITLAB_PAT\")` with a note on creating the token and putting it in `~/.Renviron`, so nobody pastes a token into a script. Committed as 91b07c3 on `docs/readme`.")),
    ],
)
