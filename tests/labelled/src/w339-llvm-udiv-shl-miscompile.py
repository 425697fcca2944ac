LABEL = dict(
    split="heldout11",
    persona="LLVM compiler engineer fixing an InstCombine miscompile",
    expertise_level=5, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 states the wrong fold and why it is wrong (the divisor's shl can wrap without nuw), points to the counterexample and the file, and designs the verification: a hand-written negative test shown to fail first, no update_test_checks on the whole file, then lit on InstCombine: level 5. "
               "A miscompile is repaired: fixing. The new test fails as intended before the fix (red): trouble; the InstCombine lit run then passes and the commit in prompt 2 succeeds: resolved, verified success."),
)

SESSION = dict(
    cwd="/home/mstrand/llvm-project", start="2027-01-21T08:40:00Z", model="claude-opus-4-6", version="2.1.257", branch="fix-udiv-shl-nuw",
    turns=[
        turn("miscompile in instcombine: udiv (shl nuw X, C), (shl Y, C) -> udiv X, Y. the divisor shl has no nuw so it can wrap, the fold is only valid with nuw on both. alive2 counterexample in /tmp/udiv-shl.txt. it's in InstCombineMulDivRem.cpp, somewhere in visitUDiv / commonIDivTransforms. add a negative test to llvm/test/Transforms/InstCombine/div-shift.ll first (hand-written CHECKs, don't rerun update_test_checks on the whole file), show me it fails, then fix and run lit on InstCombine",
             read("/tmp/udiv-shl.txt",
                  "----------------------------------------\ndefine i8 @src(i8 %x, i8 %y) {\n  %a = shl nuw i8 %x, 4\n  %b = shl i8 %y, 4\n  %r = udiv i8 %a, %b\n  ret i8 %r\n}\n=>\ndefine i8 @tgt(i8 %x, i8 %y) {\n  %r = udiv i8 %x, %y\n  ret i8 %r\n}\nTransformation doesn't verify!\n\nERROR: Value mismatch\n\nExample:\ni8 %x = #x0f (15)\ni8 %y = #x11 (17)\n\nSource:\ni8 %a = #xf0 (240)\ni8 %b = #x10 (16)\ni8 %r = #x0f (15)\n\nTarget:\ni8 %r = #x00 (0)"),
             grep("m_NUWShl|m_Shl\\(m_Value\\(X\\)", path="llvm/lib/Transforms/InstCombine/InstCombineMulDivRem.cpp",
                  content="1187:  // (X << Z) / (Y << Z) --> X / Y\n1188:  if (match(Op0, m_Shl(m_Value(X), m_Value(Z))) &&\n1189:      match(Op1, m_Shl(m_Value(Y), m_Specific(Z)))) {\n1190:    auto *Shl0 = cast<OverflowingBinaryOperator>(Op0);\n1191:    auto *Shl1 = cast<OverflowingBinaryOperator>(Op1);\n1192:    if (IsSigned ? (Shl0->hasNoSignedWrap() && Shl1->hasNoSignedWrap())\n1193:                 : Shl0->hasNoUnsignedWrap()) {"),
             edit("/home/mstrand/llvm-project/llvm/test/Transforms/InstCombine/div-shift.ll",
                  "define i8 @udiv_shl_shl_nuw_nuw(i8 %x, i8 %y, i8 %z) {",
                  "; Negative test: the divisor shl may wrap, so the shifts cannot be cancelled.\ndefine i8 @udiv_shl_nuw_shl_no_nuw(i8 %x, i8 %y) {\n; CHECK-LABEL: @udiv_shl_nuw_shl_no_nuw(\n; CHECK-NEXT:    [[A:%.*]] = shl nuw i8 [[X:%.*]], 4\n; CHECK-NEXT:    [[B:%.*]] = shl i8 [[Y:%.*]], 4\n; CHECK-NEXT:    [[R:%.*]] = udiv i8 [[A]], [[B]]\n; CHECK-NEXT:    ret i8 [[R]]\n;\n  %a = shl nuw i8 %x, 4\n  %b = shl i8 %y, 4\n  %r = udiv i8 %a, %b\n  ret i8 %r\n}\n\ndefine i8 @udiv_shl_shl_nuw_nuw(i8 %x, i8 %y, i8 %z) {"),
             bash("./build/bin/llvm-lit -v llvm/test/Transforms/InstCombine/div-shift.ll 2>&1 | grep -E 'error:|CHECK-NEXT|^FAIL|^PASS|Failed|Passed' | head -8",
                  "FAIL: LLVM :: Transforms/InstCombine/div-shift.ll (1 of 1)\ndiv-shift.ll:412:15: error: CHECK-NEXT: expected string not found in input\n; CHECK-NEXT: [[A:%.*]] = shl nuw i8 [[X:%.*]], 4\n  Failed: 1",
                  code=1, desc="Run the new negative test (expected to fail)", ms=2100),
             say("Red as expected: with the current code the function folds to `udiv i8 %x, %y`, so the first CHECK-NEXT after the label doesn't match. The guard on line 1192 checks nuw only on `Shl0` in the unsigned case. Fixing that now."),
             edit("/home/mstrand/llvm-project/llvm/lib/Transforms/InstCombine/InstCombineMulDivRem.cpp",
                  "    if (IsSigned ? (Shl0->hasNoSignedWrap() && Shl1->hasNoSignedWrap())\n                 : Shl0->hasNoUnsignedWrap()) {",
                  "    if (IsSigned ? (Shl0->hasNoSignedWrap() && Shl1->hasNoSignedWrap())\n                 : (Shl0->hasNoUnsignedWrap() && Shl1->hasNoUnsignedWrap())) {"),
             bash("ninja -C build opt >/dev/null && ./build/bin/llvm-lit -q llvm/test/Transforms/InstCombine 2>&1 | tail -3",
                  "\nTesting Time: 96.41s\n  Passed: 1683",
                  desc="Rebuild opt and run the InstCombine lit tests", ms=212000),
             say("Fixed: the unsigned branch now requires `nuw` on both shifts (`Shl0` and `Shl1`), matching the signed branch's nsw-on-both. The new negative test `@udiv_shl_nuw_shl_no_nuw` passes, and the whole `Transforms/InstCombine` lit suite passes (1683 tests). "
                 "I only added the one function to div-shift.ll, with hand-written CHECKs; the rest of the file is untouched.")),
        turn("good. srem/sdiv variant of the same shape is guarded with nsw on both? if so commit, message \"[InstCombine] Require nuw on both shl operands in udiv fold\"",
             grep("IsSigned \\?", path="llvm/lib/Transforms/InstCombine/InstCombineMulDivRem.cpp",
                  content="1192:    if (IsSigned ? (Shl0->hasNoSignedWrap() && Shl1->hasNoSignedWrap())\n1424:      bool HasNSW = IsSigned ? cast<OverflowingBinaryOperator>(Op0)->hasNoSignedWrap() &&\n1425:                               cast<OverflowingBinaryOperator>(Op1)->hasNoSignedWrap()"),
             bash("git add llvm/lib/Transforms/InstCombine/InstCombineMulDivRem.cpp llvm/test/Transforms/InstCombine/div-shift.ll && git commit -q -m \"[InstCombine] Require nuw on both shl operands in udiv fold\" && git log --oneline -1",
                  "5b3e1f7a2c90 [InstCombine] Require nuw on both shl operands in udiv fold",
                  desc="Commit the fix and test"),
             say("Yes: the signed path (line 1192, shared by sdiv via `commonIDivTransforms`) already requires nsw on both, and the srem fold at 1424–1425 does too. Committed as 5b3e1f7a2c90.")),
    ],
)
