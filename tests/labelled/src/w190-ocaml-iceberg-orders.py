LABEL = dict(
    split="heldout6",
    persona="Quant developer at a market-making firm, OCaml order-book simulator",
    expertise_level=4, work_mode="building",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the module (Book in lib/book.ml), the feature (iceberg orders with a visible peak and hidden reserve), the exact "
               "semantics (replenish at the back of the queue, new timestamp) and the scope (no change to the .mli of Matching), with a stated "
               "deliverable; it does not design the verification or name edge cases beyond that: level 4. A new feature: building. Only `dune build` "
               "is run (a build is not a test run) and prompt 2 says the user will run the property tests himself: no trouble, no evidence, neither."),
)

SESSION = dict(
    cwd="/home/rafael/src/obsim", start="2026-12-02T07:30:00Z", model="claude-opus-4-5", version="2.1.252",
    turns=[
        turn("Add iceberg orders to Book (lib/book.ml). An iceberg has a visible peak and a hidden reserve; when the peak is fully filled, replenish "
             "min(peak, reserve) at the BACK of its price level with a fresh timestamp – it loses time priority. Expose `add_iceberg : t -> side -> price -> "
             "peak:int -> total:int -> order_id`. Don't change matching.mli. Make it compile; I'll write the properties.",
             read("/home/rafael/src/obsim/lib/book.ml",
                  "type order = { id : order_id; side : side; price : price; mutable qty : int; ts : int64 }\n\ntype t = { bids : level Price_map.t ref; asks : level Price_map.t ref; mutable clock : int64 }\n\n"
                  "let add_limit t side price qty = ...\nlet on_fill t order filled = order.qty <- order.qty - filled; if order.qty = 0 then remove t order"),
             edit("/home/rafael/src/obsim/lib/book.ml",
                  "type order = { id : order_id; side : side; price : price; mutable qty : int; ts : int64 }",
                  "type order = { id : order_id; side : side; price : price; mutable qty : int; mutable ts : int64; mutable reserve : int; peak : int }"),
             edit("/home/rafael/src/obsim/lib/book.ml",
                  "let on_fill t order filled = order.qty <- order.qty - filled; if order.qty = 0 then remove t order",
                  "let on_fill t order filled =\n  order.qty <- order.qty - filled;\n  if order.qty = 0 then begin\n    remove t order;\n"
                  "    if order.reserve > 0 then begin\n      (* Replenished slices lose time priority: back of the level, new timestamp. *)\n"
                  "      let slice = min order.peak order.reserve in\n      order.reserve <- order.reserve - slice;\n      order.qty <- slice;\n"
                  "      order.ts <- next_ts t;\n      push_back t order\n    end\n  end\n\n"
                  "let add_iceberg t side price ~peak ~total =\n  if peak <= 0 || total < peak then invalid_arg \"add_iceberg\";\n"
                  "  let o = { id = fresh_id t; side; price; qty = peak; ts = next_ts t; reserve = total - peak; peak } in\n  push_back t o;\n  o.id"),
             bash("dune build 2>&1 | head -5", "", desc="Build"),
             say("`add_iceberg` is in; plain limit orders are created with `reserve = 0` and `peak = qty`, so they behave as before. When a peak fills, "
                 "`min(peak, reserve)` is pushed to the back of its level with a new timestamp. `dune build` is clean; `matching.mli` is unchanged.")),
        turn("fine. I'll run the qcheck properties on the box tonight",
             say("Good. Properties worth including: total executed ≤ total; visible qty never exceeds peak; a replenished slice never trades ahead of orders that were already resting at that price.")),
    ],
)
