LABEL = dict(
    split="heldout11",
    persona="platform developer using Terraform on Google Cloud, planning to split one state into per-environment states",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the directory, the three environments, the pain (6-minute plans) and the goal, and says not to change anything, but leaves the approach and risks to the agent; prompt 2 adds one constraint (no downtime while moving state): level 3. "
               "The session reads the configuration and ends in an approved plan (plan mode, ExitPlanMode twice) with no edits: planning. Nothing fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/home/aoife/code/platform-infra", start="2027-02-10T13:45:00Z", model="claude-opus-4-6", version="2.1.256", branch="main", mode="plan",
    turns=[
        turn("our terraform is one big state in infra/ for dev, staging and prod and plans take like 6 minutes. I want to split it so each env has its own state. can you look at it and make a plan, don't change anything",
             glob("infra/**/*.tf", ["infra/backend.tf", "infra/providers.tf", "infra/variables.tf", "infra/main.tf", "infra/network.tf", "infra/gke.tf", "infra/sql.tf", "infra/buckets.tf", "infra/iam.tf", "infra/modules/storage/main.tf", "infra/modules/gke/main.tf", "infra/modules/sql/main.tf"]),
             par(read("/home/aoife/code/platform-infra/infra/backend.tf",
                      "terraform {\n  backend \"gcs\" {\n    bucket = \"acme-tfstate\"\n    prefix = \"platform\"\n  }\n}"),
                 read("/home/aoife/code/platform-infra/infra/main.tf",
                      "locals {\n  envs = {\n    dev     = { project_id = \"acme-dev-2210\",     region = \"europe-west2\" }\n    staging = { project_id = \"acme-staging-4411\", region = \"europe-west2\" }\n    prod    = { project_id = \"acme-prod-7702\",    region = \"europe-west2\" }\n  }\n}\n\nmodule \"gke\" {\n  for_each   = local.envs\n  source     = \"./modules/gke\"\n  project_id = each.value.project_id\n  region     = each.value.region\n}\n\nmodule \"sql\" {\n  for_each   = local.envs\n  source     = \"./modules/sql\"\n  project_id = each.value.project_id\n  tier       = each.key == \"prod\" ? \"db-custom-4-16384\" : \"db-g1-small\"\n}")),
             bash("cd infra && terraform state list | wc -l && terraform state list | cut -d'[' -f2 | cut -d']' -f1 | sort | uniq -c | sort -rn | head -4",
                  "     412\n    161 \"prod\"\n    138 \"staging\"\n    109 \"dev\"\n      4 google_project_service.apis",
                  desc="Count resources in the state, per environment"),
             plan("## Split the single Terraform state into one state per environment\n\n"
                  "**Today:** one GCS state (`acme-tfstate/platform`) with 412 resources; every module is `for_each` over `local.envs`, so every plan refreshes dev, staging and prod (161 prod, 138 staging, 109 dev, 4 shared).\n\n"
                  "**Target layout**\n```\ninfra/\n  modules/            (unchanged)\n  envs/dev/           backend prefix platform/dev\n  envs/staging/       backend prefix platform/staging\n  envs/prod/          backend prefix platform/prod\n  shared/             the 4 google_project_service resources\n```\nEach `envs/<env>/main.tf` calls the modules once (no `for_each`) with that env's values in `terraform.tfvars`.\n\n"
                  "**Steps**\n1. Freeze applies on `infra/` (announce, disable the CI apply job).\n2. Back up the current state: `terraform state pull > platform-<date>.tfstate`.\n3. Create `envs/dev` with its backend and module calls; `terraform init`.\n"
                  "4. Move dev's resources: `terraform state mv -state-out` from the old state to the new one, addresses `module.gke[\"dev\"]` → `module.gke`, etc. (a generated script, one line per module instance).\n"
                  "5. `terraform plan` in `envs/dev` must show **no changes**; if it shows any, stop and fix the addresses before going on.\n6. Repeat 3–5 for staging, then prod.\n7. Move the shared resources to `shared/`.\n"
                  "8. When the old state is empty, delete `infra/*.tf` at the root and point CI at the three directories.\n\n"
                  "**Risks**: a wrong address in `state mv` makes Terraform want to destroy and recreate (caught by step 5); concurrent applies during the move (step 1).",
                  "/home/aoife/.claude/plans/split-terraform-state.md"),
             say("Plan approved. I haven't changed anything. The key check is step 5: after each environment is moved, its plan must show no changes before the next one is touched. Do you want me to start with `envs/dev` when you're ready, or generate the `state mv` script first so you can review it?")),
        turn("not yet. can you add how we'd do the state moves without downtime, prod can't have anything recreated",
             read("/home/aoife/code/platform-infra/infra/modules/sql/main.tf",
                  "resource \"google_sql_database_instance\" \"main\" {\n  name             = \"main-${var.project_id}\"\n  database_version = \"POSTGRES_15\"\n  region           = var.region\n  settings {\n    tier = var.tier\n  }\n  deletion_protection = true\n}"),
             plan("## Split the single Terraform state into one state per environment (no-downtime moves)\n\n"
                  "Same layout and steps 1–8 as before, with these changes for the moves:\n\n"
                  "**Moving state never touches infrastructure.** `state mv` (or `moved`/`import` blocks) only rewrites state; nothing is created or destroyed until an `apply`. Downtime can only happen if an apply runs on a wrong plan, so:\n\n"
                  "- Use **`import` blocks** in each new env directory instead of `state mv` (Terraform ≥ 1.5): write `import { to = module.sql.google_sql_database_instance.main, id = \"projects/acme-prod-7702/instances/main-acme-prod-7702\" }` for every resource, run `terraform plan`, which must say `N to import, 0 to add, 0 to change, 0 to destroy`, then apply the import only.\n"
                  "- Remove the same resources from the old state with `removed { from = module.sql[\"prod\"] lifecycle { destroy = false } }` blocks, so the old root never plans a destroy.\n"
                  "- Keep `deletion_protection = true` on Cloud SQL (already set) and add `lifecycle { prevent_destroy = true }` to the GKE cluster and node pools in prod for the duration.\n"
                  "- Order: dev first, then staging, and prod only after both have shown a clean `0 to add/change/destroy`.\n"
                  "- Rollback: the state backup from step 2; restoring it with `terraform state push` undoes the move without touching resources.",
                  "/home/aoife/.claude/plans/split-terraform-state.md"),
             say("Updated the plan. The short version: moving state can't cause downtime by itself, only a bad apply can, so every move is done with `import` + `removed` blocks whose plans must read *0 to add, 0 to change, 0 to destroy*, with `prevent_destroy` on the prod cluster while it happens and the state backup as the rollback. Still nothing changed.")),
    ],
)
