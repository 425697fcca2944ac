LABEL = dict(
    split="heldout21",
    persona="infrastructure developer deploying a Pulumi TypeScript stack (SQS queue and Lambda) to staging",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the stack (staging, in infra/), the change (yesterday's SQS queue and consumer Lambda) and the outcome (get it deployed), leaving how to the agent, level 3; prompt 2 adds an organisation fact (the SCP denies iam:* to human roles on staging) that explains the failure, a specific correction that counts up a little but does not outweigh a first prompt with no constraint or check (tie-break 3). "
               "The work is a deploy with pulumi up: operating. "
               "pulumi up fails with AccessDenied on iam:AttachRolePolicy, and a retry after a refresh fails the same way (trouble); the user stops ('I'll let the pipeline do it') with nothing deployed, so abandoned."),
)

SESSION = dict(
    cwd="/home/priya/src/payments-platform", start="2026-12-02T14:05:00Z", model="claude-sonnet-4-6", version="2.1.248", branch="main",
    turns=[
        turn("Can you get yesterday's change deployed to the staging stack? It's the new refunds SQS queue + the consumer Lambda in infra/. pulumi up is failing for me and I haven't had time to look",
             bash("cd infra && pulumi stack select staging && pulumi preview --diff 2>&1 | tail -8", "Previewing update (acme/payments/staging)\n\n +  aws:sqs:Queue refunds-dlq create\n +  aws:sqs:Queue refunds create\n +  aws:iam:Role refunds-consumer-role create\n +  aws:iam:RolePolicyAttachment refunds-consumer-sqs create\n +  aws:lambda:Function refunds-consumer create\n +  aws:lambda:EventSourceMapping refunds-consumer-esm create\nResources:\n    + 6 to create\n    41 unchanged", desc="Preview the staging update"),
             bash("cd infra && pulumi up --yes --stack staging 2>&1 | tail -9", code=255, out="Updating (acme/payments/staging)\n\n +  aws:sqs:Queue refunds-dlq created (1s)\n +  aws:sqs:Queue refunds created (1s)\n +  aws:iam:Role refunds-consumer-role creating (0s)\n +  aws:iam:Role refunds-consumer-role **creating failed** error: creating IAM Role (refunds-consumer-role-4d1a2b7): operation error IAM: CreateRole, https response error StatusCode: 403, RequestID: 0b7c1e2f-..., api error AccessDenied: User: arn:aws:sts::318204551762:assumed-role/AWSReservedSSO_Developer_6a1f/priya is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::318204551762:role/refunds-consumer-role-4d1a2b7 with an explicit deny in a service control policy\nResources:\n    + 2 created\n    41 unchanged\n    1 error", desc="Deploy to staging"),
             bash("aws sts get-caller-identity --query Arn --output text", "arn:aws:sts::318204551762:assumed-role/AWSReservedSSO_Developer_6a1f/priya", desc="Which role is deploying"),
             bash("cd infra && pulumi refresh --yes --stack staging >/dev/null && pulumi up --yes --stack staging 2>&1 | grep -E 'failed|AccessDenied|Resources' ", code=255, out="aws:iam:Role refunds-consumer-role **creating failed** error: ... api error AccessDenied: ... is not authorized to perform: iam:CreateRole ... with an explicit deny in a service control policy\nResources:", desc="Refresh the state and retry the deploy"),
             say("It fails at the IAM role: your SSO **Developer** role is blocked from `iam:CreateRole` by an *explicit deny in a service control policy*, so this is an organisation guardrail, not a bug in the stack. The two queues were created before the failure (they're in state now), and a retry after `pulumi refresh` fails the same way.\n\nOptions:\n1. Deploy with a role that's allowed to create IAM roles (a deploy/pipeline role), e.g. `pulumi config set aws:assumeRole.roleArn ...` for staging.\n2. Have the platform team pre-create the role and reference it with `aws.iam.Role.get(...)` instead of creating it in this stack.")),
        turn("right, the SCP denies iam:* to human roles on staging, only the CI deploy role has it. I'll push it and let the pipeline do it later, leave it",
             say("Understood. Current state for the pipeline run: `refunds` and `refunds-dlq` already exist in staging and are in the stack's state, so CI will only create the role, policy attachment, Lambda and event source mapping. Nothing else was changed.")),
    ],
)
