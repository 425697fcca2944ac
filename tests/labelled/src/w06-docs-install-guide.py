LABEL = dict(
    split="dev",
    persona="Developer on a small open-source CLI project, writing user docs",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("The deliverable is a document (docs/INSTALL.md); the word 'install' is the topic, not the work, and "
               "the agent only read files and wrote Markdown, so the mode is writing. Prompt 1 names the file, two "
               "platforms, the channels and a troubleshooting section, but leaves structure to the agent: level 3. "
               "No failures; prompt 2 asks for a commit, which succeeded, so verified success."),
)

SESSION = dict(
    cwd="/home/marc/src/tally-cli", start="2026-02-02T15:30:00Z", model="claude-sonnet-4-6", version="2.1.205",
    turns=[
        turn("Write docs/INSTALL.md explaining how to install tally on macOS and Ubuntu. Cover the Homebrew tap "
             "and our apt repo, and building from source with cargo as the fallback. Add a short troubleshooting "
             "section at the end for the errors people keep opening issues about.",
             par(read("/home/marc/src/tally-cli/README.md", "# tally\n\nCount things in logs fast.\n\n## Install\n\nbrew install tally-sh/tap/tally\n"),
                 glob("packaging/**/*", ["packaging/homebrew/tally.rb", "packaging/debian/control", "packaging/debian/apt-setup.sh"]),
                 pre="I'll check what the README already says and how the packages are built."),
             read("/home/marc/src/tally-cli/packaging/debian/apt-setup.sh",
                  "curl -fsSL https://apt.tally.sh/key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/tally.gpg\n"
                  "echo \"deb [signed-by=/usr/share/keyrings/tally.gpg] https://apt.tally.sh stable main\" | sudo tee /etc/apt/sources.list.d/tally.list"),
             bash("gh issue list --label install --limit 20 --state all",
                  "212  brew: tally not found after install (PATH on Apple Silicon)\n198  apt: NO_PUBKEY 3B4FE6ACC0B21F32\n"
                  "187  cargo install fails: requires rustc 1.78\n166  apt: NO_PUBKEY after key rotation", desc="List install-related issues"),
             write("/home/marc/src/tally-cli/docs/INSTALL.md",
                   "# Installing tally\n\n## macOS (Homebrew)\n\n```sh\nbrew install tally-sh/tap/tally\n```\n\n"
                   "## Ubuntu / Debian (apt)\n\n```sh\ncurl -fsSL https://apt.tally.sh/key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/tally.gpg\n"
                   "echo \"deb [signed-by=/usr/share/keyrings/tally.gpg] https://apt.tally.sh stable main\" | sudo tee /etc/apt/sources.list.d/tally.list\n"
                   "sudo apt update && sudo apt install tally\n```\n\n## From source\n\nRequires Rust 1.78 or newer.\n\n```sh\ncargo install tally-cli\n```\n\n"
                   "## Troubleshooting\n\n- **`tally: command not found` after brew install (Apple Silicon):** add `/opt/homebrew/bin` to your PATH.\n"
                   "- **`NO_PUBKEY 3B4FE6ACC0B21F32`:** the signing key was rotated; rerun the curl line above.\n"
                   "- **`cargo install` fails with a rustc version error:** `rustup update stable`.\n"),
             edit("/home/marc/src/tally-cli/README.md", "## Install\n\nbrew install tally-sh/tap/tally\n",
                  "## Install\n\nSee [docs/INSTALL.md](docs/INSTALL.md) for macOS, Ubuntu and source builds.\n"),
             say("I wrote `docs/INSTALL.md` with four sections:\n\n- **macOS**: the Homebrew tap\n- **Ubuntu/Debian**: "
                 "the signed apt repo, using the same commands as `packaging/debian/apt-setup.sh`\n- **From source**: "
                 "`cargo install`, noting the Rust 1.78 minimum\n- **Troubleshooting**: the three problems behind "
                 "issues #212, #198/#166 and #187 (PATH on Apple Silicon, the rotated apt key, old rustc)\n\nI also "
                 "replaced the README's install section with a link to the new page.")),
        turn("good. commit it",
             bash("git add docs/INSTALL.md README.md && git commit -m \"docs: add INSTALL.md for macOS, Ubuntu and source builds\"",
                  "[main 4e1a9c2] docs: add INSTALL.md for macOS, Ubuntu and source builds\n 2 files changed, 41 insertions(+), 2 deletions(-)\n create mode 100644 docs/INSTALL.md",
                  desc="Commit the install guide"),
             say("Committed as 4e1a9c2 on main.")),
    ],
)
