LABEL = dict(
    split="heldout4",
    persona="Front-end developer on a Vue 3 booking app",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the component, the symptom (bookings show the day before for US users) and asks for a unit test, "
               "without naming the cause or how dates should be handled; prompt 2 asks to run the whole suite: level 3 (the reproducing-test ask is the one signal above 3). A bug "
               "repaired: fixing (the test is a means). The new test fails first (trouble), passes after the fix, and the full "
               "`vitest run` passes after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/home/tomas/code/bookit-web", start="2026-11-18T10:05:00Z", model="claude-sonnet-4-6", version="2.1.282", branch="fix/booking-date-offset",
    turns=[
        turn("Users in the US see their booking date one day early in BookingSummary.vue (booked the 14th, shows the 13th). Can you find why and fix it? "
             "Please add a unit test that reproduces it",
             read("/home/tomas/code/bookit-web/src/components/BookingSummary.vue",
                  "<script setup>\nconst props = defineProps({ booking: Object })\nconst day = new Date(props.booking.date).toLocaleDateString()\n</script>\n\n"
                  "<template>\n  <p class=\"booking-date\">{{ day }}</p>\n</template>"),
             grep("booking.date|\\.date =", path="src", content="src/api/bookings.js:18:    date: row.date, // 'YYYY-MM-DD' from the API\nsrc/components/BookingSummary.vue:3:const day = new Date(props.booking.date).toLocaleDateString()"),
             write("/home/tomas/code/bookit-web/src/components/__tests__/BookingSummary.spec.js",
                   "import { mount } from '@vue/test-utils'\nimport { describe, it, expect } from 'vitest'\nimport BookingSummary from '../BookingSummary.vue'\n\n"
                   "describe('BookingSummary', () => {\n  it('shows the booked calendar day in a timezone west of UTC', () => {\n"
                   "    const w = mount(BookingSummary, { props: { booking: { date: '2026-12-14' } } })\n    expect(w.find('.booking-date').text()).toBe('12/14/2026')\n  })\n})\n"),
             bash("TZ=America/Chicago npx vitest run src/components/__tests__/BookingSummary.spec.js", "", desc="Run the new test in a US timezone", code=1,
                  stderr=" FAIL  src/components/__tests__/BookingSummary.spec.js > BookingSummary > shows the booked calendar day in a timezone west of UTC\nAssertionError: expected '12/13/2026' to be '12/14/2026'\n\n Test Files  1 failed (1)\n      Tests  1 failed (1)\n"),
             edit("/home/tomas/code/bookit-web/src/components/BookingSummary.vue", "const day = new Date(props.booking.date).toLocaleDateString()",
                  "// 'YYYY-MM-DD' parses as UTC midnight, which is the previous evening west of UTC: build a local date.\nconst [y, m, d] = props.booking.date.split('-').map(Number)\nconst day = new Date(y, m - 1, d).toLocaleDateString()"),
             bash("TZ=America/Chicago npx vitest run src/components/__tests__/BookingSummary.spec.js", " ✓ src/components/__tests__/BookingSummary.spec.js (1)\n\n Test Files  1 passed (1)\n      Tests  1 passed (1)", desc="Rerun the test"),
             say("Cause: the API sends a plain date (`'2026-12-14'`), and `new Date('2026-12-14')` reads it as midnight **UTC**, which is the evening of the 13th in "
                 "the US. I now build the date from its parts as a local date. The new test (run with `TZ=America/Chicago`) failed before the fix and passes now.")),
        turn("nice. run the whole suite to make sure nothing else broke",
             bash("TZ=America/Chicago npx vitest run", " Test Files  23 passed (23)\n      Tests  141 passed (141)\n   Duration  6.84s", desc="Run all tests"),
             say("All 23 files, 141 tests pass (also run in the Chicago timezone).")),
    ],
)
