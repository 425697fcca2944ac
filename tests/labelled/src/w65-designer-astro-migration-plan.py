LABEL = dict(
    split="heldout2",
    persona="Design engineer who maintains a SaaS company's marketing site",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the move (Gatsby to Astro), what the plan must cover (pages, plugins relied on, risks) "
               "and the scope (don't edit anything), but no criteria or order; prompt 2 asks to split a phase into smaller "
               "tasks: level 3. The agent read the repo and produced a plan (ExitPlanMode) and a task list (TodoWrite) "
               "with no edits, so planning. No failures and no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/noor/code/brightpath-www", start="2026-05-21T09:40:00Z", model="claude-opus-4-7", version="2.1.252",
    mode="plan",
    turns=[
        turn("We want to move our marketing site from Gatsby to Astro this quarter. Before anything changes, look "
             "through the repo and give me a migration plan: which pages we have, which Gatsby plugins we actually "
             "rely on, and what's risky. Don't edit anything yet.",
             par(read("/Users/noor/code/brightpath-www/package.json",
                      "{\n  \"dependencies\": {\n    \"gatsby\": \"^5.13.3\",\n    \"gatsby-plugin-image\": \"^3.13.1\",\n    \"gatsby-plugin-mdx\": \"^5.13.1\",\n"
                      "    \"gatsby-plugin-sitemap\": \"^6.13.1\",\n    \"gatsby-plugin-react-helmet\": \"^6.13.1\",\n    \"gatsby-source-contentful\": \"^8.13.2\",\n"
                      "    \"gatsby-plugin-google-tagmanager\": \"^5.13.1\",\n    \"gatsby-plugin-netlify\": \"^5.1.1\",\n    \"react\": \"^18.2.0\"\n  }\n}\n"),
                 glob("src/pages/**/*", ["src/pages/index.tsx", "src/pages/pricing.tsx", "src/pages/about.tsx", "src/pages/careers.tsx",
                                         "src/pages/contact.tsx", "src/pages/legal/privacy.mdx", "src/pages/legal/terms.mdx", "src/pages/404.tsx"]),
                 read("/Users/noor/code/brightpath-www/gatsby-node.js",
                      "exports.createPages = async ({ graphql, actions }) => {\n  const { data } = await graphql(`{ allContentfulBlogPost { nodes { slug } } allContentfulCustomerStory { nodes { slug } } }`)\n"
                      "  data.allContentfulBlogPost.nodes.forEach(n => actions.createPage({ path: `/blog/${n.slug}`, component: require.resolve('./src/templates/post.tsx'), context: { slug: n.slug } }))\n"
                      "  data.allContentfulCustomerStory.nodes.forEach(n => actions.createPage({ path: `/customers/${n.slug}`, component: require.resolve('./src/templates/story.tsx'), context: { slug: n.slug } }))\n"
                      "  actions.createRedirect({ fromPath: '/features', toPath: '/product', isPermanent: true })\n}\n"),
                 pre="I'll go through the repo read-only."),
             par(grep("GatsbyImage|StaticImage", path="/Users/noor/code/brightpath-www/src", files=["src/components/Hero.tsx", "src/components/LogoWall.tsx", "src/templates/post.tsx", "src/templates/story.tsx", "src/pages/about.tsx"]),
                 grep("useStaticQuery|graphql`", path="/Users/noor/code/brightpath-www/src", files=["src/components/Seo.tsx", "src/components/Footer.tsx", "src/templates/post.tsx", "src/templates/story.tsx", "src/pages/careers.tsx"]),
                 read("/Users/noor/code/brightpath-www/netlify.toml", "[[plugins]]\n  package = \"@netlify/plugin-gatsby\"\n\n[[redirects]]\n  from = \"/docs/*\"\n  to = \"https://docs.brightpath.io/:splat\"\n  status = 301\n")),
             plan("# Gatsby → Astro migration plan (brightpath-www)\n\n## What exists\n- 8 pages in `src/pages` (index, pricing, about, careers, contact, 404, two MDX legal pages)\n"
                  "- Generated pages: `/blog/:slug` and `/customers/:slug` from Contentful (`gatsby-node.js`)\n- Redirects: `/features → /product` (gatsby-node), `/docs/* → docs site` (netlify.toml)\n\n"
                  "## Plugins and their Astro equivalents\n| Gatsby | Astro |\n|---|---|\n| gatsby-source-contentful | contentful JS client in content collections / getStaticPaths |\n"
                  "| gatsby-plugin-image (5 files) | astro:assets `<Image>` (Contentful images via its URL API) |\n| gatsby-plugin-mdx | @astrojs/mdx |\n"
                  "| gatsby-plugin-sitemap | @astrojs/sitemap |\n| react-helmet | `<head>` in a layout |\n| google-tagmanager | a GTM snippet in the base layout |\n| gatsby-plugin-netlify | @astrojs/netlify |\n\n"
                  "## Phases\n1. Scaffold Astro beside Gatsby; base layout, SEO, GTM; React components kept as islands where interactive\n"
                  "2. Port static pages and MDX legal pages\n3. Contentful: blog and customer stories via getStaticPaths; image handling\n"
                  "4. Redirects, sitemap, 404; URL parity check against the current sitemap\n5. Switch Netlify build; keep Gatsby branch for rollback\n\n"
                  "## Risks\n- **Images**: gatsby-plugin-image's blur-up placeholders and art direction have no one-to-one equivalent; LCP may regress on Hero\n"
                  "- **GraphQL queries** in 5 files must be rewritten as plain fetches\n- **URL parity**: any slug or trailing-slash difference loses SEO; diff the sitemaps before switching\n"
                  "- **Careers page** pulls jobs at build time via useStaticQuery from a Contentful list; check it is not also client-fetched\n- **Preview**: editors lose Gatsby preview; Astro needs a preview route or SSR for drafts",
                  "/Users/noor/.claude/plans/brightpath-astro-migration.md"),
             say("The plan is above and saved to `~/.claude/plans/brightpath-astro-migration.md`. Nothing in the repo was "
                 "changed. The biggest risks are **images** (5 files use gatsby-plugin-image, and Hero is on every "
                 "landing page) and **URL parity** for the Contentful-generated blog and customer pages.")),
        turn("can you break phase 3 into smaller tasks we can put in linear",
             todo([("Contentful client module with env-based space/token and a typed fetch helper", "pending"),
                   ("Blog index page: list posts with pagination (same page size and URL scheme as Gatsby)", "pending"),
                   ("Blog post route /blog/[slug] with getStaticPaths over all published posts", "pending"),
                   ("Rich text rendering for post bodies (@contentful/rich-text-html-renderer, embedded assets and entries)", "pending"),
                   ("Customer story route /customers/[slug] with getStaticPaths", "pending"),
                   ("Contentful images through astro:assets with width/format params; placeholder strategy for Hero and post covers", "pending"),
                   ("Draft preview: a preview route or on-demand rendering for editors", "pending"),
                   ("Compare generated URLs with the current sitemap (no missing or renamed slugs)", "pending")]),
             say("Phase 3 broken into 8 tasks (in the todo list above), each about a day or less. The last one, comparing "
                 "URLs with the current sitemap, should block the switch in phase 5.")),
    ],
)
