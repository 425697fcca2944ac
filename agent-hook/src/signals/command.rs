//! Shell commands reduced to their kind (`test`, `commit`, `git`, ...) and test runner; test
//! output reduced to passed/failed. The command text itself never leaves this module.

/// What a shell command does, as far as the study cares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommandSignals {
    /// `test`, `commit`, `git`, `build`, `install`, `operate`, `data`, `other`.
    pub kind: &'static str,
    /// The test runner when `kind` is `test`.
    pub test_runner: Option<&'static str>,
}

/// Kinds in priority order: a command line that runs tests and builds counts as a test run.
const PRIORITY: &[&str] =
    &["test", "commit", "git", "build", "install", "operate", "data", "other"];

/// Classifies a shell command line (several segments joined by `&&`, `;`, `|`, newlines).
pub fn classify(command: &str) -> CommandSignals {
    let mut best = CommandSignals { kind: "other", test_runner: None };
    for (piped, segment) in piped_segments(&without_heredoc_bodies(command)) {
        let words = program_words(segment);
        if words.is_empty() {
            continue;
        }
        let mut found = classify_program(&words);
        // A query or filter fed by a pipe (`zowe … --rfj | jq -r '.data.retcode'`, `curl … |
        // jq .id`) reads the output of the command before it, not a data set: the pipeline
        // does what its first command does. A table it names still makes it data work (below).
        if piped && found.kind == "data" {
            found = CommandSignals { kind: "other", test_runner: None };
        }
        // A command run inside a container or pod (`docker compose exec -T app php artisan
        // test`, `kubectl exec api -- pytest`) is a test run when the command inside is one.
        if let Some(inner) = container_command(&words) {
            let inner = program_words_of(inner);
            // `exec` runs a command in a container or pod that is already up: the exec changes
            // nothing there, the command inside does what it does (`docker compose exec
            // scheduler airflow dags list-import-errors` reads; `docker exec db psql -c "DROP
            // …"` administers). `run` starts a container, which stays operating.
            let execs = words.iter().take(3).any(|w| *w == "exec");
            if !inner.is_empty() && (execs || classify_program(&inner).kind == "test") {
                found = classify_program(&inner);
            }
        }
        let rank = |k: &str| PRIORITY.iter().position(|p| *p == k).unwrap_or(PRIORITY.len());
        if rank(found.kind) < rank(best.kind) {
            best = found;
        }
    }
    // A script or pager over a table (`python3 - <<EOF ... read_csv('x.csv')`, `head x.csv`) is
    // reading data even when the file name sits inside the script's text.
    if best.kind == "other" && mentions_table(command) {
        best = CommandSignals { kind: "data", test_runner: None };
    }
    best
}

/// The simple commands of a command line, split at `;`, `|`, `&` and newlines. Inside quotes a
/// `|` or `&` is mostly an argument's text (`grep -E 'a|netlify'`, `curl "…?a=1&b=2"`), so
/// there only a spaced pipe (` | `), `||` and `&&` split, which is how a quoted shell script (`bash -c
/// "cd app && npm test | tee log"`, `ssh host '…'`) joins its commands; `;` and newlines split
/// everywhere, being statement ends in inline scripts too (`julia -e 'using Pkg; Pkg.test()'`).
/// A `#` comment runs to its line's end, so the apostrophe of `# don't` opens no quote. A command
/// substitution (`$(grep x f | cut -f1)`, backticks) is one argument of the command around it,
/// so nothing inside it splits that command (`kafka-reassign-partitions.sh --topics $(… | …)
/// --execute` keeps its `--execute`).
fn segments(command: &str) -> Vec<&str> {
    piped_segments(command).into_iter().map(|(_, segment)| segment).collect()
}

/// [`segments`], each with whether a pipe (`|`, not `||`) feeds it the output of the one before.
fn piped_segments(command: &str) -> Vec<(bool, &str)> {
    let bytes = command.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(b' ');
    let mut found = Vec::new();
    let (mut start, mut quote, mut escaped, mut comment) = (0, None, false, false);
    let (mut substitution, mut backtick, mut piped) = (0usize, false, false);
    for (i, &c) in bytes.iter().enumerate() {
        let before = if i == 0 { b' ' } else { bytes[i - 1] };
        match (c, quote) {
            (b'\n', _) if comment => comment = false,
            _ if comment => continue,
            _ if escaped => {
                escaped = false;
                continue;
            }
            (b'\\', q) if q != Some(b'\'') => escaped = true,
            (b'#', None) if before.is_ascii_whitespace() => comment = true,
            (b'(', q) if before == b'$' && q != Some(b'\'') => substitution += 1,
            (b')', q) if substitution > 0 && q != Some(b'\'') => substitution -= 1,
            (b'`', q) if q != Some(b'\'') => backtick = !backtick,
            (b'\'' | b'"', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            _ => {}
        }
        let splits = match c {
            _ if substitution > 0 || backtick => false,
            b'\n' | b';' => !comment,
            b'|' if quote.is_some() => {
                let next = at(i + 1);
                before == b'|'
                    || next == b'|'
                    || before.is_ascii_whitespace() && next.is_ascii_whitespace()
            }
            b'&' if quote.is_some() => before == b'&' || at(i + 1) == b'&',
            b'|' | b'&' => quote.is_none() && !comment,
            _ => false,
        };
        if splits {
            // The separators are ASCII, so `i` sits on a char boundary.
            found.push((piped, &command[start..i]));
            start = i + 1;
            piped = c == b'|' && before != b'|' && at(i + 1) != b'|';
        }
    }
    found.push((piped, &command[start..]));
    found
}

/// The command line without the bodies of its here-documents (`cat <<'EOF' > notes.md` …
/// `EOF`): a body is a file's text or a script's input, not commands, so `uv run pytest` in a
/// quickstart being written runs no tests. Borrowed when there is none.
fn without_heredoc_bodies(command: &str) -> std::borrow::Cow<'_, str> {
    if !command.contains("<<") {
        return std::borrow::Cow::Borrowed(command);
    }
    let mut kept = String::with_capacity(command.len());
    let mut until: Option<String> = None;
    for line in command.split('\n') {
        if let Some(end) = &until {
            if line.trim() == end {
                until = None;
            }
            continue;
        }
        kept.push_str(line);
        kept.push('\n');
        if let Some(at) = line.find("<<") {
            let rest = line[at + 2..].trim_start_matches(['-', '~']).trim_start();
            let word: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, ';' | '|' | '&' | '>' | ')'))
                .filter(|c| !matches!(c, '\'' | '"' | '\\'))
                .collect();
            // `<<<` is a here-string: one word, no body.
            if !word.is_empty() && !rest.starts_with('<') {
                until = Some(word);
            }
        }
    }
    std::borrow::Cow::Owned(kept)
}

/// Databases' own clients: they run queries over a database's data, as `psql` does (SQL
/// Server's `sqlcmd`, Oracle's `sqlplus`, MongoDB, Cassandra, Hive, Spark, Impala, Vertica), and
/// administer it when a statement changes its structure or rights (`changes_schema`).
const DATABASE_CLIENTS: &[&str] = &[
    "psql",
    "mysql",
    "sqlite3",
    "duckdb",
    "sqlcmd",
    "sqlplus",
    "mongosh",
    "cqlsh",
    "beeline",
    "spark-sql",
    "impala-shell",
    "vsql",
    "usql",
    "isql",
];

/// Extensions of tabular data files (not `.json`: `cat package.json` is reading code), and
/// since v13 of every domain's standard data sets, which a script reads as a table: statistics
/// packages' (`dta`, `sav`, `sas7bdat`, `rds`), columnar and array stores (`feather`, `arrow`,
/// `npy`, `npz`, `h5`, `hdf5`, `nc`, `mat`, `fits`), surveys of the earth (`sgy`, `segy`,
/// `las`), genealogy's exchange file (`ged`) and open spreadsheets (`ods`).
const TABLE_EXTENSIONS: &[&str] = &[
    "csv", "tsv", "xlsx", "xls", "parquet", "sqlite", "db", "dta", "sav", "sas7bdat", "rds",
    "feather", "arrow", "npy", "npz", "h5", "hdf5", "nc", "mat", "fits", "sgy", "segy", "las",
    "ged", "ods",
];

