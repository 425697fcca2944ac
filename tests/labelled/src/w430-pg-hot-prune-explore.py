LABEL = dict(
    split="heldout14",
    persona="PostgreSQL internals developer reading the opportunistic pruning path",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a scoped, precise read-only question naming the function, the conditions wanted (the free-space threshold and the horizon test), the version (REL_17_STABLE) and the output (file:line references); no alternative or failure mode is anticipated and nothing is to be checked: level 4. "
               "The session reads and explains without changing anything: exploring. No action fails and nothing is run or confirmed: neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/home/akira/src/postgres", start="2026-11-27T20:30:00Z", model="claude-opus-4-6", version="2.1.249", branch="REL_17_STABLE",
    turns=[
        turn("read only. on REL_17_STABLE, in heap_page_prune_opt: exact conditions under which it skips pruning — the free space threshold and the GlobalVisState horizon check. file:line refs please",
             grep("heap_page_prune_opt", path="src/backend/access/heap", files=["src/backend/access/heap/pruneheap.c", "src/backend/access/heap/heapam.c", "src/backend/access/heap/heapam_handler.c"]),
             bash("grep -n 'heap_page_prune_opt(Relation' -A 80 src/backend/access/heap/pruneheap.c | sed -n '1,95p'", "193:heap_page_prune_opt(Relation relation, Buffer buffer)\n…\n202:\tif (RecoveryInProgress())\n203:\t\treturn;\n…\n209:\tvistest = GlobalVisTestFor(relation);\n210:\n211:\tif (!PageIsPrunable(page, prstate_xmin))\n…\n212:\tprune_xid = ((PageHeader) page)->pd_prune_xid;\n213:\tif (!GlobalVisTestIsRemovableXid(vistest, prune_xid))\n214:\t\treturn;\n…\n226:\tminfree = RelationGetTargetPageFreeSpace(relation,\n227:\t\t\t\t\t\t\t\t\t\t\t HEAP_DEFAULT_FILLFACTOR);\n228:\tminfree = Max(minfree, BLCKSZ / 10);\n229:\n230:\tif (PageIsFull(page) || PageGetHeapFreeSpace(page) < minfree)\n231:\t{\n232:\t\t/* OK, try to get exclusive buffer lock */\n233:\t\tif (!ConditionalLockBufferForCleanup(buffer))\n234:\t\t\treturn;", desc="Read heap_page_prune_opt"),
             read("/home/akira/src/postgres/src/include/storage/bufpage.h", "…\n#define PageIsFull(page) \\\n\t(((PageHeader) (page))->pd_flags & PD_PAGE_FULL)\n…"),
             say("`heap_page_prune_opt` (src/backend/access/heap/pruneheap.c:193) returns without pruning when:\n\n1. **Recovery** (:202): `RecoveryInProgress()`; standbys never prune.\n2. **Horizon** (:209–214): `vistest = GlobalVisTestFor(relation)`, then `pd_prune_xid` must pass `GlobalVisTestIsRemovableXid(vistest, prune_xid)`; if the oldest prunable xid hint isn't yet removable for this relation's horizon (shared/catalog/data/temp), it returns. Note the test is on the page hint, not on any tuple.\n3. **Free space** (:226–230): `minfree = Max(RelationGetTargetPageFreeSpace(rel, HEAP_DEFAULT_FILLFACTOR), BLCKSZ/10)`, so with fillfactor 100 it's 10% of the page (819 bytes at 8 kB); pruning only proceeds if `PD_PAGE_FULL` is set (bufpage.h) or `PageGetHeapFreeSpace(page) < minfree`.\n4. **Lock** (:233): `ConditionalLockBufferForCleanup` must succeed; if any other backend holds a pin, it gives up silently (no wait).\n\nThe free-space check is deliberately after the horizon check, and both are rechecked under the cleanup lock inside `heap_page_prune_and_freeze`.")),
    ],
)
