LABEL = dict(
    split="heldout8",
    persona="Hobby game developer building a survival game in Bevy, adding tests to the inventory module",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the module (src/inventory.rs) and what to cover (stacking, the stack limit, splitting) and asks for `cargo test`, but leaves "
               "the cases and edge cases to the agent: level 3. Tests written as the goal: testing. `cargo test` passes on the first run and nothing "
               "fails: verified success (a passing test run)."),
)

SESSION = dict(
    cwd="/home/mika/dev/ashfall", start="2026-11-26T19:05:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("write unit tests for src/inventory.rs – stacking items, the max stack size, and splitting a stack. then cargo test",
             read("/home/mika/dev/ashfall/src/inventory.rs",
                  "#[derive(Component, Default)]\npub struct Inventory { pub slots: Vec<Option<Stack>> }\n\n#[derive(Clone, Debug, PartialEq)]\npub struct Stack { pub item: ItemId, pub count: u16 }\n\n"
                  "impl Inventory {\n    pub fn with_slots(n: usize) -> Self { Self { slots: vec![None; n] } }\n    /// Adds items, filling existing stacks first; returns what did not fit.\n"
                  "    pub fn add(&mut self, item: ItemId, mut count: u16, db: &ItemDb) -> u16 { ... }\n    pub fn split(&mut self, slot: usize) -> Option<Stack> { ... }\n}"),
             write("/home/mika/dev/ashfall/src/inventory/tests.rs",
                   "use super::*;\n\nfn db() -> ItemDb { ItemDb::from([(ItemId::WOOD, 64), (ItemId::TORCH, 16), (ItemId::SWORD, 1)]) }\n\n"
                   "#[test]\nfn adding_fills_existing_stack_before_a_new_slot() {\n    let mut inv = Inventory::with_slots(3);\n    inv.add(ItemId::WOOD, 10, &db());\n    inv.add(ItemId::WOOD, 5, &db());\n"
                   "    assert_eq!(inv.slots[0], Some(Stack { item: ItemId::WOOD, count: 15 }));\n    assert_eq!(inv.slots[1], None);\n}\n\n"
                   "#[test]\nfn stacks_stop_at_max_and_spill_into_next_slot() {\n    let mut inv = Inventory::with_slots(3);\n    assert_eq!(inv.add(ItemId::TORCH, 20, &db()), 0);\n"
                   "    assert_eq!(inv.slots[0].as_ref().unwrap().count, 16);\n    assert_eq!(inv.slots[1].as_ref().unwrap().count, 4);\n}\n\n"
                   "#[test]\nfn overflow_is_returned_when_full() {\n    let mut inv = Inventory::with_slots(1);\n    assert_eq!(inv.add(ItemId::SWORD, 3, &db()), 2);\n}\n\n"
                   "#[test]\nfn split_takes_half_rounding_down() {\n    let mut inv = Inventory::with_slots(2);\n    inv.add(ItemId::WOOD, 7, &db());\n"
                   "    assert_eq!(inv.split(0), Some(Stack { item: ItemId::WOOD, count: 3 }));\n    assert_eq!(inv.slots[0].as_ref().unwrap().count, 4);\n}\n\n"
                   "#[test]\nfn split_of_a_single_item_does_nothing() {\n    let mut inv = Inventory::with_slots(2);\n    inv.add(ItemId::SWORD, 1, &db());\n    assert_eq!(inv.split(0), None);\n}\n"),
             edit("/home/mika/dev/ashfall/src/inventory.rs", "impl Inventory {", "#[cfg(test)]\nmod tests;\n\nimpl Inventory {"),
             bash("cargo test inventory", "   Compiling ashfall v0.3.0 (/home/mika/dev/ashfall)\n    Finished `test` profile [unoptimized + debuginfo] target(s) in 38.12s\n     Running unittests src/main.rs (target/debug/deps/ashfall-5e0c1b2f9a7d3e61)\n\n"
                  "running 5 tests\ntest inventory::tests::adding_fills_existing_stack_before_a_new_slot ... ok\ntest inventory::tests::overflow_is_returned_when_full ... ok\n"
                  "test inventory::tests::split_of_a_single_item_does_nothing ... ok\ntest inventory::tests::split_takes_half_rounding_down ... ok\ntest inventory::tests::stacks_stop_at_max_and_spill_into_next_slot ... ok\n\n"
                  "test result: ok. 5 passed; 0 failed; 0 ignored; 0 measured; 12 filtered out; finished in 0.00s", desc="Run the inventory tests", ms=41000),
             say("Added five tests in `src/inventory/tests.rs` (stacking into an existing stack, spill at the max stack size, overflow returned when full, split rounding, "
                 "and split of a single item). All pass. One thing I noticed but didn't change: `split` on an odd count keeps the larger half in the slot – the tests pin that down.")),
    ],
)
