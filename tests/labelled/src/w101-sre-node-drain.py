LABEL = dict(
    split="heldout3",
    persona="SRE on call for a payments platform's Kubernetes clusters",
    expertise_level=4, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Terse but precise prompts: prompt 1 names the node, the order (cordon, then drain respecting PDBs, a "
               "timeout) and the check (no pending pods afterwards); prompt 2 extends it to a second node; prompt 3 'good, "
               "thanks' confirms. Named things, steps and a check, but no failure modes or rollback anticipated: level 4. "
               "Work on a running cluster: operating. No failures; prompt 3 confirms: verified."),
)

SESSION = dict(
    cwd="/home/oncall/ops", start="2026-06-19T03:12:00Z", model="claude-opus-4-7", version="2.1.267",
    turns=[
        turn("ip-10-42-7-19 has a failing EBS controller per AWS health. cordon it, drain with pdbs respected, 10m timeout, "
             "ignore daemonsets. then show me nothing's pending in payments",
             bash("kubectl cordon ip-10-42-7-19.eu-west-1.compute.internal", "node/ip-10-42-7-19.eu-west-1.compute.internal cordoned", desc="Cordon the node"),
             bash("kubectl drain ip-10-42-7-19.eu-west-1.compute.internal --ignore-daemonsets --delete-emptydir-data --timeout=10m 2>&1 | tail -5",
                  "evicting pod payments/ledger-writer-6d9c7b8f5-x2kqp\nevicting pod payments/settlement-api-7f5d6c9b4-mm8tz\npod/settlement-api-7f5d6c9b4-mm8tz evicted\n"
                  "pod/ledger-writer-6d9c7b8f5-x2kqp evicted\nnode/ip-10-42-7-19.eu-west-1.compute.internal drained", desc="Drain respecting PDBs", ms=148000),
             bash("kubectl -n payments get pods --field-selector=status.phase!=Running; kubectl -n payments get pdb",
                  "No resources found in payments namespace.\nNAME              MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE\nledger-writer     2               N/A               1                     211d\n"
                  "settlement-api    N/A             1                 1                     211d", desc="Pending pods and PDB status"),
             say("Cordoned and drained `ip-10-42-7-19` (2 m 28 s; the PDBs held each eviction until the replacement was ready). "
                 "Nothing in `payments` is outside Running, and both PDBs are back to 1 allowed disruption.")),
        turn("same for ip-10-42-7-33, same AZ same alert",
             bash("kubectl cordon ip-10-42-7-33.eu-west-1.compute.internal && kubectl drain ip-10-42-7-33.eu-west-1.compute.internal --ignore-daemonsets --delete-emptydir-data --timeout=10m 2>&1 | tail -3",
                  "node/ip-10-42-7-33.eu-west-1.compute.internal cordoned\npod/ledger-writer-6d9c7b8f5-9tqvh evicted\nnode/ip-10-42-7-33.eu-west-1.compute.internal drained",
                  desc="Cordon and drain the second node", ms=97000),
             bash("kubectl -n payments get pods --field-selector=status.phase!=Running; kubectl get nodes -l topology.kubernetes.io/zone=eu-west-1b | grep -c ' Ready '",
                  "No resources found in payments namespace.\n4", desc="Pending pods, and ready nodes left in the AZ"),
             say("Done: `ip-10-42-7-33` drained, nothing pending in `payments`. eu-west-1b is down to 4 schedulable nodes; the "
                 "autoscaler will add capacity if the next deploy needs it.")),
        turn("good, thanks", say("Both nodes stay cordoned. `kubectl uncordon` them if AWS clears the alert, or terminate them and let the ASG replace them.")),
    ],
)
