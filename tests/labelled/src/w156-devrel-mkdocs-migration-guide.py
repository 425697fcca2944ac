LABEL = dict(
    split="heldout5",
    persona="Developer advocate at an SMS API company, maintains the docs site (MkDocs)",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the document (a v2-to-v3 migration guide in docs/migrate-v3.md), the source (CHANGELOG.md's breaking changes) "
               "and a check (mkdocs build --strict must pass), leaving structure and wording to the agent; prompt 2 redirects the style "
               "('too much prose, developers skim this', before/after sections), not a detail of the content: level 3. A non-code document written: writing. The first `mkdocs build --strict` fails "
               "on a broken link (trouble); it passes after the fix and the `git commit` in prompt 3 succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/ana/src/smsly-docs", start="2026-11-23T15:00:00Z", model="claude-sonnet-4-6", version="2.1.243", branch="docs/migrate-v3",
    turns=[
        turn("Write a migration guide from v2 to v3 of our API in docs/migrate-v3.md, based on the breaking changes in CHANGELOG.md, and add it to the nav. "
             "mkdocs build --strict has to pass",
             par(read("/home/ana/src/smsly-docs/CHANGELOG.md", "## 3.0.0\n### Breaking\n- `POST /messages`: `to` is now an array (max 100)\n- Auth: API keys move from the `key` query parameter to the `Authorization: Bearer` header\n"
                      "- Webhook `status` values renamed: `sent` → `accepted`, `delivered` unchanged, `failed` split into `undeliverable` and `rejected`\n- `GET /messages` pagination: `page` replaced by `cursor`\n"
                      "- Removed `POST /messages/bulk` (use `to` arrays)"),
                 read("/home/ana/src/smsly-docs/mkdocs.yml", "site_name: Smsly Docs\nnav:\n  - Home: index.md\n  - Quickstart: quickstart.md\n  - API reference: reference/index.md\n  - Webhooks: webhooks.md")),
             write("/home/ana/src/smsly-docs/docs/migrate-v3.md",
                   "# Migrating from v2 to v3\n\nVersion 3 of the Smsly API changes how you authenticate, send to several recipients and read message statuses. "
                   "Most integrations need about an hour of changes. This guide walks through each change, why we made it, and what to update.\n\n"
                   "## Authentication moves to a header\n\nIn v2 you passed your API key as a `key` query parameter. Because query strings end up in server logs and browser history, "
                   "v3 only accepts the key in the `Authorization` header as a bearer token ...\n\n## Sending to several recipients\n\n... see [the messages reference](reference/messages.md) ...\n\n"
                   "## Webhook statuses\n\n...\n\n## Pagination\n\n...\n\n## Bulk endpoint removed\n\n...\n"),
             edit("/home/ana/src/smsly-docs/mkdocs.yml", "  - Webhooks: webhooks.md", "  - Webhooks: webhooks.md\n  - Migrating to v3: migrate-v3.md"),
             bash("mkdocs build --strict", "", desc="Build the docs strictly", code=1, ms=6000,
                  stderr="INFO    -  Building documentation to directory: /home/ana/src/smsly-docs/site\nWARNING -  Doc file 'migrate-v3.md' contains a link 'reference/messages.md', but the target is not found among documentation files.\n\n"
                         "Aborted with 1 warnings in strict mode!\n"),
             grep("messages", path="/home/ana/src/smsly-docs/docs/reference", files=["docs/reference/index.md"]),
             bash("grep -n '^## ' docs/reference/index.md", "3:## Authentication\n41:## POST /messages\n97:## GET /messages\n140:## Errors", desc="Find the anchor"),
             edit("/home/ana/src/smsly-docs/docs/migrate-v3.md", "[the messages reference](reference/messages.md)", "[the messages reference](reference/index.md#post-messages)"),
             bash("mkdocs build --strict", "INFO    -  Building documentation to directory: /home/ana/src/smsly-docs/site\nINFO    -  Documentation built in 0.84 seconds", desc="Build again", ms=5000),
             say("Wrote `docs/migrate-v3.md` (five sections, one per breaking change, each with why and what to update) and added it to the nav. The strict build "
                 "first failed on my link to `reference/messages.md`, which doesn't exist – the messages endpoints live in `reference/index.md` – so I pointed it "
                 "there; the build passes now.")),
        turn("too much prose, developers skim this. make each section a short before/after with code",
             write("/home/ana/src/smsly-docs/docs/migrate-v3.md",
                   "# Migrating from v2 to v3\n\n| Change | Action |\n|---|---|\n| API key in header | move `key=` to `Authorization: Bearer` |\n| `to` is an array | wrap single numbers in `[...]` |\n"
                   "| Webhook statuses renamed | map `sent`, `failed` |\n| Cursor pagination | replace `page` with `cursor` |\n| `/messages/bulk` removed | send one request with up to 100 `to` |\n\n"
                   "## Authentication\n\n**v2**\n```bash\ncurl \"https://api.smsly.io/v2/messages?key=$KEY\" ...\n```\n**v3**\n```bash\ncurl https://api.smsly.io/v3/messages -H \"Authorization: Bearer $KEY\" ...\n```\n\n"
                   "## Recipients\n\n**v2** `{\"to\": \"+447700900123\"}`  \n**v3** `{\"to\": [\"+447700900123\"]}` (max 100) – see [the messages reference](reference/index.md#post-messages)\n\n"
                   "## Webhook statuses\n\n| v2 | v3 |\n|---|---|\n| `sent` | `accepted` |\n| `delivered` | `delivered` |\n| `failed` | `undeliverable` or `rejected` |\n\n"
                   "## Pagination\n\n**v2** `GET /messages?page=3`  \n**v3** `GET /messages?cursor=<next_cursor from the previous response>`\n\n"
                   "## Bulk sending\n\n`POST /messages/bulk` is gone: send `POST /messages` with up to 100 numbers in `to`.\n"),
             bash("mkdocs build --strict", "INFO    -  Documentation built in 0.79 seconds", desc="Build again", ms=5000),
             say("Rewritten for skimming: a summary table at the top, then each change as a before/after snippet or a mapping table. Strict build passes.")),
        turn("much better. commit it",
             bash("git add docs/migrate-v3.md mkdocs.yml && git commit -qm 'Add v2 to v3 migration guide' && git log --oneline -1", "a07c3f1 Add v2 to v3 migration guide", desc="Commit"),
             say("Committed on `docs/migrate-v3` (a07c3f1).")),
    ],
)
