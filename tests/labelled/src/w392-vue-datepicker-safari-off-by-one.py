LABEL = dict(
    split="heldout13",
    persona="Vue.js front-end developer fixing a date picker bug in Safari",
    expertise_level=3, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the component (BookingDatePicker.vue), the symptom and where it happens (Safari only, users in the US), leaving the cause to the agent and asking for no check; prompt 2 reports the fix did not work ('still one day early in safari') with the logged input and the shown label, a specific report rather than 'still wrong'. Borderline 2/3, the specific report decides: level 3. "
               "Broken behaviour is worked on: fixing. The agent cannot run Safari, its `npm run build` succeeds, but prompt 2 is a failure report on the first fix, and the second change is never checked by a test run, commit or the user: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/lea/work/shop-frontend", start="2026-11-27T16:02:00Z", model="claude-sonnet-4-6", version="2.1.248", branch="fix/datepicker-safari",
    turns=[
        turn("BookingDatePicker.vue shows the selected date one day early in Safari, only for people in the US apparently. chrome fine. can you find it",
             read("/Users/lea/work/shop-frontend/src/components/BookingDatePicker.vue", "<script setup lang=\"ts\">\nimport { computed } from 'vue'\nconst props = defineProps<{ modelValue: string }>() // 'YYYY-MM-DD' from the API\nconst emit = defineEmits<{ (e: 'update:modelValue', v: string): void }>()\n\nconst label = computed(() =>\n  new Date(props.modelValue).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })\n)\nfunction pick(d: Date) {\n  emit('update:modelValue', d.toISOString().slice(0, 10))\n}\n</script>\n\n<template>\n  <button class=\"dp\">{{ label }}</button>\n</template>"),
             edit("/Users/lea/work/shop-frontend/src/components/BookingDatePicker.vue", "  new Date(props.modelValue).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })",
                  "  new Date(props.modelValue + 'T00:00:00').toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })"),
             bash("npm run build", "\n> shop-frontend@0.14.0 build\n> vue-tsc -b && vite build\n\nvite v5.4.11 building for production...\n✓ 412 modules transformed.\ndist/index.html                   0.46 kB\ndist/assets/index-D8f2kq1x.js   187.22 kB │ gzip: 61.03 kB\n✓ built in 3.21s", desc="Type-check and build", ms=9800),
             say("`new Date('2026-12-09')` parses a date-only string as **UTC midnight**, which is still the 8th in US time zones, so the label showed the day before. Appending `T00:00:00` makes it local midnight. Builds cleanly; I can't run Safari here, so please check it there.")),
        turn("still one day early in safari. console.log(props.modelValue) gives 2026-12-09 and the button says Mon, Dec 8",
             edit("/Users/lea/work/shop-frontend/src/components/BookingDatePicker.vue", "  new Date(props.modelValue + 'T00:00:00').toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })",
                  "  (() => { const [y, m, d] = props.modelValue.split('-').map(Number); return new Date(y, m - 1, d) })()\n    .toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })"),
             edit("/Users/lea/work/shop-frontend/src/components/BookingDatePicker.vue", "  emit('update:modelValue', d.toISOString().slice(0, 10))",
                  "  const p = (n: number) => String(n).padStart(2, '0')\n  emit('update:modelValue', `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`)"),
             say("Then it's not only the parse. I've stopped going through string parsing at all: the label now builds the date from its parts with `new Date(y, m - 1, d)` (always local), and `pick` formats the local date instead of `toISOString()` (which converts to UTC and could also shift a day in the other direction). Can you try it in Safari again?")),
    ],
)
