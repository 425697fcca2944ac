LABEL = dict(
    split="heldout22",
    persona="OCaml developer whose dune build broke after upgrading the compiler and ppxlib in the opam switch",
    expertise_level=4, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is precise and scoped: the versions bumped, the library that fails, constraints (no change to the wire format, don't pin ppxlib back) and the acceptance criterion (the expect tests in test/protocol_expect.ml pass unchanged); prompt 2 asks for exact lower bounds in dune-project. The cause is not anticipated and no check beyond the existing tests is designed, so 4. "
               "A failing build is repaired (upgrade ppx_deriving_yojson, Yojson.Safe.json → Yojson.Safe.t): fixing. "
               "dune build fails twice (exit 1), which is trouble; dune test then passes, and passes again after the bounds are set, so verified success."),
)

SESSION = dict(
    cwd="/home/mireille/src/relayd", start="2026-11-25T16:40:00Z", model="claude-opus-4-6", version="2.1.235", branch="upgrade/ocaml-5.2",
    turns=[
        turn("I moved the switch to OCaml 5.2 and ppxlib 0.33 and now dune build fails in lib/protocol (ppx_deriving_yojson errors). Fix the build without changing the wire format: test/protocol_expect.ml must pass unchanged. Don't pin ppxlib back.",
             bash("dune build 2>&1 | head -20", "File \"lib/protocol/dune\", line 4, characters 18-37:\n4 |  (preprocess (pps ppx_deriving_yojson)))\n                      ^^^^^^^^^^^^^^^^^^^\nError: Error while running external preprocessor\nCommand line: .ppx/3b8f.../ppx.exe --cookie 'library-name=\"protocol\"' -o lib/protocol/msg.pp.ml --impl lib/protocol/msg.ml -corrected-suffix .ppx-corrected -diff-cmd - -dump-ast\nFatal error: exception Invalid_argument(\"Ppxlib.Ast_builder.pexp_function: expected the new Pexp_function form\")", code=1, desc="Reproduce the build failure", ms=7000),
             bash("opam list --installed ppx_deriving_yojson ppx_deriving ppxlib yojson --columns=name,version -s 2>/dev/null; opam show ppx_deriving_yojson --field=all-versions", "ppx_deriving 5.2.1\nppx_deriving_yojson 3.7.0\nppxlib 0.33.0\nyojson 1.7.0\n3.5.3  3.6.1  3.7.0  3.8.0  3.9.0  3.9.1", desc="Check the installed ppx versions"),
             bash("opam install -y ppx_deriving_yojson.3.9.1 ppx_deriving.6.0.3 2>&1 | tail -6", "The following actions will be performed:\n  ↗ upgrade ppx_deriving        5.2.1 to 6.0.3\n  ↗ upgrade yojson              1.7.0 to 2.2.2\n  ↗ upgrade ppx_deriving_yojson 3.7.0 to 3.9.1\n-> installed ppx_deriving_yojson.3.9.1\nDone.", desc="Upgrade the deriving ppx", ms=95000),
             bash("dune build 2>&1 | head -12", "File \"lib/protocol/codec.ml\", line 17, characters 22-39:\n17 | let to_wire (j : Yojson.Safe.json) = Yojson.Safe.to_string ~std:true j\n                           ^^^^^^^^^^^^^^^^^\nError: Unbound type constructor Yojson.Safe.json", code=1, desc="Build again", ms=9000),
             grep("Yojson\\.Safe\\.json", path="lib", content="lib/protocol/codec.ml:17:let to_wire (j : Yojson.Safe.json) = Yojson.Safe.to_string ~std:true j\nlib/protocol/codec.ml:20:let of_wire s : Yojson.Safe.json = Yojson.Safe.from_string s\nlib/protocol/codec.mli:3:val to_wire : Yojson.Safe.json -> string"),
             bash("sed -i 's/Yojson\\.Safe\\.json/Yojson.Safe.t/g' lib/protocol/codec.ml lib/protocol/codec.mli && dune build 2>&1 | head -5 && echo build ok", "build ok", desc="Use Yojson.Safe.t and rebuild"),
             bash("dune test 2>&1 && echo \"dune test: ok\"; git status --short test/", "dune test: ok", desc="Run the expect tests", ms=12000),
             say("Fixed, and the wire format is unchanged (`dune test` passes with no expect diff, and `test/` is untouched).\n\n1. `ppx_deriving_yojson` 3.7.0 predates ppxlib 0.33's new `Pexp_function` representation, so its driver crashed. Upgraded to **3.9.1** (with ppx_deriving 6.0.3); ppxlib stays at 0.33.\n2. That pulls in **yojson 2.2**, which removed the deprecated `Yojson.Safe.json` alias; `codec.ml`/`codec.mli` now use `Yojson.Safe.t` (3 places, same type).\n\nYou'll want the new lower bounds in `dune-project` so CI doesn't resolve the old ones.")),
        turn("yes, put ppx_deriving_yojson >= 3.9.1 and yojson >= 2.1 in dune-project and regenerate the opam file",
             edit("/home/mireille/src/relayd/dune-project", "  (ppx_deriving_yojson (>= 3.6))\n  (yojson (>= 1.7))", "  (ppx_deriving_yojson (>= 3.9.1))\n  (yojson (>= 2.1))"),
             bash("dune build relayd.opam && grep -E 'yojson' relayd.opam && dune test && echo tests ok", "  \"ppx_deriving_yojson\" {>= \"3.9.1\"}\n  \"yojson\" {>= \"2.1\"}\ntests ok", desc="Regenerate the opam file and rerun the tests", ms=11000),
             say("`dune-project` now requires ppx_deriving_yojson ≥ 3.9.1 and yojson ≥ 2.1; `relayd.opam` regenerated to match, and the expect tests still pass.")),
    ],
)
