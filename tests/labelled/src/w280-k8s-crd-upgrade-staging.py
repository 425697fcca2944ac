LABEL = dict(
    split="heldout9",
    persona="SRE on a platform team rolling out a new version of an in-house Kubernetes operator and its CRD to staging",
    expertise_level=4, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is precise: named cluster context, CRD and chart version, the order (CRD with server-side apply first, "
               "then helm upgrade), scope ('staging only, don't touch prod context') and the acceptance check (conversion "
               "webhook serving v1beta2, existing CRs still readable): level 4. Operating: a rollout. Every command succeeds; "
               "prompt 2 ('both old CRs reconcile fine on v1beta2, good') confirms the result, so verified."),
)

SESSION = dict(
    cwd="/home/ayo/platform/queue-operator", start="2026-09-24T13:02:18Z",
    model="claude-sonnet-4-6", version="2.1.221",
    turns=[
        turn("Roll queue-operator 0.9.0 to staging (context stg-euw1 only, don't touch the prod contexts). Order: apply the "
             "CRD from charts/queue-operator/crds/ with kubectl apply --server-side first (helm won't upgrade CRDs), then "
             "helm upgrade with values/staging.yaml. Done means: the conversion webhook is serving, `kubectl get queues.v1beta2` "
             "lists the existing CRs, and the operator pod is Ready with no restarts.",
             bash("kubectl --context stg-euw1 apply --server-side -f charts/queue-operator/crds/",
                  "customresourcedefinition.apiextensions.k8s.io/queues.messaging.acme.io serverside-applied", desc="Apply CRD"),
             bash("helm --kube-context stg-euw1 -n queue-system upgrade queue-operator charts/queue-operator -f values/staging.yaml --version 0.9.0 --wait",
                  "Release \"queue-operator\" has been upgraded. Happy Helming!\nNAME: queue-operator\nLAST DEPLOYED: Thu Sep 24 13:04:51 2026\nNAMESPACE: queue-system\nSTATUS: deployed\nREVISION: 12",
                  desc="Helm upgrade", ms=61000),
             par(bash("kubectl --context stg-euw1 -n queue-system get pods -l app=queue-operator",
                      "NAME                              READY   STATUS    RESTARTS   AGE\nqueue-operator-6d9c8b7f4-lq2xn    1/1     Running   0          71s"),
                 bash("kubectl --context stg-euw1 get queues.v1beta2.messaging.acme.io -A",
                      "NAMESPACE   NAME            BACKEND   READY\norders      orders-events   sqs       True\nbilling     invoices        sqs       True")),
             say("Staging is on 0.9.0. CRD applied server-side, helm revision 12. The operator pod is 1/1 Ready with 0 restarts, "
                 "and both existing Queue CRs are served as v1beta2 through the conversion webhook. Prod contexts untouched.")),
        turn("both old CRs reconcile fine on v1beta2, good. leave it there, prod next week",
             say("Noted. Staging stays on 0.9.0; nothing else changed.")),
    ],
)
