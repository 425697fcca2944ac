LABEL = dict(
    split="heldout2",
    persona="DevOps engineer at a payments startup, runs the Kubernetes staging cluster",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the service, the environment, the tool and the image tag, and asks for one check (the pods "
               "come up), leaving the rest to the agent; prompt 2 supplies a missing fact (the new env var and where its "
               "secret lives): level 3. A deploy to staging, so operating. `kubectl rollout status` fails (timeout, "
               "pods in CrashLoopBackOff); the second rollout succeeds, but a recovered deploy with no passing test, "
               "commit or user confirmation afterwards stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/home/ops/infra/charts", start="2026-05-20T13:10:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("deploy billing-worker 2.14.0 to staging with helm and make sure the pods come up",
             bash("helm -n billing get values billing-worker -o yaml | head -20", "image:\n  repository: registry.internal/billing-worker\n  tag: 2.13.2\nreplicas: 2\n"
                  "env:\n  DATABASE_URL:\n    secretRef: billing/db-url\n  STRIPE_API_KEY:\n    secretRef: billing/stripe-api-key",
                  desc="Current release values", pre="Checking the current release first."),
             bash("helm -n billing upgrade billing-worker ./billing-worker --reuse-values --set image.tag=2.14.0",
                  "Release \"billing-worker\" has been upgraded. Happy Helming!\nNAME: billing-worker\nLAST DEPLOYED: Wed May 20 13:12:41 2026\nNAMESPACE: billing\nSTATUS: deployed\nREVISION: 38",
                  desc="Upgrade to 2.14.0", ms=4100),
             bash("kubectl -n billing rollout status deploy/billing-worker --timeout=120s",
                  "Waiting for deployment \"billing-worker\" rollout to finish: 1 out of 2 new replicas have been updated...\n"
                  "error: timed out waiting for the condition", code=1, desc="Wait for the rollout", ms=120400),
             bash("kubectl -n billing get pods -l app=billing-worker && kubectl -n billing logs deploy/billing-worker --tail=15",
                  "NAME                              READY   STATUS             RESTARTS      AGE\nbilling-worker-6f9d8c7b54-7wq2x   0/1     CrashLoopBackOff   4 (31s ago)   2m13s\n"
                  "billing-worker-5c4b9f6d8d-lk2pn   1/1     Running            0             3d\nbilling-worker-5c4b9f6d8d-x8r4t   1/1     Running            0             3d\n"
                  "Found 3 pods, using pod/billing-worker-6f9d8c7b54-7wq2x\n{\"level\":\"fatal\",\"msg\":\"config: required variable STRIPE_WEBHOOK_SECRET is not set\",\"version\":\"2.14.0\"}",
                  desc="Pods and logs of the new replica"),
             say("The rollout is stuck: the new 2.14.0 pod crash-loops with `config: required variable STRIPE_WEBHOOK_SECRET "
                 "is not set`. The two old 2.13.2 pods are still serving, so staging isn't down.\n\n2.14.0 needs a new "
                 "environment variable. Do you know where that secret lives? If it isn't in the vault yet, I can roll "
                 "back to 2.13.2 with `helm rollback billing-worker 37`.")),
        turn("right, 2.14 verifies webhook signatures now. its in the staging vault as billing/stripe-webhook-secret",
             bash("helm -n billing upgrade billing-worker ./billing-worker --reuse-values --set image.tag=2.14.0 --set env.STRIPE_WEBHOOK_SECRET.secretRef=billing/stripe-webhook-secret",
                  "Release \"billing-worker\" has been upgraded. Happy Helming!\nNAME: billing-worker\nNAMESPACE: billing\nSTATUS: deployed\nREVISION: 39",
                  desc="Upgrade with the webhook secret", ms=3900),
             bash("kubectl -n billing rollout status deploy/billing-worker --timeout=180s",
                  "Waiting for deployment \"billing-worker\" rollout to finish: 1 out of 2 new replicas have been updated...\n"
                  "Waiting for deployment \"billing-worker\" rollout to finish: 1 old replicas are pending termination...\ndeployment \"billing-worker\" successfully rolled out",
                  desc="Wait for the rollout", ms=71000),
             bash("kubectl -n billing get pods -l app=billing-worker && kubectl -n billing logs deploy/billing-worker --tail=3",
                  "NAME                              READY   STATUS    RESTARTS   AGE\nbilling-worker-7d5f6b9c8-2mzjq    1/1     Running   0          68s\n"
                  "billing-worker-7d5f6b9c8-vq9tn    1/1     Running   0          41s\n{\"level\":\"info\",\"msg\":\"consumer started\",\"queue\":\"invoices\",\"version\":\"2.14.0\"}\n"
                  "{\"level\":\"info\",\"msg\":\"webhook verifier ready\"}",
                  desc="Check the new pods"),
             say("2.14.0 is rolled out on staging: both pods are `Running` with 0 restarts, and the logs show the invoice "
                 "consumer and the webhook verifier started.\n\nThe secret reference is only in the release values "
                 "(`--set`). To keep it for the next deploy, it should also go into `values-staging.yaml` in the chart "
                 "repo, and into production's values before 2.14.0 goes there.")),
    ],
)
