LABEL = dict(
    split="heldout3",
    persona="Backend developer who looks after the team's Terraform for staging",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the bucket, the rule (move to Glacier after 90 days, expire after 365) and the "
               "environment (staging, apply it), leaving the resource layout and checks to the agent: level 3. The work is "
               "a Terraform change applied to an environment: operating. The first apply fails (AccessDenied on "
               "PutLifecycleConfiguration); the user says to use the deploy profile and the second apply succeeds, but "
               "there is no test, commit or confirmation afterwards: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/kenji/src/infra/envs/staging", start="2026-06-12T10:10:00Z", model="claude-sonnet-4-6", version="2.1.264",
    turns=[
        turn("add a lifecycle rule to the exports bucket in staging: objects go to glacier after 90 days and get deleted "
             "after a year. then apply it",
             grep("aws_s3_bucket\" \"exports", path=".", content="s3.tf:12:resource \"aws_s3_bucket\" \"exports\" {"),
             edit("/Users/kenji/src/infra/envs/staging/s3.tf", "resource \"aws_s3_bucket\" \"exports\" {",
                  "resource \"aws_s3_bucket_lifecycle_configuration\" \"exports\" {\n  bucket = aws_s3_bucket.exports.id\n\n  rule {\n    id     = \"archive-then-expire\"\n    status = \"Enabled\"\n"
                  "    filter {}\n\n    transition {\n      days          = 90\n      storage_class = \"GLACIER\"\n    }\n\n    expiration {\n      days = 365\n    }\n  }\n}\n\n"
                  "resource \"aws_s3_bucket\" \"exports\" {"),
             bash("terraform plan -out=tfplan -no-color | tail -4", "  # aws_s3_bucket_lifecycle_configuration.exports will be created\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n\nSaved the plan to: tfplan",
                  desc="Plan the change", ms=21000),
             bash("terraform apply -no-color tfplan", "", desc="Apply the plan", code=1, ms=9000,
                  stderr="aws_s3_bucket_lifecycle_configuration.exports: Creating...\n\nError: creating S3 Bucket (acme-staging-exports) Lifecycle Configuration: operation error S3: PutBucketLifecycleConfiguration, "
                         "https response error StatusCode: 403, api error AccessDenied: User: arn:aws:iam::381204556120:user/kenji is not authorized to perform: s3:PutLifecycleConfiguration\n"),
             say("The plan was clean (1 to add), but the apply failed: your own IAM user isn't allowed to set lifecycle "
                 "rules on the bucket (`s3:PutLifecycleConfiguration`). Is there a role or profile you normally apply staging with?")),
        turn("oh right use the staging-deploy profile",
             bash("AWS_PROFILE=staging-deploy terraform plan -out=tfplan -no-color | tail -2 && AWS_PROFILE=staging-deploy terraform apply -no-color tfplan | tail -2",
                  "Plan: 1 to add, 0 to change, 0 to destroy.\nSaved the plan to: tfplan\naws_s3_bucket_lifecycle_configuration.exports: Creation complete after 2s [id=acme-staging-exports]\n"
                  "Apply complete! Resources: 1 added, 0 changed, 0 destroyed.", desc="Plan and apply with the deploy profile", ms=34000),
             say("Applied with `staging-deploy`: the lifecycle rule is on `acme-staging-exports` (Glacier after 90 days, deleted "
                 "after 365). The change in `s3.tf` isn't committed yet.")),
    ],
)
