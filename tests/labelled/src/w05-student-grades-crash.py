LABEL = dict(
    split="dev",
    persona="First-year nursing student taking an intro programming elective",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the symptom and the goal but the wrong file (the agent corrects the user: "
               "'there's no grade.py, did you mean grades.py?'); no constraints or checks beyond 'fix it': level 2. "
               "Prompt 2 reports the fix still crashes on empty input (trouble). Prompt 3 'yes that works now "
               "thank you' confirms after the second fix, so verified and resolved."),
)

SESSION = dict(
    cwd="/home/ayo/uni/prog101/assignment2", start="2026-03-03T21:47:10Z", model="claude-sonnet-4-6", version="2.1.211",
    turns=[
        turn("my grade.py program crashes when i type a word instead of a number. can you fix it please its due tomorrow",
             read("/home/ayo/uni/prog101/assignment2/grade.py", fail="File does not exist. Current working directory: /home/ayo/uni/prog101/assignment2",
                  pre="Let me take a look at the program."),
             bash("ls", "grades.py\nREADME.txt\nstudents.txt", desc="List files"),
             read("/home/ayo/uni/prog101/assignment2/grades.py",
                  "scores = []\nfor i in range(5):\n    s = int(input(\"Enter score: \"))\n    scores.append(s)\nprint(\"Average:\", sum(scores) / len(scores))",
                  pre="There's no `grade.py` here. I think you mean `grades.py`, so I'll use that one."),
             edit("/home/ayo/uni/prog101/assignment2/grades.py",
                  "    s = int(input(\"Enter score: \"))\n    scores.append(s)",
                  "    text = input(\"Enter score: \")\n    try:\n        s = int(text)\n    except ValueError:\n        print(\"Please type a number like 72\")\n        continue\n    scores.append(s)"),
             say("Found it. `int(input(...))` crashes when the text isn't a number. I wrapped it in a "
                 "`try`/`except ValueError`, so now it prints \"Please type a number like 72\" and carries on.\n\n"
                 "One thing to know: because of `continue`, a wrong entry uses up one of the five turns. If you "
                 "want it to keep asking until it gets five real numbers, I can change the loop to a `while` loop.")),
        turn("it still crashes if i just press enter without typing anything. also yes make it ask until there are 5",
             edit("/home/ayo/uni/prog101/assignment2/grades.py",
                  "scores = []\nfor i in range(5):\n    text = input(\"Enter score: \")",
                  "scores = []\nwhile len(scores) < 5:\n    text = input(\"Enter score: \").strip()"),
             bash("printf 'abc\\n\\n72\\n65\\n80\\n91\\n58\\n' | python3 grades.py",
                  "Enter score: Please type a number like 72\nEnter score: Please type a number like 72\nEnter score: Enter score: Enter score: Enter score: Enter score: Average: 73.2",
                  desc="Try the program with a word, an empty line and five scores"),
             say("An empty line also raises `ValueError`, so it should have been caught. I suspect you were "
                 "running an older copy, but either way I've now made it a `while` loop that keeps asking until "
                 "it has five numbers, and it strips spaces first.\n\nI tested it with a word, then an empty line, "
                 "then five scores, and it printed `Average: 73.2` without crashing. Run `python3 grades.py` and try it.")),
        turn("yes that works now thank you!!",
             say("Good luck with the assignment! If your teacher asks, the key idea is *input validation*: "
                 "check what the user typed before converting it.")),
    ],
)