/// Whether the command line names a tabular data file anywhere (`sales.csv`, `'ap.xlsx')`).
fn mentions_table(command: &str) -> bool {
    command
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/')))
        .filter_map(|w| w.rsplit_once('.'))
        .any(|(stem, ext)| {
            !stem.is_empty() && TABLE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
        })
}

/// Read-only subcommands of operating tools: listing cron jobs or pods, a service's status or
/// logs inspects the system without changing it.
fn inspects_only(program: &str, words: &[&str]) -> bool {
    let sub = words.get(1).copied().unwrap_or("");
    // A remote shell or copy carries another command or files: its words are not its own.
    if !matches!(program, "ssh" | "scp" | "rsync") && reads_by_subcommand(words) {
        return true;
    }
    match program {
        "crontab" => words[1..].contains(&"-l"),
        // The read subcommands of every tool (`kubectl get`, `systemctl status`, `docker ps`,
        // `airflow version`) are [`READ_SUBCOMMANDS`] above; these are a tool's own.
        "systemctl" => matches!(sub, "is-active" | "is-enabled" | "cat"),
        "airflow" => words[1..].contains(&"list"),
        // `schtasks /query` lists Windows' scheduled tasks, as `crontab -l` lists cron's.
        "schtasks" => words[1..].iter().any(|w| w.eq_ignore_ascii_case("/query")),
        _ => false,
    }
}

/// Subcommands by which operating tools of every kind read the system (`get`, `describe`,
/// `list`, `status`, `logs`, `plan`, …) and prefixes of an API's read calls (`aws ec2
/// describe-instances`, `airflow dags list-import-errors`).
const READ_SUBCOMMANDS: &[&str] = &[
    "get", "describe", "logs", "top", "explain", "list", "ls", "status", "show", "inspect", "ps",
    "images", "history", "version", "info", "plan", "output", "validate", "preview", "diff",
];
/// See [`READ_SUBCOMMANDS`].
const READ_PREFIXES: &[&str] = &["list-", "describe-", "get-", "show-"];
/// Subcommands that change the system (`kubectl rollout restart`, `gcloud run deploy`).
const CHANGE_SUBCOMMANDS: &[&str] = &[
    "apply",
    "delete",
    "create",
    "deploy",
    "up",
    "down",
    "restart",
    "scale",
    "patch",
    "edit",
    "set",
    "install",
    "upgrade",
    "uninstall",
    "rollback",
    "remove",
    "rm",
    "stop",
    "start",
    "kill",
    "push",
    "destroy",
    "import",
    "replace",
    "drain",
    "cordon",
    "enable",
    "disable",
    "reload",
    "exec",
    "run",
    "cp",
    "mv",
    "trigger",
    "test",
    "init",
    "refresh",
    "taint",
    "annotate",
    "label",
];

/// Whether an operating tool's call only reads, by its subcommand, wherever the global options
/// put it (`kubectl -n search describe hpa`, `systemctl --user status`, `terraform -chdir=infra
/// plan`, `aws s3 ls`): the subcommands lead the bare words (option values and groups among
/// them), so the first verb of a list among the first few bare words decides (`kubectl -n web
/// get deploy` reads the deployments, `kubectl rollout restart` changes them).
fn reads_by_subcommand(words: &[&str]) -> bool {
    let reads =
        |w: &str| READ_SUBCOMMANDS.contains(&w) || READ_PREFIXES.iter().any(|p| w.starts_with(p));
    words[1..]
        .iter()
        .copied()
        .filter(|w| !w.starts_with('-'))
        .take_while(|w| w.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
        .take(4)
        .find(|w| reads(w) || CHANGE_SUBCOMMANDS.contains(w))
        .is_some_and(reads)
}

fn loads_a_database(words: &[&str]) -> bool {
    const DATABASES: &[&str] = &["postgresql", "pg", "mysql", "mssqlspatial", "oci", "mongodbv3"];
    words
        .windows(2)
        .any(|w| w[0] == "-f" && DATABASES.contains(&w[1].to_ascii_lowercase().as_str()))
        || words.iter().any(|w| {
            w.split_once(':').is_some_and(|(driver, _)| {
                DATABASES.contains(&driver.to_ascii_lowercase().as_str())
            })
        })
}

/// Whether a database client's command line holds a statement that changes the database's
/// structure or rights (`ALTER TABLE … DETACH PARTITION`, `DROP TABLE`, `GRANT`, `VACUUM`).
fn changes_schema(words: &[&str]) -> bool {
    words[1..].iter().any(|w| {
        let w = w.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
        ["alter", "drop", "grant", "revoke", "vacuum", "reindex", "truncate"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
    })
}

/// The words of one segment from its program on: env assignments, `sudo`, `time`, `npx`,
/// `uv run`, `poetry run`, `bundle exec` are peeled off.
fn program_words(segment: &str) -> Vec<&str> {
    let words: Vec<&str> = segment
        .split_whitespace()
        .map(|w| w.trim_matches(|c| matches!(c, '(' | ')' | '"' | '\'')))
        .filter(|w| !w.is_empty())
        .collect();
    program_words_of(&words)
}

/// Tools that run the command after them in a prepared environment (`sail pest`, `west twister`,
/// `xvfb-run npm test`, `dotenv -- jest`): the command is what runs.
const ONE_WORD_WRAPPERS: &[&str] = &[
    "sudo",
    "time",
    "exec",
    "env",
    "npx",
    "bunx",
    "nohup",
    "sail",
    "west",
    "xvfb-run",
    "dotenv",
    "chronic",
    "caffeinate",
    "nice",
    "ionice",
    "stdbuf",
    "unbuffer",
    "with-contenv",
];

/// Environment managers whose `run`/`exec` subcommand runs the command after it (`uv run`,
/// `poetry run`, `bundle exec`, `mise exec --`, `pnpm exec`, `conda run -n env`, `nix develop -c`).
fn two_word_wrapper(first: &str, second: &str) -> bool {
    match first {
        "uv" | "poetry" | "pdm" | "pipenv" | "hatch" | "rye" | "pixi" | "conda" | "mamba"
        | "micromamba" => second == "run",
        "bundle" | "mise" | "rtx" | "opam" | "stack" | "direnv" | "asdf" => second == "exec",
        "npm" | "pnpm" | "yarn" => matches!(second, "exec" | "dlx"),
        "nix" => matches!(second, "develop" | "shell"),
        "bash" | "sh" | "zsh" => matches!(second, "-c" | "-lc"),
        "timeout" => true,
        _ => false,
    }
}

/// [`program_words`] of words already split: wrappers, their flags (`-n env`, `-c`, `--`) and
/// env assignments peeled off until the program.
fn program_words_of<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut words = words.to_vec();
    let mut peeled = false;
    while let Some(first) = words.first().copied() {
        let is_env = first.contains('=') && !first.starts_with('=') && !first.starts_with('-');
        let second = words.get(1).copied().unwrap_or("");
        // A statement of an inline script that assigns a call's result (`matlab -batch
        // "results = runtests('tests'); …"`, `r <- testthat::test_dir('tests')`): the call is
        // what runs (v14). A shell never spaces its own `=`, so no command is mistaken.
        let assigned = matches!(second, "=" | "<-")
            && words.len() > 2
            && first.chars().all(|c| c.is_alphanumeric() || c == '_');
        if is_env || ONE_WORD_WRAPPERS.contains(&base(first)) {
            words.remove(0);
            peeled = true;
        } else if assigned {
            words.drain(..2);
        } else if two_word_wrapper(base(first), second) && words.len() > 2 {
            words.drain(..2);
            peeled = true;
        } else if peeled && (first.starts_with('-') || first.parse::<f64>().is_ok()) {
            // A wrapper's own flags (`conda run -n env`, `nix develop -c`, `timeout 60`):
            // a flag that takes a value is followed by it.
            let takes_value = matches!(first, "-n" | "--name" | "-p" | "--prefix" | "-u");
            words.drain(..if takes_value && words.len() > 2 { 2 } else { 1 });
        } else {
            break;
        }
    }
    words
}

/// The command run inside a container or pod: `docker exec [flags] NAME cmd…`, `docker compose
/// exec|run [flags] SERVICE cmd…`, `kubectl exec POD -- cmd…`.
fn container_command<'a, 'b>(words: &'b [&'a str]) -> Option<&'b [&'a str]> {
    let program = base(words[0]);
    let (sub_at, target_follows) = match program {
        "docker" | "podman" if words.get(1) == Some(&"compose") => (2, true),
        "docker" | "podman" | "docker-compose" | "podman-compose" => (1, true),
        "kubectl" | "oc" => (1, false),
        _ => return None,
    };
    if !matches!(words.get(sub_at).copied(), Some("exec" | "run")) {
        return None;
    }
    if !target_follows {
        let dashes = words.iter().position(|w| *w == "--")?;
        return Some(&words[dashes + 1..]);
    }
    // Flags that take a value as the next word; any other flag stands alone.
    const VALUED: &[&str] = &[
        "-e",
        "--env",
        "-u",
        "--user",
        "-w",
        "--workdir",
        "-v",
        "--volume",
        "--name",
        "-p",
        "--publish",
        "--entrypoint",
        "--env-file",
        "--network",
        "--platform",
        "--index",
        "-l",
        "--label",
    ];
    let mut i = sub_at + 1;
    while let Some(w) = words.get(i) {
        if !w.starts_with('-') {
            break;
        }
        i += if VALUED.contains(w) { 2 } else { 1 };
    }
    // `words[i]` is the container or service; the command follows it.
    words.get(i + 1..).filter(|rest| !rest.is_empty())
}

