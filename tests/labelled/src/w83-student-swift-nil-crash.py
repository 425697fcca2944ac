LABEL = dict(
    split="heldout3",
    persona="Computer science sophomore building a first iOS app for a class",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 pastes the crash message and says when it happens (tapping Save) but nothing else; the agent "
               "finds the cause the user did not know (the outlet is not connected in the storyboard) and explains it: "
               "level 2 (names the thing and the symptom; the agent corrects the user's guess that the array is empty). "
               "A crash repaired: fixing. The first build fails on a typo in the agent's own edit; the next build "
               "succeeds and prompt 2 ('it works now!! no crash') confirms: verified."),
)

SESSION = dict(
    cwd="/Users/tomasz/dev/HabitTracker", start="2026-06-05T21:02:00Z", model="claude-sonnet-4-6", version="2.1.260",
    turns=[
        turn("my app crashes when i press save. it says Fatal error: Unexpectedly found nil while implicitly unwrapping "
             "an Optional value. I think the habits array is empty?",
             grep("@IBOutlet", path="HabitTracker", content="HabitTracker/AddHabitViewController.swift:5:    @IBOutlet weak var nameField: UITextField!\n"
                  "HabitTracker/AddHabitViewController.swift:6:    @IBOutlet weak var goalStepper: UIStepper!"),
             read("/Users/tomasz/dev/HabitTracker/HabitTracker/AddHabitViewController.swift",
                  "import UIKit\n\nclass AddHabitViewController: UIViewController {\n\n    @IBOutlet weak var nameField: UITextField!\n"
                  "    @IBOutlet weak var goalStepper: UIStepper!\n    var onSave: ((Habit) -> Void)?\n\n    @IBAction func saveTapped(_ sender: Any) {\n"
                  "        let habit = Habit(name: nameField.text ?? \"\", goal: Int(goalStepper.value))\n        onSave?(habit)\n        dismiss(animated: true)\n    }\n}"),
             grep("goalStepper|nameField", path="HabitTracker/Base.lproj/Main.storyboard",
                  content="HabitTracker/Base.lproj/Main.storyboard:88:                        <outlet property=\"nameField\" destination=\"kT2-aQ-9xe\" id=\"Zp1-Uf-c0M\"/>"),
             say("It's not the array. The crash is `goalStepper`: it's declared as an outlet in `AddHabitViewController` "
                 "but never connected in `Main.storyboard` (only `nameField` is). So when you tap Save it's `nil`, and "
                 "the `!` in its type makes Swift crash when you read `goalStepper.value`.\n\nThe real fix is in Xcode: "
                 "open Main.storyboard, Control-drag from the stepper to the `goalStepper` line. I can also make the code "
                 "safe so it doesn't crash if that happens again. Want me to?")),
        turn("i connected it, but yes make it safe too",
             edit("/Users/tomasz/dev/HabitTracker/HabitTracker/AddHabitViewController.swift",
                  "        let habit = Habit(name: nameField.text ?? \"\", goal: Int(goalStepper.value))",
                  "        guard let stepper = goalStepper else { return }\n        let habit = Habit(name: nameField.text ?? \"\", goal: Int(stepper.vale))"),
             bash("xcodebuild -scheme HabitTracker -destination 'platform=iOS Simulator,name=iPhone 16' build -quiet 2>&1 | tail -3",
                  "", desc="Build for the simulator", code=65,
                  stderr="/Users/tomasz/dev/HabitTracker/HabitTracker/AddHabitViewController.swift:11:63: error: value of type 'UIStepper' has no member 'vale'\n** BUILD FAILED **\n", ms=41000),
             edit("/Users/tomasz/dev/HabitTracker/HabitTracker/AddHabitViewController.swift", "Int(stepper.vale)", "Int(stepper.value)"),
             bash("xcodebuild -scheme HabitTracker -destination 'platform=iOS Simulator,name=iPhone 16' build -quiet 2>&1 | tail -3",
                  "** BUILD SUCCEEDED **", desc="Build again", ms=38000),
             say("My first edit had a typo (`vale`); fixed, and it builds now. Save now does nothing instead of crashing if "
                 "the stepper is ever disconnected. Run it in the simulator and try Save.")),
        turn("it works now!! no crash. thanks", say("Great. Good luck with the assignment.")),
    ],
)
