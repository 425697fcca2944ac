LABEL = dict(
    split="heldout11",
    persona="platform developer using Terraform on Google Cloud, adding an exports bucket to staging",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the environment directory, the module to follow and two settings (30-day delete, uniform access) and asks for plan and apply, leaving naming and details to the agent: level 3. "
               "The result is a resource applied to a cloud environment: operating. The first plan fails (a service account the agent guessed is not declared): trouble; "
               "the corrected plan and apply succeed and prompt 2 confirms it in the console ('its there in the console with the lifecycle rule'): resolved, verified success."),
)

SESSION = dict(
    cwd="/home/aoife/code/platform-infra", start="2027-01-28T11:10:00Z", model="claude-sonnet-4-6", version="2.1.255", branch="feat/staging-exports-bucket",
    turns=[
        turn("in infra/envs/staging add a GCS bucket for the export files, 30 day delete lifecycle, uniform bucket level access. follow how the other buckets are done with modules/storage. plan and apply to staging",
             par(read("/home/aoife/code/platform-infra/infra/modules/storage/main.tf",
                      "resource \"google_storage_bucket\" \"this\" {\n  name                        = var.name\n  project                     = var.project_id\n  location                    = var.location\n  uniform_bucket_level_access = var.uniform_access\n  force_destroy               = false\n  labels                      = var.labels\n\n  dynamic \"lifecycle_rule\" {\n    for_each = var.delete_after_days == null ? [] : [var.delete_after_days]\n    content {\n      condition { age = lifecycle_rule.value }\n      action { type = \"Delete\" }\n    }\n  }\n}\n\nresource \"google_storage_bucket_iam_member\" \"writers\" {\n  for_each = toset(var.writer_members)\n  bucket   = google_storage_bucket.this.name\n  role     = \"roles/storage.objectCreator\"\n  member   = each.value\n}"),
                 read("/home/aoife/code/platform-infra/infra/envs/staging/buckets.tf",
                      "module \"uploads_bucket\" {\n  source            = \"../../modules/storage\"\n  name              = \"${local.bucket_prefix}uploads\"\n  project_id        = var.project_id\n  location          = var.region\n  uniform_access    = true\n  delete_after_days = null\n  writer_members    = [\"serviceAccount:${google_service_account.api.email}\"]\n  labels            = local.labels\n}")),
             edit("/home/aoife/code/platform-infra/infra/envs/staging/buckets.tf",
                  "  labels            = local.labels\n}",
                  "  labels            = local.labels\n}\n\nmodule \"exports_bucket\" {\n  source            = \"../../modules/storage\"\n  name              = \"${local.bucket_prefix}exports\"\n  project_id        = var.project_id\n  location          = var.region\n  uniform_access    = true\n  delete_after_days = 30\n  writer_members    = [\"serviceAccount:${google_service_account.exporter.email}\"]\n  labels            = local.labels\n}"),
             bash("cd infra/envs/staging && terraform init -input=false >/dev/null && terraform plan -input=false -out=tfplan",
                  "",
                  stderr="\nError: Reference to undeclared resource\n\n  on buckets.tf line 20, in module \"exports_bucket\":\n  20:   writer_members    = [\"serviceAccount:${google_service_account.exporter.email}\"]\n\nA managed resource \"google_service_account\" \"exporter\" has not been declared in the root module.",
                  code=1, desc="terraform plan for staging", ms=9800),
             grep("resource \"google_service_account\"", path="infra/envs/staging", content="iam.tf:1:resource \"google_service_account\" \"api\" {\niam.tf:12:resource \"google_service_account\" \"export_worker\" {"),
             edit("/home/aoife/code/platform-infra/infra/envs/staging/buckets.tf",
                  "google_service_account.exporter.email", "google_service_account.export_worker.email"),
             bash("cd infra/envs/staging && terraform plan -input=false -out=tfplan | tail -22",
                  "  # module.exports_bucket.google_storage_bucket.this will be created\n  + resource \"google_storage_bucket\" \"this\" {\n      + location                    = \"EUROPE-WEST2\"\n      + name                        = \"acme-staging-4411-exports\"\n      + project                     = \"acme-staging-4411\"\n      + uniform_bucket_level_access = true\n\n      + lifecycle_rule {\n          + action {\n              + type = \"Delete\"\n            }\n          + condition {\n              + age = 30\n            }\n        }\n    }\n\n  # module.exports_bucket.google_storage_bucket_iam_member.writers[\"serviceAccount:export-worker@acme-staging-4411.iam.gserviceaccount.com\"] will be created\n\nPlan: 2 to add, 0 to change, 0 to destroy.\n\nSaved the plan to: tfplan",
                  desc="terraform plan for staging", ms=21000),
             bash("cd infra/envs/staging && terraform apply -input=false tfplan | tail -4",
                  "module.exports_bucket.google_storage_bucket.this: Creation complete after 2s [id=acme-staging-4411-exports]\nmodule.exports_bucket.google_storage_bucket_iam_member.writers[\"serviceAccount:export-worker@acme-staging-4411.iam.gserviceaccount.com\"]: Creation complete after 6s\n\nApply complete! Resources: 2 added, 0 changed, 0 destroyed.",
                  desc="Apply the saved plan", ms=14000),
             say("Applied to staging. The bucket is **`acme-staging-4411-exports`** (same `bucket_prefix` as uploads), EUROPE-WEST2, uniform bucket-level access, with a lifecycle rule deleting objects after 30 days. "
                 "I first referenced a service account called `exporter`, which doesn't exist, so the plan failed; the export job's account is `export_worker` in `iam.tf`, and it now has `roles/storage.objectCreator` on the bucket. "
                 "Apply: 2 added, 0 changed, 0 destroyed. The change to `buckets.tf` isn't committed yet.")),
        turn("yep its there in the console with the lifecycle rule, thanks",
             say("Great. When you're ready, `git add infra/envs/staging/buckets.tf` and commit it on `feat/staging-exports-bucket` so the code matches what's applied.")),
    ],
)
