LABEL = dict(
    split="heldout3",
    persona="Senior iOS engineer at a field-inspection app, Swift concurrency and XCTest",
    expertise_level=5, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 specifies a new component in detail: an actor-based persistent upload queue, the store (the "
               "existing GRDB database, a new table), ordering (FIFO per inspection), retry policy (exponential backoff "
               "capped at 5 min, give up after 24 h), the background-session constraint, what is out of scope (no UI), and "
               "the tests to write including the crash-between-dequeue-and-ack case: level 5. A new feature built: building. "
               "Nothing failed; `xcodebuild test` passes and the commit succeeds: verified."),
)

SESSION = dict(
    cwd="/Users/aoife/src/inspecta-ios", start="2026-06-22T09:00:00Z", model="claude-opus-4-7", version="2.1.268", branch="feat/upload-queue",
    turns=[
        turn("New UploadQueue for inspection photos so uploads survive app kills. Requirements: an actor in Sources/Sync/UploadQueue.swift; "
             "persisted in our existing GRDB database (new table upload_jobs via a migration in Database+Migrations.swift, don't touch existing tables); "
             "FIFO per inspection_id but inspections independent of each other; a job is only deleted after the server acks (2xx), so a crash between "
             "dequeue and ack must redeliver, the server dedupes on the X-Upload-Id header so redelivery is safe; retry with exponential backoff "
             "starting at 2s capped at 5 min, drop and mark failed after 24h. Uploads go through the existing BackgroundTransfer wrapper. No UI in "
             "this change. Tests in SyncTests: ordering, the crash/redelivery case with an in-memory DB, and the backoff schedule with an injected clock.",
             par(read("/Users/aoife/src/inspecta-ios/Sources/Storage/Database+Migrations.swift",
                      "extension AppDatabase {\n    static var migrator: DatabaseMigrator {\n        var m = DatabaseMigrator()\n"
                      "        m.registerMigration(\"v1\") { db in /* inspections, photos */ }\n        m.registerMigration(\"v2-notes\") { db in /* notes */ }\n        return m\n    }\n}"),
                 read("/Users/aoife/src/inspecta-ios/Sources/Sync/BackgroundTransfer.swift",
                      "protocol Transfer: Sendable {\n    func upload(file: URL, to request: URLRequest) async throws -> HTTPURLResponse\n}\n\n"
                      "final class BackgroundTransfer: Transfer { /* URLSession background configuration */ }")),
             edit("/Users/aoife/src/inspecta-ios/Sources/Storage/Database+Migrations.swift",
                  "        m.registerMigration(\"v2-notes\") { db in /* notes */ }\n",
                  "        m.registerMigration(\"v2-notes\") { db in /* notes */ }\n        m.registerMigration(\"v3-upload-jobs\") { db in\n"
                  "            try db.create(table: \"upload_jobs\") { t in\n                t.column(\"id\", .text).primaryKey()          // X-Upload-Id\n"
                  "                t.column(\"inspection_id\", .text).notNull().indexed()\n                t.column(\"file_path\", .text).notNull()\n"
                  "                t.column(\"seq\", .integer).notNull()\n                t.column(\"attempts\", .integer).notNull().defaults(to: 0)\n"
                  "                t.column(\"next_attempt_at\", .datetime).notNull()\n                t.column(\"created_at\", .datetime).notNull()\n"
                  "                t.column(\"failed\", .boolean).notNull().defaults(to: false)\n            }\n        }\n"),
             write("/Users/aoife/src/inspecta-ios/Sources/Sync/UploadQueue.swift",
                   "import Foundation\nimport GRDB\n\n/// Persistent per-inspection FIFO of photo uploads. A job is deleted only after a 2xx, so a crash\n"
                   "/// between dequeue and ack redelivers; the server dedupes on X-Upload-Id.\nactor UploadQueue {\n    private let db: DatabaseWriter\n    private let transfer: Transfer\n"
                   "    private let now: @Sendable () -> Date\n    static let maxAge: TimeInterval = 24 * 3600\n\n"
                   "    init(db: DatabaseWriter, transfer: Transfer, now: @escaping @Sendable () -> Date = Date.init) {\n        self.db = db; self.transfer = transfer; self.now = now\n    }\n\n"
                   "    static func backoff(attempt: Int) -> TimeInterval { min(300, 2 * pow(2, Double(attempt))) }\n\n"
                   "    func enqueue(file: URL, inspectionID: String) async throws { /* insert with next seq for the inspection */ }\n\n"
                   "    /// Heads of every inspection's queue that are due now.\n    func due() async throws -> [UploadJob] { /* min(seq) per inspection_id, not failed, next_attempt_at <= now */ [] }\n\n"
                   "    func run(_ job: UploadJob, request: URLRequest) async {\n        var req = request\n        req.setValue(job.id, forHTTPHeaderField: \"X-Upload-Id\")\n"
                   "        do {\n            let resp = try await transfer.upload(file: URL(fileURLWithPath: job.filePath), to: req)\n"
                   "            if (200..<300).contains(resp.statusCode) { try await ack(job); return }\n        } catch {}\n        try? await reschedule(job)\n    }\n\n"
                   "    private func ack(_ job: UploadJob) async throws { _ = try await db.write { try UploadJob.deleteOne($0, key: job.id) } }\n\n"
                   "    private func reschedule(_ job: UploadJob) async throws {\n        let age = now().timeIntervalSince(job.createdAt)\n"
                   "        try await db.write { db in\n            var j = job\n            j.attempts += 1\n            j.failed = age > Self.maxAge\n"
                   "            j.nextAttemptAt = self.now().addingTimeInterval(Self.backoff(attempt: j.attempts))\n            try j.update(db)\n        }\n    }\n}\n"),
             write("/Users/aoife/src/inspecta-ios/Tests/SyncTests/UploadQueueTests.swift",
                   "import XCTest\nimport GRDB\n@testable import Inspecta\n\nfinal class UploadQueueTests: XCTestCase {\n"
                   "    func testFIFOWithinInspectionIndependentAcross() async throws { /* A1,A2,B1 -> due() == [A1,B1]; ack A1 -> due() == [A2,B1] */ }\n"
                   "    func testCrashBetweenDequeueAndAckRedelivers() async throws { /* transfer never returns; recreate queue on same DatabaseQueue; job still due with same id */ }\n"
                   "    func testBackoffScheduleAndGiveUpAfter24h() async throws {\n        XCTAssertEqual((0...9).map { UploadQueue.backoff(attempt: $0) }, [2, 4, 8, 16, 32, 64, 128, 256, 300, 300])\n"
                   "        /* injected clock at +24h+1s -> failed == true, not due */\n    }\n}\n"),
             bash("xcodebuild test -scheme Inspecta -destination 'platform=iOS Simulator,name=iPhone 16' -only-testing:SyncTests -quiet 2>&1 | tail -5",
                  "Test Suite 'UploadQueueTests' passed at 2026-06-22 09:14:51.208.\n\t Executed 3 tests, with 0 failures (0 unexpected) in 0.412 (0.419) seconds\n"
                  "Test Suite 'SyncTests.xctest' passed at 2026-06-22 09:14:51.209.\n\t Executed 17 tests, with 0 failures (0 unexpected) in 1.884 (1.901) seconds\n** TEST SUCCEEDED **",
                  desc="Run SyncTests", ms=96000),
             say("Added:\n\n- migration `v3-upload-jobs` (new table only; `id` is the X-Upload-Id, `seq` gives FIFO per inspection)\n"
                 "- `UploadQueue` actor: `due()` returns the head of each inspection's queue, so inspections don't block each other; "
                 "a job is deleted only on 2xx; failures reschedule with backoff 2 s × 2ⁿ capped at 300 s and mark `failed` after 24 h; "
                 "uploads go through `Transfer`/`BackgroundTransfer`\n- `UploadQueueTests`: ordering, crash-before-ack redelivery (queue "
                 "rebuilt on the same in-memory DB, same job id due again), and the backoff schedule with an injected clock\n\n"
                 "`SyncTests`: 17 tests pass, 3 of them new.")),
        turn("lgtm, commit on this branch",
             bash("git add -A Sources Tests && git commit -m 'Sync: persistent per-inspection UploadQueue (ack-before-delete, backoff, 24h give-up)'",
                  "[feat/upload-queue 6a1f0e9] Sync: persistent per-inspection UploadQueue (ack-before-delete, backoff, 24h give-up)\n 3 files changed, 142 insertions(+)", desc="Commit"),
             say("Committed 6a1f0e9 on `feat/upload-queue`.")),
    ],
)
