LABEL = dict(
    split="dev",
    persona="Full-stack developer who looks after the team's AWS account part-time",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file (terraform/storage.tf), the resource and two requirements (versioning, "
               "block public access) and asks for a plan to review; the details (encryption, naming, lifecycle) are "
               "left to the agent: level 3. Changing infrastructure with terraform plan/apply is operating. "
               "terraform validate fails first (trouble); after the fix plan and apply succeed, and prompt 3 "
               "confirms the bucket is there: verified."),
)

SESSION = dict(
    cwd="/home/kim/src/photoapp-infra", start="2026-02-18T13:10:00Z", model="claude-sonnet-4-6", version="2.1.219",
    turns=[
        turn("Add an S3 bucket for user uploads in terraform/storage.tf, versioning on and public access blocked. "
             "Run a plan so I can see what it will do before anything is applied.",
             read("/home/kim/src/photoapp-infra/terraform/storage.tf",
                  "resource \"aws_s3_bucket\" \"assets\" {\n  bucket = \"photoapp-assets-prod\"\n}\n"),
             edit("/home/kim/src/photoapp-infra/terraform/storage.tf", "resource \"aws_s3_bucket\" \"assets\" {",
                  "resource \"aws_s3_bucket\" \"uploads\" {\n  bucket = \"photoapp-uploads-prod\"\n}\n\nresource \"aws_s3_bucket_versioning\" \"uploads\" {\n  bucket = aws_s3_bucket.uploads.id\n  versioning_configuration {}\n}\n\n"
                  "resource \"aws_s3_bucket_public_access_block\" \"uploads\" {\n  bucket                  = aws_s3_bucket.uploads.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\nresource \"aws_s3_bucket\" \"assets\" {"),
             bash("cd terraform && terraform validate",
                  "╷\n│ Error: Missing required argument\n│\n│   on storage.tf line 7, in resource \"aws_s3_bucket_versioning\" \"uploads\":\n│    7:   versioning_configuration {}\n│\n│ The argument \"status\" is required, but no definition was found.\n╵",
                  code=1, desc="Validate the terraform config"),
             edit("/home/kim/src/photoapp-infra/terraform/storage.tf", "  versioning_configuration {}",
                  "  versioning_configuration {\n    status = \"Enabled\"\n  }"),
             bash("cd terraform && terraform validate && terraform plan -out=uploads.tfplan",
                  "Success! The configuration is valid.\n\nTerraform will perform the following actions:\n\n  # aws_s3_bucket.uploads will be created\n"
                  "  # aws_s3_bucket_public_access_block.uploads will be created\n  # aws_s3_bucket_versioning.uploads will be created\n\nPlan: 3 to add, 0 to change, 0 to destroy.",
                  desc="Validate and plan", ms=21000),
             say("The plan adds 3 resources and changes or destroys nothing:\n\n- `aws_s3_bucket.uploads` "
                 "(`photoapp-uploads-prod`)\n- `aws_s3_bucket_versioning.uploads`, with status Enabled\n"
                 "- `aws_s3_bucket_public_access_block.uploads`, with all four blocks on\n\nValidation failed the "
                 "first time because `versioning_configuration` needs `status`. That's fixed. The plan is saved as "
                 "`terraform/uploads.tfplan`. Say the word and I'll apply exactly that plan.")),
        turn("looks fine, apply it",
             bash("cd terraform && terraform apply uploads.tfplan",
                  "aws_s3_bucket.uploads: Creating...\naws_s3_bucket.uploads: Creation complete after 2s [id=photoapp-uploads-prod]\n"
                  "aws_s3_bucket_versioning.uploads: Creation complete after 1s\naws_s3_bucket_public_access_block.uploads: Creation complete after 1s\n\nApply complete! Resources: 3 added, 0 changed, 0 destroyed.",
                  desc="Apply the saved plan", ms=9000),
             say("Applied: 3 resources added. The bucket `photoapp-uploads-prod` exists with versioning on and "
                 "public access blocked.")),
        turn("great, I can see it in the console with versioning enabled. thanks",
             say("Good. When the app starts writing to it, the upload role will need `s3:PutObject` on "
                 "`arn:aws:s3:::photoapp-uploads-prod/*`. I can add that policy whenever you're ready.")),
    ],
)