/// Programs that read, search, print or move files, or are the shell's own: a `test` among
/// their arguments is a file or a pattern (`grep test`, `ls tests`, `cat test.txt`), and the
/// shell's `test`/`[` is a condition, not a test run.
const NOT_RUNNERS: &[&str] = &[
    "test", "[", "grep", "rg", "ag", "ack", "cat", "bat", "less", "more", "head", "tail", "ls",
    "tree", "find", "fd", "echo", "printf", "cd", "pushd", "mkdir", "rmdir", "rm", "cp", "mv",
    "touch", "chmod", "chown", "ln", "wc", "sed", "awk", "sort", "uniq", "cut", "tr", "diff",
    "file", "stat", "du", "open", "code", "vim", "vi", "nvim", "nano", "emacs", "git", "which",
    "type", "man", "xargs", "tee", "curl", "wget", "tar", "zip", "unzip", "export", "source",
];

/// Dedicated test runners whose names do not say `test` (`rspec`, `tox`, `pest`, `twister`),
/// across ecosystems: few, stable.
const RUNNERS: &[&str] = &[
    "rspec", "phpunit", "paratest", "pest", "phpspec", "codecept", "tox", "nox", "jest", "mocha",
    "ava", "jasmine", "karma", "tap", "tape", "uvu", "qunit", "wdio", "bats", "prove", "twister",
    "cucumber", "behave", "busted", "kaocha", "ginkgo", "robot",
];

/// Whether a word names a test task or subcommand: `test`, `tests`, `spec`, `test:unit`,
/// `test-e2e`, `test_api`, `testOnly`, `testDebugUnitTest`, `integrationTest`, `Pkg.test`.
fn is_test_word(word: &str) -> bool {
    let word = word.rsplit(':').next().filter(|t| !t.is_empty()).unwrap_or(word);
    if matches!(word, "test" | "tests" | "spec" | "specs") {
        return true;
    }
    if let Some(rest) = word.strip_prefix("test") {
        let next = rest.chars().next();
        return next.is_some_and(|c| c.is_ascii_uppercase() || matches!(c, ':' | '-' | '_'));
    }
    let camel_tail = |suffix: &str| {
        word.strip_suffix(suffix)
            .and_then(|head| head.chars().last())
            .is_some_and(|c| c.is_ascii_lowercase())
    };
    camel_tail("Test") || camel_tail("Tests") || word.ends_with(".test")
}

/// Whether a command's words run tests by their shape: a program named for tests (`ctest`,
/// `gotestsum`, `run_tests.sh`), a dedicated runner, a module named for tests (`python -m
/// unittest`), or a tool given a test subcommand or task among its bare words (`<tool> [flags]
/// [build] test …`, `sbt "testOnly x.FooSpec"`, `julia -e 'Pkg.test()'`).
fn runs_tests(words: &[&str]) -> bool {
    let program = base(words[0]);
    if NOT_RUNNERS.contains(&program) {
        return false;
    }
    let stem = program.split('.').next().unwrap_or(program).to_ascii_lowercase();
    if stem.contains("test") || RUNNERS.contains(&stem.as_str()) || is_test_word(words[0]) {
        return true;
    }
    let module = words.iter().position(|w| *w == "-m").and_then(|i| words.get(i + 1));
    if module.is_some_and(|m| m.to_ascii_lowercase().contains("test")) {
        return true;
    }
    // The subcommands and tasks lead the arguments (flags between them skipped); the first
    // argument that is not a bare word (a path, a file, a string, an address) ends them, so a
    // `test` inside a script's text or a message (`wp eval 'wp_mail(…, "CF7 test")'`) is not one.
    let bare = |w: &str| {
        w.ends_with(".test")
            || w.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_'))
    };
    words[1..]
        .iter()
        .filter(|w| !w.starts_with('-'))
        .take_while(|w| bare(w))
        .any(|w| is_test_word(w))
}

/// A program's own name without its directory, on any system: `.venv\Scripts\python.exe` is
/// `python`, as `.venv/bin/python` is (a Windows path or `.exe` hides no other program). A
/// backslash before anything but a plain name is an escape in a script's text, not a folder.
fn base(program: &str) -> &str {
    let name = program.rsplit('/').next().unwrap_or(program);
    let plain = |n: &str| {
        !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
    };
    let name = name.rsplit('\\').next().filter(|n| plain(n)).unwrap_or(name);
    name.strip_suffix(".exe").or_else(|| name.strip_suffix(".EXE")).unwrap_or(name)
}

/// A program's kind by its name and subcommand, or a test run by the shape of the call.
fn classify_program(words: &[&str]) -> CommandSignals {
    let found = classify_words(words);
    // Any build or test tool asked for its tests (`flutter test`, `sbt -batch test`,
    // `zig build test`, `mix test`): recognised by the shape of the call, not by the tool.
    if matches!(found.kind, "other" | "build" | "data") && runs_tests(words) {
        return CommandSignals { kind: "test", test_runner: Some("other") };
    }
    found
}

