LABEL = dict(
    split="heldout7",
    persona="staff engineer responsible for the event backbone (Kafka) at a ride-hailing company",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 states the goal (trip-events from 24 to 96 partitions), the hard constraint (per-trip ordering for the fare service), rules "
               "out in-place partition increase with a reason (key-to-partition remapping breaks ordering mid-trip), names the approach to plan "
               "(a new topic with dual-write and a cutover at a trip boundary), and asks for rollback and lag checks at each step: level 5. "
               "Plan mode, reads, ExitPlanMode, no edits: planning. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/yusuf/src/event-backbone", start="2026-12-02T15:00:00Z", model="claude-opus-4-5", version="2.1.252", mode="plan",
    turns=[
        turn("Need a plan to take trip-events from 24 to 96 partitions. fare-service needs per-trip ordering, so we can't just bump partitions "
             "in place: the key->partition mapping changes and a trip's events would straddle two partitions mid-trip. Approach: new topic "
             "trip-events-v2 with 96 partitions, producers dual-write, consumers move over per consumer group, and fare-service cuts over only at "
             "a trip boundary (new trips read v2, in-flight trips drain on v1). For every step give me the rollback and the lag/ordering check "
             "that gates the next one. Producers are in services/*/kafka.go, consumer configs in deploy/consumers/.",
             glob("services/*/kafka.go", ["services/dispatch/kafka.go", "services/driver-location/kafka.go", "services/trip/kafka.go"]),
             grep("trip-events", path="deploy/consumers", files=["deploy/consumers/fare-service.yaml", "deploy/consumers/analytics-sink.yaml", "deploy/consumers/notifications.yaml"]),
             read("/home/yusuf/src/event-backbone/services/trip/kafka.go",
                  "func (p *Producer) Publish(ctx context.Context, e TripEvent) error {\n    return p.w.WriteMessages(ctx, kafka.Message{Topic: \"trip-events\", Key: []byte(e.TripID), Value: e.Bytes()})\n}"),
             plan("## trip-events → trip-events-v2 (96 partitions)\n\n0. Create `trip-events-v2` (96 partitions, same retention, RF 3). Rollback: delete. Gate: topic describe OK.\n"
                  "1. Dual-write in `services/trip/kafka.go` behind `TRIP_EVENTS_V2_DUALWRITE` (same key = TripID). Rollback: flag off. Gate: v2 produce rate = v1 for 24 h; per-key count diff < 0.01%.\n"
                  "2. Move `analytics-sink` and `notifications` (no ordering need) to v2 from latest offsets. Rollback: configs back to v1, reset to the committed v1 offsets saved before the move. Gate: consumer lag < 1k, no dedup alarms.\n"
                  "3. fare-service trip-boundary cutover: consumers read both topics; a trip whose `TripStarted` timestamp is after cutover time T is processed from v2 only, earlier trips from v1 only. Rollback: move T forward. Gate: ordering checker (seq per trip monotonic) zero violations for 2 h; v1 in-flight trips drained (max trip length 6 h + margin).\n"
                  "4. Stop v1 consumption in fare-service after drain. Rollback: re-enable v1 reader.\n"
                  "5. Stop dual-write; keep v1 for retention (7 d), then delete.\n\nRisks: T clock skew between producers (use broker timestamp); dual-write failure paths (write v1 first, alert on v2 errors, never block).",
                  "/home/yusuf/.claude/plans/trip-events-v2.md"),
             say("Plan approved and saved. Nothing was changed. One point to settle before step 3: fare-service needs to know the trip start time for "
                 "every event; `TripEvent` carries `StartedAt` today, so the boundary check needs no lookup.")),
    ],
)
