LABEL = dict(
    split="dev",
    persona="Backend developer on a platform team, does staging deploys a few times a month",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the service, version, environment and the check (pods come up), without a rollout "
               "strategy, health criteria or rollback: level 3. A kubectl rollout is operating. The rollout status "
               "times out with ImagePullBackOff (failed action: trouble); the agent fixes the tag and the pods come "
               "up, but there is no passing test, commit or confirmation afterwards (prompt 2 moves on to a question), "
               "so under the evidence rules the trouble is unresolved: abandoned. A hard case."),
)

SESSION = dict(
    cwd="/home/nadia/src/deploy", start="2026-03-24T16:45:00Z", model="claude-sonnet-4-6", version="2.1.239",
    turns=[
        turn("Roll out version 2.4.1 of the api to staging and check the pods come up.",
             bash("kubectl --context staging -n api set image deploy/api api=registry.internal/api:v2.4.1",
                  "deployment.apps/api image updated", desc="Set the new image"),
             bash("kubectl --context staging -n api rollout status deploy/api --timeout=120s",
                  "Waiting for deployment \"api\" rollout to finish: 1 out of 3 new replicas have been updated...\nerror: timed out waiting for the condition",
                  code=1, desc="Wait for the rollout", ms=120000),
             bash("kubectl --context staging -n api get pods -l app=api",
                  "NAME                   READY   STATUS             RESTARTS   AGE\napi-5d8f7c9b6-4hz2x    1/1     Running            0          3d\napi-5d8f7c9b6-9kq1m    1/1     Running            0          3d\napi-6c4b9d7f8-tt2lp    0/1     ImagePullBackOff   0          2m",
                  desc="Check the pods"),
             bash("crane ls registry.internal/api | tail -4", "2.3.9\n2.4.0\n2.4.1\nlatest", desc="List image tags in the registry"),
             bash("kubectl --context staging -n api set image deploy/api api=registry.internal/api:2.4.1",
                  "deployment.apps/api image updated", desc="Use the correct tag", pre="The tags have no `v` prefix. I used `v2.4.1`, which doesn't exist. Correcting it."),
             bash("kubectl --context staging -n api rollout status deploy/api --timeout=180s",
                  "Waiting for deployment \"api\" rollout to finish: 2 of 3 updated replicas are available...\ndeployment \"api\" successfully rolled out",
                  desc="Wait for the rollout", ms=74000),
             say("2.4.1 is rolled out to staging, and all 3 pods are running the new image.\n\nThe first attempt "
                 "failed with `ImagePullBackOff` because I used the tag `v2.4.1`. Your registry tags have no `v` "
                 "prefix, so I switched to `2.4.1` and the rollout completed. The old ReplicaSet kept serving the "
                 "whole time, so staging was never down.")),
        turn("how do I see which version is running without kubectl describe?",
             say("Use a jsonpath query:\n\n```sh\nkubectl --context staging -n api get deploy api -o jsonpath='{.spec.template.spec.containers[0].image}'\n```\n\n"
                 "That prints `registry.internal/api:2.4.1`. To see what each pod is actually running, use "
                 "`kubectl -n api get pods -l app=api -o custom-columns=POD:.metadata.name,IMAGE:.spec.containers[0].image`.")),
    ],
)
