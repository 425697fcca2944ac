LABEL = dict(
    split="heldout9",
    persona="Platform engineer maintaining a Kubernetes operator (controller-runtime, Go) that provisions Postgres clusters",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the reconciler, the mechanism (status update bumping resourceVersion triggers a new event), the "
               "fix (GenerationChangedPredicate on the primary, keep owned StatefulSet events), rules out RequeueAfter as the "
               "cause, and designs the check (an envtest that counts reconciles, written failing first): level 5. Fixing. "
               "Trouble: the new test fails first (red, as asked); after the predicate `go test ./internal/controller/...` "
               "passes, so resolved and verified."),
)

SESSION = dict(
    cwd="/home/mbrandt/src/pgfleet-operator", start="2026-10-19T07:48:30Z",
    model="claude-opus-4-6", version="2.1.226", branch="fix/reconcile-storm",
    turns=[
        turn("PGClusterReconciler is reconciling in a hot loop: every r.Status().Update bumps resourceVersion and we get another "
             "event for our own write. It isn't the RequeueAfter(30s), I checked the logs, the gaps are ~20ms. Fix: add "
             "predicate.GenerationChangedPredicate{} on For(&PGCluster{}) only, keep Owns(&appsv1.StatefulSet{}) unfiltered so "
             "pod readiness still wakes us. First write an envtest in internal/controller that creates one PGCluster, waits 5s "
             "and asserts reconcile count < 5 — it should fail now. Then the fix, then go test ./internal/controller/...",
             read("/home/mbrandt/src/pgfleet-operator/internal/controller/pgcluster_controller.go",
                  "func (r *PGClusterReconciler) SetupWithManager(mgr ctrl.Manager) error {\n\treturn ctrl.NewControllerManagedBy(mgr).\n"
                  "\t\tFor(&dbv1.PGCluster{}).\n\t\tOwns(&appsv1.StatefulSet{}).\n\t\tComplete(r)\n}"),
             write("/home/mbrandt/src/pgfleet-operator/internal/controller/reconcile_storm_test.go",
                   "var _ = Describe(\"PGCluster status writes\", func() {\n\tIt(\"does not reconcile on its own status updates\", func() {\n"
                   "\t\tExpect(k8sClient.Create(ctx, newPGCluster(\"storm\"))).To(Succeed())\n\t\ttime.Sleep(5 * time.Second)\n"
                   "\t\tExpect(reconcileCount.Load()).To(BeNumerically(\"<\", 5))\n\t})\n})\n"),
             bash("go test ./internal/controller/... -run TestControllers -ginkgo.focus 'status writes'",
                  "• [FAILED] [5.104 seconds]\nPGCluster status writes does not reconcile on its own status updates\n  Expected\n      <int64>: 213\n  to be <\n      <int64>: 5\n"
                  "Ran 1 of 14 Specs in 9.882 seconds\nFAIL! -- 0 Passed | 1 Failed | 0 Pending | 13 Skipped\n--- FAIL: TestControllers (9.88s)\nFAIL\tgithub.com/pgfleet/operator/internal/controller\t10.412s",
                  code=1, desc="Run the new test (expected red)", ms=10412),
             edit("/home/mbrandt/src/pgfleet-operator/internal/controller/pgcluster_controller.go",
                  "\t\tFor(&dbv1.PGCluster{}).", "\t\tFor(&dbv1.PGCluster{}, builder.WithPredicates(predicate.GenerationChangedPredicate{})).",
                  pre="Red as expected: 213 reconciles in 5s. Adding the predicate on the primary only."),
             bash("go test ./internal/controller/...",
                  "Ran 14 of 14 Specs in 31.207 seconds\nSUCCESS! -- 14 Passed | 0 Failed | 0 Pending | 0 Skipped\nPASS\nok  \tgithub.com/pgfleet/operator/internal/controller\t31.955s",
                  desc="Run the controller suite", ms=31955),
             say("The new envtest failed first (213 reconciles in 5s). With `GenerationChangedPredicate` on `For(&PGCluster{})` "
                 "only, it passes along with the other 13 specs. StatefulSet events are unfiltered, so readiness changes still trigger reconciles.")),
    ],
)
