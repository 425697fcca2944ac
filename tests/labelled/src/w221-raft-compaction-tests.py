LABEL = dict(
    split="heldout7",
    persona="distributed systems engineer on a Raft-based metadata store written in Go",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 lists the invariants to test (no committed entry lost across snapshot + compaction, a follower behind the snapshot index "
               "gets InstallSnapshot not AppendEntries, a leader change during compaction), names the harness (the existing simnet with seeded "
               "partitions), fixes seeds and asks for `go test -race`: verification designed by the user, level 5. Tests written as the goal: "
               "testing. The first run fails on a test bug (wrong expected term; trouble); after the fix `go test -race` passes: verified success."),
)

SESSION = dict(
    cwd="/home/mirela/go/src/github.com/keel/meta", start="2026-12-01T14:30:00Z", model="claude-opus-4-5", version="2.1.239", branch="test/compaction",
    turns=[
        turn("Add tests in raft/compaction_test.go using the simnet harness (internal/simnet). Invariants:\n1. no committed entry is lost across "
             "snapshot + log compaction, checked against the linearizability recorder\n2. a follower whose matchIndex < snapshot index gets "
             "InstallSnapshot, never AppendEntries with a missing prevLogIndex\n3. leader change while a compaction is in flight: new leader's "
             "snapshot index >= old committed index\nseeds 1..50 for the partition schedule, fixed so failures replay. run go test -race -run Compaction ./raft/...",
             read("/home/mirela/go/src/github.com/keel/meta/internal/simnet/simnet.go",
                  "// New builds an n-node cluster on a simulated network driven by rng.\nfunc New(t testing.TB, n int, rng *rand.Rand) *Net\nfunc (n *Net) Partition(groups ...[]int)\n"
                  "func (n *Net) Heal()\nfunc (n *Net) Tick(d time.Duration)\nfunc (n *Net) Recorder() *linz.Recorder\nfunc (n *Net) Messages() []Msg"),
             write("/home/mirela/go/src/github.com/keel/meta/raft/compaction_test.go",
                   "func TestCompactionKeepsCommittedEntries(t *testing.T) {\n\tfor seed := int64(1); seed <= 50; seed++ {\n\t\tt.Run(fmt.Sprint(seed), func(t *testing.T) {\n"
                   "\t\t\tnet := simnet.New(t, 5, rand.New(rand.NewSource(seed)))\n\t\t\trunWorkload(net, 400, compactEvery(64))\n\t\t\trequire.NoError(t, net.Recorder().CheckLinearizable())\n\t\t})\n\t}\n}\n\n"
                   "func TestLaggingFollowerGetsInstallSnapshot(t *testing.T) { ... }\n\nfunc TestLeaderChangeDuringCompaction(t *testing.T) {\n\t...\n"
                   "\t\t\trequire.GreaterOrEqual(t, newLeader.SnapshotIndex(), oldCommit)\n\t\t\trequire.Equal(t, oldTerm, newLeader.SnapshotTerm())\n\t...\n}\n"),
             bash("go test -race -run Compaction ./raft/...",
                  "--- FAIL: TestLeaderChangeDuringCompaction (2.91s)\n    --- FAIL: TestLeaderChangeDuringCompaction/17 (0.08s)\n        compaction_test.go:88:\n"
                  "            Error: Not equal: expected: 0x3 actual: 0x4\nFAIL\nFAIL\tgithub.com/keel/meta/raft\t11.402s", code=1, desc="Run compaction tests with -race", ms=14000),
             say("Seed 17 fails in test 3, but on my assertion, not the invariant: I asserted the new leader's snapshot term equals the old term. "
                 "With seed 17 the new leader compacts after an entry of its own term, so its snapshot term is legitimately 4. The invariant you asked "
                 "for is only about the index; I'll drop the term assertion.")),
        turn("yes, term isn't part of it. drop it and rerun, all seeds",
             edit("/home/mirela/go/src/github.com/keel/meta/raft/compaction_test.go", "\t\t\trequire.Equal(t, oldTerm, newLeader.SnapshotTerm())\n", ""),
             bash("go test -race -count=1 -run Compaction ./raft/...", "ok  \tgithub.com/keel/meta/raft\t12.877s", desc="Rerun all seeds", ms=15000),
             say("Removed the term assertion; the three compaction tests pass for all 50 seeds under `-race`.")),
    ],
)
