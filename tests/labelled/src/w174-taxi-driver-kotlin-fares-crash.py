LABEL = dict(
    split="heldout6",
    persona="Taxi driver teaching himself Android development with Kotlin, building a fare log app",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the app screen (the add-fare button) and pastes a long Logcat trace, but the paste is not precision: it names no "
               "cause, constraint or check; prompt 2 points at the wrong file, which the agent corrects ('the adapter is in ui/, not data/'), and the "
               "last prompt says 'still crashes' without saying what. Correction direction is mixed (one small path correction by the agent, a bare "
               "'still crashes' typical of 2), so it does not pull below precision 2: level 2. Broken behaviour being repaired: fixing. The Gradle build fails once "
               "(trouble) and the last prompt reports the crash persists: abandoned."),
)

SESSION = dict(
    cwd="/home/marek/AndroidStudioProjects/FareLog", start="2026-12-01T21:40:00Z", model="claude-sonnet-4-6", version="2.1.243",
    turns=[
        turn("app crashes when i press add fare. here is the logcat\n\nFATAL EXCEPTION: main\nProcess: com.marek.farelog, PID: 22817\n"
             "java.lang.NumberFormatException: For input string: \"12,50\"\n\tat java.lang.Double.parseDouble(Double.java:549)\n"
             "\tat com.marek.farelog.ui.AddFareActivity.onSave(AddFareActivity.kt:41)\n\tat com.marek.farelog.ui.AddFareActivity.onCreate$lambda$0(AddFareActivity.kt:22)\n"
             "\tat android.view.View.performClick(View.java:7659)\n\tat android.view.View.performClickInternal(View.java:7636)\n\tat android.os.Handler.handleCallback(Handler.java:995)\n"
             "\tat android.os.Looper.loop(Looper.java:313)\n\tat android.app.ActivityThread.main(ActivityThread.java:8919)",
             read("/home/marek/AndroidStudioProjects/FareLog/app/src/main/java/com/marek/farelog/ui/AddFareActivity.kt",
                  "class AddFareActivity : AppCompatActivity() {\n    // ...\n    private fun onSave() {\n        val amount = binding.amount.text.toString().toDouble()\n"
                  "        viewModel.add(Fare(amount, binding.note.text.toString()))\n        finish()\n    }\n}"),
             edit("/home/marek/AndroidStudioProjects/FareLog/app/src/main/java/com/marek/farelog/ui/AddFareActivity.kt",
                  "        val amount = binding.amount.text.toString().toDouble()",
                  "        val amount = binding.amount.text.toString().replace(',', '.').toDoubleOrNull()\n"
                  "        if (amount == null) { binding.amount.error = getString(R.string.bad_amount); return }"),
             bash("./gradlew :app:assembleDebug -q", "", desc="Build", code=1, ms=52000,
                  stderr="e: file:///home/marek/AndroidStudioProjects/FareLog/app/src/main/java/com/marek/farelog/ui/AddFareActivity.kt:42:75 Unresolved reference 'bad_amount'.\n"),
             edit("/home/marek/AndroidStudioProjects/FareLog/app/src/main/res/values/strings.xml", "</resources>",
                  "    <string name=\"bad_amount\">Enter an amount like 12.50</string>\n</resources>"),
             bash("./gradlew :app:assembleDebug -q", "", desc="Build again", ms=38000),
             say("Your phone's keyboard types a comma as the decimal separator (\"12,50\"), and Kotlin's `toDouble()` only accepts a dot, so it crashed. "
                 "The save now accepts either and shows an error under the box instead of crashing. The app builds; install it from Android Studio and try again.")),
        turn("ok also the list screen shows 12.5 not 12.50, i think its in data/FareAdapter",
             glob("**/FareAdapter.kt", ["app/src/main/java/com/marek/farelog/ui/FareAdapter.kt"]),
             edit("/home/marek/AndroidStudioProjects/FareLog/app/src/main/java/com/marek/farelog/ui/FareAdapter.kt",
                  "holder.amount.text = fare.amount.toString()", "holder.amount.text = String.format(Locale.UK, \"£%.2f\", fare.amount)"),
             say("The adapter is in `ui/`, not `data/` – I changed it there, so amounts show as £12.50.")),
        turn("still crashes",
             say("Sorry about that. Is it the same error when you press add fare, or a different one? If you can paste the new Logcat lines I'll find it.")),
    ],
)
