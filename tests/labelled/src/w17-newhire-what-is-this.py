LABEL = dict(
    split="heldout",
    persona="Junior developer (bootcamp graduate) on day two at an agency",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is an open orientation question that names nothing and sets no scope; prompt 2 asks how to "
               "run it on a wrong assumption, and the agent corrects the user (it's not React, it's Vue with Nuxt); no "
               "checks asked: level 1 (correction direction decides between 1 and 2). The "
               "agent only read files and ran nothing that changed state, so exploring. No failures, no evidence."),
)

SESSION = dict(
    cwd="/Users/tariq/work/client-portal", start="2026-01-13T10:20:00Z", model="claude-sonnet-4-6", version="2.1.202",
    turns=[
        turn("I just joined and they gave me this repo. what does this project do and where should I start looking?",
             par(read("/Users/tariq/work/client-portal/README.md", "# Client Portal\n\nInternal portal where our clients see project status and invoices.\n"),
                 read("/Users/tariq/work/client-portal/package.json", "{\n  \"name\": \"client-portal\",\n  \"scripts\": { \"dev\": \"nuxt dev\", \"build\": \"nuxt build\", \"test\": \"vitest\" },\n  \"dependencies\": { \"nuxt\": \"^3.13.0\", \"@pinia/nuxt\": \"^0.5.4\" }\n}"),
                 glob("**/*.vue", ["pages/index.vue", "pages/projects/[id].vue", "pages/invoices/index.vue", "components/StatusBadge.vue", "layouts/default.vue"]),
                 pre="Let me get an overview of the project."),
             par(read("/Users/tariq/work/client-portal/pages/projects/[id].vue", "<script setup lang=\"ts\">\nconst route = useRoute()\nconst { data: project } = await useFetch(`/api/projects/${route.params.id}`)\n</script>"),
                 glob("server/api/**/*.ts", ["server/api/projects/[id].get.ts", "server/api/invoices/index.get.ts", "server/api/auth/login.post.ts"])),
             say("**What it is:** a client portal where your agency's clients log in to see their project status and "
                 "invoices. It's a **Nuxt 3** app (Vue), with Pinia for state.\n\n**How it's laid out:**\n- `pages/` "
                 "holds one file per screen. Nuxt builds the URLs from the folder names, so "
                 "`pages/projects/[id].vue` is `/projects/123`.\n- `components/` holds reusable pieces like "
                 "`StatusBadge.vue`.\n- `server/api/` is the backend: `projects/[id].get.ts` answers "
                 "`GET /api/projects/:id`.\n\n**Where to start:** open `pages/projects/[id].vue` and follow its "
                 "`useFetch('/api/projects/…')` call into `server/api/projects/[id].get.ts`. That one page shows "
                 "the whole pattern.")),
        turn("ok. how do I run it? is it npm start like react",
             read("/Users/tariq/work/client-portal/.env.example", "NUXT_API_BASE=http://localhost:8080\nNUXT_SESSION_SECRET=change-me"),
             say("It isn't React, and there's no `npm start` script. It's Vue with Nuxt, and the script is `dev`:\n\n"
                 "```sh\nnpm install\ncp .env.example .env\nnpm run dev\n```\n\nThen open http://localhost:3000. "
                 "`.env.example` points the API at `localhost:8080`, so you'll probably need the backend running "
                 "too. It's worth asking your team which repo that is.")),
    ],
)
