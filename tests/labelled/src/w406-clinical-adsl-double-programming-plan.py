LABEL = dict(
    split="heldout13",
    persona="clinical-trial statistician planning independent R double programming of ADSL",
    expertise_level=4, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the production side (SAS, adsl.sas), the QC side (R with admiral), the spec file, the comparison tool (diffdf, keyed on USUBJID) and scope ('plan only, don't write the R yet'), with an explicit deliverable; no failure modes or ordering anticipated, so 4. Prompt 2 adds a constraint in her own terms (QC programmer must not see adsl.sas). "
               "The session reads the spec and ends in an approved plan with no edits (plan mode, ExitPlanMode): planning. Nothing fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/hmorland/studies/GLY-204/adam", start="2026-11-28T09:30:00Z", model="claude-opus-4-6", version="2.1.249", branch="main", mode="plan",
    turns=[
        turn("plan the QC double programming of ADSL in R (admiral) against the SAS production adsl.sas. spec is specs/ADSL_spec.xlsx. compare with diffdf keyed on USUBJID, all variables and attributes (labels, lengths). plan only, don't write the R yet",
             bash("python3 -c \"import pandas as pd; s=pd.read_excel('specs/ADSL_spec.xlsx', sheet_name='Variables'); print(len(s)); print(s[['Variable','Origin']].groupby('Origin').size().to_string())\"", "58\nOrigin\nAssigned     4\nDerived     31\nPredecessor 23", desc="Count spec variables by origin"),
             glob("**/*", ["adsl.sas", "adae.sas", "macros/derive_trt.sas", "specs/ADSL_spec.xlsx", "sdtm/dm.xpt", "sdtm/ex.xpt", "sdtm/ds.xpt", "sdtm/vs.xpt", "sdtm/suppdm.xpt"], path="/Users/hmorland/studies/GLY-204/adam"),
             say("Before I plan: should the QC program be written from the spec alone, or may the QC programmer look at `adsl.sas` and `macros/derive_trt.sas`?")),
        turn("from the spec only. the QC programmer must not see adsl.sas, that's the whole point of independent double programming. put that in the plan",
             plan("## ADSL QC double programming (R, admiral)\n\n**Independence:** the QC programmer works from `specs/ADSL_spec.xlsx` and SDTM only; `adsl.sas` and `macros/` are not shared. Spec questions go to the spec author, answers logged.\n\n1. **Set-up:** `qc/adsl_qc.R`, renv lockfile (admiral, metacore, metatools, xportr, haven, diffdf).\n2. **Read SDTM:** dm, ex, ds, vs, suppdm (`haven::read_xpt`), merge SUPPDM with `metatools::combine_supp`.\n3. **Predecessors (23):** from DM/SUPPDM.\n4. **Derivations (31)** in spec order: treatment dates from EX (`derive_vars_merged` + `derive_vars_dtm`), TRTDURD, population flags (SAFFL, FASFL, PPROTFL), disposition from DS, baseline weight/height/BMI from VS.\n5. **Assigned (4):** per spec.\n6. **Attributes:** apply labels, lengths and types from the spec with `metacore` + `xportr_label/xportr_length/xportr_type`.\n7. **Compare:** `diffdf(prod, qc, keys = \"USUBJID\")` on values and attributes; output `qc/adsl_diffdf.txt`. Target: no differences.\n8. **Log:** every discrepancy with resolution (prod fix / QC fix / spec update), sign-off.",
                  "/Users/hmorland/.claude/plans/adsl-qc-double-programming.md"),
             say("Plan approved and saved. Independence is stated at the top; derivations follow the spec's 58 variables (23 predecessor, 31 derived, 4 assigned), attributes come from the spec via metacore/xportr, and the comparison is diffdf on USUBJID with attributes. Nothing written yet.")),
    ],
)