fn classify_words(words: &[&str]) -> CommandSignals {
    let program = base(words[0]);
    let arg = |i: usize| words.get(i).copied().unwrap_or("");
    let test = |runner| CommandSignals { kind: "test", test_runner: Some(runner) };
    let kind = |kind| CommandSignals { kind, test_runner: None };
    let is_test_target = |t: &str| t == "test" || t.starts_with("test:") || t.starts_with("test-");
    match program {
        "cargo" => match arg(1) {
            "test" | "nextest" => test("cargo"),
            "build" | "check" | "clippy" | "run" | "fmt" => kind("build"),
            "add" | "install" | "update" | "fetch" => kind("install"),
            _ => kind("other"),
        },
        "pytest" | "py.test" => test("pytest"),
        "python" | "python3" | "py" if arg(1) == "-m" && arg(2) == "pytest" => test("pytest"),
        "python" | "python3" | "py" if arg(1) == "-m" && arg(2) == "pip" => kind("install"),
        "python" | "python3" | "py" if base(arg(1)) == "manage.py" && arg(2) == "test" => {
            test("django")
        }
        "python" | "python3" | "py" => {
            let data = words.iter().any(|w| {
                let w = w.to_lowercase();
                w.rsplit_once('.').is_some_and(|(stem, ext)| {
                    !stem.is_empty()
                        && (TABLE_EXTENSIONS.contains(&ext) || matches!(ext, "sql" | "json"))
                })
            });
            kind(if data { "data" } else { "other" })
        }
        "go" => match arg(1) {
            "test" => test("go"),
            "build" | "vet" | "run" => kind("build"),
            "get" | "install" | "mod" => kind("install"),
            _ => kind("other"),
        },
        "npm" | "yarn" | "pnpm" | "bun" => {
            let (sub, target) = (arg(1), arg(2));
            if is_test_target(sub) || (sub == "run" && is_test_target(target)) || sub == "t" {
                test("npm")
            } else if matches!(sub, "install" | "i" | "ci" | "add") {
                kind("install")
            } else if sub == "build"
                || (sub == "run" && target.starts_with("build"))
                || target == "tsc"
            {
                kind("build")
            } else {
                kind("other")
            }
        }
        "jest" => test("jest"),
        "playwright" if arg(1) == "test" => test("playwright"),
        "cypress" if arg(1) == "run" => test("cypress"),
        "dbt" if arg(1) == "test" => test("dbt"),
        // `dbt show` runs a model or an inline query and prints its rows: a query over data.
        "dbt" if arg(1) == "show" => kind("data"),
        "vitest" => test("vitest"),
        "mvn" | "mvnw" => match arg(1) {
            "test" | "verify" => test("mvn"),
            "install" => kind("install"),
            _ => kind("build"),
        },
        "gradle" | "gradlew" => {
            // A verification task, also in a subproject (`:app:test`) or named for the tests it
            // runs (`testDebugUnitTest`, `connectedAndroidTest`, `integrationTest`).
            let verifies = |w: &&str| {
                let task = w.rsplit(':').next().unwrap_or(w);
                !task.starts_with('-')
                    && (task == "test"
                        || task == "check"
                        || task.starts_with("test")
                        || task.ends_with("Test"))
            };
            if words[1..].iter().any(verifies) { test("gradle") } else { kind("build") }
        }
        "dotnet" => match arg(1) {
            "test" => test("dotnet"),
            "add" | "restore" => kind("install"),
            _ => kind("build"),
        },
        "ctest" => test("ctest"),
        "rspec" => test("rspec"),
        "phpunit" => test("phpunit"),
        "make" => {
            let target = words[1..].iter().find(|w| !w.starts_with('-')).copied().unwrap_or("");
            if target == "check" || is_test_target(target) || target.starts_with("test_") {
                test("make")
            } else {
                kind("build")
            }
        }
        "git" => {
            // Skip global options (`-C dir`, `-c k=v`) to find the subcommand.
            let mut i = 1;
            while matches!(arg(i), "-C" | "-c") {
                i += 2;
            }
            kind(if arg(i) == "commit" { "commit" } else { "git" })
        }
        "tsc" | "cmake" | "gcc" | "g++" | "clang" | "rustc" | "webpack" | "ninja" | "javac" => {
            kind("build")
        }
        "vite" if arg(1) == "build" => kind("build"),
        "pip" | "pip3" | "gem" | "composer" | "conda" => {
            kind(if matches!(arg(1), "install" | "add" | "require" | "update" | "upgrade") {
                "install"
            } else {
                "other"
            })
        }
        // A system package manager installs software on the machine itself (a printer driver,
        // pandoc, postgres): that is operating it. A language's package manager above adds a
        // project's dependencies, a means of building.
        "apt" | "apt-get" | "brew" | "dnf" | "yum" | "zypper" | "choco" | "winget" | "snap"
        | "port" => {
            kind(if matches!(arg(1), "install" | "reinstall" | "upgrade" | "remove" | "purge") {
                "operate"
            } else {
                "other"
            })
        }
        "dpkg" if matches!(arg(1), "-i" | "--install") => kind("operate"),
        // A bulk loader writes tables into a live database (a shapefile loaded into PostGIS, a
        // dump into MongoDB): that changes the database, as a restore does. `ogr2ogr` into a
        // file converts data.
        "pgloader" | "mongoimport" | "mongorestore" | "mysqlimport" => kind("operate"),
        "ogr2ogr" if loads_a_database(words) => kind("operate"),
        // WP-CLI administers a site (its database, plugins, options, cache); `eval` and `shell`
        // run the code given, which is the code's work, and `get`/`list` read.
        "wp" => kind(if matches!(arg(1), "eval" | "eval-file" | "shell" | "help" | "cli")
            || reads_by_subcommand(words)
        {
            "other"
        } else {
            "operate"
        }),
        // A statement that changes a live database's structure or rights (detaching and
        // dropping partitions, grants, vacuums) administers it; queries read its data.
        client if DATABASE_CLIENTS.contains(&client) && changes_schema(words) => kind("operate"),
        // Dumps and restores of a database are its backups, run on the environment.
        "pg_dump" | "pg_dumpall" | "pg_restore" | "pg_basebackup" | "mysqldump" => kind("operate"),
        "docker" | "docker-compose" | "podman" | "kubectl" | "terraform" | "systemctl" | "ssh"
        | "scp" | "helm" | "ansible" | "ansible-playbook" | "gcloud" | "aws" | "az" | "fly"
        | "flyctl" | "heroku" | "vercel" | "service" | "k9s" | "kind" | "minikube" | "pulumi"
        | "netlify" | "wrangler" | "supabase" | "railway" | "doctl" | "eksctl" | "nomad"
        | "consul" | "vault" | "journalctl" | "launchctl" | "nmcli" | "ufw" | "iptables"
        | "crontab" | "mount" | "umount" | "lsblk" | "fdisk" | "mkfs" | "rsync" | "pacman"
        | "yay" | "virsh" | "qemu-system-x86_64" | "k6" | "netlify-cli" | "firebase" | "surge"
        | "gh-pages" | "airflow" | "dagster" | "prefect" | "schtasks" | "lpadmin" | "cupsctl"
        // Workflow managers run a pipeline's jobs on a cluster or another executor, as
        // `airflow` does.
        | "nextflow" | "snakemake" => {
            kind(if inspects_only(program, words) { "other" } else { "operate" })
        }
        client if DATABASE_CLIENTS.contains(&client) => kind("data"),
        "jq" | "csvkit" | "xsv" | "mlr" | "trino" | "bq" | "snowsql" | "clickhouse-client" => {
            kind("data")
        }
        // A statistics package's run (a Stata do-file, a SAS program in batch) is an analysis:
        // estimating, tabulating and exporting results are the only jobs these tools do.
        "stata" | "stata-mp" | "stata-se" | "stata-be" | "statamp" | "statase" | "sas" => {
            kind("data")
        }
        // Kafka's admin tools act by an option, not a subcommand: `--execute`, `--alter`,
        // `--create`, `--delete` change a live cluster (a partition reassignment, a topic's
        // config); `--describe`, `--list`, `--generate`, `--verify` read it. A leader election
        // moves leadership whatever its options.
        kafka if kafka.starts_with("kafka-") => {
            let tool = kafka.trim_end_matches(".sh");
            let changes = words[1..].iter().any(|w| {
                matches!(*w, "--execute" | "--alter" | "--create" | "--delete" | "--add" | "--remove")
            });
            kind(if changes || tool.ends_with("leader-election") { "operate" } else { "other" })
        }
        _ => kind("other"),
    }
}

/// Whether a command line may print a test summary of its own: not when every program in it
/// only prints, searches or moves files (`cat`, `nl`, `sed -n`, `grep`), whose output is a
/// file's text, not a run's summary.
pub fn may_report_tests(command: &str) -> bool {
    segments(&without_heredoc_bodies(command)).into_iter().any(|segment| {
        let words = program_words(segment);
        words.first().is_some_and(|p| {
            let p = base(p);
            !NOT_RUNNERS.contains(&p) && !matches!(p, "nl" | "jq" | "column" | "yq" | "xxd")
        })
    })
}

/// How far from its end test output is read for its summary: runners print it last.
const SUMMARY_TAIL: usize = 4096;

/// Words that count tests in a summary line (`3 passed (5 assertions)`, `12 examples`).
const TEST_NOUNS: &[&str] = &[
    "test",
    "tests",
    "example",
    "examples",
    "spec",
    "specs",
    "assertion",
    "assertions",
    "case",
    "cases",
    "scenario",
    "scenarios",
    "suite",
    "suites",
];
const PASS_WORDS: &[&str] = &["passed", "passing", "pass", "succeeded", "successful"];
const FAIL_WORDS: &[&str] =
    &["failed", "failing", "fail", "failures", "failure", "errors", "errored", "broken"];

