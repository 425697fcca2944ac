LABEL = dict(
    split="dev",
    persona="Senior SRE at a payments company, owns the EU production cluster",
    expertise_level=5, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 decomposes the deploy into ordered, gated steps (check the staging migration job, helm "
               "upgrade --atomic with a timeout, watch the rollout) and defines done (k6 smoke p99 under 200 ms), "
               "anticipating the rollback path: level 5. Every kubectl/helm/k6 action succeeded, so no trouble; "
               "prompt 2 'good, ship it' is an explicit confirmation, so verified success."),
)

SESSION = dict(
    cwd="/home/tkowalski/src/platform-deploy", start="2026-03-11T13:20:55Z", model="claude-opus-4-7", version="2.1.260",
    turns=[
        turn("Deploy api 3.2.0 to prod-eu. Order: first confirm the db-migrate job for 3.2.0 completed in "
             "staging (kubectl -n api get jobs, context staging-eu); if it didn't, stop. Then helm upgrade "
             "api charts/api -f values/prod-eu.yaml --set image.tag=3.2.0 --atomic --timeout 10m in context "
             "prod-eu. Watch the rollout until all replicas are ready. Done means the k6 smoke script "
             "(k6/smoke.js against https://api.eu.example.net) reports p99 on /healthz under 200 ms. Don't touch "
             "anything else in the cluster.",
             bash("kubectl --context staging-eu -n api get jobs -l app=db-migrate",
                  "NAME                     COMPLETIONS   DURATION   AGE\ndb-migrate-3.2.0         1/1           48s        3h12m\ndb-migrate-3.1.4         1/1           51s        6d",
                  desc="Check the staging migration job", pre="Step 1: checking the staging migration job."),
             bash("helm --kube-context prod-eu upgrade api charts/api -f values/prod-eu.yaml --set image.tag=3.2.0 --atomic --timeout 10m",
                  "Release \"api\" has been upgraded. Happy Helming!\nNAME: api\nLAST DEPLOYED: Wed Mar 11 13:22:41 2026\nNAMESPACE: api\nSTATUS: deployed\nREVISION: 87",
                  desc="Upgrade api to 3.2.0 in prod-eu", ms=184000,
                  pre="db-migrate-3.2.0 completed 1/1 in staging. Running the upgrade."),
             bash("kubectl --context prod-eu -n api rollout status deploy/api --timeout=5m",
                  "deployment \"api\" successfully rolled out", desc="Watch the rollout"),
             bash("kubectl --context prod-eu -n api get pods -l app=api -o wide | head",
                  "NAME                   READY   STATUS    RESTARTS   AGE\napi-7f9c6d8b5-2kx9p    1/1     Running   0          2m\n"
                  "api-7f9c6d8b5-8vq4m    1/1     Running   0          2m\napi-7f9c6d8b5-lr6tz    1/1     Running   0          1m",
                  desc="List the new pods"),
             bash("k6 run -e BASE=https://api.eu.example.net k6/smoke.js",
                  "     ✓ status is 200\n     http_req_duration..............: avg=41.2ms min=18.9ms med=36.4ms max=231.7ms p(90)=72.1ms p(95)=94.5ms p(99)=143.8ms\n"
                  "     checks.........................: 100.00% ✓ 1200 ✗ 0", desc="Run the k6 smoke test", ms=62000),
             say("3.2.0 is live in prod-eu.\n\n1. **Staging migration:** `db-migrate-3.2.0` completed (1/1) 3h ago.\n"
                 "2. **Upgrade:** helm revision 87, `--atomic` (no rollback was needed).\n3. **Rollout:** all 3 "
                 "replicas Running and Ready, with 0 restarts.\n4. **Smoke:** p99 on /healthz is **143.8 ms** "
                 "(target < 200 ms); 1200/1200 checks passed. There was one outlier at 231.7 ms max, which is "
                 "within normal warm-up.\n\nNothing else in the cluster was touched.")),
        turn("good, ship it. close out the change ticket note for me as text, I'll paste it",
             say("Change note:\n\n> CHG-api-3.2.0 prod-eu: completed 13:26 UTC. Pre-check: staging db-migrate-3.2.0 "
                 "1/1. helm upgrade --atomic, revision 87, rollout healthy (3/3). Post-check: k6 smoke p99 "
                 "143.8 ms (<200 ms), 100% checks. Rollback: `helm rollback api 86` (not needed).")),
    ],
)
