LABEL = dict(
    split="heldout8",
    persona="Year 3 primary school teacher wanting a times-tables quiz for the class iPads",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('a little quiz thing for times tables the kids can do on the ipads'); the agent has to explain where a file like this "
               "can live so the iPads can open it (she asked 'do i need an app'): level 1. A new web page built: building. No action fails; prompt 2 "
               "('tried it on two of the ipads and it works, they loved the stars') states that it works, a confirmation, so verified success."),
)

SESSION = dict(
    cwd="/Users/mrsokafor/Desktop/class", start="2026-11-23T16:10:00Z", model="claude-sonnet-4-6", version="2.1.243",
    turns=[
        turn("Hello! I teach year 3 and I would love a little quiz thing for times tables the kids can do on the ipads. Do I need an app for this? Something with stars when they get it right would be lovely",
             write("/Users/mrsokafor/Desktop/class/times-tables.html",
                   "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Times Tables</title>\n"
                   "<style>body{font-family:Comic Sans MS,Arial;text-align:center;font-size:2rem}button{font-size:2rem;margin:.3rem;padding:.5rem 1rem}#stars{font-size:3rem}</style></head>\n"
                   "<body><h1>Times Tables ⭐</h1><label>Which table? <select id=\"t\">\n<option>2</option><option>3</option><option>4</option><option>5</option><option>10</option></select></label>\n"
                   "<p id=\"q\"></p><div id=\"a\"></div><p id=\"stars\"></p>\n<script>\nlet stars=0;\nfunction ask(){const t=+document.getElementById('t').value,n=1+Math.floor(Math.random()*12),ans=t*n;\n"
                   " document.getElementById('q').textContent=`${n} × ${t} = ?`;const opts=new Set([ans]);while(opts.size<4)opts.add(t*(1+Math.floor(Math.random()*12)));\n"
                   " const a=document.getElementById('a');a.innerHTML='';[...opts].sort(()=>Math.random()-.5).forEach(o=>{const b=document.createElement('button');b.textContent=o;\n"
                   " b.onclick=()=>{if(o===ans){stars++;document.getElementById('stars').textContent='⭐'.repeat(stars);ask()}else{b.style.background='#fbb'}};a.appendChild(b)})}\n"
                   "document.getElementById('t').onchange=ask;ask();\n</script></body></html>"),
             say("No app needed – I've made a single web page, `times-tables.html`, on your Desktop in the `class` folder. Children pick a table (2, 3, 4, 5 or 10), "
                 "tap one of four answers, and get a star for each right answer; a wrong answer turns pink so they can try again.\n\n"
                 "To get it onto the iPads: AirDrop the file to each iPad and open it in Files → it opens in Safari, or put it in a shared folder your school uses "
                 "(Google Drive / OneDrive) and open it from there. It works without internet once it's opened.")),
        turn("tried it on two of the ipads and it works, they loved the stars!! could it say well done after 10 stars",
             edit("/Users/mrsokafor/Desktop/class/times-tables.html",
                  "stars++;document.getElementById('stars').textContent='⭐'.repeat(stars);ask()",
                  "stars++;document.getElementById('stars').textContent='⭐'.repeat(stars);if(stars%10===0)alert('Well done! 🎉 '+stars+' stars!');ask()"),
             say("Done – every 10 stars a \"Well done! 🎉\" message pops up. AirDrop the updated file again to replace the old one.")),
    ],
)
