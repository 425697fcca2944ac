LABEL = dict(
    split="heldout8",
    persona="Indie game developer who joined a friend's Phaser 3 platformer, reading its physics code for the first time",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the area (how the player lands on the moving platforms, the one-way platforms) and the files to start from, with one "
               "constraint ('don't change anything yet'); prompt 2 asks a scoped follow-up about the order of updates; no checks asked: level 3. "
               "Only reads and explanations: exploring. Nothing fails, no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/sam/games/moss-knight", start="2026-11-22T21:15:00Z", model="claude-sonnet-4-6", version="2.1.241",
    turns=[
        turn("new to this codebase. can you explain how the player ends up standing on the moving platforms and how the one way platforms work? start from src/scenes/Level.ts "
             "and src/objects/Player.ts. dont change anything yet, i just want to understand it",
             par(read("/Users/sam/games/moss-knight/src/scenes/Level.ts",
                      "export class Level extends Phaser.Scene {\n  create() {\n    this.player = new Player(this, 64, 300)\n    this.movers = this.physics.add.group({ allowGravity: false, immovable: true })\n"
                      "    this.oneWay = this.physics.add.staticGroup()\n    ...\n    this.physics.add.collider(this.player, this.movers, this.onMover, undefined, this)\n"
                      "    this.physics.add.collider(this.player, this.oneWay, undefined, this.fromAbove, this)\n  }\n  fromAbove(p, plat) { return p.body.velocity.y >= 0 && p.body.bottom <= plat.body.top + 4 }\n"
                      "  onMover(p, m) { if (p.body.touching.down) p.carrier = m }\n}"),
                 read("/Users/sam/games/moss-knight/src/objects/Player.ts",
                      "export class Player extends Phaser.Physics.Arcade.Sprite {\n  carrier?: Phaser.Physics.Arcade.Sprite\n  preUpdate(t, dt) {\n    super.preUpdate(t, dt)\n"
                      "    if (this.carrier) { this.x += this.carrier.body.deltaX(); if (!this.body.touching.down) this.carrier = undefined }\n  }\n}")),
             grep("carrier", path="/Users/sam/games/moss-knight/src", files=["src/objects/Player.ts", "src/scenes/Level.ts"]),
             say("**Moving platforms.** They are an Arcade group with no gravity and `immovable: true`, so the player collides with them but can't push them. When that collider "
                 "fires and the player's body is touching *down*, `onMover` records the platform as the player's `carrier`. Every frame, `Player.preUpdate` adds the "
                 "platform's horizontal movement (`body.deltaX()`) to the player's x, which is what carries them along; as soon as the player isn't touching down, the "
                 "carrier is cleared.\n\n**One-way platforms.** They're a static group whose collider has a *process callback*, `fromAbove`: the collision only happens "
                 "when the player is falling or still (`velocity.y >= 0`) and their feet are within 4 px above the platform top. Jumping up from below fails that test, so "
                 "the player passes through.")),
        turn("why preUpdate and not in the collider callback? does order matter",
             say("Yes, order matters. The collider callback runs during the physics step, after bodies have moved; `preUpdate` runs before the next step. Moving the sprite "
                 "inside the collider would shift it after Arcade has already resolved positions for this frame, which tends to jitter. Applying `deltaX` in `preUpdate` "
                 "means the carry happens once per frame, before physics, using the platform's movement from the previous step – so the player lags the platform by one "
                 "frame, which you can't see at 60 fps. Vertical movement isn't carried; gravity plus the collider keeps the player on a platform going down.")),
    ],
)
