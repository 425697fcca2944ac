LABEL = dict(
    split="dev",
    persona="Experienced C++ games programmer writing their first Rust program",
    expertise_level=2, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Expertise is task-specific: on this first Rust program the user asks where code goes and what a "
               "compiler error means, and the agent explains ownership basics. The requests are a clear goal (sum a "
               "column of a CSV) with no constraints or checks: level 2 for this task. A new small program was "
               "built. cargo build fails on a borrow error (trouble); the fix runs, and prompt 4 'ok that works, "
               "thanks' confirms: verified."),
)

SESSION = dict(
    cwd="/home/dmitri/rust/sumcol", start="2026-01-17T14:00:00Z", model="claude-sonnet-4-6", version="2.1.202",
    turns=[
        turn("I know C++ well but this is my first Rust program. How do I read a CSV file and add up one column? "
             "Where do I even put the code?",
             bash("cargo new sumcol --vcs none && ls sumcol", "    Creating binary (application) `sumcol` package\nCargo.toml\nsrc", desc="Create a new Rust project",
                  pre="In Rust a project is a *crate* made with `cargo new`. The code goes in `src/main.rs`. Let me set one up."),
             bash("cd sumcol && cargo add csv", "    Updating crates.io index\n      Adding csv v1.3.1 to dependencies", desc="Add the csv crate"),
             write("/home/dmitri/rust/sumcol/sumcol/src/main.rs",
                   "use std::env;\n\nfn main() {\n    let args: Vec<String> = env::args().collect();\n    let path = args[1];\n    let col = &args[2];\n"
                   "    let mut rdr = csv::Reader::from_path(&path).expect(\"open csv\");\n    let idx = rdr.headers().unwrap().iter().position(|h| h == col).expect(\"no such column\");\n"
                   "    let mut total = 0.0;\n    for rec in rdr.records() {\n        total += rec.unwrap()[idx].parse::<f64>().unwrap_or(0.0);\n    }\n    println!(\"{total}\");\n}\n"),
             bash("cd sumcol && cargo build", "error[E0507]: cannot move out of index of `Vec<String>`\n --> src/main.rs:5:16\n  |\n5 |     let path = args[1];\n  |                ^^^^^^^ move occurs because value has type `String`, which does not implement the `Copy` trait\n  |\nhelp: consider borrowing here\n  |\n5 |     let path = &args[1];\n  |                +",
                  code=101, desc="Build"),
             edit("/home/dmitri/rust/sumcol/sumcol/src/main.rs", "    let path = args[1];", "    let path = &args[1];"),
             bash("cd sumcol && cargo build", "   Compiling sumcol v0.1.0 (/home/dmitri/rust/sumcol/sumcol)\n    Finished `dev` profile [unoptimized + debuginfo] target(s) in 4.21s", desc="Build"),
             say("It builds now. What you have:\n\n- `Cargo.toml` is like a CMakeLists plus package manager. `cargo add "
                 "csv` added the CSV library.\n- `src/main.rs` is the program.\n\nThe error was Rust's ownership "
                 "rule: `args[1]` would *move* the `String` out of the vector, which Rust doesn't allow from an "
                 "index. `&args[1]` borrows it instead, like a `const std::string&` in C++ but checked by the "
                 "compiler.\n\nRun it with `cargo run -- data.csv amount`.")),
        turn("what does unwrap do? it looks like it could crash",
             say("It can. `unwrap()` takes the value out of a `Result`/`Option` and **panics** (a clean crash with a "
                 "message) if there's an error instead. Think of it as `assert(ok)` plus a dereference. It's fine "
                 "for a first program. The idiomatic alternative is `?`, which returns the error to the caller, "
                 "like propagating an exception, but explicit in the type.")),
        turn("cargo run -- sales.csv amount says no such column but it's there",
             bash("cd sumcol && head -c 120 ../sales.csv | od -c | head -3", "0000000 357 273 277   d   a   t   e   ,   r   e   g   i   o   n   ,   a   m   o   u   n   t  \\r  \\n", desc="Look at the raw bytes of the CSV header"),
             edit("/home/dmitri/rust/sumcol/sumcol/src/main.rs", ".position(|h| h == col)", ".position(|h| h.trim_start_matches('\\u{feff}').trim() == col)"),
             bash("cd sumcol && cargo run -q -- ../sales.csv amount", "48213.5", desc="Run on sales.csv"),
             say("The header ends in `\\r\\n` (Windows line endings) and the file starts with a byte-order mark. "
                 "The csv crate handles `\\r\\n`, but the BOM stuck to the first column name. I now strip the BOM "
                 "and whitespace when matching the column. The total of `amount` is **48213.5**.")),
        turn("ok that works, thanks. makes more sense now",
             say("Glad it clicked. When you're ready, *The Rust Programming Language* chapters 4 (ownership) and 9 "
                 "(error handling) map well onto what you just ran into.")),
    ],
)
