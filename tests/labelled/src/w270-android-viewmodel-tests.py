LABEL = dict(
    split="heldout9",
    persona="Mid-level Android developer (Kotlin, coroutines, Room) adding tests to an untested offline-sync feature",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the class (SyncViewModel), the cases wanted (success, offline, retry) and the tools "
               "(turbine, MainDispatcherRule) but leaves test design to the agent; prompt 2 is a general correction ('use "
               "the fake repo we already have, not mockk'): level 3. Testing: tests written as the goal. Trouble: the first "
               "`./gradlew testDebugUnitTest` fails (1 of 3 tests, timeout); after the fix the rerun passes, so resolved and verified."),
)

SESSION = dict(
    cwd="/Users/amara/AndroidStudioProjects/fieldnotes", start="2026-09-30T13:17:03Z",
    model="claude-sonnet-4-6", version="2.1.222",
    turns=[
        turn("can you write unit tests for SyncViewModel? need success, offline and the retry path. we use turbine and there's a "
             "MainDispatcherRule in the test utils",
             read("/Users/amara/AndroidStudioProjects/fieldnotes/app/src/main/java/org/fieldnotes/sync/SyncViewModel.kt",
                  "class SyncViewModel(private val repo: NotesRepository, private val net: NetworkMonitor) : ViewModel() {\n"
                  "    val state = MutableStateFlow<SyncState>(SyncState.Idle)\n    fun sync() = viewModelScope.launch { ... retry(3) { delay(2_000) } ... }\n}"),
             write("/Users/amara/AndroidStudioProjects/fieldnotes/app/src/test/java/org/fieldnotes/sync/SyncViewModelTest.kt",
                   "class SyncViewModelTest {\n    @get:Rule val main = MainDispatcherRule()\n    private val repo = mockk<NotesRepository>()\n"
                   "    @Test fun `sync success emits Syncing then Done`() = runTest { ... }\n    @Test fun `offline emits Offline`() = runTest { ... }\n"
                   "    @Test fun `retries three times then Failed`() = runTest { ... }\n}\n"),
             say("I've written three tests in SyncViewModelTest.kt using mockk for the repository.")),
        turn("use the FakeNotesRepository we already have, not mockk, we dont have mockk as a dep",
             glob("**/FakeNotesRepository.kt", ["app/src/test/java/org/fieldnotes/fakes/FakeNotesRepository.kt"]),
             edit("/Users/amara/AndroidStudioProjects/fieldnotes/app/src/test/java/org/fieldnotes/sync/SyncViewModelTest.kt",
                  "    private val repo = mockk<NotesRepository>()", "    private val repo = FakeNotesRepository()"),
             bash("./gradlew testDebugUnitTest --tests '*SyncViewModelTest'",
                  "SyncViewModelTest > retries three times then Failed FAILED\n    kotlinx.coroutines.test.UncompletedCoroutinesError: After waiting for 10s, the test coroutine is not completing\n\n"
                  "3 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.", code=1, desc="Run the new tests", ms=52000),
             edit("/Users/amara/AndroidStudioProjects/fieldnotes/app/src/test/java/org/fieldnotes/sync/SyncViewModelTest.kt",
                  "    @Test fun `retries three times then Failed`() = runTest { ... }",
                  "    @Test fun `retries three times then Failed`() = runTest(main.testDispatcher) { ... advanceUntilIdle() ... }",
                  pre="The retry test uses real delays on a different scheduler; it needs the rule's test dispatcher so virtual time advances."),
             bash("./gradlew testDebugUnitTest --tests '*SyncViewModelTest'", "> Task :app:testDebugUnitTest\n\nBUILD SUCCESSFUL in 41s",
                  desc="Rerun the tests", ms=41000),
             say("Switched to FakeNotesRepository and fixed the retry test to share the test dispatcher. All three tests pass.")),
    ],
)
