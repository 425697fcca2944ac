LABEL = dict(
    split="heldout5",
    persona="Platform engineer at a genomics startup who owns the Nix-built container images",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 states the scope (read only, no flake.lock update, no builds), the question (which inputs to the container images are not "
               "pinned by flake.lock) and the deliverable (a list with file and line, and why each one is unpinned); prompt 2 corrects the agent with "
               "a specific fact (builtins.fetchurl without a hash is impure and is what breaks the cache). Level 4: named scope and deliverable, a specific "
               "correction, no failure modes or steps anticipated. Reads and searches only, ending in findings: exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/ravi/infra/images", start="2026-12-01T15:45:00Z", model="claude-opus-4-6", version="2.1.249",
    turns=[
        turn("Read only — don't update flake.lock and don't build anything. Our image builds aren't reproducible: the same commit gives different image digests on CI and my laptop. "
             "Find every input to the images that isn't pinned by flake.lock. For each: file and line, and why it isn't pinned.",
             par(read("/home/ravi/infra/images/flake.nix", "{\n  inputs = {\n    nixpkgs.url = \"github:NixOS/nixpkgs/nixos-24.11\";\n    bioconda-overlay.url = \"github:acme-bio/bioconda-overlay\";\n  };\n"
                      "  outputs = { self, nixpkgs, bioconda-overlay }: let pkgs = import nixpkgs { system = \"x86_64-linux\"; overlays = [ bioconda-overlay.overlays.default (import ./overlays/tools.nix) ]; };\n"
                      "  in { packages.x86_64-linux = import ./images { inherit pkgs; }; };\n}"),
                 grep("fetchurl|fetchTarball|fetchGit|builtins.getEnv|currentTime|<nixpkgs>", path="/home/ravi/infra/images",
                      content="overlays/tools.nix:12:    src = builtins.fetchurl \"https://github.com/acme-bio/seqtrim/releases/latest/download/seqtrim-linux-x64.tar.gz\";\n"
                              "images/default.nix:8:  created = builtins.substring 0 10 (builtins.readFile \"${builtins.getEnv \"PWD\"}/BUILD_DATE\");\n"
                              "images/aligner.nix:5:  refs = import <nixpkgs> {};\nimages/aligner.nix:21:    src = pkgs.fetchurl { url = \"https://ftp.example-genomes.org/hg38/hg38.fa.gz\"; sha256 = \"1f2k3...\"; };")),
             par(read("/home/ravi/infra/images/images/default.nix", "{ pkgs }:\nlet\n  # stamp images with the build date\n  created = builtins.substring 0 10 (builtins.readFile \"${builtins.getEnv \"PWD\"}/BUILD_DATE\");\n"
                      "in {\n  aligner = pkgs.dockerTools.buildLayeredImage { name = \"aligner\"; inherit created; contents = [ (import ./aligner.nix { inherit pkgs; }) ]; };\n  ...\n}"),
                 read("/home/ravi/infra/images/images/aligner.nix", "{ pkgs }:\nlet\n  refs = import <nixpkgs> {};\nin pkgs.stdenv.mkDerivation {\n  ...\n  nativeBuildInputs = [ refs.samtools pkgs.bwa ];\n  ...")),
             say("Four unpinned inputs:\n\n1. **`images/aligner.nix:5`** – `import <nixpkgs> {}` takes nixpkgs from `NIX_PATH`, not the flake input, so `samtools` comes from whatever "
                 "channel each machine has. (Evaluation only allows this with `--impure`; CI must pass it.)\n2. **`images/default.nix:8`** – `created` reads `$PWD/BUILD_DATE` via "
                 "`builtins.getEnv`; different dates give different image config blobs, hence different digests.\n3. **`overlays/tools.nix:12`** – `seqtrim` is fetched from the "
                 "`releases/latest` URL, which moves with every release.\n4. **`flake.nix:3`** – `bioconda-overlay` tracks a branch; it *is* pinned by flake.lock, but only "
                 "until someone runs `nix flake update`.\n\n`images/aligner.nix:21` (hg38) is fine: `pkgs.fetchurl` with a sha256 is fixed-output.")),
        turn("3 is the real cache-breaker and your reason is incomplete: builtins.fetchurl without a sha256 is impure — it's refetched per eval (subject to tarball-ttl) and isn't a "
             "fixed-output derivation, so the store path changes whenever the content does. 4 isn't unpinned, drop it. Anything else using builtins.fetch* without a hash?",
             grep("builtins\\.fetch(url|Tarball|Git|Tree)", path="/home/ravi/infra", content="infra/images/overlays/tools.nix:12:    src = builtins.fetchurl \"https://github.com/acme-bio/seqtrim/releases/latest/download/seqtrim-linux-x64.tar.gz\";\n"
                  "infra/ci/cache-warm.nix:3:  warm = builtins.fetchTarball \"https://github.com/acme-bio/refdata/archive/main.tar.gz\";"),
             read("/home/ravi/infra/ci/cache-warm.nix", "let\n  warm = builtins.fetchTarball \"https://github.com/acme-bio/refdata/archive/main.tar.gz\";\nin import \"${warm}/default.nix\""),
             say("Agreed on 3, corrected: `builtins.fetchurl` without a `sha256` is evaluated impurely – refetched once `tarball-ttl` expires (1 h by default) and not a "
                 "fixed-output derivation – so seqtrim's store path, and everything above it, changes as soon as the release does. Dropped 4.\n\nOne more without a hash, "
                 "outside the images folder: **`ci/cache-warm.nix:3`**, `builtins.fetchTarball` of `refdata/archive/main.tar.gz`, a moving branch. It only feeds the "
                 "CI cache warm-up, not the images, so it explains cache misses in CI but not the digest difference. Final list: aligner.nix:5, default.nix:8, "
                 "tools.nix:12, plus cache-warm.nix:3 for CI. Nothing was changed.")),
    ],
)
