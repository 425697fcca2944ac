LABEL = dict(
    split="heldout9",
    persona="Rust systems engineer reviewing the unsafe blocks in a vendored memory-mapped log crate before a security review",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is scoped and precise: read only, the vendored crate path, every `unsafe` block listed with its "
               "SAFETY invariant and whether the surrounding code upholds it, in a table: level 4. The agent greps and reads, "
               "no edits: exploring (findings about code, not figures from data). No failures and no evidence, so neither."),
)

SESSION = dict(
    cwd="/home/ines/work/ledgerd", start="2026-07-07T09:11:03Z",
    model="claude-opus-4-6", version="2.1.206",
    turns=[
        turn("Read only, don't change anything. Go through every `unsafe` in vendor/mmaplog/src and give me a table: location, "
             "what it does, the invariant it relies on (the SAFETY comment if there is one), and whether the callers actually "
             "uphold it. I care most about the from_raw_parts on the mapped region and anything that assumes alignment.",
             grep("unsafe", path="vendor/mmaplog/src", content="vendor/mmaplog/src/segment.rs:88:        let bytes = unsafe { slice::from_raw_parts(self.ptr.add(off), len) };\n"
                  "vendor/mmaplog/src/segment.rs:131:        unsafe { ptr::write_unaligned(self.ptr.add(pos) as *mut u32, crc) };\n"
                  "vendor/mmaplog/src/index.rs:40:        let entries: &[IndexEntry] = unsafe { slice::from_raw_parts(base as *const IndexEntry, n) };\n"
                  "vendor/mmaplog/src/lib.rs:22:unsafe impl Send for Segment {}"),
             par(read("/home/ines/work/ledgerd/vendor/mmaplog/src/segment.rs",
                      "    pub fn read(&self, off: usize, len: usize) -> &[u8] {\n        debug_assert!(off + len <= self.len);\n        // SAFETY: off+len within mapping\n"
                      "        let bytes = unsafe { slice::from_raw_parts(self.ptr.add(off), len) };\n        bytes\n    }"),
                 read("/home/ines/work/ledgerd/vendor/mmaplog/src/index.rs",
                      "    // index file is written by us, entries are 16 bytes\n    let entries: &[IndexEntry] = unsafe { slice::from_raw_parts(base as *const IndexEntry, n) };")),
             say("| location | what | invariant | upheld? |\n|---|---|---|---|\n| segment.rs:88 | slice over mapped bytes | off+len ≤ mapping len | "
                 "**Only in debug**: `debug_assert!` is compiled out in release; `read` is `pub` and `off` comes from the index file. "
                 "A corrupt index gives out-of-bounds reads. |\n| segment.rs:131 | write CRC | in-bounds, unaligned OK | yes, "
                 "`write_unaligned` and pos checked in `append` |\n| index.rs:40 | cast mapped bytes to `&[IndexEntry]` | base 8-aligned, "
                 "n*16 ≤ file len | **No SAFETY comment; alignment assumed.** mmap base is page-aligned so it holds at offset 0, but "
                 "`n` comes from the header unchecked. |\n| lib.rs:22 | `Send` for Segment | raw ptr not shared mutably | "
                 "holds as long as only the writer owns it; `Clone` is not derived, OK |\n\nTwo real issues: segment.rs:88 "
                 "should be a real `assert!` (or return an error), and index.rs:40 needs `n` checked against the file length.")),
    ],
)
