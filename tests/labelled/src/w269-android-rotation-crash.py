LABEL = dict(
    split="heldout9",
    persona="Android developer at a small agency (Kotlin, Jetpack Compose, Hilt) maintaining a client's loyalty-card app",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the screen, the symptom (crash on rotation in CardDetailScreen), the suspect (the ViewModel "
               "argument) and asks for the unit tests to be run, leaving the approach to the agent: level 3. Fixing: a crash "
               "repaired. `./gradlew :app:testDebugUnitTest` passes after the edit and nothing fails, so verified."),
)

SESSION = dict(
    cwd="/home/lukasz/work/stampcard-android", start="2026-10-13T08:55:21Z",
    model="claude-sonnet-4-6", version="2.1.225", branch="fix/card-detail-rotation",
    turns=[
        turn("CardDetailScreen crashes when you rotate the phone, stack trace says IllegalStateException cardId missing in "
             "CardDetailViewModel. I think the nav arg isnt in SavedStateHandle after recreation. fix it and run the unit tests",
             grep("cardId", path="app/src/main/java", content="app/src/main/java/com/stampcard/detail/CardDetailViewModel.kt:18:    private val cardId: String = checkNotNull(args[\"cardId\"])\n"
                  "app/src/main/java/com/stampcard/nav/AppNavHost.kt:44:        composable(\"card/{id}\") { CardDetailScreen() }"),
             read("/home/lukasz/work/stampcard-android/app/src/main/java/com/stampcard/nav/AppNavHost.kt",
                  "composable(\"cards\") { CardListScreen(onOpen = { nav.navigate(\"card/$it\") }) }\ncomposable(\"card/{id}\") { CardDetailScreen() }"),
             edit("/home/lukasz/work/stampcard-android/app/src/main/java/com/stampcard/nav/AppNavHost.kt",
                  "composable(\"card/{id}\") { CardDetailScreen() }",
                  "composable(\n            \"card/{cardId}\",\n            arguments = listOf(navArgument(\"cardId\") { type = NavType.StringType }),\n        ) { CardDetailScreen() }",
                  pre="The route names the argument `id` but the ViewModel reads `cardId`. On first open it worked only because of an "
                      "extra `cardId` put in the bundle by the list screen, which isn't restored after recreation."),
             bash("./gradlew :app:testDebugUnitTest", "> Task :app:compileDebugKotlin\n> Task :app:testDebugUnitTest\n\nBUILD SUCCESSFUL in 48s\n31 actionable tasks: 6 executed, 25 up-to-date",
                  desc="Run unit tests", ms=48000),
             say("Fixed: the route now declares `cardId` as a nav argument, so SavedStateHandle has it after rotation. Unit "
                 "tests pass. Worth a quick rotate on a device to be sure.")),
    ],
)
