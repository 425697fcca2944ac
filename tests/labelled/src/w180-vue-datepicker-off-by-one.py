LABEL = dict(
    split="heldout6",
    persona="Frontend developer on a Vue 3 holiday-lettings booking site",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the component (DateRangePicker.vue), the symptom (dates a day early for US users) and asks for the Vitest suite to be run, "
               "leaving the cause and the reproducing test to the agent; prompt 2 agrees with the agent's fix and adds one constraint (no date library): level 3. Broken behaviour repaired: fixing. The new test fails first "
               "(trouble), and after the fix `npx vitest run` passes: verified success."),
)

SESSION = dict(
    cwd="/home/ines/work/lettings-web", start="2026-12-01T15:45:00Z", model="claude-sonnet-4-6", version="2.1.245", branch="fix/checkout-date",
    turns=[
        turn("Users in the US say the checkout date in DateRangePicker.vue shows one day early after they pick it. Can't reproduce here (London). Can you find out why and fix "
             "it? Run the vitest suite after.",
             read("/home/ines/work/lettings-web/src/components/DateRangePicker.vue",
                  "<script setup lang=\"ts\">\nconst props = defineProps<{ modelValue: { from: string; to: string } }>()\nconst emit = defineEmits(['update:modelValue'])\n"
                  "function pick(from: string, to: string) {\n  emit('update:modelValue', { from: new Date(from).toISOString().slice(0, 10), to: new Date(to).toISOString().slice(0, 10) })\n}\n</script>"),
             write("/home/ines/work/lettings-web/src/components/__tests__/DateRangePicker.tz.spec.ts",
                   "import { describe, it, expect, vi } from 'vitest'\nimport { mount } from '@vue/test-utils'\nimport DateRangePicker from '../DateRangePicker.vue'\n\n"
                   "describe('DateRangePicker outside UTC', () => {\n  it('keeps the picked calendar dates in America/Chicago', async () => {\n    vi.stubEnv('TZ', 'America/Chicago')\n"
                   "    const w = mount(DateRangePicker, { props: { modelValue: { from: '', to: '' } } })\n    await w.vm.pick('2026-12-20', '2026-12-27')\n"
                   "    expect(w.emitted('update:modelValue')![0][0]).toEqual({ from: '2026-12-20', to: '2026-12-27' })\n  })\n})\n"),
             bash("TZ=America/Chicago npx vitest run src/components/__tests__/DateRangePicker.tz.spec.ts", "", desc="Run the new test", code=1, ms=5200,
                  stderr=" FAIL  src/components/__tests__/DateRangePicker.tz.spec.ts > DateRangePicker outside UTC > keeps the picked calendar dates in America/Chicago\n"
                         "AssertionError: expected { from: '2026-12-19', to: '2026-12-26' } to deeply equal { from: '2026-12-20', to: '2026-12-27' }\n Test Files  1 failed (1)\n"),
             say("Reproduced: in Chicago both emitted dates are a day early. The picker round-trips the picked day through `new Date(...)` and `toISOString()`, which switches between local and UTC time, so the calendar day moves. The fix is to format the local date.")),
        turn("right, just format in local time, don't pull in a date library for this",
             edit("/home/ines/work/lettings-web/src/components/DateRangePicker.vue",
                  "  emit('update:modelValue', { from: new Date(from).toISOString().slice(0, 10), to: new Date(to).toISOString().slice(0, 10) })",
                  "  emit('update:modelValue', { from: localDay(new Date(from)), to: localDay(new Date(to)) })\n}\n\n// toISOString() is UTC and shifts the day outside UTC; format the local calendar date.\n"
                  "function localDay(d: Date): string {\n  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`"),
             bash("TZ=America/Chicago npx vitest run", " Test Files  31 passed (31)\n      Tests  214 passed (214)\n   Duration  7.92s", desc="Run the suite in Chicago time", ms=9100),
             say("No library: a small `localDay()` formats the local calendar date. The new test and the whole suite (214 tests) pass with TZ=America/Chicago.")),
    ],
)
