LABEL = dict(
    split="heldout3",
    persona="Hobbyist making a first 3D platformer in Unity from tutorials",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the symptom and the object (the player falls through the floor when jumping off the "
               "ramp) but no component or setting; prompt 2 reports 'still falls through sometimes' without details: level 2. "
               "Broken behaviour to repair: fixing. Prompt 2 reports the first fix failed; the agent changes the collision "
               "detection and the session ends on the user's 'ill test it later', no evidence after the failure report: "
               "abandoned."),
)

SESSION = dict(
    cwd="/Users/jordi/Unity/RampRunner", start="2026-06-07T11:20:00Z", model="claude-sonnet-4-6", version="2.1.261",
    turns=[
        turn("my player keeps falling through the floor when he jumps off the big ramp. why",
             grep("Rigidbody|velocity|MovePosition", path="Assets/Scripts", content=
                  "Assets/Scripts/PlayerController.cs:14:    Rigidbody rb;\nAssets/Scripts/PlayerController.cs:31:        transform.position += move * speed * Time.deltaTime;\n"
                  "Assets/Scripts/PlayerController.cs:38:            rb.velocity = new Vector3(rb.velocity.x, jumpForce, rb.velocity.z);"),
             read("/Users/jordi/Unity/RampRunner/Assets/Scripts/PlayerController.cs",
                  "using UnityEngine;\n\npublic class PlayerController : MonoBehaviour\n{\n    public float speed = 12f;\n    public float jumpForce = 9f;\n"
                  "    Rigidbody rb;\n\n    void Start() { rb = GetComponent<Rigidbody>(); }\n\n    void Update()\n    {\n"
                  "        var move = new Vector3(Input.GetAxis(\"Horizontal\"), 0, Input.GetAxis(\"Vertical\"));\n"
                  "        transform.position += move * speed * Time.deltaTime;\n        if (Input.GetButtonDown(\"Jump\"))\n"
                  "            rb.velocity = new Vector3(rb.velocity.x, jumpForce, rb.velocity.z);\n    }\n}"),
             edit("/Users/jordi/Unity/RampRunner/Assets/Scripts/PlayerController.cs",
                  "        transform.position += move * speed * Time.deltaTime;",
                  "        rb.MovePosition(rb.position + move * speed * Time.deltaTime);"),
             say("The script moves the player by setting `transform.position` directly, which teleports him a little each "
                 "frame and skips the physics. At speed off a ramp he can end up inside the floor before the physics "
                 "notices. I changed it to `rb.MovePosition`, which moves him through the physics system. Press Play and try the ramp.")),
        turn("still falls through sometimes. not every time",
             edit("/Users/jordi/Unity/RampRunner/Assets/Scripts/PlayerController.cs",
                  "    void Start() { rb = GetComponent<Rigidbody>(); }",
                  "    void Start()\n    {\n        rb = GetComponent<Rigidbody>();\n        rb.collisionDetectionMode = CollisionDetectionMode.ContinuousDynamic;\n        rb.interpolation = RigidbodyInterpolation.Interpolate;\n    }"),
             say("\"Sometimes\" points to tunnelling: when he falls fast, in one physics step he moves further than the "
                 "floor is thick. I set the Rigidbody to continuous collision detection, which checks the path between "
                 "steps. If the floor is a thin plane, also give it a Box Collider at least 0.5 units thick.")),
        turn("ok ill test it later", say("Sounds good. If it still happens, tell me which object the floor is and I'll look at its collider.")),
    ],
)
