LABEL = dict(
    split="heldout11",
    persona="Unity C# game developer writing edit-mode tests for inventory stacking",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the method, the file, the rule (stacks cap at maxStack) and how to run the tests, leaving the cases to the agent: level 3; prompt 2 is a short go-ahead. "
               "Tests are written as the goal and expose a bug that is then fixed: testing. The first run fails (a part-full second stack is never topped up): trouble; the rerun after the fix passes: resolved, verified success."),
)

SESSION = dict(
    cwd="/Users/kai/Unity/Hollowmoor", start="2027-02-06T19:35:00Z", model="claude-sonnet-4-6", version="2.1.258", branch="dev",
    turns=[
        turn("Write edit mode tests for Inventory.AddItem stacking (Assets/Scripts/Inventory/Inventory.cs). Stacks cap at ItemData.maxStack. Run them with the unity cli, the command is in run-tests.sh",
             par(read("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Inventory/Inventory.cs",
                      "public class Inventory\n{\n    public readonly List<ItemStack> Slots = new();\n    readonly int capacity;\n\n    public Inventory(int capacity) => this.capacity = capacity;\n\n    /// Adds count items; returns how many did not fit.\n    public int AddItem(ItemData item, int count)\n    {\n        foreach (var s in Slots)\n        {\n            if (s.Item == item)\n            {\n                int added = Math.Min(item.maxStack - s.Count, count);\n                s.Count += added;\n                count -= added;\n                break;\n            }\n        }\n        if (count <= 0) return 0;\n        while (count > 0 && Slots.Count < capacity)\n        {\n            int n = Math.Min(count, item.maxStack);\n            Slots.Add(new ItemStack(item, n));\n            count -= n;\n        }\n        return count;\n    }\n}"),
                 read("/Users/kai/Unity/Hollowmoor/run-tests.sh",
                      "#!/bin/sh\n\"/Applications/Unity/Hub/Editor/2022.3.41f1/Unity.app/Contents/MacOS/Unity\" -batchmode -nographics -projectPath . \\\n  -runTests -testPlatform EditMode -testResults TestResults/editmode.xml -logFile - 2>/dev/null | grep -E 'Test run|passed|failed|Expected|But was|Test Failed'\n"),
                 glob("Assets/Tests/EditMode/*", ["Assets/Tests/EditMode/EditModeTests.asmdef", "Assets/Tests/EditMode/DamageTests.cs"])),
             write("/Users/kai/Unity/Hollowmoor/Assets/Tests/EditMode/InventoryTests.cs",
                   "using NUnit.Framework;\nusing UnityEngine;\n\npublic class InventoryTests\n{\n    ItemData potion;\n\n    [SetUp]\n    public void SetUp()\n    {\n        potion = ScriptableObject.CreateInstance<ItemData>();\n        potion.maxStack = 10;\n    }\n\n    [Test]\n    public void AddItem_EmptyInventory_CreatesOneStack()\n    {\n        var inv = new Inventory(4);\n        Assert.AreEqual(0, inv.AddItem(potion, 3));\n        Assert.AreEqual(1, inv.Slots.Count);\n        Assert.AreEqual(3, inv.Slots[0].Count);\n    }\n\n    [Test]\n    public void AddItem_TopsUpExistingStack()\n    {\n        var inv = new Inventory(4);\n        inv.AddItem(potion, 6);\n        inv.AddItem(potion, 3);\n        Assert.AreEqual(1, inv.Slots.Count);\n        Assert.AreEqual(9, inv.Slots[0].Count);\n    }\n\n    [Test]\n    public void AddItem_OverflowGoesToNewStack()\n    {\n        var inv = new Inventory(4);\n        inv.AddItem(potion, 8);\n        Assert.AreEqual(0, inv.AddItem(potion, 5));\n        Assert.AreEqual(2, inv.Slots.Count);\n        Assert.AreEqual(10, inv.Slots[0].Count);\n        Assert.AreEqual(3, inv.Slots[1].Count);\n    }\n\n    [Test]\n    public void AddItem_MoreThanMaxStack_SplitsAcrossStacks()\n    {\n        var inv = new Inventory(4);\n        Assert.AreEqual(0, inv.AddItem(potion, 25));\n        CollectionAssert.AreEqual(new[] { 10, 10, 5 }, inv.Slots.ConvertAll(s => s.Count));\n    }\n\n    [Test]\n    public void AddItem_FirstStackFull_TopsUpNextStack()\n    {\n        var inv = new Inventory(4);\n        inv.Slots.Add(new ItemStack(potion, 10));\n        inv.Slots.Add(new ItemStack(potion, 4));\n        Assert.AreEqual(0, inv.AddItem(potion, 3));\n        Assert.AreEqual(2, inv.Slots.Count);\n        Assert.AreEqual(7, inv.Slots[1].Count);\n    }\n\n    [Test]\n    public void AddItem_InventoryFull_ReturnsLeftover()\n    {\n        var inv = new Inventory(2);\n        Assert.AreEqual(5, inv.AddItem(potion, 25));\n        Assert.AreEqual(2, inv.Slots.Count);\n    }\n}\n"),
             bash("./run-tests.sh",
                  "Test run completed. Passed: 5, Failed: 1\nTest Failed: InventoryTests.AddItem_FirstStackFull_TopsUpNextStack\n  Expected: 2\n  But was:  3",
                  code=2, desc="Run the edit mode tests", ms=71000),
             say("Wrote `Assets/Tests/EditMode/InventoryTests.cs` with 6 tests: new stack, topping up, overflow into a new stack, one add larger than maxStack, a full first stack with a part-full second one, and a full inventory returning the leftover. 5 pass; **one fails, and it's a real bug**, not a test mistake:\n\n"
                 "`AddItem_FirstStackFull_TopsUpNextStack`: with stacks of 10 and 4 potions (max 10), adding 3 should top up the second stack to 7, but `AddItem` makes a third stack. "
                 "The top-up loop `break`s after the **first** stack of that item, even when it's full, so later part-full stacks are never filled. Want me to fix it?")),
        turn("yeah fix it",
             read("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Inventory/ItemStack.cs",
                  "[System.Serializable]\npublic class ItemStack\n{\n    public ItemData Item;\n    public int Count;\n\n    public ItemStack(ItemData item, int count)\n    {\n        Item = item;\n        Count = count;\n    }\n}"),
             edit("/Users/kai/Unity/Hollowmoor/Assets/Scripts/Inventory/Inventory.cs",
                  "        foreach (var s in Slots)\n        {\n            if (s.Item == item)\n            {\n                int added = Math.Min(item.maxStack - s.Count, count);\n                s.Count += added;\n                count -= added;\n                break;\n            }\n        }\n        if (count <= 0) return 0;",
                  "        foreach (var s in Slots)\n        {\n            if (count <= 0) break;\n            if (s.Item != item || s.Count >= item.maxStack) continue;\n            int added = Math.Min(item.maxStack - s.Count, count);\n            s.Count += added;\n            count -= added;\n        }\n        if (count <= 0) return 0;"),
             bash("./run-tests.sh", "Test run completed. Passed: 6, Failed: 0", desc="Run the edit mode tests again", ms=69000),
             say("Fixed: the top-up loop now skips full stacks and keeps going through every stack of the same item until the count is used up, and only then opens new stacks. All 6 edit mode tests pass.")),
    ],
)
