LABEL = dict(
    split="heldout2",
    persona="Android developer (Kotlin) who recently joined a note-taking app team",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the subsystem (offline sync), the question (where conflicts are resolved) and the "
               "scope (just read), but not which modules or what detail is wanted; prompt 2 asks a concrete follow-up "
               "case (the same note edited on two devices): level 3. The agent only read and searched and explained, "
               "so exploring. Nothing failed and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/bayo/StudioProjects/jotter-android", start="2026-05-22T10:10:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("How does offline sync work in this app? I have to change something in it next sprint and I want to know "
             "where conflicts get resolved before I touch anything. Just read, no changes please.",
             par(grep("class .*Sync", path="/Users/bayo/StudioProjects/jotter-android/app/src/main", files=[
                      "app/src/main/java/io/jotter/sync/SyncWorker.kt", "app/src/main/java/io/jotter/sync/SyncRepository.kt",
                      "app/src/main/java/io/jotter/sync/ConflictResolver.kt", "app/src/main/java/io/jotter/sync/PendingChangeDao.kt"]),
                 pre="Reading only. Let me find the sync code."),
             par(read("/Users/bayo/StudioProjects/jotter-android/app/src/main/java/io/jotter/sync/SyncWorker.kt",
                      "@HiltWorker\nclass SyncWorker @AssistedInject constructor(...) : CoroutineWorker(ctx, params) {\n    override suspend fun doWork(): Result = try {\n"
                      "        repo.pushPending()   // local edits queued in pending_changes\n        repo.pullSince(prefs.lastSyncCursor)\n        Result.success()\n"
                      "    } catch (e: IOException) { Result.retry() }\n}\n"),
                 read("/Users/bayo/StudioProjects/jotter-android/app/src/main/java/io/jotter/sync/SyncRepository.kt",
                      "suspend fun pushPending() {\n    for (change in dao.pendingInOrder()) {\n        val res = api.putNote(change.noteId, change.body, ifMatch = change.baseVersion)\n"
                      "        when (res.code) {\n            200 -> dao.markPushed(change.id, res.version)\n            412 -> resolver.onServerConflict(change, api.getNote(change.noteId))\n"
                      "            else -> throw IOException(\"push ${res.code}\")\n        }\n    }\n}\n\nsuspend fun pullSince(cursor: String?) {\n"
                      "    val page = api.changes(cursor)\n    page.notes.forEach { remote -> resolver.onRemoteChange(remote, dao.pendingFor(remote.id)) }\n    prefs.lastSyncCursor = page.next\n}\n")),
             read("/Users/bayo/StudioProjects/jotter-android/app/src/main/java/io/jotter/sync/ConflictResolver.kt",
                  "class ConflictResolver(...) {\n    suspend fun onServerConflict(local: PendingChange, remote: RemoteNote) {\n"
                  "        if (remote.deleted) { notes.keepAsCopy(local); dao.drop(local.id); return }\n"
                  "        val merged = ThreeWayMerge.merge(base = notes.baseText(local.baseVersion), ours = local.body, theirs = remote.body)\n"
                  "        if (merged.clean) { dao.rebase(local.id, merged.text, remote.version) }\n"
                  "        else { notes.saveConflictCopy(local, suffix = \"(conflict \" + device.name + \")\"); notes.applyRemote(remote); dao.drop(local.id) }\n    }\n\n"
                  "    suspend fun onRemoteChange(remote: RemoteNote, pending: PendingChange?) {\n        if (pending == null) notes.applyRemote(remote) // no local edits: server wins\n"
                  "        // with a pending local edit: leave it; the next push gets 412 and goes through onServerConflict\n    }\n}\n"),
             say("**The loop** (`SyncWorker`, run by WorkManager): first **push** local edits, then **pull** server "
                 "changes since the last cursor. Network errors just retry later.\n\n**Local edits** are queued in "
                 "`pending_changes`, each with the `baseVersion` it was made on. A push is a conditional PUT "
                 "(`If-Match: baseVersion`).\n\n**Conflicts are resolved in one place: `ConflictResolver.kt`.**\n- "
                 "`onServerConflict`: the server answered **412** (someone changed the note since our base). It runs "
                 "a **three-way merge** (base, ours, theirs). If it's clean, the local change is rebased on the new "
                 "version and pushed again. If not, it saves a **conflict copy** of the note and applies the server "
                 "version.\n- `onRemoteChange` (pull): with no local edit pending, the server version wins. With one "
                 "pending, it does nothing and lets the next push hit the 412 path.\n- A note **deleted** on the server "
                 "while edited locally is kept as a copy.")),
        turn("and what happens if the same note is edited on two devices while both are offline? who wins",
             grep("object ThreeWayMerge", path="/Users/bayo/StudioProjects/jotter-android/app/src/main", files=["app/src/main/java/io/jotter/sync/ThreeWayMerge.kt"]),
             read("/Users/bayo/StudioProjects/jotter-android/app/src/main/java/io/jotter/sync/ThreeWayMerge.kt",
                  "object ThreeWayMerge {\n    /** Line-based diff3; a conflict is any hunk changed differently on both sides. */\n"
                  "    fun merge(base: String, ours: String, theirs: String): Merge { ... }\n}\n"),
             say("Nobody \"wins\" outright. Whichever device **syncs first** pushes normally (its base version still "
                 "matches). The second device then gets a 412 and goes through `onServerConflict`:\n\n- If the two "
                 "devices edited **different lines**, the line-based three-way merge combines them, and both edits "
                 "survive.\n- If they edited **the same lines** (or one changed a line the other deleted), the server "
                 "version (from the first device) becomes the note, and the second device's text is kept as a "
                 "separate note titled `… (conflict <device name>)`.\n\nSo no edit is silently lost. The merge is "
                 "**per line**, though, so two edits to different words of the same paragraph count as a conflict. If "
                 "your sprint work touches that, `ThreeWayMerge.kt` is the place.")),
    ],
)
