LABEL = dict(
    split="heldout5",
    persona="Scala developer on the pricing team of a concert ticketing company",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the object (FeeCalculator), the behaviours to cover (service fee, the per-order cap, the student discount) "
               "and the check (sbt test), but leaves the cases and boundaries to the agent; prompt 2 asks for one more case in general terms "
               "('what about free tickets?'): level 3, not 4, since no boundary, amount or acceptance "
               "criterion is named. Tests written as the goal: testing. Both `sbt test` runs pass, no failure: verified success."),
)

SESSION = dict(
    cwd="/home/lucia/work/pricing", start="2026-11-25T14:00:00Z", model="claude-sonnet-4-6", version="2.1.245",
    turns=[
        turn("FeeCalculator has no tests at all. Can you write ScalaTest specs for it covering the service fee, the per-order cap and the student discount? then sbt test",
             read("/home/lucia/work/pricing/src/main/scala/pricing/FeeCalculator.scala",
                  "package pricing\n\nobject FeeCalculator {\n  val ServiceFeeRate = BigDecimal(\"0.10\")\n  val OrderFeeCap = BigDecimal(\"25.00\")\n  val StudentDiscount = BigDecimal(\"0.15\")\n\n"
                  "  def fees(tickets: Seq[Ticket], student: Boolean): Fees = {\n    val face = tickets.map(_.price).sum\n    val discounted = if (student) face * (1 - StudentDiscount) else face\n"
                  "    val fee = (discounted * ServiceFeeRate).min(OrderFeeCap).setScale(2, BigDecimal.RoundingMode.HALF_UP)\n    Fees(face = discounted.setScale(2), service = fee, total = (discounted + fee).setScale(2))\n  }\n}"),
             write("/home/lucia/work/pricing/src/test/scala/pricing/FeeCalculatorSpec.scala",
                   "package pricing\n\nimport org.scalatest.funsuite.AnyFunSuite\n\nclass FeeCalculatorSpec extends AnyFunSuite {\n  private def t(p: String) = Ticket(BigDecimal(p))\n\n"
                   "  test(\"service fee is 10% of the face value\") {\n    assert(FeeCalculator.fees(Seq(t(\"40.00\"), t(\"40.00\")), student = false).service == BigDecimal(\"8.00\"))\n  }\n\n"
                   "  test(\"service fee is capped at 25.00 per order\") {\n    assert(FeeCalculator.fees(Seq.fill(4)(t(\"95.00\")), student = false).service == BigDecimal(\"25.00\"))\n  }\n\n"
                   "  test(\"fee just under the cap is not capped\") {\n    assert(FeeCalculator.fees(Seq(t(\"249.90\")), student = false).service == BigDecimal(\"24.99\"))\n  }\n\n"
                   "  test(\"student discount applies before the service fee\") {\n    val f = FeeCalculator.fees(Seq(t(\"60.00\")), student = true)\n"
                   "    assert(f.face == BigDecimal(\"51.00\") && f.service == BigDecimal(\"5.10\") && f.total == BigDecimal(\"56.10\"))\n  }\n\n"
                   "  test(\"fee rounds half up to the penny\") {\n    assert(FeeCalculator.fees(Seq(t(\"10.05\")), student = false).service == BigDecimal(\"1.01\"))\n  }\n}\n"),
             bash("sbt -batch test", "[info] FeeCalculatorSpec:\n[info] - service fee is 10% of the face value\n[info] - service fee is capped at 25.00 per order\n[info] - fee just under the cap is not capped\n"
                  "[info] - student discount applies before the service fee\n[info] - fee rounds half up to the penny\n[info] Tests: succeeded 5, failed 0, canceled 0, ignored 0, pending 0\n"
                  "[info] All tests passed.\n[success] Total time: 21 s", desc="Run the tests", ms=48000),
             say("`FeeCalculatorSpec` has 5 tests: the 10% fee, the 25.00 cap, a total just under the cap, the student discount applied before the fee, and half-up "
                 "rounding to the penny. All pass.")),
        turn("what about free tickets? we have comps for guest list",
             edit("/home/lucia/work/pricing/src/test/scala/pricing/FeeCalculatorSpec.scala", "  test(\"fee rounds half up to the penny\") {",
                  "  test(\"complimentary tickets carry no fee\") {\n    val f = FeeCalculator.fees(Seq(t(\"0.00\"), t(\"0.00\")), student = false)\n"
                  "    assert(f.service == BigDecimal(\"0.00\") && f.total == BigDecimal(\"0.00\"))\n  }\n\n"
                  "  test(\"a comp in a paid order does not change the fee\") {\n    assert(FeeCalculator.fees(Seq(t(\"0.00\"), t(\"30.00\")), student = false).service == BigDecimal(\"3.00\"))\n  }\n\n"
                  "  test(\"fee rounds half up to the penny\") {"),
             bash("sbt -batch \"testOnly pricing.FeeCalculatorSpec\"", "[info] Tests: succeeded 7, failed 0, canceled 0, ignored 0, pending 0\n[info] All tests passed.", desc="Run the spec", ms=31000),
             say("Added two comp cases: an all-comp order has no fee and a zero total, and a comp inside a paid order doesn't change the fee. 7 tests, all passing.")),
    ],
)
