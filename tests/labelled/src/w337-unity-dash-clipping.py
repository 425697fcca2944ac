LABEL = dict(
    split="heldout11",
    persona="Unity C# game developer fixing a player dash that tunnels through walls",
    expertise_level=3, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the script, the method, the physics component and one constraint (the dash must feel the same), leaving the fix to the agent; prompt 2 reports where it still fails (0.25-thick walls, diagonal dash): level 3. "
               "Broken behaviour is being repaired: fixing. Prompt 2 is a failure report ('better but still clips through'); the second edit is never run, tested or confirmed: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/kai/Unity/Hollowmoor", start="2027-01-16T22:10:00Z", model="claude-sonnet-4-6", version="2.1.258", branch="dev",
    turns=[
        turn("Player goes through thin walls when dashing (PlayerController.cs, Dash()). Rigidbody2D. Normal movement is fine. Fix it without making the dash feel different",
             read("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Player/PlayerController.cs",
                  "[RequireComponent(typeof(Rigidbody2D))]\npublic class PlayerController : MonoBehaviour\n{\n    [SerializeField] float moveSpeed = 6f;\n    [SerializeField] float dashDistance = 4f;\n    [SerializeField] float dashDuration = 0.12f;\n\n    Rigidbody2D rb;\n    Vector2 input;\n    bool dashing;\n\n    void Awake() => rb = GetComponent<Rigidbody2D>();\n\n    void FixedUpdate()\n    {\n        if (!dashing) rb.velocity = input * moveSpeed;\n    }\n\n    public IEnumerator Dash()\n    {\n        dashing = true;\n        Vector2 dir = input.normalized;\n        float t = 0f;\n        while (t < dashDuration)\n        {\n            float step = dashDistance * Time.deltaTime / dashDuration;\n            transform.position += (Vector3)(dir * step);\n            t += Time.deltaTime;\n            yield return null;\n        }\n        dashing = false;\n    }\n}"),
             edit("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Player/PlayerController.cs",
                  "    void Awake() => rb = GetComponent<Rigidbody2D>();",
                  "    void Awake()\n    {\n        rb = GetComponent<Rigidbody2D>();\n        rb.collisionDetectionMode = CollisionDetectionMode2D.Continuous;\n        rb.interpolation = RigidbodyInterpolation2D.Interpolate;\n    }"),
             edit("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Player/PlayerController.cs",
                  "        float t = 0f;\n        while (t < dashDuration)\n        {\n            float step = dashDistance * Time.deltaTime / dashDuration;\n            transform.position += (Vector3)(dir * step);\n            t += Time.deltaTime;\n            yield return null;\n        }",
                  "        float t = 0f;\n        rb.velocity = dir * (dashDistance / dashDuration);\n        while (t < dashDuration)\n        {\n            t += Time.fixedDeltaTime;\n            yield return new WaitForFixedUpdate();\n        }\n        rb.velocity = Vector2.zero;"),
             say("The dash moved the player by setting `transform.position` directly every frame, which bypasses the physics engine completely, so nothing stopped it passing through a wall; at 4 units in 0.12 s that's about 0.55 units a frame, more than a thin wall.\n\n"
                 "Now the dash sets the Rigidbody2D's velocity to the same speed (dashDistance / dashDuration) for the same duration, stepping in FixedUpdate, and the body uses **Continuous** collision detection, so Box2D sweeps the collider and stops at the wall. Distance and timing are unchanged, so it should feel the same. "
                 "I can't run the game from here; try dashing into the thinnest walls you have.")),
        turn("better but still clips through the 0.25 thick walls in level 3 if I dash diagonally",
             grep("class .*Wall|CompositeCollider2D|TilemapCollider2D", path="Assets", glob="*.{cs,prefab}", content="Assets/Prefabs/Level3/ThinWall.prefab:48:  - component: {fileID: 61200931} # CompositeCollider2D\nAssets/Prefabs/Level3/ThinWall.prefab:112:    m_GeometryType: 0\nAssets/Prefabs/Level3/ThinWall.prefab:117:    m_UsedByEffector: 0"),
             edit("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Player/PlayerController.cs",
                  "        float t = 0f;\n        rb.velocity = dir * (dashDistance / dashDuration);",
                  "        float t = 0f;\n        // Clamp the dash to the first wall in its path so nothing relies on the solver at this speed.\n        var hits = new RaycastHit2D[1];\n        float distance = dashDistance;\n        if (rb.Cast(dir, wallFilter, hits, dashDistance) > 0)\n            distance = Mathf.Max(0f, hits[0].distance - skin);\n        rb.velocity = dir * (distance / dashDuration);"),
             edit("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Player/PlayerController.cs",
                  "    [SerializeField] float dashDuration = 0.12f;",
                  "    [SerializeField] float dashDuration = 0.12f;\n    [SerializeField] ContactFilter2D wallFilter;\n    [SerializeField] float skin = 0.02f;"),
             say("The level 3 thin walls use a CompositeCollider2D in **outline** mode (`m_GeometryType: 0`), which is only edges, so at dash speed on a diagonal the continuous sweep can slip between the corner edges.\n\n"
                 "I added a cast along the dash direction before it starts (`rb.Cast`): if a wall is within the dash distance, the dash is shortened to stop just in front of it (a 0.02 skin). Set **Wall Filter** on the PlayerController in the inspector to your Walls layer. "
                 "Alternatively, switching that composite collider's Geometry Type to Polygons would also help. Try the diagonal dash in level 3 again.")),
    ],
)
