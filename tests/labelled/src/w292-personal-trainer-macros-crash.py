LABEL = dict(
    split="heldout10",
    persona="Personal trainer running a macros calculator script a friend wrote",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the script and the symptom ('crashes when i put in a weight with a decimal'), little else: level 2, and prompt 2 only says it is "
               "still wrong without saying what. The session repairs a crash: fixing. The agent's reproducing run fails (trouble); after the edit the run "
               "works, but prompt 2 reports 'still crashes when i do it for sarah' and the agent's last run fails again, so the trouble is unresolved: abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\Jess\\Documents\\macros", start="2026-11-27T18:22:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="",
    turns=[
        turn("my macros.py crashes when i put in a weight with a decimal like 72.5, can you fix it",
             read("C:\\Users\\Jess\\Documents\\macros\\macros.py",
                  "name = input('Client name: ')\nweight = int(input('Weight (kg): '))\nheight = int(input('Height (cm): '))\nage = int(input('Age: '))\nsex = input('M/F: ')\nbmr = 10*weight + 6.25*height - 5*age + (5 if sex == 'M' else -161)\nkcal = bmr * 1.55\nprint(f'{name}: {kcal:.0f} kcal, protein {weight*2:.0f}g')"),
             bash("echo \"Test\n72.5\n170\n30\nF\" | python macros.py", "", code=1, desc="Reproduce the crash",
                  stderr="Client name: Weight (kg): Traceback (most recent call last):\n  File \"C:\\Users\\Jess\\Documents\\macros\\macros.py\", line 2, in <module>\n    weight = int(input('Weight (kg): '))\nValueError: invalid literal for int() with base 10: '72.5'"),
             edit("C:\\Users\\Jess\\Documents\\macros\\macros.py",
                  "weight = int(input('Weight (kg): '))\nheight = int(input('Height (cm): '))",
                  "weight = float(input('Weight (kg): '))\nheight = float(input('Height (cm): '))"),
             bash("echo \"Test\n72.5\n170\n30\nF\" | python macros.py", "Client name: Weight (kg): Height (cm): Age: M/F: Test: 2179 kcal, protein 145g", desc="Run again"),
             say("Fixed: the script read the weight with `int()`, which only accepts whole numbers. It now uses `float()` for weight and height, and 72.5 kg works.")),
        turn("still crashes when i do it for sarah",
             bash("echo \"Sarah\n61,5\n165\n41\nf\" | python macros.py", "", code=1, desc="Try with a comma decimal",
                  stderr="Client name: Weight (kg): Traceback (most recent call last):\n  File \"C:\\Users\\Jess\\Documents\\macros\\macros.py\", line 2, in <module>\n    weight = float(input('Weight (kg): '))\nValueError: could not convert string to float: '61,5'"),
             say("I guessed you might be typing Sarah's weight with a comma (61,5) – that crashes too. Can you tell me exactly what you type for her, or paste the error it shows? "
                 "I can make it accept commas as well.")),
    ],
)
