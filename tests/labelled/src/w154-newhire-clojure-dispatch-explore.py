LABEL = dict(
    split="heldout5",
    persona="Developer two weeks into a same-day courier startup, experienced in Python, new to the Clojure codebase",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("The prompts ask good, pointed questions (how a courier gets picked, what 'capacity' means, what happens when nobody is free), "
               "but name no namespace or function and set no scope or expected output; the agent finds the code and no correction goes either "
               "way: level 3, not 4 (no named things, no deliverable), and not 2 (each question narrows the last one). Reads, searches and "
               "explanations only: exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/femi/src/dispatch", start="2026-11-30T10:30:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("I'm new here and trying to understand how a new order ends up with a courier. Where does the decision happen and what does it weigh up?",
             par(grep("defn assign", path="/home/femi/src/dispatch/src", content="src/dispatch/assign.clj:41:(defn assign-order\nsrc/dispatch/assign.clj:88:(defn- assign-batch"),
                 glob("src/dispatch/**/*.clj", ["src/dispatch/api.clj", "src/dispatch/assign.clj", "src/dispatch/score.clj", "src/dispatch/couriers.clj", "src/dispatch/geo.clj"])),
             par(read("/home/femi/src/dispatch/src/dispatch/assign.clj",
                      "(ns dispatch.assign\n  (:require [dispatch.couriers :as couriers] [dispatch.score :as score]))\n\n(defn assign-order\n  [db order]\n"
                      "  (let [candidates (couriers/available db (:pickup order) {:radius-km 6})\n        ranked (sort-by #(score/cost % order) candidates)]\n"
                      "    (if-let [c (first (filter #(couriers/has-capacity? % order) ranked))]\n      (couriers/assign! db c order)\n      (enqueue-unassigned! db order))))"),
                  read("/home/femi/src/dispatch/src/dispatch/score.clj",
                       "(ns dispatch.score (:require [dispatch.geo :as geo]))\n\n(defn cost [courier order]\n  (+ (* 1.0 (geo/eta-min (:position courier) (:pickup order)))\n"
                       "     (* 0.6 (count (:stops courier)))\n     (if (= (:vehicle courier) :bike) (* 0.4 (:weight-kg order)) 0)))")),
             say("It happens in `dispatch.assign/assign-order`:\n\n1. **Candidates**: couriers marked available within 6 km of the pickup (`couriers/available`).\n"
                 "2. **Ranking** by `score/cost` – lower is better: minutes to reach the pickup, plus 0.6 per stop the courier already has, plus a weight penalty for bikes.\n"
                 "3. The first ranked courier who **has capacity** gets the order (`couriers/assign!`).\n4. If nobody qualifies, the order goes to the **unassigned queue**.")),
        turn("What counts as capacity? Is it just a number of orders?",
             read("/home/femi/src/dispatch/src/dispatch/couriers.clj",
                  "(def vehicle-limits {:bike {:stops 3 :kg 8} :cargo-bike {:stops 5 :kg 40} :van {:stops 12 :kg 400}})\n\n(defn has-capacity? [courier order]\n"
                  "  (let [{:keys [stops kg]} (vehicle-limits (:vehicle courier))]\n    (and (< (count (:stops courier)) stops)\n"
                  "         (<= (+ (:load-kg courier) (:weight-kg order)) kg))))"),
             say("Not just a count – two limits per vehicle type, both must hold: fewer stops than the limit (bike 3, cargo bike 5, van 12) and the load "
                 "plus this order within the weight limit (8 / 40 / 400 kg). Both limits are hard-coded in `couriers/vehicle-limits`.")),
        turn("And when nobody's free — does anything retry the unassigned ones, or does someone do it by hand?",
             grep("unassigned", path="/home/femi/src/dispatch", content="src/dispatch/assign.clj:62:(defn enqueue-unassigned! [db order] (jdbc/insert! db :unassigned_orders {...}))\n"
                  "src/dispatch/jobs.clj:14:(defn retry-unassigned [db] (doseq [o (db/unassigned-older-than db 0)] (assign-order db o)))\nsrc/dispatch/main.clj:33:  (chime/every 30 #(jobs/retry-unassigned db))\n"
                  "resources/ops/README.md:12:Orders unassigned for >10 min turn red in the control-room board; a dispatcher assigns them manually."),
             say("Both. A background job (`jobs/retry-unassigned`, scheduled in `main.clj`) re-runs `assign-order` on every unassigned order **every 30 seconds**. "
                 "If an order is still unassigned after 10 minutes it turns red on the control-room board, and a dispatcher assigns it by hand "
                 "(per `resources/ops/README.md`). Note the retry has no back-off or widening radius – it tries the same 6 km every time.")),
        turn("Makes sense, thanks. That's enough for today", say("Glad it helped. The files worth bookmarking: `assign.clj`, `score.clj`, `couriers.clj` and `jobs.clj`.")),
    ],
)
