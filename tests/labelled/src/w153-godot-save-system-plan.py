LABEL = dict(
    split="heldout5",
    persona="Indie game developer making a farming game in Godot 4 with GDScript",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the system (the save code in autoload/SaveGame.gd), the problem (old saves break whenever a field is added) "
               "and one constraint (existing players' saves must still load), but asks the agent to choose the approach; prompt 2 is a general "
               "question ('what about the cloud saves?'): level 3. Plan mode with reads only and an ExitPlanMode plan, no edits: planning. "
               "No failures and no evidence: neither."),
)

SESSION = dict(
    cwd="/home/yuki/games/hollow-acre", start="2026-11-27T22:10:00Z", model="claude-opus-4-6", version="2.1.246", mode="plan",
    turns=[
        turn("Every time I add a field to the save data, old saves break (crop data especially). I want to redo SaveGame.gd so it's versioned, but existing "
             "players' saves have to keep loading. Can you plan how to do it? Don't change anything yet.",
             par(read("/home/yuki/games/hollow-acre/autoload/SaveGame.gd",
                      "extends Node\n\nconst PATH := \"user://save.dat\"\n\nfunc save_game() -> void:\n\tvar f := FileAccess.open(PATH, FileAccess.WRITE)\n\tf.store_var({\n"
                      "\t\t\"day\": World.day, \"gold\": Player.gold, \"inventory\": Player.inventory.to_dict(),\n\t\t\"crops\": Farm.crops.map(func(c): return [c.kind, c.x, c.y, c.stage, c.watered]),\n\t})\n\n"
                      "func load_game() -> void:\n\tvar d: Dictionary = FileAccess.open(PATH, FileAccess.READ).get_var()\n\tWorld.day = d.day\n\tPlayer.gold = d.gold\n"
                      "\tfor c in d.crops:\n\t\tFarm.plant(c[0], c[1], c[2], c[3], c[4], c[5])"),
                 grep("store_var|get_var", path="/home/yuki/games/hollow-acre", files=["autoload/SaveGame.gd", "autoload/Settings.gd"])),
             say("The crop data is the breaking point: it's saved as positional arrays, and `load_game` reads `c[5]`, an index that old saves don't have "
                 "(the fertilizer field added later), so old saves crash on load. Question before I write the plan: do you use Steam Cloud or another sync?")),
        turn("yes steam cloud. what about the cloud saves, could an old version of the game download a new save?",
             plan("## Versioned saves for Hollow Acre\n\n1. **Add a version number**: save `{\"version\": 2, ...}`. A save without `version` is version 1.\n"
                  "2. **Save crops as dictionaries** (`{kind, x, y, stage, watered, fertilizer}`) instead of arrays, so new fields don't shift positions.\n"
                  "3. **Migrations**: `_migrate_1_to_2(d)` turns the old crop arrays into dictionaries with `fertilizer = 0`. `load_game` runs migrations in order up to the current version.\n"
                  "4. **Defaults on load**: read every field with `d.get(\"field\", default)` so a missing field never crashes.\n"
                  "5. **Newer saves on older builds (Steam Cloud)**: if `version` is higher than the game knows, don't load – show \"This save is from a newer version, please update\" and keep the file untouched.\n"
                  "6. **Backup before migrating**: copy `save.dat` to `save.v1.bak` the first time a migration runs.\n"
                  "7. **Test saves**: keep a v1 save file in `tests/saves/` and add a GUT test that loads it and checks day, gold and crops.",
                  "/home/yuki/.claude/plans/hollow-acre-versioned-saves.md"),
             say("Plan saved. On the cloud question: yes, an older build can download a newer save, which is why step 5 refuses to load it rather than "
                 "guess – and since it never writes, the newer save in the cloud stays intact. Nothing has been changed yet.")),
    ],
)
