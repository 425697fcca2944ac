LABEL = dict(
    split="heldout10",
    persona="Database internals engineer reading a colleague's buffer-pool eviction code",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the files, the question (how a pinned page can be chosen as a victim under the clock sweep, and whether usage_count can go negative), "
               "the scope (read only) and the deliverable (an answer with line numbers): level 4 – precise and scoped, but no reproduction or alternatives of her own, so "
               "not 5. The agent only reads and explains: exploring. Nothing fails, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/mirela/src/quarrydb", start="2026-11-25T13:20:00Z", model="claude-opus-4-6", version="2.1.246", branch="main",
    turns=[
        turn("Read-only. In src/storage/buffer/clock.cc and frame.h: walk me through how ClockSweep::Victim() picks a frame and tell me (a) whether a frame whose pin_count is >0 can ever be returned, "
             "given that pin happens without holding the sweep mutex, and (b) whether usage_count can underflow. Answer with line numbers, no changes.",
             read("/home/mirela/src/quarrydb/src/storage/buffer/frame.h",
                  "struct Frame {\n  std::atomic<uint32_t> pin_count{0};\n  std::atomic<uint8_t> usage_count{0};\n  PageId page;\n  std::mutex io_latch;\n};\n\ninline void Pin(Frame& f) {\n  f.pin_count.fetch_add(1, std::memory_order_acq_rel);\n  uint8_t u = f.usage_count.load(std::memory_order_relaxed);\n  if (u < kMaxUsage) f.usage_count.store(u + 1, std::memory_order_relaxed);\n}"),
             read("/home/mirela/src/quarrydb/src/storage/buffer/clock.cc",
                  "Frame* ClockSweep::Victim() {\n  std::lock_guard<std::mutex> g(mu_);\n  for (size_t tries = 0; tries < 2 * frames_.size(); ++tries) {\n    Frame& f = frames_[hand_];\n    hand_ = (hand_ + 1) % frames_.size();\n    if (f.pin_count.load(std::memory_order_acquire) != 0) continue;\n    uint8_t u = f.usage_count.load(std::memory_order_relaxed);\n    if (u > 0) { f.usage_count.store(u - 1, std::memory_order_relaxed); continue; }\n    return &f;\n  }\n  return nullptr;\n}"),
             grep("Victim\\(\\)", path="/home/mirela/src/quarrydb/src", content="src/storage/buffer/pool.cc:88:  Frame* f = clock_.Victim();\nsrc/storage/buffer/pool.cc:91:  std::unique_lock<std::mutex> io(f->io_latch);\nsrc/storage/buffer/pool.cc:92:  // evict: write back if dirty, then remap\nsrc/storage/buffer/clock.cc:3:Frame* ClockSweep::Victim() {"),
             say("**How Victim() works** (clock.cc:3–13): under `mu_`, it advances `hand_` up to two full rounds; skips frames with `pin_count != 0` (line 7); decrements a non-zero "
                 "`usage_count` and moves on (line 9); returns the first unpinned frame with usage 0.\n\n**(a) Yes, a pinned frame can be returned.** `Pin()` (frame.h:8–12) doesn't take `mu_`. "
                 "Victim reads `pin_count == 0` at clock.cc:7, then a reader pins the frame, then Victim returns it (line 10). pool.cc:88–92 then takes only `io_latch` and evicts – "
                 "nothing re-checks `pin_count`. The window is small but real; the usual fix is a CAS on a combined pin/state word, or re-checking the pin count under the frame latch before evicting.\n\n"
                 "**(b) usage_count can't underflow** in Victim – it only decrements when `u > 0`, and both decrement and Pin's increment are load-then-store, so concurrent updates can be *lost* "
                 "(Pin's +1 overwritten by Victim's stale -1), which biases eviction, but never wraps below 0. Pin checks `u < kMaxUsage` before storing `u+1`, so the upper bound holds too.")),
    ],
)
