LABEL = dict(
    split="heldout2",
    persona="Technical writer for an open-source command-line tool",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the document (the install guide), the release and two changes (Python 3.8 dropped, the "
               "new s3 extra) and one check (the docs still build), but leaves wording and structure to the agent; "
               "prompt 2 adds one more fact (the config file moved): level 3. A documentation page was revised: "
               "writing, although the prompt is about installing. Nothing failed; prompt 3 ('looks good, ship it') "
               "confirms: verified."),
)

SESSION = dict(
    cwd="/home/lena/oss/acme-cli", start="2026-05-21T15:00:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("Update the install guide for 3.0. We dropped Python 3.8 support and there's a new s3 extra you can "
             "install now. Check the docs still build afterwards.",
             par(read("/home/lena/oss/acme-cli/docs/install.md",
                      "# Installing acme\n\nacme needs Python 3.8 or newer.\n\n## With pip\n\n```sh\npip install acme-cli\n```\n\n"
                      "## With pipx (recommended)\n\n```sh\npipx install acme-cli\n```\n\n## Checking the install\n\n```sh\nacme --version\n```\n"),
                 read("/home/lena/oss/acme-cli/pyproject.toml",
                      "[project]\nname = \"acme-cli\"\nversion = \"3.0.0\"\nrequires-python = \">=3.9\"\n\n[project.optional-dependencies]\ns3 = [\"boto3>=1.34\"]\n")),
             edit("/home/lena/oss/acme-cli/docs/install.md", "acme needs Python 3.8 or newer.",
                  "acme needs **Python 3.9 or newer**. Version 3.0 dropped support for Python 3.8; if you are stuck on 3.8, "
                  "install the last 2.x release with `pip install \"acme-cli<3\"`."),
             edit("/home/lena/oss/acme-cli/docs/install.md", "## Checking the install",
                  "## Optional extras\n\n| extra | adds | install with |\n|---|---|---|\n| `s3` | reading and writing `s3://` paths (boto3) | "
                  "`pip install \"acme-cli[s3]\"` or `pipx install \"acme-cli[s3]\"` |\n\nThe quotes stop shells such as zsh from "
                  "treating the brackets as a pattern.\n\n## Checking the install"),
             bash("mkdocs build --strict 2>&1 | tail -4", "INFO    -  Cleaning site directory\nINFO    -  Building documentation to directory: /home/lena/oss/acme-cli/site\nINFO    -  Documentation built in 1.84 seconds",
                  desc="Build the docs in strict mode", ms=4300),
             say("Updated `docs/install.md`:\n- Python **3.9+**, with a note on 3.0 dropping 3.8 and how to stay on 2.x.\n- A new "
                 "**Optional extras** section for `acme-cli[s3]`, with the quoting tip for zsh.\n\n`mkdocs build --strict` "
                 "builds without warnings.")),
        turn("oh and the config file moved to ~/.config/acme/config.toml in 3.0, the old ~/.acme.toml still gets read "
             "but warns. can you add that too",
             grep("acme.toml", path="/home/lena/oss/acme-cli/docs", files=["docs/install.md", "docs/configuration.md"]),
             edit("/home/lena/oss/acme-cli/docs/install.md", "## Checking the install",
                  "## Where the configuration lives\n\nFrom 3.0 the configuration file is `~/.config/acme/config.toml` "
                  "(or `$XDG_CONFIG_HOME/acme/config.toml`). An old `~/.acme.toml` is still read, with a warning; move it "
                  "with:\n\n```sh\nmkdir -p ~/.config/acme && mv ~/.acme.toml ~/.config/acme/config.toml\n```\n\n## Checking the install"),
             edit("/home/lena/oss/acme-cli/docs/configuration.md", "acme reads its settings from `~/.acme.toml`.",
                  "acme reads its settings from `~/.config/acme/config.toml` (before 3.0: `~/.acme.toml`, still read with a warning)."),
             bash("mkdocs build --strict 2>&1 | tail -2", "INFO    -  Building documentation to directory: /home/lena/oss/acme-cli/site\nINFO    -  Documentation built in 1.79 seconds",
                  desc="Build the docs again", ms=4200),
             say("Added a **Where the configuration lives** section to the install guide, with the one-line move command, "
                 "and fixed the old path in `docs/configuration.md` too. The docs still build cleanly.")),
        turn("looks good, ship it",
             say("Great. The changes are in `docs/install.md` and `docs/configuration.md`, ready for you to commit with the "
                 "3.0 release notes.")),
    ],
)
