LABEL = dict(
    split="heldout6",
    persona="iOS developer (Swift, SwiftUI) at a field-inspection app company",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the feature (offline inspections), the store (Core Data), the API (the /inspections endpoints) and one constraint "
               "(photos can be large, upload on wifi only), and asks for a plan, leaving conflict handling and ordering to the agent; prompt 2 asks "
               "a general question about conflicts: level 3. Plan mode, reads and an approved plan via ExitPlanMode, no edits: planning. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/chidi/dev/InspectPro", start="2026-12-01T12:15:00Z", model="claude-opus-4-5", version="2.1.244", mode="plan",
    turns=[
        turn("Plan how we'd make inspections work offline. We already store them in Core Data; the API is the /inspections endpoints. Photos can be big so "
             "they should only upload on wifi. Don't change anything yet, just the plan.",
             glob("InspectPro/**/*Inspection*.swift", ["InspectPro/Data/InspectionStore.swift", "InspectPro/API/InspectionsClient.swift", "InspectPro/Views/InspectionForm.swift"]),
             read("/Users/chidi/dev/InspectPro/InspectPro/API/InspectionsClient.swift",
                  "struct InspectionsClient {\n    func create(_ i: InspectionDTO) async throws -> InspectionDTO\n    func update(_ i: InspectionDTO) async throws -> InspectionDTO\n"
                  "    func uploadPhoto(inspectionID: UUID, data: Data) async throws\n}"),
             say("I've read the store and the client. One question before the plan: if an inspection is edited on the phone offline and on the web at the same time, who should win?")),
        turn("what do other apps usually do? inspectors are the source of truth in the field",
             plan("## Offline inspections\n\n1. **Outbox in Core Data**: add `syncState` (pending/synced/failed) and `updatedAt` to `Inspection`; a `PendingPhoto` entity with file URL.\n"
                  "2. **Save locally first**: the form always saves to Core Data and marks `pending`; no network call on save.\n"
                  "3. **SyncEngine** (actor): on connectivity (NWPathMonitor) push pending inspections in `updatedAt` order via create/update; mark synced.\n"
                  "4. **Photos**: a `URLSession` background configuration with `allowsExpensiveNetworkAccess = false` and `allowsConstrainedNetworkAccess = false`, so uploads wait for wifi.\n"
                  "5. **Conflicts**: last-writer-wins with the device's edit winning for field inspectors (send `updatedAt`; server keeps the newer, logs the loser).\n"
                  "6. **UI**: a per-inspection sync badge and a 'waiting for wifi' count.\n7. **Tests**: SyncEngine with a fake client – offline save, reconnect, failure/retry, conflict.",
                  "/Users/chidi/.claude/plans/offline-inspections.md"),
             say("Most field apps use 'last writer wins' with a timestamp, and since your inspectors are the source of truth the device's edit wins. The approved plan "
                 "is saved; nothing in the project has been changed.")),
    ],
)
