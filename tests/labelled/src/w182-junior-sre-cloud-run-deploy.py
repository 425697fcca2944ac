LABEL = dict(
    split="heldout6",
    persona="Junior SRE at a ticketing start-up, first deploys on Google Cloud Run",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the service (seat-map-api), the region, the image tag and one constraint (min one instance), and asks for a health "
               "check after, leaving the IAM detail to the agent: level 3. A deploy: operating. The first `gcloud run deploy` fails on a missing "
               "service-account permission (trouble); after the role is granted the redeploy succeeds and curl returns 200, but a recovered deploy "
               "is not evidence, and the last prompt moves on: abandoned under the evidence rule."),
)

SESSION = dict(
    cwd="/home/ayo/infra/seat-map-api", start="2026-12-01T13:05:00Z", model="claude-sonnet-4-6", version="2.1.241",
    turns=[
        turn("Deploy seat-map-api to Cloud Run in europe-west2 with the image tagged v1.8.0 from our Artifact Registry. Keep at least one instance warm. "
             "Check /healthz afterwards.",
             bash("gcloud run deploy seat-map-api --image europe-west2-docker.pkg.dev/tixly-prod/apps/seat-map-api:v1.8.0 --region europe-west2 --min-instances 1 --quiet",
                  "", desc="Deploy to Cloud Run", code=1, ms=21000,
                  stderr="ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'iam.serviceaccounts.actAs' denied on service account seat-map@tixly-prod.iam.gserviceaccount.com (or it may not exist).\n"),
             say("The deploy was refused: your account may not act as the service's runtime account `seat-map@…`. It needs `roles/iam.serviceAccountUser` on that "
                 "service account. Shall I grant it to you (you'd need permission to change IAM), or do you want to ask an admin?")),
        turn("I have the rights, go ahead",
             bash("gcloud iam service-accounts add-iam-policy-binding seat-map@tixly-prod.iam.gserviceaccount.com --member user:ayo@tixly.io --role roles/iam.serviceAccountUser -q",
                  "Updated IAM policy for serviceAccount [seat-map@tixly-prod.iam.gserviceaccount.com].", desc="Grant serviceAccountUser"),
             bash("gcloud run deploy seat-map-api --image europe-west2-docker.pkg.dev/tixly-prod/apps/seat-map-api:v1.8.0 --region europe-west2 --min-instances 1 --quiet",
                  "Deploying container to Cloud Run service [seat-map-api] in project [tixly-prod] region [europe-west2]\nOK Deploying... Done.\n"
                  "Service [seat-map-api] revision [seat-map-api-00042-qum] has been deployed and is serving 100 percent of traffic.\nService URL: https://seat-map-api-7k2xq-nw.a.run.app",
                  desc="Deploy again", ms=48000),
             bash("curl -s -o /dev/null -w '%{http_code}\\n' https://seat-map-api-7k2xq-nw.a.run.app/healthz", "200", desc="Health check"),
             say("Deployed: revision seat-map-api-00042-qum serves 100% of traffic, min instances 1, and /healthz returns 200.")),
        turn("what's the command to roll back if it goes wrong tonight?",
             say("`gcloud run services update-traffic seat-map-api --region europe-west2 --to-revisions seat-map-api-00041-<suffix>=100` – list revisions with "
                 "`gcloud run revisions list --service seat-map-api --region europe-west2` to get the previous one's exact name.")),
    ],
)
