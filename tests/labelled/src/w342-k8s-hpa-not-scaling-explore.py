LABEL = dict(
    split="heldout11",
    persona="Kubernetes platform engineer investigating why an HPA does not scale",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the HPA, namespace, the numbers (stuck at 3, max 12), the scope (read only, don't edit anything) and the places to look (HPA status, metrics-server, resource requests), with an explanation as the deliverable; "
               "prompt 2 takes up the agent's finding and widens the question to the other HPAs. Precise and scoped, but no acceptance check or failure modes of his own: level 4. "
               "The session only reads the cluster and ends in findings: exploring. Nothing fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/home/jonas/platform/clusters", start="2027-02-11T14:15:00Z", model="claude-opus-4-6", version="2.1.256", branch="main",
    turns=[
        turn("HPA for search-api in ns search won't scale past 3 under load, max is 12, target 70% cpu. Read only, don't change anything. Look at the HPA status, metrics-server and the pod resource requests and tell me why.",
             bash("kubectl -n search describe hpa search-api | sed -n '1,40p'",
                  "Name:                                                  search-api\nNamespace:                                             search\nReference:                                             Deployment/search-api\nMetrics:                                               ( current / target )\n  resource cpu on pods  (as a percentage of request):  <unknown> / 70%\nMin replicas:                                          3\nMax replicas:                                          12\nDeployment pods:                                       3 current / 3 desired\nConditions:\n  Type            Status  Reason                   Message\n  ----            ------  ------                   -------\n  AbleToScale     True    SucceededGetScale        the HPA controller was able to get the target's current scale\n  ScalingActive   False   FailedGetResourceMetric  the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container fluent-bit of Pod search-api-7b9f6d8c4-4xk2n\nEvents:\n  Type     Reason                        Age                    From                       Message\n  ----     ------                        ----                   ----                       -------\n  Warning  FailedGetResourceMetric       2m (x4190 over 17h)    horizontal-pod-autoscaler  failed to get cpu utilization: missing request for cpu in container fluent-bit of Pod search-api-7b9f6d8c4-4xk2n",
                  desc="Describe the HPA"),
             bash("kubectl -n search get deploy search-api -o jsonpath='{range .spec.template.spec.containers[*]}{.name}{\"\\t\"}{.resources.requests}{\"\\n\"}{end}'",
                  "search-api\t{\"cpu\":\"500m\",\"memory\":\"1Gi\"}\nfluent-bit\t{\"memory\":\"64Mi\"}",
                  desc="Container requests in the deployment"),
             bash("kubectl top pods -n search -l app=search-api --containers && kubectl -n kube-system get deploy metrics-server --no-headers",
                  "POD                           NAME         CPU(cores)   MEMORY(bytes)\nsearch-api-7b9f6d8c4-4xk2n    fluent-bit   4m           31Mi\nsearch-api-7b9f6d8c4-4xk2n    search-api   492m         702Mi\nsearch-api-7b9f6d8c4-d8t9p    fluent-bit   5m           29Mi\nsearch-api-7b9f6d8c4-d8t9p    search-api   511m         688Mi\nsearch-api-7b9f6d8c4-rq6lm    fluent-bit   4m           30Mi\nsearch-api-7b9f6d8c4-rq6lm    search-api   497m         715Mi\nmetrics-server   1/1   1     1     260d",
                  desc="Check metrics-server and per-container usage"),
             say("**Cause:** the HPA can't compute CPU utilisation at all, so it never scales; it isn't hitting a limit.\n\n"
                 "- `ScalingActive False / FailedGetResourceMetric`: *missing request for cpu in container fluent-bit*. For a `Resource` metric on **pods**, the HPA needs a CPU request on **every** container, because utilisation is total usage over total requests. The fluent-bit sidecar has only a memory request (`64Mi`).\n"
                 "- The metric shows `<unknown> / 70%`, and the event has fired 4,190 times over 17h, so this has been broken since about when the sidecar was added, not just under today's load.\n"
                 "- metrics-server is fine: `kubectl top` returns per-container numbers. The app containers are at ~490–510m against a 500m request, i.e. ~100%, so it *would* scale to roughly 5 pods if the metric worked.\n"
                 "- It stays at 3 because that's `minReplicas`.\n\n"
                 "Fix options (not applied): give fluent-bit a CPU request (e.g. `10m`), or switch the HPA to a `ContainerResource` metric on the `search-api` container only, which ignores the sidecar. Nothing was changed.")),
        turn("right, the fluent-bit sidecar. is it the same on the other HPAs in that ns?",
             bash("kubectl -n search get hpa -o custom-columns=NAME:.metadata.name,TARGETS:.status.currentMetrics[0].resource.current.averageUtilization,MIN:.spec.minReplicas,MAX:.spec.maxReplicas,REPLICAS:.status.currentReplicas",
                  "NAME             TARGETS   MIN   MAX   REPLICAS\nsearch-api       <none>    3     12    3\nsearch-indexer   <none>    2     8     2\nsuggest-api      41        2     6     2",
                  desc="List the HPAs in the namespace"),
             bash("for d in search-indexer suggest-api; do echo \"== $d\"; kubectl -n search get deploy $d -o jsonpath='{range .spec.template.spec.containers[*]}{.name}{\"\\t\"}{.resources.requests.cpu}{\"\\n\"}{end}'; done",
                  "== search-indexer\nindexer\t1\nfluent-bit\t\n== suggest-api\nsuggest-api\t250m\nfluent-bit\t10m",
                  desc="CPU requests per container for the other two"),
             say("Two of the three are affected:\n\n- **search-indexer**: same problem. fluent-bit has no CPU request, no current utilisation, stuck at its min of 2.\n- **suggest-api**: works (41% of target). Its fluent-bit sidecar *does* have `cpu: 10m`, so whoever set up suggest-api added it; the other two were probably created from an older template.\n\n"
                 "So the consistent fix is to give the fluent-bit sidecar a CPU request everywhere (10m like suggest-api), ideally in the shared sidecar template rather than per deployment. Still nothing changed.")),
    ],
)
