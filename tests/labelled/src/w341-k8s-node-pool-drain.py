LABEL = dict(
    split="heldout11",
    persona="Kubernetes platform engineer moving workloads off an old GKE node pool",
    expertise_level=5, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 decomposes the work into ordered steps (check context, cordon and drain one node at a time with named flags, wait for Ready), names the expected failure mode (the payments-api PDB) and rules out --force and --disable-eviction in advance: level 5; "
               "prompt 2 is an exact, short instruction. Nodes are drained in a production cluster: operating. The second drain times out on the PDB (exit 1): trouble; "
               "prompt 3 confirms the result in his own terms ('all good, payments back to 3, dashboards clean'): resolved, verified success."),
)

SESSION = dict(
    cwd="/home/jonas/platform/clusters", start="2027-01-27T06:30:00Z", model="claude-opus-4-6", version="2.1.255", branch="main",
    turns=[
        turn("Move everything off node pool general-129 on prod-eu onto general-130 (already created, 3 nodes, Ready). One node at a time: cordon, drain with --ignore-daemonsets --delete-emptydir-data --timeout=180s, then wait until the evicted pods are Ready elsewhere before the next node. Expect payments-api's PDB (minAvailable 2, 3 replicas) to block — if a drain stalls on it do NOT use --force or --disable-eviction, stop and tell me, I'll scale it. Check the context is gke_acme-prod_europe-west1_prod-eu before anything.",
             bash("kubectl config current-context && kubectl get nodes -l cloud.google.com/gke-nodepool -L cloud.google.com/gke-nodepool --no-headers | awk '{print $1, $2, $NF}'",
                  "gke_acme-prod_europe-west1_prod-eu\ngke-prod-eu-general-129-7f3a-1k2d Ready general-129\ngke-prod-eu-general-129-7f3a-8mzq Ready general-129\ngke-prod-eu-general-129-7f3a-x4wp Ready general-129\ngke-prod-eu-general-130-2c9e-5hjr Ready general-130\ngke-prod-eu-general-130-2c9e-q7nb Ready general-130\ngke-prod-eu-general-130-2c9e-vv3t Ready general-130",
                  desc="Check context and node pools"),
             bash("kubectl cordon gke-prod-eu-general-129-7f3a-1k2d && kubectl drain gke-prod-eu-general-129-7f3a-1k2d --ignore-daemonsets --delete-emptydir-data --timeout=180s 2>&1 | tail -4",
                  "node/gke-prod-eu-general-129-7f3a-1k2d cordoned\nevicting pod search/search-api-6c8d9b7f5-2tqkp\nevicting pod checkout/checkout-web-84f6d5c7b-mm9xr\npod/checkout-web-84f6d5c7b-mm9xr evicted\nnode/gke-prod-eu-general-129-7f3a-1k2d drained",
                  desc="Cordon and drain the first old node", ms=64000),
             bash("kubectl get pods -A -o wide --field-selector=status.phase!=Succeeded | awk 'NR==1 || $8 ~ /general-130/' | grep -v -E '([0-9]+)/\\1' | head",
                  "NAMESPACE   NAME   READY   STATUS   RESTARTS   AGE   IP   NODE", desc="Any pods on the new pool not yet Ready?"),
             bash("kubectl cordon gke-prod-eu-general-129-7f3a-8mzq && kubectl drain gke-prod-eu-general-129-7f3a-8mzq --ignore-daemonsets --delete-emptydir-data --timeout=180s 2>&1 | tail -5",
                  "node/gke-prod-eu-general-129-7f3a-8mzq cordoned\nevicting pod payments/payments-api-5f7b8c9d4-h2kls\nerror when evicting pods/\"payments-api-5f7b8c9d4-h2kls\" -n \"payments\" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\nThere are pending pods in node \"gke-prod-eu-general-129-7f3a-8mzq\" when an error occurred: drain did not complete within 3m0s\nerror: unable to drain node \"gke-prod-eu-general-129-7f3a-8mzq\" due to error: drain did not complete within 3m0s, continuing command...",
                  code=1, desc="Cordon and drain the second old node", ms=181000),
             bash("kubectl -n payments get pdb payments-api && kubectl -n payments get pods -l app=payments-api -o wide --no-headers | awk '{print $1, $2, $3, $7}'",
                  "NAME           MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE\npayments-api   2               N/A               0                     211d\npayments-api-5f7b8c9d4-h2kls 1/1 Running gke-prod-eu-general-129-7f3a-8mzq\npayments-api-5f7b8c9d4-p8d2v 1/1 Running gke-prod-eu-general-130-2c9e-5hjr\npayments-api-5f7b8c9d4-zl6wn 0/1 Running gke-prod-eu-general-130-2c9e-q7nb",
                  desc="Look at the payments-api PDB and pods"),
             say("Stopped as agreed. Node 1 (`…-1k2d`) is drained and everything from it is Ready on general-130. Node 2 (`…-8mzq`) is **cordoned but not drained**: the drain timed out after 3m on `payments-api-5f7b8c9d4-h2kls`.\n\n"
                 "The PDB shows 0 allowed disruptions. Note it's tighter than 3 Ready replicas minus 1: one replica (`…-zl6wn`, on general-130) is Running but **0/1 Ready**, so only 2 are Ready and evicting h2kls would break minAvailable 2. "
                 "Scaling to 4 should give the one disruption you need once the new pod is Ready. Node 3 (`…-x4wp`) is untouched. No --force, no --disable-eviction used.")),
        turn("zl6wn was mid-rollout, it's ready now. scaled payments-api to 4 anyway. carry on",
             bash("kubectl -n payments get pdb payments-api --no-headers", "payments-api   2     N/A   2     211d", desc="Check allowed disruptions"),
             bash("kubectl drain gke-prod-eu-general-129-7f3a-8mzq --ignore-daemonsets --delete-emptydir-data --timeout=180s 2>&1 | tail -3",
                  "evicting pod payments/payments-api-5f7b8c9d4-h2kls\npod/payments-api-5f7b8c9d4-h2kls evicted\nnode/gke-prod-eu-general-129-7f3a-8mzq drained",
                  desc="Drain the second old node", ms=41000),
             bash("kubectl get pods -A -o wide --no-headers | awk '$8 ~ /general-130/' | grep -v -E ' ([0-9]+)/\\1 ' | head; echo '--'; kubectl cordon gke-prod-eu-general-129-7f3a-x4wp && kubectl drain gke-prod-eu-general-129-7f3a-x4wp --ignore-daemonsets --delete-emptydir-data --timeout=180s 2>&1 | tail -2",
                  "--\nnode/gke-prod-eu-general-129-7f3a-x4wp cordoned\nnode/gke-prod-eu-general-129-7f3a-x4wp drained",
                  desc="Check all Ready, then cordon and drain the third node", ms=88000),
             bash("kubectl get pods -A -o wide --no-headers | awk '$8 ~ /general-129/ {print $1}' | sort | uniq -c",
                  "      3 kube-system", desc="What is left on the old pool"),
             say("Done. All three general-129 nodes are cordoned and drained; before each drain everything on general-130 was Ready. The only pods left on the old pool are 3 kube-system DaemonSet pods (one per node), as expected with --ignore-daemonsets. "
                 "payments-api is still at 4 replicas, so scale it back when you're happy. The old pool can be deleted whenever you like.")),
        turn("all good, payments back to 3, dashboards clean. i'll delete the old pool later myself. thanks",
             say("Great. For the record: drained 1k2d, 8mzq (after the PDB stop) and x4wp, in that order, no forced evictions.")),
    ],
)
