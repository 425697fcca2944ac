LABEL = dict(
    split="heldout8",
    persona="Front-end developer on a SvelteKit events listing site",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the page (/events), the symptom (times flash and change after load, a hydration warning) and asks for `npm run check` "
               "and the tests, leaving the cause to the agent: level 3 (prompt 2, 'keep it in the venue timezone … each event has venue.tz', answers the agent's question with a field name rather than correcting it). "
               "Broken behaviour repaired: fixing. `npm run check` first fails on a type error (trouble); after the fix `npm run check` passes and "
               "`npm test` passes, evidence after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/home/ana/dev/gigs-web", start="2026-11-21T10:30:00Z", model="claude-sonnet-4-6", version="2.1.240", branch="fix/event-times",
    turns=[
        turn("on /events the start times flash and change about half a second after the page loads, and theres a hydration mismatch warning in the console. "
             "can you figure out why? run npm run check and the tests after",
             grep("toLocaleTimeString", path="/home/ana/dev/gigs-web/src", content="src/lib/components/EventRow.svelte:9:  const time = new Date(event.startsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })"),
             read("/home/ana/dev/gigs-web/src/lib/components/EventRow.svelte",
                  "<script lang=\"ts\">\n  import type { Event } from '$lib/types'\n  export let event: Event\n\n\n\n\n\n  const time = new Date(event.startsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })\n</script>\n\n<li>{event.title} · {time}</li>"),
             say("Cause: `toLocaleTimeString([])` uses the *runtime's* locale and timezone. On the server (UTC) it renders e.g. 19:30; in the browser it re-renders in the visitor's "
                 "zone (20:30 in Berlin), so Svelte sees different text on hydration and the time jumps. Fix options: format in one fixed timezone on both sides, or only "
                 "format on the client. Which should the time be shown in?")),
        turn("keep it in the venue timezone, not the user's. each event has venue.tz",
             edit("/home/ana/dev/gigs-web/src/lib/components/EventRow.svelte",
                  "  const time = new Date(event.startsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })",
                  "  // Format in the venue's zone on server and client alike, so hydration sees the same text.\n"
                  "  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: event.venue.tz }).format(new Date(event.startsAt))"),
             bash("npm run check", "> gigs-web@0.9.2 check\n> svelte-kit sync && svelte-check --tsconfig ./tsconfig.json\n\n/home/ana/dev/gigs-web/src/lib/components/EventRow.svelte:10:107\nError: Property 'venue' does not exist on type 'Event'. \n\n"
                  "====================================\nsvelte-check found 1 error and 0 warnings in 1 file", code=1, desc="Type-check", ms=9000),
             read("/home/ana/dev/gigs-web/src/lib/types.ts", "export interface Venue { id: string; name: string; tz: string }\nexport interface Event { id: string; title: string; startsAt: string; venueId: string }"),
             grep("venue", path="/home/ana/dev/gigs-web/src/routes/events/+page.server.ts", content="src/routes/events/+page.server.ts:12:    .select('id, title, startsAt:starts_at, venueId:venue_id, venue:venues(id, name, tz)')"),
             edit("/home/ana/dev/gigs-web/src/lib/types.ts", "export interface Event { id: string; title: string; startsAt: string; venueId: string }",
                  "export interface Event { id: string; title: string; startsAt: string; venueId: string; venue: Venue }"),
             bash("npm run check && npm test -- --run", "svelte-check found 0 errors and 0 warnings\n\n> gigs-web@0.9.2 test\n> vitest --run\n\n ✓ src/lib/components/EventRow.test.ts (3 tests)\n ✓ src/lib/dates.test.ts (8 tests)\n\n Test Files  2 passed (2)\n      Tests  11 passed (11)", desc="Type-check and run the tests", ms=15000),
             say("Times are now formatted in `event.venue.tz` on both server and client, so the SSR text and the hydrated text match and the jump is gone. "
                 "The page query already loaded `venue`, but the `Event` type didn't declare it – `svelte-check` caught that; I added it. Check is clean and all 11 tests pass.")),
    ],
)