/// Whether a command's output ends in a test summary, and whether it reports failures:
/// `Some(true)` failed, `Some(false)` passed, `None` no summary. The summary is read by its
/// shape, whatever the runner: a line that counts tests and says how many passed or failed
/// (pytest `5 passed in 0.3s`, jest/pest `Tests: 3 passed`, cargo `test result: ok. 5 passed;
/// 0 failed`, rspec `12 examples, 0 failures`, JUnit `Tests run: 9, Failures: 0`, phpunit `OK
/// (12 tests, 30 assertions)`, unittest `Ran 4 tests`, mocha `5 passing`, twister `3 of 3
/// executed test cases passed`, ctest `100% tests passed, 0 tests failed out of 8`, dotnet
/// `Failed: 0, Passed: 12`), or a self-checking program's verdict opening a line in capitals
/// (a testbench's `PASS 21904 words`, `FAIL: scoreboard mismatch`). Only the output's tail is
/// read.
pub fn test_summary(output: &str) -> Option<bool> {
    let mut start = output.len().saturating_sub(SUMMARY_TAIL);
    while !output.is_char_boundary(start) {
        start += 1;
    }
    let tail = &output[start..];
    let mut summary: Option<bool> = None;
    // A count of tests on an earlier line (lit's `-- Testing: 4 tests, 2 workers --`) makes a
    // later bare count of passed or failed ones (`  Passed: 4`) the run's summary.
    let mut tests_counted_above = false;
    for line in tail.lines() {
        let lower = line.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '.'))
            .map(|w| w.trim_matches('.'))
            .filter(|w| !w.is_empty())
            .collect();
        let number = |w: &str| w.parse::<f64>().ok();
        // A count next to a word: `3 passed`, `failures: 0` (the word before, after a colon).
        let count_of = |set: &[&str]| -> Option<f64> {
            let mut total: Option<f64> = None;
            for (i, w) in words.iter().enumerate() {
                if !set.contains(w) {
                    continue;
                }
                // `3 passed`, or `1 tests failed` (ctest) with the noun between.
                let before = i.checked_sub(1).and_then(|j| number(words[j])).or_else(|| {
                    let noun = i.checked_sub(1).is_some_and(|j| TEST_NOUNS.contains(&words[j]));
                    i.checked_sub(2).filter(|_| noun).and_then(|j| number(words[j]))
                });
                let after = lower.contains(&format!("{w}:")).then(|| words.get(i + 1)).flatten();
                // `Failures: 0` after a `Tests run: 9,`: the colon form reads the number after.
                if let Some(n) = after.map(|a| number(a)).unwrap_or(before) {
                    total = Some(total.unwrap_or(0.0) + n);
                }
            }
            total
        };
        let passed = count_of(PASS_WORDS);
        let failed = count_of(FAIL_WORDS);
        // Tests counted (`12 tests`, `Tests: 3`, `Tests run: 9`) beside a verdict or a run
        // (`Ran 4 tests`, `Executed 9 tests`, `OK (12 tests`); or `N of M … test cases passed`.
        let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
        let counted = count_of(TEST_NOUNS).is_some()
            || words
                .windows(3)
                .any(|w| TEST_NOUNS.contains(&w[0]) && w[1] == "run" && number(w[2]).is_some());
        let n_of_m = words
            .windows(3)
            .any(|w| w[1] == "of" && number(w[0]).is_some() && number(w[2]).is_some());
        let counted_tests = counted
            && (has(PASS_WORDS)
                || has(FAIL_WORDS)
                || has(&["ran", "executed", "total"])
                || lower.trim_start().starts_with("ok ("))
            || n_of_m && has(TEST_NOUNS) && has(PASS_WORDS);
        // pytest's `5 passed in 0.31s`: a count and a duration.
        let pytest_tail = passed.is_some()
            && words.windows(2).any(|w| {
                w[0] == "in" && w[1].strip_suffix('s').and_then(|d| d.parse::<f64>().ok()).is_some()
            });
        let both_counts = passed.is_some() && failed.is_some();
        // A self-checking program's own verdict opening a line in capitals, as testbenches and
        // test scripts print it (`PASS 21904 words`, `FAIL: scoreboard mismatch`): it ran.
        // A colon and a count after it (ceedling's `FAILED:   0`) make it a summary's field,
        // read above.
        let mut tokens = line.split_whitespace();
        let first = tokens.next().unwrap_or("");
        let field = first.ends_with(':') && tokens.next().is_some_and(|n| number(n).is_some());
        let own_verdict = Some(first.trim_end_matches([':', '!']))
            .filter(|v| matches!(*v, "PASS" | "PASSED" | "FAIL" | "FAILED") && !field);
        let is_summary = own_verdict.is_some()
            || counted_tests
            || pytest_tail
            || both_counts
            || passed.is_some() && lower.contains("passing")
            || tests_counted_above && (passed.is_some() || failed.is_some());
        tests_counted_above |= count_of(TEST_NOUNS).is_some();
        if !is_summary {
            // unittest's verdict line after `Ran N tests`.
            if summary.is_some() && lower.trim_start().starts_with("failed (") {
                summary = Some(true);
            }
            continue;
        }
        let fails = failed.is_some_and(|n| n > 0.0)
            || lower.contains("failures!")
            || own_verdict.is_some_and(|v| v.starts_with("FAIL"));
        summary = Some(summary.unwrap_or(false) || fails);
    }
    summary
}

/// Whether test output carries a failure summary (`FAILED`, `N failed`, `FAIL`, ...).
pub fn output_reports_test_failure(output: &str) -> bool {
    if output.contains("FAILED") {
        return true;
    }
    let bytes = output.as_bytes();
    // `FAIL` as a whole word (go test, jest).
    let mut from = 0;
    while let Some(pos) = output[from..].find("FAIL") {
        let at = from + pos;
        let before = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after = bytes.get(at + 4).is_none_or(|b| !b.is_ascii_alphanumeric());
        if before && after {
            return true;
        }
        from = at + 4;
    }
    // `N failed` with N > 0 (pytest, cargo, jest's `Tests: N failed`).
    let lower = output.to_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(" failed") {
        let at = from + pos;
        let digits: String = lower[..at].chars().rev().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && digits.chars().any(|c| c != '0') {
            return true;
        }
        from = at + 7;
    }
    false
}

/// Whether a command's output answers a query with no verdict in it: something printed, and no
/// word of a test run's outcome (`pass`, `ok`, `fail`, `error`, `success`, a count of tests, a
/// tick). A tool's `test` subcommand that prints only an answer (`amtool config routes test …`
/// printing the receiver `core-pager`) looked something up; it ran no tests. A silent run
/// (`zig build test` prints nothing when it passes) is still a test run.
pub fn output_answers_without_verdict(output: &str) -> bool {
    let mut start = output.len().saturating_sub(SUMMARY_TAIL);
    while !output.is_char_boundary(start) {
        start += 1;
    }
    let tail = output[start..].to_lowercase();
    if tail.trim().is_empty() || tail.contains(['✓', '✔', '√', '✗', '✘']) {
        return false;
    }
    !tail.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w == "ok"
            || ["pass", "fail", "error", "success", "succeed", "test", "spec", "assert", "warn"]
                .iter()
                .any(|stem| w.starts_with(stem))
    })
}

