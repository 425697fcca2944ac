LABEL = dict(
    split="heldout12",
    persona="SRE on AWS changing an RDS instance with Terraform",
    expertise_level=5, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 scopes the change exactly (one module, target only, instance class and storage type), sets the procedure (plan to a file, review before apply, no -auto-approve, apply_immediately false so it waits for the maintenance window) and names the failure mode to check for (anything that forces replacement); "
               "prompt 2 ('go') carries no signal, and prompt 3 is short and exact about the IAM boundary and stops the work. Level 5. Applying infrastructure changes is the work: operating. "
               "`terraform apply` fails (exit 1, KMSKeyNotAccessibleFault) and the KMS check is denied (exit 254), which is trouble; the user stops there to raise it with the platform team, so the trouble is never resolved: abandoned."),
)

SESSION = dict(
    cwd="/home/rk/infra/live/prod/eu-west-1", start="2026-12-19T10:05:00Z", model="claude-opus-4-6", version="2.1.253", branch="rds-reporting-gp3",
    turns=[
        turn("module.rds_reporting: db.r6g.xlarge → db.r6g.2xlarge and storage gp2 → gp3 (keep 500 GB, iops default). apply_immediately = false, it should go in sunday's maintenance window. "
             "terraform plan -target=module.rds_reporting -out=tfplan, show me the plan, and stop if anything says forces replacement. I'll tell you when to apply. no -auto-approve",
             grep("instance_class|storage_type|apply_immediately", path="/home/rk/infra/live/prod/eu-west-1/rds.tf", content="rds.tf:41:  instance_class        = \"db.r6g.xlarge\"\nrds.tf:44:  storage_type          = \"gp2\"\nrds.tf:52:  apply_immediately     = false"),
             edit("/home/rk/infra/live/prod/eu-west-1/rds.tf",
                  "  instance_class        = \"db.r6g.xlarge\"",
                  "  instance_class        = \"db.r6g.2xlarge\""),
             edit("/home/rk/infra/live/prod/eu-west-1/rds.tf",
                  "  storage_type          = \"gp2\"",
                  "  storage_type          = \"gp3\""),
             bash("terraform plan -target=module.rds_reporting -out=tfplan -no-color | tail -25",
                  "module.rds_reporting.aws_db_instance.this: Refreshing state... [id=reporting-prod]\n\nTerraform will perform the following actions:\n\n  # module.rds_reporting.aws_db_instance.this will be updated in-place\n  ~ resource \"aws_db_instance\" \"this\" {\n        id                     = \"db-7QK3ZP4XJ2M5N6R\"\n      ~ instance_class         = \"db.r6g.xlarge\" -> \"db.r6g.2xlarge\"\n      ~ storage_type           = \"gp2\" -> \"gp3\"\n        # (58 unchanged attributes hidden)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n\n"
                  "Warning: Resource targeting is in effect\n\nSaved the plan to: tfplan\n\nTo perform exactly these actions, run the following command to apply:\n    terraform apply \"tfplan\"",
                  desc="Targeted plan to a file", ms=21000),
             say("Plan saved to `tfplan`: **1 in-place update, 0 add, 0 destroy** – nothing forces replacement. Changes: `instance_class` xlarge → 2xlarge and `storage_type` gp2 → gp3; iops/throughput left to the gp3 defaults for 500 GB (3000 / 125). "
                 "With `apply_immediately = false` both are queued for the maintenance window. Waiting for your go before `terraform apply tfplan`.")),
        turn("go",
             bash("terraform apply -no-color tfplan",
                  "module.rds_reporting.aws_db_instance.this: Modifying... [id=db-7QK3ZP4XJ2M5N6R]\n",
                  stderr="\nError: updating RDS DB Instance (reporting-prod): operation error RDS: ModifyDBInstance, https response error StatusCode: 400, RequestID: 1f0c3b9e-5a7d-4e61-9d0c-8b2a7e4f6c11, api error KMSKeyNotAccessibleFault: The specified KMS key [arn:aws:kms:eu-west-1:418220117703:key/2b7f0c9a-...] does not exist, is not enabled or you do not have permissions to access it.\n\n  with module.rds_reporting.aws_db_instance.this,\n  on .terraform/modules/rds_reporting/main.tf line 12, in resource \"aws_db_instance\" \"this\":\n  12: resource \"aws_db_instance\" \"this\" {",
                  code=1, desc="Apply the saved plan", ms=6400),
             bash("aws sts get-caller-identity --query Arn --output text && aws kms describe-key --key-id arn:aws:kms:eu-west-1:418220117703:key/2b7f0c9a-6e1d-4c55-a3f8-1d90b7c2e4aa --query KeyMetadata.KeyState --output text",
                  "arn:aws:sts::418220117703:assumed-role/terraform-deployer/rk-session\n",
                  stderr="An error occurred (AccessDeniedException) when calling the DescribeKey operation: User: arn:aws:sts::418220117703:assumed-role/terraform-deployer/rk-session is not authorized to perform: kms:DescribeKey on resource: arn:aws:kms:eu-west-1:418220117703:key/2b7f0c9a-6e1d-4c55-a3f8-1d90b7c2e4aa because no identity-based policy allows the kms:DescribeKey action",
                  code=254, desc="Check who we are and the key"),
             say("The apply failed and **nothing was changed** (RDS rejected the modify call; state is unchanged, `tfplan` is now stale). The gp2 → gp3 change re-touches the encrypted volume, so RDS needs `kms:CreateGrant`/`kms:DescribeKey` on the storage key – and the `terraform-deployer` role has no KMS permissions on it at all (the direct `DescribeKey` is denied too).\n\n"
                 "Two ways forward: grant `terraform-deployer` `kms:DescribeKey` and `kms:CreateGrant` (with `kms:GrantIsForAWSResource = true`) on that key, or split the change and apply only the instance class now, which doesn't need the key.")),
        turn("deployer role is platform team's, not mine to change, and I don't want to split it. leave it, I'll raise a ticket with them",
             say("Understood – leaving it. For the ticket: role `terraform-deployer`, key `arn:aws:kms:eu-west-1:418220117703:key/2b7f0c9a-6e1d-4c55-a3f8-1d90b7c2e4aa`, actions `kms:DescribeKey` and `kms:CreateGrant` conditioned on `kms:GrantIsForAWSResource`. "
                 "The `rds.tf` edits are still uncommitted on `rds-reporting-gp3`; re-run the targeted plan once the grant is in, since `tfplan` is stale.")),
    ],
)
