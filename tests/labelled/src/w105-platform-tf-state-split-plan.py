LABEL = dict(
    split="heldout3",
    persona="Principal platform engineer planning a Terraform state split at a SaaS company",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 gives the goal (split the 2,400-resource monolithic state into network, data and apps stacks), "
               "the ordering constraint (network first, data last), the method (moved/removed+import blocks on Terraform 1.7, no "
               "`state mv` by hand), the success check (an empty plan in every stack after each step) and the rollback "
               "(restore the previous state version from the S3 bucket's versioning) and rules out Terragrunt with a reason; "
               "prompt 2 is a short exact correction (the RDS parameter groups belong in data, not network). Level 5. Plan mode, "
               "reads only, an approved plan: planning. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/tobias/src/infra-live", start="2026-06-23T14:00:00Z", model="claude-opus-4-7", version="2.1.268", mode="plan",
    turns=[
        turn("I want a plan, not changes. prod/ is one state with ~2,400 resources and plans take 9 minutes. Split it into three stacks: "
             "network (VPC, subnets, TGW, Route53), data (RDS, ElastiCache, S3 data buckets) and apps (ECS services, ALBs, IAM for services). "
             "Order: network first, apps second, data last because it's the riskiest. We're on 1.7 so use removed blocks in the old stack and import "
             "blocks in the new ones, no hand-run state mv. After every step each stack must plan empty. Rollback for any step is restoring the "
             "previous state object version from the versioned S3 backend. Not Terragrunt, we'd have to migrate CI too. Say where the cross-stack "
             "references go (remote state vs SSM parameters) and why.",
             bash("terraform -chdir=prod state list | cut -d. -f1-2 | sed 's/\\[.*//' | awk -F. '{print $1\".\"$2}' | cut -d. -f1 | sort | uniq -c | sort -rn | head -12",
                  "    612 module\n    388 aws_iam_role_policy_attachment\n    301 aws_route53_record\n    214 aws_security_group_rule\n    156 aws_iam_role\n"
                  "     98 aws_ecs_service\n     97 aws_lb_target_group\n     61 aws_subnet\n     44 aws_db_parameter_group\n     39 aws_s3_bucket\n     22 aws_db_instance\n     17 aws_elasticache_replication_group",
                  desc="Resource types in the prod state"),
             grep("aws_security_group\\.|data\\.terraform_remote_state|vpc_id\\s*=", path="prod", content=
                  "prod/rds.tf:8:  vpc_security_group_ids = [aws_security_group.db.id]\nprod/ecs_services.tf:31:  security_groups = [aws_security_group.app.id, aws_security_group.db_client.id]\n"
                  "prod/security_groups.tf:4:resource \"aws_security_group\" \"db\" {\nprod/security_groups.tf:22:  source_security_group_id = aws_security_group.db_client.id"),
             plan("## Split prod/ into network, apps, data\n\n**Cross-stack references: SSM parameters**, written by the producing stack (`/infra/prod/network/vpc_id`, subnet ids, SG ids), read with `data \"aws_ssm_parameter\"`. "
                  "Not `terraform_remote_state`: it needs read access to the whole producer state (secrets in RDS state), and couples the consumer to the producer's backend layout.\n\n"
                  "**Security groups**: `db` and `db_client` reference each other across what will be data/apps. Move both into **network** (SGs are network objects; rules stay in the stack that owns the service), so neither later stack depends on the other.\n\n"
                  "Per step: (1) add `import` blocks in the new stack, (2) `removed { lifecycle { destroy = false } }` in prod/, (3) apply new stack (imports only, plan must show 0 add/0 destroy), "
                  "(4) apply prod/ (forgets only), (5) every stack plans empty. Rollback: restore the prior S3 object version of the affected state(s) and revert the PR.\n\n"
                  "1. **network**: VPC, subnets, route tables, TGW attachments, Route53 zones and records, all SGs (+ SSM parameters for ids). ~700 resources.\n"
                  "2. **apps**: ECS services, task defs, ALBs/target groups, service IAM roles. ~1,100.\n3. **data**: RDS instances, parameter groups, ElastiCache, data buckets. ~250. Freeze data changes for the day; take RDS snapshots first although the step only forgets and imports.\n"
                  "4. prod/ should then hold ~350 leftovers (monitoring, misc IAM): triage into the three or a `shared` stack.",
                  "/home/tobias/.claude/plans/prod-state-split.md"),
             say("Plan saved. The one design decision beyond your constraints: the `db`/`db_client` security groups reference "
                 "each other across what would become data and apps, so I put all SGs in network to keep the dependency one-way.")),
        turn("parameter groups are data not network, you put them in 1 in the draft I saw. otherwise good",
             say("You're right, my first draft listed `aws_db_parameter_group` under network; the saved plan has them in step 3 (data) "
                 "with the RDS instances, and that's where they stay. Network keeps only the DB subnet groups, since they're "
                 "made of network subnets and the data stack reads their names from SSM.")),
    ],
)
