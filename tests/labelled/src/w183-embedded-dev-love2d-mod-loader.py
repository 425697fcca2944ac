LABEL = dict(
    split="heldout6",
    persona="Embedded C developer contributing in his spare time to a LÖVE (Lua) game's modding support",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the area (how mods get loaded, from mods/ to when their hooks fire) and asks two scoped questions, but sets no output "
               "format or scope beyond that; prompt 2 asks a pointed follow-up about load order ties. Names and a clear outcome, approach left to "
               "the agent: level 3 (his C experience is not the signal; the task is in Lua). Only reads and searches ending in an explanation: "
               "exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/bram/src/hollowkeep", start="2026-12-01T19:30:00Z", model="claude-opus-4-5", version="2.1.239",
    turns=[
        turn("I'm new to this codebase and to Lua. Can you explain how mods get loaded – from a folder in mods/ to the point where their on_update hooks "
             "fire? And is there any sandboxing or can a mod call os.execute?",
             glob("src/mods/**/*.lua", ["src/mods/loader.lua", "src/mods/api.lua", "src/mods/sandbox.lua"]),
             read("/home/bram/src/hollowkeep/src/mods/loader.lua",
                  "local sandbox = require('mods.sandbox')\nlocal M = { loaded = {} }\n\nfunction M.discover()\n  local found = {}\n  for _, dir in ipairs(love.filesystem.getDirectoryItems('mods')) do\n"
                  "    local ok, manifest = pcall(love.filesystem.load, 'mods/' .. dir .. '/mod.lua')\n    if ok then table.insert(found, manifest()) end\n  end\n"
                  "  table.sort(found, function(a, b) return (a.priority or 0) > (b.priority or 0) end)\n  return found\nend\n\n"
                  "function M.load_all()\n  for _, m in ipairs(M.discover()) do\n    local chunk = love.filesystem.load('mods/' .. m.id .. '/init.lua')\n"
                  "    setfenv(chunk, sandbox.env(m))\n    M.loaded[#M.loaded + 1] = { manifest = m, hooks = chunk() }\n  end\nend\nreturn M"),
             read("/home/bram/src/hollowkeep/src/mods/sandbox.lua",
                  "local M = {}\nfunction M.env(manifest)\n  return { api = require('mods.api').for_mod(manifest), math = math, string = string, table = table, pairs = pairs, ipairs = ipairs, print = print }\nend\nreturn M"),
             grep("on_update", path="/home/bram/src/hollowkeep/src", content="src/main.lua:48:  for _, m in ipairs(mods.loaded) do if m.hooks.on_update then m.hooks.on_update(dt) end end"),
             say("The path: `loader.discover()` reads every `mods/<dir>/mod.lua` manifest (a broken one is skipped by `pcall`), sorts by `priority`, highest first; "
                 "`load_all()` then loads each mod's `init.lua`, runs it in a sandbox environment and keeps the table of hooks it returns. `love.update` in "
                 "`main.lua:48` calls each mod's `on_update(dt)` in that order.\n\nSandboxing: yes – `setfenv` gives the mod an environment with only `api`, "
                 "`math`, `string`, `table`, `pairs`, `ipairs` and `print`. There is no `os`, `io` or `require`, so `os.execute` is nil inside a mod.")),
        turn("What happens with two mods at the same priority – is the order stable?",
             say("Not guaranteed. Lua's `table.sort` isn't stable, and `getDirectoryItems` order depends on the filesystem, so two mods with equal priority can "
                 "swap between machines or runs. Sorting by `(priority, id)` would make it deterministic.")),
    ],
)
