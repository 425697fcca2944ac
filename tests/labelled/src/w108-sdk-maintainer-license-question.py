LABEL = dict(
    split="heldout3",
    persona="Maintainer of an open-source Kotlin SDK for a payments API, experienced with licensing and releases",
    expertise_level=4, work_mode="other",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a precise question with the facts pinned down: the two licences (ISC libsodium vendored as "
               "source, Apache-2.0 SDK), the distribution form (an AAR on Maven Central), and the exact deliverables asked "
               "(whether it is allowed, what goes in NOTICE vs LICENSE, whether the POM needs anything); prompt 2 corrects "
               "the agent with a specific fact (they ship prebuilt .so files, not source): level 4. No files read or written "
               "and no product change, only an answer about licence obligations: other. No actions: neither."),
)

SESSION = dict(
    cwd="/Users/hkowalski/src/paykit-android", start="2026-06-26T12:00:00Z", model="claude-opus-4-7", version="2.1.269",
    turns=[
        turn("Licensing question, no code changes. We want to vendor libsodium (ISC) into our Apache-2.0 SDK, shipped as an AAR "
             "on Maven Central. Is that fine, and what exactly do we owe: does ISC's notice go in our LICENSE file, a NOTICE file, "
             "or a third_party/ folder, and does the POM's <licenses> block need to list ISC too?",
             say("Yes, it's fine: ISC is a permissive licence compatible with Apache-2.0, and you can redistribute it inside an "
                 "Apache-2.0 artifact.\n\nWhat you owe is ISC's one condition: keep libsodium's **copyright notice and permission "
                 "notice** with the copies you distribute.\n\n- Put libsodium's licence text, unchanged, in `third_party/libsodium/LICENSE` "
                 "in the repo, and make sure it ends up **inside the AAR** (e.g. under `META-INF/`), because the AAR is what you distribute.\n"
                 "- Your `LICENSE` stays plain Apache-2.0. Don't merge ISC text into it.\n- `NOTICE`: Apache-2.0 §4(d) only obliges you to pass on "
                 "NOTICE content of *Apache-licensed* works you include; libsodium has none. A line in your NOTICE saying \"This product "
                 "includes libsodium, ISC licence, see third_party/libsodium/LICENSE\" is courteous, not required.\n- POM: `<licenses>` "
                 "describes your artifact. Listing only Apache-2.0 is normal, but adding ISC as a second entry makes scanners happier.")),
        turn("we'd be shipping prebuilt .so files for the 4 ABIs, not the source. changes anything?",
             say("The obligation is the same (ISC covers binary redistribution with the same notice condition), but where the notice "
                 "has to be changes in practice: with binaries, people can't read the source headers, so the licence text **must** "
                 "travel with the binaries. Put it in the AAR (`META-INF/LICENSE-libsodium.txt` or next to the `jni/` folder), and "
                 "keep a record of the exact libsodium version and build flags for each `.so`, since you're now the supplier of those "
                 "binaries and downstream audits will ask. No source offer is needed; ISC isn't copyleft.")),
    ],
)
