LABEL = dict(
    split="heldout19",
    persona="front-end developer getting a Gatsby site's Netlify build running again after a Node upgrade",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 pastes the Netlify failure and names the change behind it (Netlify moved the site to Node 22) and the check wanted (a local `gatsby build` on the same Node), but leaves the approach open; prompt 2 is a general steer ('dont upgrade gatsby now, just pin it'): level 3. "
               "The work is the build environment: the Node version pinned in netlify.toml and .nvmrc and a clean build run: operating. "
               "The local build on Node 22 fails (sharp, exit 1) and is retried after a reinstall (trouble); the build then succeeds on Node 20, but a build is not a test, there is no commit, and prompt 3 ('ill push it after lunch and see what netlify does') is not a confirmation, so the trouble is unresolved: abandoned."),
)

SESSION = dict(
    cwd="/Users/rosa/code/fernhill-site", start="2026-11-30T11:20:00Z", model="claude-sonnet-4-5", version="2.1.236", branch="main",
    turns=[
        turn("netlify deploys are failing since they bumped the site to node 22:\n\n12:04:31 PM: error \"sharp\" is not a supported module on this platform (node 22.11.0, abi 127)\n12:04:31 PM: Something went wrong installing the \"sharp\" module\n12:04:32 PM: ​ Build script returned non-zero exit code: 2\n\nreproduce locally with gatsby build on the same node first",
             bash("cd /Users/rosa/code/fernhill-site && node -v && grep -E '\"gatsby\"|gatsby-plugin-sharp|\"sharp\"' package.json && cat netlify.toml", "v22.11.0\n    \"gatsby\": \"^4.25.7\",\n    \"gatsby-plugin-sharp\": \"^4.25.1\",\n[build]\n  command = \"gatsby build\"\n  publish = \"public\"", desc="Node version and Gatsby deps"),
             bash("cd /Users/rosa/code/fernhill-site && npx gatsby build 2>&1 | tail -6", "success load gatsby config - 0.041s\nsuccess load plugins - 0.512s\nerror \"sharp\" is not a supported module on this platform (node 22.11.0, abi 127)\n\n  Error: Something went wrong installing the \"sharp\" module\n  Cannot find module '../build/Release/sharp-darwin-arm64v8.node'", code=1, desc="Reproduce the build failure", ms=21000),
             bash("cd /Users/rosa/code/fernhill-site && rm -rf node_modules/sharp && npm rebuild sharp 2>&1 | tail -2 && npx gatsby build 2>&1 | tail -3", "prebuild-install warn install No prebuilt binaries found (target=22.11.0 runtime=node arch=arm64 libc= platform=darwin)\ngyp ERR! build error\nerror \"sharp\" is not a supported module on this platform (node 22.11.0, abi 127)\n  Error: Something went wrong installing the \"sharp\" module", code=1, desc="Rebuild sharp and retry", ms=63000),
             say("Reproduced: on Node 22 the `sharp` 0.30 that `gatsby-plugin-sharp@4` pulls in has no prebuilt binary, and building it from source fails too.\n\nTwo ways out:\n1. **Pin Node 20** for the build (`NODE_VERSION` in netlify.toml plus `.nvmrc`). Quick, and Gatsby 4 supports Node 18/20.\n2. **Upgrade to Gatsby 5** and `gatsby-plugin-sharp@5`, which use a sharp with Node 22 binaries. That's a bigger change (React 18, GraphQL typegen changes).\n\nWhich one?")),
        turn("dont upgrade gatsby now, just pin it",
             edit("/Users/rosa/code/fernhill-site/netlify.toml", "[build]\n  command = \"gatsby build\"\n  publish = \"public\"", "[build]\n  command = \"gatsby build\"\n  publish = \"public\"\n\n[build.environment]\n  # gatsby-plugin-sharp@4 has no sharp binary for Node 22; stay on 20 until the Gatsby 5 upgrade.\n  NODE_VERSION = \"20.18.1\""),
             write("/Users/rosa/code/fernhill-site/.nvmrc", "20.18.1\n"),
             bash("cd /Users/rosa/code/fernhill-site && source ~/.nvm/nvm.sh && nvm use >/dev/null && node -v && rm -rf node_modules .cache public && npm ci --silent && npx gatsby build 2>&1 | tail -4", "v20.18.1\nsuccess Building static HTML for pages - 3.212s - 48/48 14.93/s\nsuccess onPostBuild - 0.004s\ninfo Done building in 74.52 sec", desc="Clean install and build on Node 20", ms=152000),
             say("Pinned Node **20.18.1** in `netlify.toml` (`[build.environment] NODE_VERSION`) and `.nvmrc`. A clean `npm ci` + `gatsby build` on Node 20 builds all 48 pages.\n\nNetlify will pick up the new version on the next deploy. I haven't committed or pushed.")),
        turn("ok ill push it after lunch and see what netlify does",
             say("Sounds good. If Netlify still uses 22, check that no `NODE_VERSION` is set in the site's environment variables in the UI, since that overrides `netlify.toml`.")),
    ],
)
