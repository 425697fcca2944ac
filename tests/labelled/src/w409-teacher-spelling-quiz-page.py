LABEL = dict(
    split="heldout14",
    persona="Primary school teacher (Year 3) making a spelling quiz page for her class",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the goal and the ten words but nothing on format, device or checking ('not sure if thats possible'), a 2 on precision at most; the agent has to explain basics she did not know to ask (a page needs no install, how to open it, how to change the words), and by tie-break 1 correction direction decides between adjacent levels: level 1. "
               "A new single-page quiz is written: building. Prompt 2 reports that the result fails in use ('it says wrong even when they get it right'), which is trouble; after the trim/lowercase fix prompt 3 confirms ('its working now, the kids loved it'), evidence after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/Users/helen/Documents/class3", start="2026-11-30T16:05:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="main",
    turns=[
        turn("hi, i teach year 3 and i want a little quiz thing for my class spellings this week. the words are because, friend, people, should, would, could, every, great, break, busy. so it says the word out loud and they type it? not sure if thats possible. i dont know any coding sorry",
             bash("ls", "Class 3 photos\nletters home\nspellings wk12.docx", desc="List files"),
             write("/Users/helen/Documents/class3/spelling-quiz.html",
                   "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Spelling quiz</title>\n<style>body{font-family:Comic Sans MS,sans-serif;font-size:28px;text-align:center}button,input{font-size:28px}</style></head>\n<body>\n<h1>Spelling quiz</h1>\n<button id=\"say\">🔊 Hear the word</button><br><br>\n<input id=\"answer\" autocomplete=\"off\"> <button id=\"check\">Check</button>\n<p id=\"msg\"></p><p>Score: <span id=\"score\">0</span></p>\n<script>\nconst words=[\"because\",\"friend\",\"people\",\"should\",\"would\",\"could\",\"every\",\"great\",\"break\",\"busy\"];\nlet i=0,score=0;\nfunction say(){speechSynthesis.speak(new SpeechSynthesisUtterance(words[i]));}\ndocument.getElementById('say').onclick=say;\ndocument.getElementById('check').onclick=()=>{\n  const a=document.getElementById('answer').value;\n  if(a===words[i]){score++;document.getElementById('msg').textContent='Well done! ⭐';}\n  else{document.getElementById('msg').textContent='Not quite, it is spelt '+words[i];}\n  document.getElementById('score').textContent=score;\n  i=(i+1)%words.length;document.getElementById('answer').value='';\n};\n</script>\n</body></html>\n"),
             say("Yes, that's possible, and you don't need to install anything. I've made one file, `spelling-quiz.html`, in your class3 folder. A web page is just a file your browser can open: double-click it (Chrome or Edge work best) and it will open in the browser. The 🔊 button uses the browser's built-in voice to say the word, the child types it and presses Check, and it keeps a score. To change the words next week, open the file in TextEdit and change the list after `words=`.")),
        turn("ok i tried it on the classroom ipad and it says wrong even when they get it right?? Amelia typed because and it said not quite",
             read("/Users/helen/Documents/class3/spelling-quiz.html", "<!doctype html>\n<html><head>…\nconst a=document.getElementById('answer').value;\n  if(a===words[i]){score++;…"),
             edit("/Users/helen/Documents/class3/spelling-quiz.html",
                  "  const a=document.getElementById('answer').value;\n  if(a===words[i]){",
                  "  const a=document.getElementById('answer').value.trim().toLowerCase();\n  if(a===words[i]){"),
             edit("/Users/helen/Documents/class3/spelling-quiz.html",
                  "<input id=\"answer\" autocomplete=\"off\">",
                  "<input id=\"answer\" autocomplete=\"off\" autocapitalize=\"off\" autocorrect=\"off\" spellcheck=\"false\">"),
             say("That's the iPad keyboard: it puts a capital letter at the start (\"Because\") and sometimes adds a space after autocorrect, and the page was comparing exactly. I've made it ignore capitals and extra spaces, and told the iPad not to capitalise or autocorrect in that box (autocorrect could also fix a child's spelling for them!). Reload the page on the iPad and try again.")),
        turn("its working now, the kids loved it. thank you!!",
             say("Lovely, I'm glad they enjoyed it! When you change the words for next week, keep them in lower case inside the quotes and it will carry on working.")),
    ],
)
