LABEL = dict(
    split="heldout2",
    persona="First-year college student in an intro Python course",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the program and pastes the crash (IndexError in hangman.py) but says nothing about "
               "when it happens; prompt 2 reports that a won game still does not end, without saying where; the "
               "agent fills the gaps: level 2. A crash was repaired, so fixing. Prompt 2 reports a failure and the agent's "
               "reproducing run fails (EOFError, exit 1); after the second fix the scripted run passes and prompt 3 "
               "('yay it works now') confirms: verified after trouble."),
)

SESSION = dict(
    cwd="/home/tyler/cs101/hw4", start="2026-05-08T02:12:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("my hangman game crashes, can u fix it\n\nTraceback (most recent call last):\n  File \"hangman.py\", line 31, in <module>\n"
             "    play()\n  File \"hangman.py\", line 22, in play\n    if guess == word[i]:\nIndexError: string index out of range",
             read("/home/tyler/cs101/hw4/hangman.py",
                  "import random\n\nWORDS = ['python', 'banana', 'laptop', 'rocket']\n\ndef show(word, found):\n    return ' '.join(c if c in found else '_' for c in word)\n\n"
                  "def play():\n    word = random.choice(WORDS)\n    found = set()\n    lives = 6\n    while lives > 0:\n        print(show(word, found))\n"
                  "        guess = input('guess a letter: ').lower()\n        hit = False\n        i = 0\n        while i <= len(word):\n"
                  "            if guess == word[i]:\n                found.add(guess)\n                hit = True\n            i += 1\n"
                  "        if not hit:\n            lives -= 1\n    if set(word) <= found:\n        print('you win!')\n        return\n"
                  "    print('you lose, it was', word)\n\nplay()\n"),
             edit("/home/tyler/cs101/hw4/hangman.py", "        while i <= len(word):", "        while i < len(word):",
                  pre="The loop goes one step too far. Strings are numbered from 0, so the last letter is at len(word) - 1."),
             bash("printf 'z\\nq\\nx\\nw\\nv\\nk\\n' | python3 -c \"import random; random.choice=lambda s: 'python'; exec(open('hangman.py').read())\"",
                  "_ _ _ _ _ _\n_ _ _ _ _ _\n_ _ _ _ _ _\n_ _ _ _ _ _\n_ _ _ _ _ _\n_ _ _ _ _ _\nyou lose, it was python",
                  desc="Play one scripted game with the word fixed to 'python'"),
             say("Fixed! The inner loop used `i <= len(word)`, which tries to read one letter past the end of the word. "
                 "It's now `i < len(word)`. I played a test game with six wrong guesses and it ran to the end "
                 "(\"you lose, it was python\") without crashing.")),
        turn("ok it doesnt crash anymore but when i get all the letters it doesnt say i won?? it just keeps asking for "
             "letters. like with banana",
             bash("printf 'b\\na\\nn\\n' | python3 -c \"import random; random.choice=lambda s: 'banana'; exec(open('hangman.py').read())\"",
                  "_ _ _ _ _ _\nb _ _ _ _ _\nb a _ a _ a\nb a n a n a\nTraceback (most recent call last):\n  File \"<string>\", line 33, in <module>\n"
                  "  File \"<string>\", line 14, in play\nEOFError: EOF when reading a line", code=1,
                  desc="Reproduce with the word 'banana'"),
             bash("sed -n 18,30p hangman.py | cat -A | head -14",
                  "            if guess == word[i]:$\n                found.add(guess)$\n                hit = True$\n            i += 1$\n"
                  "        if not hit:$\n            lives -= 1$\n    if set(word) <= found:$\n        print('you win!')$\n        return$",
                  desc="Show the indentation of the win check",
                  pre="With banana the board is complete but the game keeps asking for guesses, so the win check never runs. Let me look at its indentation."),
             edit("/home/tyler/cs101/hw4/hangman.py", "    if set(word) <= found:\n        print('you win!')\n        return",
                  "        if set(word) <= found:\n            print(show(word, found))\n            print('you win!')\n            return"),
             bash("printf 'b\\na\\nn\\n' | python3 -c \"import random; random.choice=lambda s: 'banana'; exec(open('hangman.py').read())\"",
                  "_ _ _ _ _ _\nb _ _ _ _ _\nb a _ a _ a\nb a n a n a\nyou win!", desc="Replay the banana game"),
             say("Found the real cause. The win check (`if set(word) <= found`) was indented **outside** the `while` "
                 "loop, so the game only checked for a win after you ran out of lives. I moved it inside the loop, and now banana ends with \"you win!\" right after the last "
                 "letter.")),
        turn("yay it works now thank u!! my TA is gonna check it tmrw",
             say("Nice! Two things your TA might ask about: why `i < len(word)` and not `<=` (indexes start at 0), and "
                 "why the win check has to be inside the loop. Good luck!")),
    ],
)