/// Whether the output of a command that started or changed a service shows the service down
/// although the command exited 0 (`docker compose up -d && docker compose ps` printing
/// `Restarting (1)`): the status a service manager prints, read by its shape — docker's
/// `Restarting (N)`, `Exited (N)` with N > 0 and `(unhealthy)`, Kubernetes' waiting reasons
/// (`CrashLoopBackOff`, `ImagePullBackOff`, `ErrImagePull`, `CreateContainerConfigError`,
/// `OOMKilled`, `Error` in a pod's status column is not read: too common a word), systemd's
/// `Active: failed` and `activating (auto-restart)`, helm's `STATUS: failed`. Only the tail is
/// read, where the final status is.
pub fn output_shows_service_down(output: &str) -> bool {
    let mut start = output.len().saturating_sub(SUMMARY_TAIL);
    while !output.is_char_boundary(start) {
        start += 1;
    }
    let tail = &output[start..];
    const WAITING: &[&str] = &[
        "CrashLoopBackOff",
        "ImagePullBackOff",
        "ErrImagePull",
        "CreateContainerConfigError",
        "CreateContainerError",
        "OOMKilled",
        "(unhealthy)",
    ];
    if WAITING.iter().any(|w| tail.contains(w)) {
        return true;
    }
    // `Restarting (1) 4 seconds ago`, `Exited (137) 2 minutes ago`: a status with its exit code.
    let status_code = |word: &str, nonzero_only: bool| {
        tail.match_indices(word).any(|(at, _)| {
            let rest = &tail[at + word.len()..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            rest[digits.len()..].starts_with(')')
                && !digits.is_empty()
                && (!nonzero_only || digits.chars().any(|c| c != '0'))
        })
    };
    if status_code("Restarting (", false) || status_code("Exited (", true) {
        return true;
    }
    tail.lines().any(|line| {
        let line = line.trim_start().to_lowercase();
        line.starts_with("active: failed")
            || line.starts_with("active: activating (auto-restart)")
            || line.starts_with("status: failed")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts each command is (or is not) classified as a test run.
    fn assert_test_runs(commands: &[&str], runs: bool) {
        for command in commands {
            assert_eq!(classify(command).kind == "test", runs, "{command}");
        }
    }

    #[test]
    fn a_test_subcommand_that_prints_only_an_answer_ran_no_tests() {
        assert!(output_answers_without_verdict("core-pager"));
        assert!(output_answers_without_verdict("receiver: access-pager\nroute: {team=\"access\"}"));
        assert!(!output_answers_without_verdict(""));
        assert!(!output_answers_without_verdict("ok  \tgithub.com/acme/api\t0.12s"));
        assert!(!output_answers_without_verdict("3 passed in 0.2s"));
        assert!(!output_answers_without_verdict("All tests passed!"));
        assert!(!output_answers_without_verdict("SUCCESS"));
        assert!(!output_answers_without_verdict(
            "[info] Done compiling.\n[success] Total time: 3 s"
        ));
        assert!(!output_answers_without_verdict("  ✓ renders the header (12 ms)"));
    }

    #[test]
    fn a_heredoc_body_is_text_not_commands() {
        let write = "cat <<'EOF' > quickstart.md\n# Quickstart\nuv run pytest\nEOF";
        assert_ne!(classify(write).kind, "test");
        assert!(!may_report_tests("cat <<EOF > notes.txt\ncargo test\nEOF"));
        assert_eq!(classify("cat <<'EOF' > a.md\nx\nEOF\npytest -q").kind, "test");
        assert_eq!(classify("pytest -q <<< 'y'").kind, "test");
    }

    #[test]
    fn a_service_shown_down_after_its_start_is_a_failure() {
        for out in [
            "NAME  IMAGE  STATUS\nweb-1  grafana/grafana:11.3.1  Restarting (1) 4 seconds ago",
            "api-1  api:2  Exited (137) 2 minutes ago",
            "NAME READY STATUS RESTARTS\napi-7d9 0/1 CrashLoopBackOff 5",
            "web-6f  0/1  ImagePullBackOff  0  1m",
            "db-1  postgres:16  Up 3 minutes (unhealthy)",
            "  Active: failed (Result: exit-code) since Tue",
            "  Active: activating (auto-restart) (Result: exit-code)",
            "NAME: api\nSTATUS: failed\nREVISION: 4",
        ] {
            assert!(output_shows_service_down(out), "{out}");
        }
        for out in [
            "NAME  IMAGE  STATUS\nweb-1  grafana/grafana:11.3.1  Up 19 seconds",
            "api-1  api:2  Exited (0) 2 minutes ago",
            "db-1  postgres:16  Up 3 minutes (healthy)",
            "  Active: active (running) since Tue",
            "STATUS: deployed\nREVISION: 4",
            "restarting the service failed over to replica",
        ] {
            assert!(!output_shows_service_down(out), "{out}");
        }
    }

    #[test]
    fn test_runs_are_recognised_by_the_shape_of_the_call() {
        let runs = [
            "flutter test",
            "flutter test test/widget_test.dart",
            "sbt -batch test",
            "sbt \"testOnly com.acme.LedgerSpec\"",
            "sbt clean coverage test",
            "ctest --output-on-failure",
            "go test ./...",
            "dotnet test",
            "mix test",
            "swift test",
            "zig build test",
            "npm test",
            "pnpm run test:unit",
            "yarn test",
            "bun test",
            "make test",
            "make check",
            "tox -e py311",
            "nox -s tests",
            "bundle exec rspec spec/models",
            "vendor/bin/phpunit",
            "julia --project -e 'using Pkg; Pkg.test()'",
            "cabal test",
            "stack test",
            "lein test",
            "deno test --allow-read",
            "rake spec",
            "python -m unittest discover",
            "./run_tests.sh",
            "gotestsum ./...",
            "./mill app.test",
            "./gradlew integrationTest",
        ];
        assert_test_runs(&runs, true);
        let not_runs = [
            "grep -rn test src/",
            "cat test.txt",
            "ls tests/",
            "test -f Cargo.toml",
            "[ -d tests ]",
            "echo test",
            "mkdir tests",
            "flutter build apk",
            "sbt compile",
            "python3 scripts/make_tests.py",
            "git log --grep test",
            "cargo check",
            "rm -rf test-results",
            "wp eval 'var_dump( wp_mail( \"info@example.org\", \"CF7 test 2\", \"test\" ) );'",
            "python3 send.py test",
        ];
        assert_test_runs(&not_runs, false);
    }

    #[test]
    fn an_inline_scripts_call_whose_result_is_assigned_is_what_runs() {
        let runs = [
            "matlab -batch \"addpath(pwd); results = runtests('tests'); exit(any([results.Failed]))\"",
            "Rscript -e \"library(testthat); res <- test_dir('tests')\"",
        ];
        assert_test_runs(&runs, true);
        let not_runs = [
            "python3 -c \"import pandas as pd; df = pd.read_csv('orders.csv'); print(df.shape)\"",
            "matlab -batch \"x = load('beam.mat'); disp(x)\"",
        ];
        assert_test_runs(&not_runs, false);
    }

    #[test]
    fn read_only_inspection_is_not_operating() {
        assert_eq!(classify("crontab -l 2>/dev/null; ls -la out | tail -3").kind, "other");
        assert_eq!(classify("kubectl get pods -n web").kind, "other");
        assert_eq!(classify("systemctl status nginx").kind, "other");
        assert_eq!(classify("crontab -e").kind, "operate");
        assert_eq!(classify("npx netlify-cli deploy --prod --dir .").kind, "operate");
        // A separator inside quotes is the text of an argument, not a second command.
        assert_eq!(classify("grep -rnE 'deploy|netlify' docs/").kind, "other");
        // (The `jq` fed by the pipe reads curl's output: no data work either, v13.)
        assert_eq!(classify("curl -s \"https://x.dev/q?a=1&kubectl=apply\" | jq .").kind, "other");
        assert_eq!(classify("bash -c \"cd app && npm test | tee log\"").kind, "test");
        assert_eq!(classify("grep -c \"say \\\"a|b\\\"\" x | kubectl apply -f -").kind, "operate");
        assert_eq!(classify("# don't deploy yet\nls | kubectl apply -f -").kind, "operate");
    }

    #[test]
    fn a_command_substitution_is_one_argument_of_the_command_around_it() {
        assert_eq!(
            segments(
                "kafka-reassign-partitions.sh --topics $(grep -l x f | cut -d, -f1) --execute"
            ),
            ["kafka-reassign-partitions.sh --topics $(grep -l x f | cut -d, -f1) --execute"]
        );
        assert_eq!(
            segments("echo \"$(date; uname)\" | tee log"),
            ["echo \"$(date; uname)\" ", " tee log"]
        );
        assert_eq!(segments("echo `ls | wc -l` && make"), ["echo `ls | wc -l` ", "", " make"]);
        // Arithmetic and a literal `$(` in single quotes change nothing.
        assert_eq!(segments("echo $((1 + 2)) | cat"), ["echo $((1 + 2)) ", " cat"]);
        assert_eq!(segments("echo '$(' | cat"), ["echo '$(' ", " cat"]);
    }

    #[test]
    fn an_operating_tool_reads_by_its_subcommand_wherever_the_options_put_it() {
        assert_eq!(classify("kubectl -n search describe hpa search-api").kind, "other");
        assert_eq!(classify("kubectl --context prod -n web get pods -o wide").kind, "other");
        assert_eq!(classify("systemctl --user status backup.timer").kind, "other");
        assert_eq!(classify("terraform state list | wc -l").kind, "other");
        assert_eq!(classify("terraform -chdir=infra plan").kind, "other");
        assert_eq!(classify("aws ec2 describe-instances --region eu-west-1").kind, "other");
        assert_eq!(classify("gcloud compute instances list").kind, "other");
        // A change as the subcommand wins; options do not hide it, objects named like one
        // (`get deploy`) are no subcommand.
        assert_eq!(classify("kubectl -n kube-system get deploy metrics-server").kind, "other");
        assert_eq!(classify("kubectl -n search apply -f hpa.yaml").kind, "operate");
        assert_eq!(classify("kubectl rollout restart deploy/api").kind, "operate");
        assert_eq!(classify("terraform -chdir=infra apply -auto-approve").kind, "operate");
        assert_eq!(classify("terraform state rm aws_instance.old").kind, "operate");
        assert_eq!(classify("gcloud run deploy api --source .").kind, "operate");
        // A remote shell's words are another command's.
        assert_eq!(classify("ssh db1 systemctl status postgresql").kind, "operate");
    }

    #[test]
    fn a_command_run_in_a_running_container_is_the_command_inside() {
        let list = "docker compose exec airflow-scheduler airflow dags list-import-errors";
        assert_eq!(classify(list).kind, "other");
        assert_eq!(classify("kubectl exec -n web api-0 -- cat /etc/hosts").kind, "other");
        assert_eq!(classify(r#"docker exec db psql -c "DROP TABLE old_events""#).kind, "operate");
        assert_eq!(classify("docker compose exec app python manage.py test").kind, "test");
        // Starting a container or the services operates them.
        assert_eq!(classify("docker run -d -p 80:80 nginx").kind, "operate");
        assert_eq!(classify("docker compose up -d").kind, "operate");
        assert_eq!(classify("docker compose exec airflow-scheduler bash").kind, "other");
    }

    #[test]
    fn a_system_package_installed_operates_the_machine_a_project_dependency_does_not() {
        assert_eq!(classify("sudo apt-get install -y printer-driver-escpr").kind, "operate");
        assert_eq!(classify("brew install pandoc").kind, "operate");
        assert_eq!(classify("winget install Git.Git").kind, "operate");
        assert_eq!(classify("sudo dpkg -i ~/Downloads/tmx-cups.deb").kind, "operate");
        assert_eq!(classify("pip install pandas").kind, "install");
        assert_eq!(classify("npm install dompurify").kind, "install");
        // Looking a package up changes nothing.
        assert_eq!(classify("brew --version").kind, "other");
        assert_eq!(classify("apt list --installed").kind, "other");
    }

    #[test]
    fn scheduled_tasks_and_printers_set_up_on_the_machine_are_operating() {
        let task = r#"schtasks /Create /TN "Copy backups" /SC DAILY /ST 22:30 /TR "robocopy a b""#;
        assert_eq!(classify(task).kind, "operate");
        assert_eq!(classify("schtasks /Query /TN \"Copy backups\"").kind, "other");
        assert_eq!(classify("sudo lpadmin -p Receipt -E -v usb://EPSON/TM-T20II").kind, "operate");
        assert_eq!(classify("lpstat -p -d").kind, "other");
    }

    #[test]
    fn statements_that_change_a_database_administer_it_queries_read_its_data() {
        let detach = r#"psql "$URL" -c "ALTER TABLE claims DETACH PARTITION claims_2024_09""#;
        assert_eq!(classify(detach).kind, "operate");
        assert_eq!(classify(r#"psql "$URL" -c "DROP TABLE claims_2024_09""#).kind, "operate");
        assert_eq!(classify("mysql -e 'GRANT SELECT ON crm.* TO report'").kind, "operate");
        assert_eq!(classify("pg_dump \"$URL\" -Fc -t claims -f claims.dump").kind, "operate");
        assert_eq!(classify(r#"psql "$URL" -Atc "SELECT count(*) FROM claims""#).kind, "data");
        // A column named like a statement is no statement.
        assert_eq!(classify(r#"psql -c "select dropped_at from orders""#).kind, "data");
    }

    #[test]
    fn every_databases_client_queries_its_data_and_its_schema_changes_administer_it() {
        let query = r#"sqlcmd -S SQLBI01 -d SalesDW -E -Q "SELECT region, SUM(net) FROM f""#;
        assert_eq!(classify(query).kind, "data");
        assert_eq!(classify("sqlplus -s app/pw@ORCL @report.sql").kind, "data");
        assert_eq!(classify(r#"sqlcmd -S db1 -Q "DROP TABLE stage_orders""#).kind, "operate");
        assert_eq!(classify(r#"mongosh orders --eval "db.o.countDocuments()""#).kind, "data");
    }

    #[test]
    fn a_statistics_packages_run_is_data_work() {
        assert_eq!(classify("stata-mp -b do do/02_eventstudy.do").kind, "data");
        assert_eq!(classify("sas -sysin claims_summary.sas -log out.log").kind, "data");
        assert_eq!(classify("python run_model.py").kind, "other");
    }

    #[test]
    fn a_query_fed_by_a_pipe_reads_the_output_before_it_not_data() {
        let retcode = "zowe zos-jobs submit local-file jcl/RUN.jcl --rfj | jq -r '.data.retcode'";
        assert_eq!(classify(retcode).kind, "other");
        assert_eq!(
            classify("curl -s https://api.example.com/v1/jobs | jq '.[0].id'").kind,
            "other"
        );
        // Given a file, or a table named anywhere, it is data work.
        assert_eq!(classify("jq '.events | length' events.json").kind, "data");
        assert_eq!(classify("cat sales.csv | mlr --icsv stats1 -a sum -f net").kind, "data");
        // `||` feeds nothing: the command after it is its own.
        assert_eq!(classify("pg_isready || psql -c 'select 1'").kind, "data");
    }

    #[test]
    fn kafkas_admin_tools_change_the_cluster_by_their_action_option() {
        let execute = "kafka-reassign-partitions.sh --bootstrap-server b:9092 \
                       --reassignment-json-file m.json --execute --throttle 50000000";
        assert_eq!(classify(execute).kind, "operate");
        let verify = "kafka-reassign-partitions.sh --bootstrap-server b:9092 \
                      --reassignment-json-file m.json --verify";
        assert_eq!(classify(verify).kind, "other");
        let alter = "kafka-configs --bootstrap-server b:9092 --alter --entity-type topics \
                     --entity-name orders --add-config retention.ms=86400000";
        assert_eq!(classify(alter).kind, "operate");
        let describe = "kafka-consumer-groups --bootstrap-server b:9092 --describe --group g";
        assert_eq!(classify(describe).kind, "other");
        let election = "kafka-leader-election.sh --bootstrap-server b:9092 --election-type \
                        preferred --all-topic-partitions";
        assert_eq!(classify(election).kind, "operate");
    }

    #[test]
    fn scripts_over_every_domains_data_sets_are_data_work() {
        let segy = "python - <<'EOF'\nimport segyio\nf = segyio.open('../seis/stack.sgy')\nEOF";
        assert_eq!(classify(segy).kind, "data");
        assert_eq!(classify("head -30 'Family Tree.ged'").kind, "data");
        assert_eq!(classify("python3 fit.py panel_clean.dta").kind, "data");
        assert_eq!(classify("python3 plot.py --out map.png").kind, "other");
    }

    #[test]
    fn dbt_show_runs_a_query_over_data() {
        assert_eq!(classify(r#"dbt show --inline "select count(*) from orders""#).kind, "data");
        assert_eq!(classify("dbt show --select fct_orders").kind, "data");
        assert_eq!(classify("dbt test --select fct_orders").kind, "test");
    }

    #[test]
    fn scripts_over_tables_are_data_work() {
        assert_eq!(
            classify("python3 - <<'PY'\nimport pandas as pd\na = pd.read_csv('ap.csv')\nPY").kind,
            "data"
        );
        assert_eq!(classify("head -5 sales_q2.csv; wc -l sales_q2.csv").kind, "data");
        assert_eq!(classify("cat package.json").kind, "other");
    }

    #[test]
    fn test_runs_are_found_behind_cd_env_and_wrappers() {
        assert_eq!(classify("cd foo && RUST_LOG=1 cargo test -p x").test_runner, Some("cargo"));
        assert_eq!(classify("uv run pytest -q").test_runner, Some("pytest"));
        assert_eq!(classify("npx vitest run").test_runner, Some("vitest"));
        assert_eq!(classify("./gradlew test").test_runner, Some("gradle"));
        assert_eq!(classify("./gradlew :app:testDebugUnitTest -q").test_runner, Some("gradle"));
        assert_eq!(classify("./gradlew connectedAndroidTest").test_runner, Some("gradle"));
        assert_eq!(classify("./gradlew assembleRelease").kind, "build");
        assert_eq!(classify("make test-unit").test_runner, Some("make"));
        assert_eq!(classify("npx playwright test e2e/").test_runner, Some("playwright"));
        assert_eq!(classify("python manage.py test shipments").test_runner, Some("django"));
        assert_eq!(classify("dbt test -s fct_orders").test_runner, Some("dbt"));
        assert_eq!(classify("npm run test:unit").test_runner, Some("npm"));
        assert_eq!(classify("git add . && git commit -m x").kind, "commit");
        assert_eq!(classify("git -C repo status").kind, "git");
        assert_eq!(classify("kubectl apply -f pods.yaml").kind, "operate");
        assert_eq!(classify("ls -la").kind, "other");
    }

    #[test]
    fn test_runs_are_found_behind_environment_wrappers_and_inside_containers() {
        let runs = [
            "./vendor/bin/sail pest tests/Unit/InvoiceTotalsTest.php",
            "./vendor/bin/pest --filter=VAT",
            "west twister -T tests/lib/pktbuf -p native_sim",
            "docker compose exec -T app php artisan test",
            "docker exec -it web bundle exec rspec spec/models",
            "docker-compose run --rm api pytest -q",
            "kubectl exec api-0 -n web -- python -m pytest",
            "mise exec -- pytest",
            "conda run -n ml pytest tests/",
            "nix develop -c cargo test",
            "bash -lc 'go test ./...'",
            "xvfb-run npm test",
            "bats test/cli.bats",
            "npx mocha",
            "pnpm exec vitest run",
        ];
        assert_test_runs(&runs, true);
        let not_runs = [
            "docker compose exec db psql -c 'select 1'",
            "docker compose up -d",
            "./vendor/bin/sail artisan migrate",
            "west build -b native_sim app",
            "kubectl exec api-0 -- cat /etc/hosts",
        ];
        assert_test_runs(&not_runs, false);
    }

    #[test]
    fn a_test_summary_says_tests_ran_and_whether_they_failed_whatever_the_runner() {
        let passed = [
            "..... \n5 passed in 0.31s",
            "Tests:    3 passed (5 assertions)\n  Duration: 0.41s",
            "test result: ok. 5 passed; 0 failed; 0 ignored",
            "Finished in 0.2 seconds\n12 examples, 0 failures",
            "Tests run: 9, Failures: 0, Errors: 0, Skipped: 0",
            "OK (12 tests, 30 assertions)",
            "Ran 4 tests in 0.002s\n\nOK",
            "  5 passing (12ms)",
            "INFO    - 3 of 3 executed test cases passed (100.00%) on 1 out of total 1 platforms",
            "100% tests passed, 0 tests failed out of 8",
            "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12",
            "Executed 9 tests, with 0 failures (0 unexpected) in 0.1 seconds",
            "-- Testing: 1 tests, 1 workers --\nPASS: LLVM :: T/x.ll (1 of 1)\n\nTesting Time: 0.07s\n  Passed: 1",
        ];
        for output in passed {
            assert_eq!(test_summary(output), Some(false), "{output}");
        }
        let failed = [
            "=== 1 failed, 4 passed in 0.52s ===",
            "Tests:       1 failed, 11 passed, 12 total",
            "12 examples, 2 failures",
            "Tests run: 9, Failures: 0, Errors: 1, Skipped: 0",
            "Ran 4 tests in 0.002s\n\nFAILED (failures=1)",
            "90% tests passed, 1 tests failed out of 10",
            "FAILURES!\nTests: 12, Assertions: 30, Failures: 1.",
            "-- Testing: 4 tests, 2 workers --\nFAIL: LLVM :: T/y.ll (4 of 4)\n  Passed: 3\n  Failed: 1",
        ];
        for output in failed {
            assert_eq!(test_summary(output), Some(true), "{output}");
        }
        let none = [
            "Processed 200 rows in 3.1s",
            "web1 : ok=3 changed=1 unreachable=0 failed=0 skipped=0",
            "    55\t- Health-check timeout -> rollback path.",
            "3 files changed, 10 insertions(+), 2 deletions(-)",
            "Build succeeded in 12.4s",
            "Passed: 3",
        ];
        for output in none {
            assert_eq!(test_summary(output), None, "{output}");
        }
        assert!(may_report_tests("./scripts/check.sh"));
        assert!(!may_report_tests("nl -ba specs/plan.md | sed -n '1,200p'"));
    }

    #[test]
    fn a_self_checking_programs_verdict_in_capitals_is_a_test_summary() {
        assert_eq!(
            test_summary("PASS 21904 words\ntb.v:28: $finish called at 2000000000"),
            Some(false)
        );
        assert_eq!(
            test_summary("MISMATCH got 3a91 exp 77c0\nFAIL 21911 bad 3 ok\nFATAL: tb.v:26:"),
            Some(true)
        );
        assert_eq!(test_summary("FAIL: scoreboard mismatch at 4211 ns"), Some(true));
        // A summary's field (ceedling's `FAILED:   0`) is no verdict.
        assert_ne!(test_summary("TESTED:  38\nPASSED:  38\nFAILED:   0\nIGNORED:  0"), Some(true));
        assert_eq!(test_summary("Pass the salt\nfailover configured"), None);
        assert_eq!(test_summary("OK Deploying... Done."), None);
        assert_eq!(test_summary("the build will fail if PASS is unset"), None);
    }

    #[test]
    fn failure_summaries_are_recognised_and_zero_failures_are_not() {
        assert!(output_reports_test_failure("test result: FAILED. 1 passed; 2 failed"));
        assert!(output_reports_test_failure("--- FAIL: TestX\nFAIL\tpkg"));
        assert!(output_reports_test_failure("=== 3 failed, 10 passed in 1.2s ==="));
        assert!(!output_reports_test_failure("test result: ok. 5 passed; 0 failed"));
        assert!(!output_reports_test_failure("ok  \tpkg\t0.1s"));
    }

    #[test]
    fn a_windows_path_names_the_program_it_runs() {
        let setup = r".venv\Scripts\python -m pip install -r requirements.txt";
        assert_eq!(classify(setup).kind, "install");
        assert_eq!(classify(r"C:\Python312\python.exe -m pip install pillow").kind, "install");
        // A backslash inside a script's text escapes, it names no folder.
        assert_eq!(base(r"\(.path):\(.start.line)"), r"\(.path):\(.start.line)");
    }

    #[test]
    fn a_bulk_load_into_a_database_operates_it() {
        let load = r#"ogr2ogr -f PostgreSQL PG:"dbname=gis" parcels.shp -nln staging.parcels"#;
        assert_eq!(classify(load).kind, "operate");
        assert_eq!(classify("mongorestore --uri \"$URI\" dump/").kind, "operate");
        assert_eq!(classify("pgloader mysql://app@db/shop pgsql:///shop").kind, "operate");
        // Converting into a file changes no database.
        assert_ne!(classify("ogr2ogr -f GeoJSON parcels.geojson parcels.shp").kind, "operate");
    }

    #[test]
    fn wp_cli_administers_the_site_but_code_run_and_reads_do_not() {
        assert_eq!(classify("cd live && wp db import /tmp/staging.sql").kind, "operate");
        assert_eq!(classify("wp search-replace 'https://staging.x' 'https://x'").kind, "operate");
        assert_eq!(classify("wp plugin install wp-mail-smtp --activate").kind, "operate");
        assert_eq!(classify("wp option get siteurl").kind, "other");
        assert_eq!(classify("wp plugin list --status=active").kind, "other");
        assert_eq!(
            classify("wp eval 'var_dump( wp_mail( \"a@b.c\", \"t\", \"t\" ) );'").kind,
            "other"
        );
    }

    #[test]
    fn workflow_managers_run_a_pipelines_jobs() {
        let run = "nextflow run nf-core/rnaseq -r 3.14.0 -profile singularity,slurm --input s.csv";
        assert_eq!(classify(run).kind, "operate");
        assert_eq!(classify("snakemake --cores 8 --use-conda").kind, "operate");
        assert_eq!(classify("nextflow info").kind, "other");
    }
}
