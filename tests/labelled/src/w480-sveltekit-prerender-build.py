LABEL = dict(
    split="heldout16",
    persona="SvelteKit developer whose production build fails while prerendering the blog",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 pastes the build error and names the route and the recent change (tag pages), asking to get `npm run build` green; prompt 2 is a general steer ('dont turn off prerender for the whole blog') and prompt 3 asks for a commit: level 3. "
               "The session repairs a failing build: fixing. The agent's first `npm run build` fails the same way (trouble); after the fix the build passes and the commit succeeds after it: verified success."),
)

SESSION = dict(
    cwd="/home/tom/dev/dev-blog", start="2026-11-27T15:30:00Z", model="claude-opus-4-6", version="2.1.248", branch="main",
    turns=[
        turn("npm run build is failing since I added the tag pages (src/routes/blog/tags/[tag]). vercel deploy is red. error:\n\nError: 500 /blog/tags/sveltekit\nTypeError: Cannot read properties of undefined (reading 'map')\n    at load (src/routes/blog/tags/[tag]/+page.ts:9:27)\n\ncan you get the build green",
             bash("npm run build 2>&1 | tail -12", "vite v5.4.11 building SSR bundle for production...\n✓ 412 modules transformed.\n\nError: 500 /blog/tags/sveltekit\nTypeError: Cannot read properties of undefined (reading 'map')\n    at load (src/routes/blog/tags/[tag]/+page.ts:9:27)\n\n> Building failed: prerendering /blog/tags/sveltekit (linked from /blog/svelte-5-runes)", code=1, desc="Reproduce the build failure", ms=21000),
             par(read("/home/tom/dev/dev-blog/src/routes/blog/tags/[tag]/+page.ts", "import type { PageLoad } from './$types';\n\nexport const prerender = true;\n\nexport const load: PageLoad = async ({ params, fetch }) => {\n  const res = await fetch('/api/posts');\n  const posts = await res.json();\n  return {\n    posts: posts.items.map((p) => p).filter((p) => p.tags.includes(params.tag)),\n    tag: params.tag\n  };\n};\n"),
                 read("/home/tom/dev/dev-blog/src/routes/api/posts/+server.ts", "import { json } from '@sveltejs/kit';\nimport { getPosts } from '$lib/posts';\n\nexport const prerender = true;\n\nexport async function GET() {\n  return json(await getPosts());\n}\n"),
                 read("/home/tom/dev/dev-blog/src/lib/posts.ts", "export async function getPosts() {\n  const files = import.meta.glob('/src/posts/*.md', { eager: true });\n  return Object.entries(files).map(([path, f]: any) => ({ slug: path.split('/').pop().replace('.md', ''), ...f.metadata }))\n    .sort((a, b) => +new Date(b.date) - +new Date(a.date));\n}\n")),
             say("Found it: `/api/posts` returns a plain **array** (`getPosts()` returns `[...]`), but the tag page reads `posts.items`, which is `undefined`, hence `.map` of undefined. The blog index probably uses the array directly. Two ways to fix: read the array in the tag page, or (simpler and faster at build time) skip the API hop and import `getPosts()` in a `+page.server.ts`. Also, the tags are only discovered from links; a tag nobody links to won't be prerendered, so I'd add `entries()`. Shall I do the server-load version?")),
        turn("yes server load is fine. dont turn off prerender for the whole blog though, the post pages have to stay static",
             bash("git rm -q src/routes/blog/tags/[tag]/+page.ts", "", desc="Remove the universal load"),
             write("/home/tom/dev/dev-blog/src/routes/blog/tags/[tag]/+page.server.ts",
                   "import { error } from '@sveltejs/kit';\nimport { getPosts } from '$lib/posts';\nimport type { PageServerLoad, EntryGenerator } from './$types';\n\nexport const prerender = true;\n\nexport const entries: EntryGenerator = async () => {\n  const tags = new Set((await getPosts()).flatMap((p) => p.tags ?? []));\n  return [...tags].map((tag) => ({ tag }));\n};\n\nexport const load: PageServerLoad = async ({ params }) => {\n  const posts = (await getPosts()).filter((p) => (p.tags ?? []).includes(params.tag));\n  if (!posts.length) error(404, `No posts tagged ${params.tag}`);\n  return { posts, tag: params.tag };\n};\n"),
             bash("npm run build 2>&1 | tail -6", "✓ built in 9.84s\n\nRun npm run preview to preview your production build locally.\n\n> Using @sveltejs/adapter-vercel\n  ✔ done", desc="Build again", ms=24000),
             bash("ls .vercel/output/static/blog/tags/", "css.html\nperformance.html\nrust.html\nsveltekit.html\ntypescript.html", desc="Check the tag pages were prerendered"),
             say("Build is green. The tag page now loads in `+page.server.ts` straight from `getPosts()` (same data as `/api/posts`, no `.items`), with `entries()` listing every tag so all five tag pages are prerendered, linked or not. Prerender is still on only where it was; the post pages are untouched. Empty tags 404.")),
        turn("great, commit pls",
             bash("git add -A src/routes/blog/tags && git commit -m \"Fix tag pages prerender: load posts server-side, list tag entries\"", "[main 9d03f7a] Fix tag pages prerender: load posts server-side, list tag entries\n 2 files changed, 17 insertions(+), 12 deletions(-)\n delete mode 100644 src/routes/blog/tags/[tag]/+page.ts\n create mode 100644 src/routes/blog/tags/[tag]/+page.server.ts", desc="Commit the fix"),
             say("Committed `9d03f7a` on `main`. Push when ready and Vercel should go green.")),
    ],
)
