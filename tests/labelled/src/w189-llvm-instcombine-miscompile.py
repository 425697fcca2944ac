LABEL = dict(
    split="heldout6",
    persona="Compiler engineer working on an LLVM fork for a DSP target",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the pass (InstCombine's fold of icmp ult (add nuw X, C1), C2), the miscompiling condition (it drops nuw when C1 > C2), "
               "the order of work (a reduced lit test first, which must fail, then the fix), the check (`llvm-lit` on the InstCombine tests) and what not "
               "to do (no changes to the fold for signed predicates); prompt 2 corrects the agent exactly ('C2 - C1 wraps, use APInt::usub_ov'): level 5. "
               "A miscompile repaired: fixing. The new test fails first (trouble), then lit passes and the commit succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/yuki/llvm-dsp", start="2026-12-01T10:10:00Z", model="claude-opus-4-5", version="2.1.247", branch="fix-icmp-add-nuw",
    turns=[
        turn("InstCombine miscompiles `icmp ult (add nuw X, C1), C2` when C1 > C2: foldICmpAddConstant rewrites it to `icmp ult X, C2-C1`, which wraps, "
             "instead of folding to false. First add a reduced lit test in llvm/test/Transforms/InstCombine/icmp-add.ll that shows it (it should fail), then fix "
             "the fold, then run llvm-lit on test/Transforms/InstCombine. Don't touch the signed-predicate path.",
             edit("/home/yuki/llvm-dsp/llvm/test/Transforms/InstCombine/icmp-add.ll", "; end of unsigned add tests",
                  "define i1 @ult_add_nuw_c1_gt_c2(i8 %x) {\n; CHECK-LABEL: @ult_add_nuw_c1_gt_c2(\n; CHECK-NEXT:    ret i1 false\n;\n"
                  "  %a = add nuw i8 %x, 20\n  %c = icmp ult i8 %a, 10\n  ret i1 %c\n}\n\n; end of unsigned add tests"),
             bash("build/bin/llvm-lit -q llvm/test/Transforms/InstCombine/icmp-add.ll", "", desc="Run the new test", code=1, ms=4100,
                  stderr="FAIL: LLVM :: Transforms/InstCombine/icmp-add.ll (1 of 1)\nicmp-add.ll:2201:15: error: CHECK-NEXT: expected string not found in input\n"
                         "; CHECK-NEXT: ret i1 false\n<stdin>:812:2: note: possible intended match here\n %c = icmp ult i8 %x, -10\n"),
             grep("foldICmpAddConstant", path="/home/yuki/llvm-dsp/llvm/lib/Transforms/InstCombine", content="InstCombineCompares.cpp:3087:Instruction *InstCombinerImpl::foldICmpAddConstant(ICmpInst &Cmp,"),
             edit("/home/yuki/llvm-dsp/llvm/lib/Transforms/InstCombine/InstCombineCompares.cpp",
                  "  if (Pred == CmpInst::ICMP_ULT && Add->hasNoUnsignedWrap())\n    return new ICmpInst(Pred, X, ConstantInt::get(Ty, C - *C2));",
                  "  if (Pred == CmpInst::ICMP_ULT && Add->hasNoUnsignedWrap()) {\n    if (C2->ugt(C))\n      return replaceInstUsesWith(Cmp, ConstantInt::getFalse(Cmp.getType()));\n"
                  "    return new ICmpInst(Pred, X, ConstantInt::get(Ty, C - *C2));\n  }"),
             say("The test fails as expected (the fold produced `icmp ult i8 %x, -10`). I guarded the fold: when C1 > C2 it now returns false.")),
        turn("ugt compare then subtract is two ops on the same values – use APInt::usub_ov so the wrap check and the new constant come from one call",
             edit("/home/yuki/llvm-dsp/llvm/lib/Transforms/InstCombine/InstCombineCompares.cpp",
                  "    if (C2->ugt(C))\n      return replaceInstUsesWith(Cmp, ConstantInt::getFalse(Cmp.getType()));\n    return new ICmpInst(Pred, X, ConstantInt::get(Ty, C - *C2));",
                  "    bool Overflow;\n    APInt NewC = C.usub_ov(*C2, Overflow);\n    // X + C2 (nuw) >= C2 > C, so the compare is always false.\n"
                  "    if (Overflow)\n      return replaceInstUsesWith(Cmp, ConstantInt::getFalse(Cmp.getType()));\n    return new ICmpInst(Pred, X, ConstantInt::get(Ty, NewC));"),
             bash("ninja -C build opt >/dev/null && build/bin/llvm-lit -q llvm/test/Transforms/InstCombine", "\nTesting Time: 96.41s\n\nTotal Discovered Tests: 1893\n  Passed: 1893 (100.00%)", desc="Build opt and run InstCombine lit tests", ms=412000),
             bash("git add -A && git commit -qm '[InstCombine] Fold icmp ult (add nuw X, C1), C2 to false when C1 > C2' && git log --oneline -1",
                  "e7a40c2 [InstCombine] Fold icmp ult (add nuw X, C1), C2 to false when C1 > C2", desc="Commit"),
             say("Switched to `usub_ov`. All 1893 InstCombine lit tests pass, including the new one; committed as e7a40c2. The signed path is untouched.")),
    ],
)
