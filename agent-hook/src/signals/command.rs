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
    for segment in command.split(['\n', ';', '|', '&']) {
        let words = program_words(segment);
        if words.is_empty() {
            continue;
        }
        let found = classify_words(&words);
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

/// Extensions of tabular data files (not `.json`: `cat package.json` is reading code).
const TABLE_EXTENSIONS: &[&str] = &["csv", "tsv", "xlsx", "xls", "parquet", "sqlite", "db"];

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
    match program {
        "crontab" => words[1..].contains(&"-l"),
        "kubectl" => matches!(sub, "get" | "describe" | "logs" | "top" | "explain"),
        "systemctl" => {
            matches!(
                sub,
                "status"
                    | "is-active"
                    | "is-enabled"
                    | "list-units"
                    | "list-timers"
                    | "show"
                    | "cat"
            )
        }
        "docker" | "podman" => matches!(sub, "ps" | "logs" | "inspect" | "images"),
        "airflow" => matches!(sub, "version" | "info") || words[1..].contains(&"list"),
        _ => false,
    }
}

/// The words of one segment from its program on: env assignments, `sudo`, `time`, `npx`,
/// `uv run`, `poetry run`, `bundle exec` are peeled off.
fn program_words(segment: &str) -> Vec<&str> {
    let mut words: Vec<&str> = segment
        .split_whitespace()
        .map(|w| w.trim_matches(|c| matches!(c, '(' | ')' | '"' | '\'')))
        .filter(|w| !w.is_empty())
        .collect();
    while let Some(first) = words.first().copied() {
        let is_env = first.contains('=') && !first.starts_with('=') && !first.starts_with('-');
        let second = words.get(1).copied();
        let two_word_wrapper =
            (matches!(first, "uv" | "poetry" | "pdm" | "pipenv" | "hatch" | "rye")
                && second == Some("run"))
                || (first == "bundle" && second == Some("exec"))
                || (first == "timeout" && second.is_some());
        if is_env || matches!(first, "sudo" | "time" | "exec" | "env" | "npx" | "bunx" | "nohup") {
            words.remove(0);
        } else if two_word_wrapper {
            words.drain(..2);
        } else {
            break;
        }
    }
    words
}

fn base(program: &str) -> &str {
    program.rsplit('/').next().unwrap_or(program)
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
                [".csv", ".parquet", ".xlsx", ".tsv", ".sql", ".db", ".json"]
                    .iter()
                    .any(|e| w.ends_with(e))
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
        "pip" | "pip3" | "apt" | "apt-get" | "brew" | "gem" | "composer" | "conda" => {
            kind(if matches!(arg(1), "install" | "add" | "require" | "update" | "upgrade") {
                "install"
            } else {
                "other"
            })
        }
        "docker" | "docker-compose" | "podman" | "kubectl" | "terraform" | "systemctl" | "ssh"
        | "scp" | "helm" | "ansible" | "ansible-playbook" | "gcloud" | "aws" | "az" | "fly"
        | "flyctl" | "heroku" | "vercel" | "service" | "k9s" | "kind" | "minikube" | "pulumi"
        | "netlify" | "wrangler" | "supabase" | "railway" | "doctl" | "eksctl" | "nomad"
        | "consul" | "vault" | "journalctl" | "launchctl" | "nmcli" | "ufw" | "iptables"
        | "crontab" | "mount" | "umount" | "lsblk" | "fdisk" | "mkfs" | "rsync" | "pacman"
        | "yay" | "virsh" | "qemu-system-x86_64" | "k6" | "netlify-cli" | "firebase" | "surge"
        | "gh-pages" | "airflow" | "dagster" | "prefect" => {
            kind(if inspects_only(program, words) { "other" } else { "operate" })
        }
        "psql" | "sqlite3" | "jq" | "duckdb" | "mysql" | "csvkit" | "xsv" | "mlr" | "trino"
        | "bq" | "snowsql" | "clickhouse-client" => kind("data"),
        _ => kind("other"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_inspection_is_not_operating() {
        assert_eq!(classify("crontab -l 2>/dev/null; ls -la out | tail -3").kind, "other");
        assert_eq!(classify("kubectl get pods -n web").kind, "other");
        assert_eq!(classify("systemctl status nginx").kind, "other");
        assert_eq!(classify("crontab -e").kind, "operate");
        assert_eq!(classify("npx netlify-cli deploy --prod --dir .").kind, "operate");
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
    fn failure_summaries_are_recognised_and_zero_failures_are_not() {
        assert!(output_reports_test_failure("test result: FAILED. 1 passed; 2 failed"));
        assert!(output_reports_test_failure("--- FAIL: TestX\nFAIL\tpkg"));
        assert!(output_reports_test_failure("=== 3 failed, 10 passed in 1.2s ==="));
        assert!(!output_reports_test_failure("test result: ok. 5 passed; 0 failed"));
        assert!(!output_reports_test_failure("ok  \tpkg\t0.1s"));
    }
}
