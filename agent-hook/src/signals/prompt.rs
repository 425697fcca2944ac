//! Prompt features: the numbers and flags TELEMETRY.md's lexicon derives from a prompt's text.
//! The text itself never leaves this module.

pub use super::intent::intent;
use super::intent::opening_verb;
use super::lexicon::{self, count_phrases};
use super::text::{bare, is_identifier, looks_like_file, sentences};
use super::verdict::{confirms, pastes_error, reports_failure};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// Prompts longer than this are analysed on their first part only (pasted logs say little more).
const MAX_ANALYSED_BYTES: usize = 256 * 1024;

/// What a prompt says about how the user steers, as counts and flags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PromptFeatures {
    /// Whitespace-separated words.
    pub words: usize,
    /// Words the user wrote themselves (see [`own_text`]); every other feature reads only these.
    pub own_words: usize,
    /// Distinct file mentions.
    pub file_refs: usize,
    /// Distinct identifier mentions.
    pub identifier_refs: usize,
    /// Constraint phrases.
    pub constraints: usize,
    /// Acceptance-criteria phrases.
    pub acceptance_criteria: usize,
    /// Steps decomposed up front.
    pub steps: usize,
    /// Verification asks.
    pub verification_asks: usize,
    /// Vague phrases.
    pub vague_terms: usize,
    /// Distinct named technical things in prose: routes, tools and frameworks, numbers and
    /// units, quoted strings, command-line options, proper nouns and acronyms.
    pub named_things: usize,
    /// Phrases naming a deliverable or its output format.
    pub deliverables: usize,
    /// Sentences that state a requirement.
    pub requirements: usize,
    /// Items of lists written inline in sentences (`It needs: a, b, c and d`; `x should be
    /// unique, y never null, and z always set`), counted when a list has at least three.
    pub listed_items: usize,
    /// Contingencies stated up front: sentences (not questions) that say what to do under a
    /// condition (`roll back if the error rate goes over 0.5%`, `If a contract has no such clause,
    /// write NOT FOUND`), hedges (`if that helps`) and checks (`see if`) aside.
    pub contingencies: usize,
    /// Questions about a named thing.
    pub scoped_questions: usize,
    /// The user says they are new to this or asks what a basic thing is.
    pub learner_asks: usize,
    /// The user corrects the agent.
    pub user_corrects_agent: bool,
    /// The user confirms the previous result.
    pub confirms: bool,
    /// The user reports the previous result failed.
    pub reports_failure: bool,
    /// The prompt opens with an order: its first word, after a greeting or a `please`, is a
    /// verb of work from the intent or build lists (`add a share button to …`, `hi, fix the
    /// flaky test in cart_spec.rb`); a question (`can you add …`), a wish (`i want to …`) or a
    /// report (`make_picklist.py stopped working`) does not.
    pub opens_with_order: bool,
    /// Planning decisions stated by the user.
    pub user_planning_decisions: usize,
    /// Execution decisions dictated by the user.
    pub user_execution_decisions: usize,
    /// `building`, `fixing`, ... (TELEMETRY.md's intent lists).
    pub intent: &'static str,
    /// `/name` when the prompt is a slash command.
    pub command: Option<String>,
}

impl PromptFeatures {
    /// Computes every feature of `text`.
    pub fn of(text: &str) -> PromptFeatures {
        let full = truncate(text, MAX_ANALYSED_BYTES);
        let own = own_text(full);
        // Words of scripts written without spaces (Japanese, Chinese) are separated from the
        // Latin names inside them, and counted apart (see `count_words`).
        let spaced = space_out_unspaced_scripts(&own);
        let text = spaced.as_str();
        let lower = lexicon::normalise(text);
        // The user's verdict on the result names what they checked, not the work ahead: the
        // precision features read the text without it (who decided what still reads it all).
        // Nor do the sentences that tell the user's own situation (`I'm the treasurer at our
        // church`, `my order book is orders 2026.xlsx`), but for one reference: the thing named.
        let framing = framing_only(text);
        let (identifiers, backtick_commands) = identifier_refs(text);
        let framing_identifiers = identifier_refs(&framing).0;
        let (own_files, own_identifiers) = own_situation_reference(text);
        let steps = steps(&lower);
        // What the program does wrong is no rule the user sets: `crashes when I type a word
        // instead of a number`, `it still crashes if I press enter without typing anything`.
        let stated = sentences(&lower).filter(|s| !describes_symptom(s)).collect::<Vec<_>>();
        let constraints: usize =
            stated.iter().map(|s| count_phrases(s, lexicon::CONSTRAINTS)).sum();
        // Nor does the user's verdict on the result (`41 sounds right, march was mad`): it
        // judges what the agent did, it pins nothing down for what comes next; nor the user's
        // own situation (`I only do the paid ones by hand`): it is their world, not a rule.
        let framed = stated
            .iter()
            .filter(|s| !gives_verdict(s) && !tells_own_situation(s))
            .copied()
            .collect::<Vec<_>>();
        let framed_constraints: usize =
            framed.iter().map(|s| count_phrases(s, lexicon::CONSTRAINTS)).sum();
        let acceptance_criteria = count_phrases(&lower, lexicon::ACCEPTANCE);
        let file_refs = file_refs(text);
        // An error the user pasted is left out of their own words but still reports that the
        // result failed (`it says TypeError: Cannot read properties of null`); not in what a
        // tool or template wrote (a compaction summary, a local command's output, a command
        // template).
        let generated = full.trim_start().starts_with(COMPACTION_SUMMARY)
            || full.trim_start().starts_with('<')
            || full.contains("## User Input");
        let reports_failure =
            reports_failure(&lower) || !generated && pastes_error(&lexicon::normalise(full));
        // A pasted table (a menu with its prices, a price list) is one thing named, however
        // many rows it has: the rows are the user's material, not what they pin down.
        let (prose, tables) = without_table_rows(text);
        let mut named = named_things(&framing_only(&prose));
        for k in 0..tables {
            named.insert(format!("table {k}"));
        }
        let names_what_to_build =
            opening_verb(&lower).map(|v| lexicon::BUILD_VERBS.contains(&v)).unwrap_or(false);
        PromptFeatures {
            words: count_words(full),
            own_words: count_words(&own),
            file_refs: self::file_refs(&framing) + own_files,
            identifier_refs: framing_identifiers + own_identifiers,
            constraints: framed_constraints + ruled_out(&lower) + bounds(&framed),
            acceptance_criteria,
            steps,
            verification_asks: verification_asks(&lower),
            vague_terms: count_phrases(&without_paths(&lower), lexicon::VAGUE),
            named_things: named.len(),
            // What the user already has (`it makes a spreadsheet`) is no deliverable asked for.
            deliverables: framed.iter().map(|s| count_phrases(s, lexicon::DELIVERABLES)).sum(),
            requirements: framed
                .iter()
                .filter(|s| count_phrases(s, lexicon::REQUIREMENTS) > 0)
                .count(),
            listed_items: listed_items(&lower),
            contingencies: contingencies(&lower),
            scoped_questions: scoped_questions(text, &named),
            learner_asks: learner_asks(&lower),
            user_corrects_agent: user_corrects_agent(&lower),
            confirms: !reports_failure && confirms(&lower),
            reports_failure,
            opens_with_order: opens_with_order(&lower),
            user_planning_decisions: constraints
                + acceptance_criteria
                + usize::from(steps >= 2)
                + usize::from(names_what_to_build),
            user_execution_decisions: file_refs + identifiers + backtick_commands,
            intent: match intent(&lower) {
                // A command template run with no input of the user's: its own instructions
                // state the work (spec-kit's `tasks` breaks a plan into tasks).
                "other" if own.trim().is_empty() => template_instructions(full)
                    .map(|t| intent(&lexicon::normalise(t)))
                    .unwrap_or("other"),
                m => m,
            },
            command: slash_command(full),
        }
    }
}

/// Whether `lower` opens with an order: after the words of [`lexicon::ORDER_PREAMBLE`], the first
/// whitespace-separated word, its punctuation trimmed, is all letters and a verb of
/// [`lexicon::INTENT_VERBS`] or [`lexicon::GENERIC_VERBS`]. The word must be the verb itself: a
/// file name that starts with one (`make_picklist.py stopped working`) reports, it orders nothing.
fn opens_with_order(lower: &str) -> bool {
    lower
        .split_whitespace()
        .map(|w| w.trim_matches(['.', ',', '!', ':', ';', '?']))
        .find(|w| !lexicon::ORDER_PREAMBLE.contains(w))
        .is_some_and(|w| {
            w.chars().all(char::is_alphabetic)
                && (lexicon::INTENT_VERBS.contains(&w) || lexicon::GENERIC_VERBS.contains(&w))
        })
}

/// How Claude Code opens the summary it submits after a compaction (not the user's words).
const COMPACTION_SUMMARY: &str = "This session is being continued from a previous conversation";

/// How Claude Code wraps the caveat it adds before a local command's output.
const LOCAL_COMMAND_CAVEAT: &str = "<local-command-caveat>";
const LOCAL_COMMAND_CAVEAT_END: &str = "</local-command-caveat>";

/// The instructions of a command template (what follows its `## User Input` block).
fn template_instructions(text: &str) -> Option<&str> {
    let rest = &text[text.find("## User Input")?..];
    let fence = rest.find("```")? + 3;
    let close = rest[fence..].find("```")? + fence + 3;
    Some(&rest[close..])
}

/// The part of a prompt the user wrote: nothing of a compaction summary; the user's input of a
/// command template (`## User Input` and its fenced block, as spec-kit's commands expand); the
/// arguments of a slash command; and no pasted machine output (from a `{"` on, shell prompt
/// and `Last login:` lines, tracebacks, a paragraph the user quotes: [`quoted_paragraphs`]);
/// nothing of Claude Code's `<local-command-caveat>`. An
/// ordinary prompt is returned whole.
pub fn own_text(text: &str) -> String {
    if text.trim_start().starts_with(COMPACTION_SUMMARY) {
        return String::new();
    }
    // Claude Code's caveat before a local command's output is its own text, not the user's.
    if let Some(rest) = text.trim_start().strip_prefix(LOCAL_COMMAND_CAVEAT) {
        return match rest.split_once(LOCAL_COMMAND_CAVEAT_END) {
            Some((_, after)) => own_text(after),
            None => String::new(),
        };
    }
    if let Some(at) = text.find("## User Input") {
        let rest = &text[at..];
        return match rest.find("```").map(|f| &rest[f + 3..]) {
            // The fence's info string (`text`) ends at the first line break.
            Some(fenced) => {
                let body = fenced.split_once('\n').map(|(_, b)| b).unwrap_or("");
                body.split("```").next().unwrap_or("").trim().to_owned()
            }
            None => String::new(),
        };
    }
    if let Some(name) = slash_command(text) {
        return text.trim_start()[name.len()..].trim().to_owned();
    }
    let mut own = String::with_capacity(text.len());
    // A line that comes back word for word, or with only its numbers changed, is a program's
    // (`Temp: -127.00 C`, `Humidity: 71.2 %` each second): a person does not write the same
    // line twice.
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for line in text.lines().map(str::trim).filter(|l| l.split_whitespace().count() >= 2) {
        *seen.entry(line_shape(line)).or_default() += 1;
    }
    let quoted = quoted_paragraphs(text);
    for (line, quoted) in text.lines().zip(quoted) {
        let trimmed = line.trim_start();
        let machine = quoted
            || seen.get(&line_shape(line.trim())).is_some_and(|n| *n > 1)
            || is_exception_line(trimmed)
            || trimmed.starts_with("Last login:")
            || trimmed.starts_with("Traceback (most recent call last)")
            || trimmed.starts_with("File \"")
            || ["zsh:", "bash:", "sh:"].iter().any(|p| trimmed.starts_with(p))
            || (line.starts_with(char::is_whitespace)
                && trimmed.starts_with("at ")
                && trimmed.contains('('))
            || is_shell_prompt_line(trimmed)
            || is_log_line(line);
        if machine {
            continue;
        }
        let kept = match line.find("{\"") {
            Some(at) => &line[..at],
            None => line,
        };
        own.push_str(kept);
        own.push('\n');
    }
    if !text.ends_with('\n') {
        own.pop();
    }
    own
}

/// Per line of `text`, whether it lies in a paragraph the user quotes: set apart by a blank line
/// after a paragraph that points forward to it (`it says this:`, `from the prod logs:`, `it
/// crashes with this`). What a person introduces that way and pastes on its own is what a
/// program printed (an error with its message, a log, a test report), whichever program; its
/// names and conditions are the program's, not what the user pins down. A paragraph of list
/// items stays the user's (`It needs:` and the requirements as a list).
fn quoted_paragraphs(text: &str) -> Vec<bool> {
    let lines: Vec<&str> = text.lines().collect();
    let mut quoted = vec![false; lines.len()];
    let mut start = 0;
    // Whether the paragraph before the current one ended pointing forward.
    let mut introduced = false;
    while start < lines.len() {
        if lines[start].trim().is_empty() {
            start += 1;
            continue;
        }
        let end = (start..lines.len()).find(|&i| lines[i].trim().is_empty()).unwrap_or(lines.len());
        let paragraph = &lines[start..end];
        let is_quoted = introduced && !paragraph.iter().all(|l| is_list_item(l));
        if is_quoted {
            quoted[start..end].iter_mut().for_each(|q| *q = true);
        }
        // A program's last line (`ArgumentError:`) introduces nothing: the user's words follow.
        introduced = !is_quoted && paragraph.last().is_some_and(|l| points_forward(l));
        start = end;
    }
    quoted
}

/// A line that ends by pointing to what follows: a colon, or a verb of showing left without its
/// object or `this` (`it says`, `it does this`).
fn points_forward(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(':') {
        return true;
    }
    let last = line.rsplit(|c: char| !(c.is_alphanumeric() || c == '\'')).next().unwrap_or("");
    let last = last.to_lowercase();
    last == "this" || lexicon::RELAY_VERBS.contains(&last.as_str())
}

/// A line of a list written as a list: `- item`, `* item`, `1. item`, `2) item`.
fn is_list_item(line: &str) -> bool {
    let l = line.trim_start();
    if let Some(rest) = l.strip_prefix(['-', '*', '•']) {
        return rest.starts_with(' ');
    }
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(l.as_bytes().get(digits), Some(b'.') | Some(b')'))
}

/// `text` without the rows of tables pasted in it, and how many tables there were. A table is
/// a run of at least [`TABLE_MIN_ROWS`] adjacent lines of one shape holding a number (`SOUP OF
/// THE DAY 5.50`, `SCAMPI AND CHIPS 13.95`: words, then a price): a person writing prose does
/// not repeat a line's shape, a list of data does.
fn without_table_rows(text: &str) -> (String, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let shapes: Vec<Option<String>> = lines.iter().map(|l| row_shape(l)).collect();
    let mut keep = vec![true; lines.len()];
    let mut tables = 0;
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        while shapes[i].is_some() && j < lines.len() && shapes[j] == shapes[i] {
            j += 1;
        }
        if j - i >= TABLE_MIN_ROWS {
            tables += 1;
            keep[i..j].iter_mut().for_each(|k| *k = false);
        }
        i = j;
    }
    if tables == 0 {
        return (text.to_owned(), 0);
    }
    let kept: Vec<&str> = lines.iter().zip(&keep).filter(|(_, k)| **k).map(|(l, _)| *l).collect();
    (kept.join("\n"), tables)
}

/// Rows of a table have at least this many lines.
const TABLE_MIN_ROWS: usize = 3;

/// A line's shape as a table row: every run of words one `a`, every run of digits one `#`,
/// other characters kept; `None` for a line with no number or no word (not a row).
fn row_shape(line: &str) -> Option<String> {
    // A list marker (`1.`, `2)`) numbers a step: a numbered list is no table.
    let l = line.trim();
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    let l = match l.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => &l[digits + 1..],
        _ => l,
    };
    let mut shape = String::new();
    for c in l.trim().chars() {
        let class = if c.is_alphabetic() || c == '\'' {
            'a'
        } else if c.is_ascii_digit() {
            '#'
        } else if c == ' ' && shape.ends_with('a') {
            continue; // the words of a run are one run
        } else {
            c
        };
        if !(matches!(class, 'a' | '#') && shape.ends_with(class)) {
            shape.push(class);
        }
    }
    (shape.contains('#') && shape.contains('a')).then_some(shape)
}

/// A line with every run of digits as one `#`: the lines a program prints over and over have
/// one shape (`Humidity: #.# %`).
fn line_shape(line: &str) -> String {
    let mut shape = String::with_capacity(line.len());
    for c in line.chars() {
        if !c.is_ascii_digit() {
            shape.push(c);
        } else if !shape.ends_with('#') {
            shape.push('#');
        }
    }
    shape
}

/// The head line of an exception as runtimes print it: a first word naming the exception
/// (`java.lang.NumberFormatException:`, `TypeError:`, `FATAL EXCEPTION:`, `Caused by:`), in
/// any language whose exceptions are named `…Exception` or `…Error` or by a dotted path.
fn is_exception_line(trimmed: &str) -> bool {
    let Some(first) = trimmed.split_whitespace().next() else { return false };
    let upper = trimmed.starts_with("FATAL EXCEPTION") || trimmed.starts_with("Caused by:");
    let Some(name) = first.strip_suffix(':') else { return upper };
    let last = name.rsplit('.').next().unwrap_or(name);
    let named = (last.ends_with("Exception") || last.ends_with("Error"))
        && last.len() > "Error".len()
        && last.starts_with(char::is_uppercase);
    upper || named || name.matches('.').count() >= 2 && !name.contains('/')
}

/// A line of pasted program output: a log line (opening with a `[12:03:…]` or
/// `2025-01-02 …` timestamp, or carrying a `[INFO]`-style level), a browser console stack
/// frame (`fn @ bundle.js:6`), a line opening with a `file:line` location (a console or
/// compiler message), or a numbered source listing (`   351    # comment`).
fn is_log_line(line: &str) -> bool {
    let trimmed = line.trim_start();
    let bytes = trimmed.as_bytes();
    let bracketed_number =
        bytes.first() == Some(&b'[') && bytes.get(1).is_some_and(u8::is_ascii_digit);
    let iso_date = bytes.len() >= 11
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == b'-';
    const LEVELS: [&str; 8] =
        ["[INFO]", "[WARN]", "[WARNING]", "[ERROR]", "[DEBUG]", "[TRACE]", "[FATAL]", "[NOTICE]"];
    let level = LEVELS.iter().any(|l| trimmed.contains(l));
    let frame = trimmed.split(" @ ").nth(1).is_some_and(|rest| {
        let at = rest.split_whitespace().next().unwrap_or("");
        at.rsplit_once(':')
            .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    // `bundle.js?v=1:6 message` (a console line), `src/main.rs:12:5: error` (a compiler's).
    let located = trimmed.split_whitespace().next().is_some_and(|first| {
        let first = first.trim_end_matches(':');
        first.rsplit_once(':').is_some_and(|(file, n)| {
            file.contains('.') && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        })
    });
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let listing =
        line.starts_with(char::is_whitespace) && digits > 0 && trimmed[digits..].starts_with("  ");
    bracketed_number || iso_date || level || frame || located || listing
}

/// Whether `c` belongs to a script written without spaces between words (kana, CJK
/// ideographs, Hangul, full-width forms) or is a box-drawing character of a terminal frame.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{2500}'..='\u{257F}'
        | '\u{3000}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}')
}

/// `text` with every unspaced-script character replaced by a space, so the Latin names
/// inside a Japanese sentence (`uvを利用し`) read as words of their own.
fn space_out_unspaced_scripts(text: &str) -> String {
    if !text.chars().any(unspaced) {
        return text.to_owned();
    }
    text.chars().map(|c| if unspaced(c) { ' ' } else { c }).collect()
}

/// Words of a text: whitespace-separated words, where a run of kana, CJK or Hangul characters
/// counts one word per two characters (rounded up) and separates the words around it.
pub fn count_words(text: &str) -> usize {
    let (mut words, mut run, mut in_word) = (0usize, 0usize, false);
    for c in text.chars() {
        let box_drawing = ('\u{2500}'..='\u{257F}').contains(&c);
        if unspaced(c) && !box_drawing {
            run += 1;
            in_word = false;
        } else {
            words += run.div_ceil(2);
            run = 0;
            if c.is_whitespace() || box_drawing {
                in_word = false;
            } else if !in_word {
                words += 1;
                in_word = true;
            }
        }
    }
    words + run.div_ceil(2)
}

/// Items of the lists written inline in `lower`'s sentences: the part after a colon (`It
/// needs: …`, `Constraints: …`), or a whole sentence whose last item opens with `and`/`or`
/// after a comma (`x should be unique, y never null, and z always set`), split on commas and
/// the last `and`/`or`. A list counts when it has at least three items.
fn listed_items(lower: &str) -> usize {
    let mut total = 0;
    for sentence in sentences(lower) {
        let (body, after_colon) = match sentence.find(": ") {
            Some(at) => (&sentence[at + 2..], true),
            None => (sentence, false),
        };
        let parts: Vec<&str> = body.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
        let Some(last) = parts.last() else { continue };
        let oxford = parts.len() >= 2 && (last.starts_with("and ") || last.starts_with("or "));
        let mut items = parts.len();
        if !oxford && (last.contains(" and ") || last.contains(" or ")) {
            items += 1; // `a, b and c`: the last part holds two items
        }
        if items >= 3 && (after_colon || oxford) {
            total += items;
        }
    }
    total
}

/// Sentences of `lower` that state a condition and are not a question, a line of code (`if
/// guess == word[i]:`), a hedge (`if that helps`) or a condition on what the user does (`only
/// shows if i navigate away`, [`conditions_on_the_user`]): the user anticipating an edge case or a
/// failure mode. No phrase list beyond the conditional words: it sees anticipation whatever the
/// domain.
fn contingencies(lower: &str) -> usize {
    sentences(lower)
        // A sentence saying a failure persists (`it still crashes if I press enter`) reports.
        .filter(|s| {
            !(s.ends_with('?')
                || s.ends_with(':')
                || s.contains("==")
                || lexicon::words(s).any(|w| w == "still"))
        })
        .filter(|s| {
            count_phrases(s, lexicon::CONDITIONALS)
                > count_phrases(s, lexicon::CONDITIONAL_HEDGES) + conditions_on_the_user(s)
        })
        .count()
}

/// Conditions whose subject is the user (`if i …`, `unless i …`; `if i'm`, `if i've`): what the
/// user does, not a case the work meets. They reproduce a symptom (`new orders only show if i
/// navigate away and back`) or ask about the user's own use (`if i deleted it by accident would
/// i lose everything`); an anticipated edge case or failure is the data's or the system's (`404
/// if the order doesn't exist`, `roll back if error rate goes over 0.5%`).
fn conditions_on_the_user(sentence: &str) -> usize {
    let words: Vec<&str> = lexicon::words(sentence).collect();
    words.windows(2).filter(|w| matches!(w[0], "if" | "unless") && w[1] == "i").count()
}

/// `user@host dir % cmd` or `user@host:~$ cmd`: a line copied from a terminal.
fn is_shell_prompt_line(line: &str) -> bool {
    let Some(first) = line.split_whitespace().next() else { return false };
    first.contains('@')
        && !first.contains("://")
        && (line.contains(" % ") || line.contains("$ ") || line.contains("# "))
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn user_corrects_agent(lower: &str) -> bool {
    let start = lower.trim_start();
    if start.starts_with("no,")
        || start.starts_with("no ")
        || start.starts_with("no.")
        || start.starts_with("nope")
        || start.starts_with("wrong")
    {
        return true;
    }
    if count_phrases(lower, lexicon::USER_CORRECTS) > 0 {
        return true;
    }
    // After an answer, the thing meant set against another corrects it with specifics (`we
    // report by where it ships, not billing`, `Bornhuetter-Ferguson, not chain ladder`); in a
    // first prompt it is a constraint (the collector counts corrections after the first only).
    if sentences(lower).any(|s| contrasts(s) > 0) {
        return true;
    }
    // `use .* instead`, within one line.
    lower.lines().any(|line| {
        let words: Vec<&str> = lexicon::words(line).collect();
        words
            .iter()
            .position(|w| *w == "use")
            .is_some_and(|at| words[at + 1..].contains(&"instead"))
    })
}

fn steps(lower: &str) -> usize {
    let listed = lower
        .lines()
        .filter(|line| {
            let l = line.trim_start();
            if let Some(rest) = l.strip_prefix(['-', '*']) {
                return rest.starts_with(' ');
            }
            let digits = l.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && matches!(l.as_bytes().get(digits), Some(b'.') | Some(b')'))
        })
        .count();
    if listed > 0 {
        return listed;
    }
    let sequencers = count_phrases(lower, lexicon::SEQUENCERS);
    if sequencers >= 2 { sequencers } else { 0 }
}

fn slash_command(text: &str) -> Option<String> {
    let rest = text.trim_start().strip_prefix('/')?;
    let name: String =
        rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':')).collect();
    (!name.is_empty()).then(|| format!("/{name}"))
}

const URL_MARKERS: &[&str] = &["://", "www."];
/// Distinct file mentions: a `/` followed by a name, or a `.ext` of 1–5 letters.
fn file_refs(text: &str) -> usize {
    let mut seen = BTreeSet::new();
    for raw in text.split_whitespace() {
        let token = raw
            .trim_matches(|c: char| {
                matches!(
                    c,
                    '`' | '"'
                        | '\''
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '<'
                        | '>'
                        | ','
                        | ';'
                        | '!'
                        | '?'
                        | '{'
                        | '}'
                )
            })
            .trim_end_matches([':', '.']);
        if token.is_empty() || URL_MARKERS.iter().any(|m| token.contains(m)) {
            continue;
        }
        if looks_like_file(token) {
            seen.insert(token.to_owned());
        }
    }
    seen.len()
}

const KNOWN_COMMANDS: &[&str] = &[
    "cargo",
    "npm",
    "npx",
    "yarn",
    "pnpm",
    "bun",
    "node",
    "python",
    "python3",
    "pip",
    "pip3",
    "uv",
    "pytest",
    "go",
    "make",
    "git",
    "docker",
    "kubectl",
    "terraform",
    "mvn",
    "gradle",
    "./gradlew",
    "dotnet",
    "ctest",
    "cmake",
    "rspec",
    "phpunit",
    "jest",
    "vitest",
    "ls",
    "cat",
    "grep",
    "rg",
    "curl",
    "bash",
    "sh",
    "just",
    "poetry",
    "rustc",
    "gcc",
    "tsc",
    "deno",
    "helm",
    "psql",
    "jq",
];

/// Distinct identifier mentions, and how many backticked spans name a command.
fn identifier_refs(text: &str) -> (usize, usize) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut commands = 0;
    let mut outside = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        // Odd parts sit between backticks (an unclosed last one is plain text).
        let closed = i % 2 == 1 && text.split('`').count() > i + 1;
        if closed && !part.trim().is_empty() && !part.contains('\n') {
            let span = part.trim();
            if seen.insert(span.to_owned()) {
                let first = span.split_whitespace().next().unwrap_or("");
                if KNOWN_COMMANDS.contains(&first) && span.contains(' ') {
                    commands += 1;
                }
            }
        } else {
            outside.push_str(part);
            outside.push(' ');
        }
    }
    for raw in outside.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '"' | '\'' | '[' | ']' | '{' | '}')
    }) {
        let token = raw.trim_matches(|c: char| matches!(c, '.' | ':' | '!' | '?' | '<' | '>'));
        if token.is_empty() || token.contains("://") {
            continue;
        }
        if is_identifier(token) {
            seen.insert(token.to_owned());
        }
    }
    (seen.len(), commands)
}

const HTTP_METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// Distinct named technical things in prose (lower-cased): `POST /login` routes, names from
/// the technology list, numbers and quantities (`50ms`, `6.8%`, `3.2.0`, `k=5`), quoted strings,
/// command-line options (`--dry-run`), and capitalised names and acronyms that do not open a
/// sentence (`Hold Harmless`, `BACS`), months, days of a month (`April 30`), the agent's own name
/// (`Hi Claude`) and `I` aside. Files and code identifiers are
/// counted apart (`file_refs`, `identifier_refs`) and not here.
fn named_things(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for quoted in quoted_strings(text) {
        out.insert(format!("\"{}\"", quoted.to_lowercase()));
    }
    // A list marker (`1.`, `2)`) opening a line numbers a step, it names nothing.
    let unlisted: String = text
        .lines()
        .map(|line| {
            let l = line.trim_start();
            let digits = l.bytes().take_while(u8::is_ascii_digit).count();
            match l.as_bytes().get(digits) {
                Some(b'.' | b')') if digits > 0 => &l[digits + 1..],
                _ => line,
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    for sentence in sentences(&unlisted) {
        let tokens: Vec<&str> = sentence.split_whitespace().collect();
        for (i, raw) in tokens.iter().enumerate() {
            let t = bare(raw);
            if t.is_empty() || t.contains("://") || looks_like_file(t) || is_identifier(t) {
                continue;
            }
            let lower = t.to_lowercase();
            if HTTP_METHODS.contains(&t)
                && let Some(path) = tokens.get(i + 1).map(|p| bare(p))
                && path.starts_with('/')
            {
                out.insert(format!("{t} {path}"));
                continue;
            }
            let word = lower.trim_matches(|c: char| c == '\'' || c == '\u{2019}');
            let stem = word.strip_suffix("'s").unwrap_or(word);
            if (t.starts_with("--") && t.len() > 2)
                || (t.starts_with('-') && t[1..].starts_with(|c: char| c.is_ascii_alphabetic()))
                || is_mention(t)
                || is_kebab_name(&lower)
            {
                out.insert(lower);
            } else if t.chars().any(|c| c.is_ascii_digit()) {
                if !is_day_of_month(t, i, &tokens) {
                    out.insert(lower);
                }
            } else if lexicon::TECH_NAMES.contains(&stem)
                || (i > 0
                    && is_proper_name(t)
                    && !lexicon::is_calendar_word(stem)
                    && !lexicon::AGENT_NAMES.contains(&stem))
            {
                out.insert(stem.to_owned());
            }
        }
    }
    out
}

/// An `@` mention (`@agent-project-delegator`, `@docs/plan.md`): names an agent, a file or a
/// person, as harnesses let users pick them.
fn is_mention(t: &str) -> bool {
    t.strip_prefix('@').is_some_and(|rest| rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// A name in kebab case with at least three parts (`rg-data-dev`, `attio-mcp-server`): a
/// resource, package or job named as systems name them; an English compound (`pull-to-refresh`,
/// `end-to-end`) has a function word among its parts.
fn is_kebab_name(lower: &str) -> bool {
    let parts: Vec<&str> = lower.split('-').collect();
    parts.len() >= 3
        && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric()))
        && !parts.iter().any(|p| {
            matches!(
                *p,
                "to" | "of" | "by" | "the" | "a" | "in" | "on" | "and" | "or" | "for" | "at"
            )
        })
}

/// A day number beside a month (`April 30`, `10 March`, `the 3rd of May`): a date, like the
/// month itself, names no technical thing.
fn is_day_of_month(t: &str, i: usize, tokens: &[&str]) -> bool {
    let day = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = t[day.len()..].to_lowercase();
    let is_day = (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && ["", "st", "nd", "rd", "th"].contains(&ordinal.as_str());
    let month = |at: Option<usize>| {
        at.and_then(|j| tokens.get(j))
            .is_some_and(|w| lexicon::MONTHS.contains(&bare(w).to_lowercase().as_str()))
    };
    is_day && (month(i.checked_sub(1)) || month(Some(i + 1)) || month(Some(i + 2)))
}

/// A capitalised word that is not `I` or one of its contractions (`I'm`, `I'll`).
fn is_proper_name(t: &str) -> bool {
    let mut chars = t.chars();
    let Some(first) = chars.next() else { return false };
    first.is_uppercase()
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !(t.starts_with("I'") || t.starts_with("I\u{2019}"))
}

/// Strings in double quotes (straight or curly), or in single quotes that open after a space and
/// close before a non-letter (so `don't` and `Marta's` are not quotes); one to eight words.
fn quoted_strings(text: &str) -> Vec<&str> {
    const QUOTE_WINDOW: usize = 160;
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let close = match c {
            '"' => Some('"'),
            '\u{201c}' => Some('\u{201d}'),
            '\'' | '\u{2018}' if i == 0 || !chars[i - 1].1.is_alphanumeric() => {
                Some(if c == '\'' { '\'' } else { '\u{2019}' })
            }
            _ => None,
        };
        if let Some(close) = close {
            let start = at + c.len_utf8();
            // A quote of at most eight words closes soon: looking further would make a long
            // prompt with stray quotes quadratic.
            let window = &chars[i + 1..chars.len().min(i + 1 + QUOTE_WINDOW)];
            let end = window.iter().position(|(j, d)| {
                *d == close
                    && (close == '"'
                        || text[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_none_or(|n| !n.is_alphanumeric()))
            });
            if let Some(k) = end {
                let inner = text[start..window[k].0].trim();
                let words = inner.split_whitespace().count();
                if (1..=8).contains(&words) && !inner.contains('\n') {
                    out.push(inner);
                }
                i += k + 2; // past the closing quote
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Questions about something named: a sentence ending in `?` (or opening with a question word,
/// or asking to be told in the imperative: `Walk me through …`, `Explain how …`) that is not a
/// request phrased politely (`could you write …?`) and holds a file, an
/// identifier or a named thing, or bounds its scope (`from app launch to the device token`).
fn scoped_questions(text: &str, named: &BTreeSet<String>) -> usize {
    sentences(text)
        .filter(|s| {
            let lower = s.to_lowercase();
            let opens_with_question =
                lexicon::words(&lower).next().is_some_and(|w| lexicon::QUESTION_WORDS.contains(&w));
            let asks_to_be_told = lexicon::words(&lower)
                .next()
                .is_some_and(|w| matches!(w, "explain" | "walk" | "tell" | "describe" | "trace"));
            (s.ends_with('?') || opens_with_question && !s.ends_with('.') || asks_to_be_told)
                && !is_polite_request(&lower)
        })
        .filter(|s| {
            let lower = s.to_lowercase();
            bounds_its_scope(&lower)
                || asks_about_a_case(&lower)
                || file_refs(s) > 0
                || identifier_refs(s).0 > 0
                || s.split_whitespace().any(|raw| {
                    let t = bare(raw).to_lowercase();
                    let stem = t.strip_suffix("'s").unwrap_or(&t);
                    named.contains(stem) || named.contains(&t)
                })
        })
        .count()
}

/// `can/could/would/will you (please) <verb> …?` with a verb that does not ask to be told
/// something (`could you write a script …?`): a request, not a question.
fn is_polite_request(lower: &str) -> bool {
    let words: Vec<&str> = lexicon::words(lower).take(4).collect();
    let verb = match words.as_slice() {
        [aux, "you", "please", v, ..] | [aux, "you", v, ..]
            if matches!(*aux, "can" | "could" | "would" | "will") =>
        {
            *v
        }
        _ => return false,
    };
    !lexicon::ASKING_VERBS.contains(&verb)
}

/// A question that bounds what it asks about (`from app launch to the device token getting to
/// our backend`): `from` and a later `to`, a few words apart.
fn bounds_its_scope(lower: &str) -> bool {
    let words: Vec<&str> = lexicon::words(lower).collect();
    words
        .iter()
        .enumerate()
        .any(|(i, w)| *w == "from" && words[i + 1..].iter().skip(1).take(8).any(|t| *t == "to"))
}

/// A question about a case or a condition (`what happens if the provider times out?`, `and
/// when nobody's free, does anything retry?`): an edge case anticipated, asked rather than stated.
fn asks_about_a_case(lower: &str) -> bool {
    lexicon::words(lower).skip(1).any(|w| matches!(w, "if" | "when" | "unless" | "while"))
        && count_phrases(lower, lexicon::CONDITIONAL_HEDGES) == 0
}

/// Alternatives ruled out in so many words: a contrast (`Users, not events.`, `in the site
/// block, not global`) and a prohibition stated as a bare `No …` sentence (`No public access.`,
/// `No nightly, our MSRV is 1.74.`); `no idea` and the like are learner asks, not rules.
fn ruled_out(lower: &str) -> usize {
    sentences(lower)
        .map(|s| {
            let contrasts = contrasts(s);
            let rest = s.strip_prefix("no ").unwrap_or("");
            let prohibition = !rest.is_empty()
                && rest.starts_with(|c: char| c.is_alphanumeric())
                && count_phrases(s, lexicon::LEARNER_ASKS) == 0;
            contrasts + usize::from(prohibition)
        })
        .sum()
}

/// Contrasts in a sentence: the thing meant set against another (`Users, not events`, `in the
/// site block, not global`).
fn contrasts(sentence: &str) -> usize {
    sentence
        .match_indices(", not ")
        .filter(|(at, _)| {
            let next = lexicon::words(&sentence[at + 6..]).next().unwrap_or("");
            !next.is_empty() && !matches!(next, "sure" | "really" | "yet")
        })
        .count()
}

/// `lower` without the words that hold a path (`/etc/caddy/certs`): a path names a place, its
/// parts are no prose (`etc` there is no vague `etc`).
fn without_paths(lower: &str) -> String {
    lower.split_whitespace().filter(|w| !w.contains('/')).collect::<Vec<_>>().join(" ")
}

/// Verification asks: the phrases of the list, and sentences no phrase matched that order a
/// check in the imperative or ask for a test runner or suite to be run, in any ecosystem's words (`run flutter
/// test`, `run the vitest suite`, `run the request specs`). A runner named as the means of the
/// tests to write (`write pytest tests for …`, `we use pytest at school`) asks no check (see
/// [`names_a_runner_only`]).
fn verification_asks(lower: &str) -> usize {
    let named_only: usize = sentences(lower).map(names_a_runner_only).sum();
    let runs = sentences(lower)
        .filter(|s| count_phrases(s, lexicon::VERIFICATION) == 0)
        .filter(|s| {
            let words: Vec<&str> = lexicon::words(s).collect();
            let runs_tests = words.iter().enumerate().any(|(i, w)| {
                lexicon::TEST_VERBS.contains(w)
                    && words[i + 1..].iter().take(4).any(|t| lexicon::TEST_WORDS.contains(t))
            });
            // `check allocs healthy on all three clients`, `then check stapling w/ s_client`:
            // a check ordered in the imperative, whatever is checked.
            let opening =
                words.iter().position(|w| !matches!(*w, "then" | "and" | "also" | "please"));
            let orders_a_check = opening.is_some_and(|i| words[i] == "check");
            runs_tests || orders_a_check
        })
        .count();
    (count_phrases(lower, lexicon::VERIFICATION) + runs).saturating_sub(named_only)
}

/// The verification phrases that name a test runner (`pytest`, `go test`), picked once: the hook
/// reads every prompt.
static NAMED_RUNNERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::VERIFICATION
        .iter()
        .copied()
        .filter(|p| {
            lexicon::TEST_WORDS.contains(p)
                || p.ends_with(" test") && !lexicon::TEST_WRITING.contains(p)
        })
        .collect()
});

/// The test runners of the verification phrases (`pytest`, `go test`) a sentence names without
/// ordering a run: no run verb, no `then`, no result asked (`passes`, `green`), and the sentence
/// does not open with the runner (`pytest stores/`). Writing tests is the deliverable, not a
/// check (MEASURES.md, "Expertise", v8), and naming the framework they are written in is part
/// of it: `can u write tests for booking.py … we use pytest at school`.
fn names_a_runner_only(sentence: &str) -> usize {
    let runners = &*NAMED_RUNNERS;
    let named = count_phrases(sentence, runners);
    if named == 0 {
        return 0;
    }
    let words: Vec<&str> = lexicon::words(sentence).collect();
    let orders_a_run = words.iter().any(|w| {
        lexicon::TEST_VERBS.contains(w)
            || matches!(*w, "then" | "pass" | "passes" | "passing" | "green")
    });
    let opens_with_runner = words
        .iter()
        .find(|w| !matches!(**w, "and" | "also" | "please"))
        .is_some_and(|first| runners.iter().any(|r| r.split(' ').next() == Some(*first)));
    if orders_a_run || opens_with_runner { 0 } else { named }
}

/// Learner asks: the phrases of the list, and questions after what a thing means or does
/// (`what does props mean?`, `what does unwrap do?`; not `what does it weigh up?`), less saying
/// one is new to a workplace (`I'm new on the payments team`, `new to this codebase`, `I'm new
/// here`): that is orientation, the questions show the level.
fn learner_asks(lower: &str) -> usize {
    let meaning = sentences(lower)
        .filter(|s| {
            s.find("what does").is_some_and(|at| {
                lexicon::words(&s[at..]).skip(2).any(|w| matches!(w, "mean" | "means" | "do"))
            })
        })
        .count();
    let words: Vec<&str> = lexicon::words(lower).collect();
    let new_to_a_place = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            **w == "new" && {
                let after = &words[i + 1..];
                match after {
                    ["here", ..] => true,
                    [prep, rest @ ..] if matches!(*prep, "to" | "on" | "at" | "in") => {
                        rest.iter().take(3).any(|t| lexicon::WORKPLACES.contains(t))
                    }
                    _ => false,
                }
            }
        })
        .count();
    (count_phrases(lower, lexicon::LEARNER_ASKS) + meaning).saturating_sub(new_to_a_place)
}

/// Bounds stated as a quantity with its unit, after a word that bounds it or before the limit it
/// sets (`after 90 days`, `more than 10%`, `within 60 days`, `10m timeout`), at most one a
/// sentence: a limit the user sets. A quantity told as a fact (`most grooms take 2 hours`, `it
/// takes like 8 seconds`) sets none.
fn bounds(sentences: &[&str]) -> usize {
    sentences
        .iter()
        .filter(|s| {
            let tokens: Vec<&str> = s.split_whitespace().map(bare).collect();
            tokens.iter().enumerate().any(|(i, t)| {
                let digits = t.trim_end_matches(|c: char| !c.is_ascii_digit());
                let number = !digits.is_empty()
                    && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
                    && !digits.starts_with('.');
                let unit = if digits.len() < t.len() {
                    Some(&t[digits.len()..])
                } else {
                    tokens.get(i + 1).copied()
                };
                let joined = digits.len() < t.len();
                let after = tokens.get(i + if joined { 1 } else { 2 });
                let bounding = i
                    .checked_sub(1)
                    .and_then(|j| tokens.get(j))
                    .is_some_and(|w| lexicon::BOUND_WORDS.contains(w))
                    || after.is_some_and(|w| lexicon::LIMIT_NOUNS.contains(w));
                number && bounding && unit.is_some_and(|u| lexicon::UNITS.contains(&u))
            })
        })
        .count()
}

/// Whether a sentence tells what the program does wrong: a failure reported (the previous result
/// still fails), or a failure verb in the present or past followed by the case it happens in
/// (`my grade.py program crashes when i type a word`, `it freezes if the list is empty`). A
/// sentence that asks for it not to happen (`make sure it never crashes when …`) states a rule.
fn describes_symptom(sentence: &str) -> bool {
    if reports_failure(sentence) {
        return true;
    }
    let words: Vec<&str> = lexicon::words(sentence).collect();
    let asks_against = words.iter().any(|w| {
        matches!(*w, "never" | "should" | "must" | "mustn't" | "shouldn't" | "don't" | "ensure")
    }) || sentence.contains("make sure");
    !asks_against
        && words.iter().enumerate().any(|(i, w)| {
            lexicon::FAILURE_VERBS.contains(w)
                && words[i + 1..].iter().take(3).any(|t| matches!(*t, "when" | "if" | "whenever"))
        })
}

/// Whether a sentence is the user's verdict on the previous result (`41 sounds right i had it
/// in the diary too`, `checked mrs abbott and the Doyles, right names now`): what it names is
/// what the user checked, not what the next piece of work must do. A sentence that also asks
/// for something (`… can you take that into account`, a question) or holds a reservation
/// (`good, but less about SwiftData`) still frames work.
fn gives_verdict(sentence: &str) -> bool {
    let words: Vec<&str> = lexicon::words(sentence).collect();
    let asks = sentence.ends_with('?')
        || words.windows(2).any(|w| {
            matches!(w[0], "can" | "could" | "would" | "will" | "pls" | "please") && w[1] == "you"
        });
    // A greeting opens a new request (`hi, i made molar.py …, it works out molar mass`): the
    // sentence introduces the work, it judges no result.
    let greets = words.first().is_some_and(|w| matches!(*w, "hi" | "hello" | "hey" | "hiya"));
    !asks
        && !greets
        && !sentence.contains(" but ")
        && !reports_failure(sentence)
        && confirms(sentence)
}

/// Whether a sentence tells the user's own situation — who they are, what they have, did or
/// tried (`I'm the treasurer at our church`, `my order book is orders 2026.xlsx`, `I tried to use
/// count_words.py that my friend wrote`): its subject is the user (`I`, `my …`, after a greeting
/// or `so`/`ok`), it asks nothing and states no wish or view (`I want`, `I need`, `I'd like`,
/// `I have to`, `I think`, which frame the work). What such a sentence names is the user's world,
/// not what the work must do (MEASURES.md, "Expertise", v12).
fn tells_own_situation(sentence: &str) -> bool {
    let words: Vec<&str> = lexicon::words(sentence)
        .skip_while(|w| {
            matches!(
                *w,
                "hi" | "hello" | "hey" | "hiya" | "so" | "ok" | "okay" | "well" | "and" | "also"
            )
        })
        .collect();
    let asks = sentence.ends_with('?')
        || words.windows(2).any(|w| {
            matches!(w[0], "can" | "could" | "would" | "will" | "pls" | "please") && w[1] == "you"
        });
    let about_the_user = words.first().is_some_and(|w| matches!(*w, "i" | "im" | "ive" | "my"));
    // `i'd like` and `i'll need` split at the apostrophe: `d`, `ll`.
    let frames_work = match words.get(1).copied() {
        Some("have") => words.get(2) == Some(&"to"),
        Some(w) => matches!(
            w,
            "want"
                | "wanna"
                | "need"
                | "like"
                | "would"
                | "d"
                | "ll"
                | "will"
                | "must"
                | "think"
                | "guess"
                | "believe"
                | "suspect"
                | "expect"
                | "mean"
                | "prefer"
        ),
        None => false,
    };
    about_the_user && !frames_work && !asks
}

/// The references of the sentences that tell the user's own situation, as (files, identifiers):
/// one at most, the thing the user's world is about (`my order book is orders 2026.xlsx`: the
/// guide's level 2 names the thing), the file before an identifier.
fn own_situation_reference(text: &str) -> (usize, usize) {
    let told = sentences(text)
        .filter(|s| {
            let s = lexicon::normalise(s);
            tells_own_situation(&s) && !gives_verdict(&s)
        })
        .collect::<Vec<_>>()
        .join("\n");
    if file_refs(&told) > 0 { (1, 0) } else { (0, identifier_refs(&told).0.min(1)) }
}

/// The text without the sentences that frame no work: those that give a verdict on the result
/// ([`gives_verdict`]) or tell the user's own situation ([`tells_own_situation`]); the rest one
/// sentence a line, the text as it is when it holds none. Each sentence is normalised once.
fn framing_only(text: &str) -> Cow<'_, str> {
    let frames = |s: &str| {
        let s = lexicon::normalise(s);
        !gives_verdict(&s) && !tells_own_situation(&s)
    };
    if sentences(text).all(frames) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(sentences(text).filter(|s| frames(s)).collect::<Vec<_>>().join("\n"))
}

/// Whether the agent's text corrects the user (`does not exist`, `did you mean`, ...).
pub fn agent_corrects_user(agent_text: &str) -> bool {
    count_phrases(&lexicon::normalise(agent_text), lexicon::AGENT_CORRECTS) > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_precise_prompt_has_files_identifiers_constraints_and_steps() {
        let f = PromptFeatures::of(
            "Add a `retry_policy` to src/sender.rs and Cargo.toml; keep `SpanExporter` as is.\n\
             1. write the parser\n2. run `cargo test`\nDone when tests pass. Version 1.2.3 is fine.",
        );
        assert_eq!(f.file_refs, 2, "{f:?}");
        assert_eq!(f.identifier_refs, 3, "{f:?}");
        assert_eq!(f.steps, 2);
        assert_eq!(f.constraints, 1);
        assert_eq!(f.acceptance_criteria, 1);
        assert_eq!(f.user_planning_decisions, 1 + 1 + 1 + 1);
        assert_eq!(f.user_execution_decisions, 2 + 3 + 1);
        // `run cargo test` is how to check the work, not the work: adding and writing is building.
        assert_eq!(f.intent, "building");
    }

    #[test]
    fn a_prompt_that_opens_with_a_verb_of_work_opens_with_an_order() {
        let order = |t: &str| PromptFeatures::of(t).opens_with_order;
        assert!(order("add a share button to ReceiptDetailScreen"));
        assert!(order("Deploy main to fly (app tandem-prod)"));
        assert!(order("hi, fix the flaky test in cart_spec.rb"));
        assert!(order("Please write JUnit 5 tests for DiscountCalculator"));
        assert!(order("ok so roll back the 4.2 release"));
    }

    #[test]
    fn a_question_a_wish_or_a_report_opens_with_no_order() {
        let order = |t: &str| PromptFeatures::of(t).opens_with_order;
        // A polite request is a question: novices ask that way as often as anyone.
        assert!(!order("can you add tests to my todo app?"));
        assert!(!order("i want to add a login page"));
        assert!(!order("how do i deploy this"));
        assert!(!order("my app crashes when I press save"));
        // A file name that starts with a verb is no verb: the first word must be the verb.
        assert!(!order("make_picklist.py stopped working this morning"));
        assert!(!order("**Add** a footer"));
        assert!(!order(""));
    }

    #[test]
    fn precision_in_prose_counts_named_things_deliverables_and_requirements() {
        let f = PromptFeatures::of(
            "Walk me through what happens on POST /login, from the Express route to where the \
             session cookie gets set. Which files and functions? Keep it under 300 words.",
        );
        // `POST /login`, `Express`, `300`; the route's path is a file-like ref too.
        assert!(f.named_things >= 3, "{f:?}");
        // The walk-through asked in the imperative is a scoped question (the guide's example);
        // `Which files and functions?` names nothing.
        assert_eq!(f.scoped_questions, 1, "{f:?}");
        assert_eq!(f.intent, "exploring");
        let f = PromptFeatures::of(
            "There are 14 supplier contracts in the contracts folder. I need a spreadsheet with \
             one row per contract: file name, indemnification text, termination text. If a \
             contract has no such clause, write NOT FOUND rather than leaving it blank.",
        );
        assert_eq!(f.deliverables, 2, "{f:?}"); // `a spreadsheet`, `one row per`
        assert_eq!(f.requirements, 2, "{f:?}"); // `per`, `rather than`
        assert_eq!(f.file_refs + f.identifier_refs, 0, "{f:?}");
        assert!(f.named_things >= 2, "{f:?}"); // `14`, `NOT`/`FOUND`
        let q = PromptFeatures::of("Does the retry in src/sender.rs cap at 30 seconds?");
        assert_eq!(q.scoped_questions, 1, "{q:?}");
        let novice = PromptFeatures::of(
            "how do I make a website for my cafe? I have never done this before",
        );
        assert_eq!(novice.learner_asks, 2, "{novice:?}");
        assert_eq!(novice.named_things, 0, "{novice:?}");
        assert_eq!(novice.intent, "building");
    }

    #[test]
    fn domain_corrections_of_the_agent_are_corrections() {
        let f = PromptFeatures::of(
            "CoralTech and Halden do have indemnities, they're titled Hold Harmless in those two, \
             so the script missed them.",
        );
        assert!(f.user_corrects_agent, "{f:?}");
        assert!(f.named_things >= 3, "{f:?}"); // CoralTech, Halden, Hold, Harmless
        assert!(
            PromptFeatures::of("No. SELECT-then-INSERT has the same race.").user_corrects_agent
        );
        assert!(
            PromptFeatures::of("For Lindqvist you've used the per-protocol number.")
                .user_corrects_agent
        );
        assert!(
            !PromptFeatures::of("can you tell me who is double booked in March")
                .user_corrects_agent
        );
    }

    #[test]
    fn only_the_users_own_words_are_analysed() {
        let summary = PromptFeatures::of(
            "This session is being continued from a previous conversation that ran out of \
             context. Fix src/a.rs and src/b.rs, run cargo test.",
        );
        assert_eq!((summary.own_words, summary.file_refs, summary.verification_asks), (0, 0, 0));
        assert!(summary.words > 10);
        let template = PromptFeatures::of(
            "## User Input\n\n```text\nturn docs/arch.md into a spec\n```\n\nYou **MUST** \
             consider the user input.\n1. Run `.specify/scripts/check.sh --json` and parse it.",
        );
        assert_eq!((template.own_words, template.file_refs, template.steps), (5, 1, 0));
        let pasted = PromptFeatures::of(
            "part 1 error Error: {\"error\":\"ERROR: 42601: syntax error at 1244\"}\n\
             Sam@Mac ~ % node -e x",
        );
        assert_eq!(pasted.own_words, 4, "{pasted:?}");
        assert_eq!(pasted.named_things, 2, "{pasted:?}"); // `1`, `Error` (not the JSON's codes)
        assert_eq!(PromptFeatures::of("/review src/a.rs").own_words, 1);
    }

    #[test]
    fn lists_written_inline_count_their_items() {
        let f = PromptFeatures::of(
            "Write a runbook for on-call. It needs: which alerts fire, how to decide whether to \
             fail over, the exact commands, how to check replication afterwards, and who to page.",
        );
        assert_eq!(f.listed_items, 5, "{f:?}");
        let f = PromptFeatures::of(
            "order_id should be unique and never null, status should only be placed or shipped, \
             and customer_id should always exist in dim_customers.",
        );
        assert_eq!(f.listed_items, 3, "{f:?}");
        // Two clauses, or commas without a closing `and`, are not a list.
        assert_eq!(PromptFeatures::of("Note: keep it short, please.").listed_items, 0);
        assert_eq!(PromptFeatures::of("it broke, I tried again, no luck, help").listed_items, 0);
    }

    #[test]
    fn dates_and_the_agents_name_are_not_named_things() {
        let f = PromptFeatures::of(
            "Hi Claude, it ends April 30 btw, early access from the 3rd of May. Everything is 20% off.",
        );
        assert_eq!(f.named_things, 1, "{f:?}"); // `20%`
    }

    #[test]
    fn contingencies_stated_up_front_count_hedges_and_questions_do_not() {
        let f = PromptFeatures::of(
            "bump the pg pool to 50 and rerun the soak. roll back if error rate goes over 0.5%. \
             If a contract has no such clause, write NOT FOUND; otherwise keep the default.",
        );
        assert_eq!(f.contingencies, 3, "{f:?}");
        for none in [
            "we're family owned since 1987 if that helps",
            "can you check if it runs",
            "what happens if the same note is edited twice?",
            "    if guess == word[i]:",
            "it still crashes if i just press enter",
            "<local-command-caveat>Caveat: do not respond to these messages or otherwise consider \
             them unless the user asks.</local-command-caveat>",
        ] {
            assert_eq!(PromptFeatures::of(none).contingencies, 0, "{none}");
        }
    }

    #[test]
    fn a_deliverable_the_user_already_has_is_none_asked_for() {
        let has = PromptFeatures::of(
            "I run the script every monday and it makes a spreadsheet. can you explain what it does",
        );
        assert_eq!(has.deliverables, 0, "{has:?}");
        let asks =
            PromptFeatures::of("can you make me a spreadsheet of the bookings, one row per day");
        assert_eq!(asks.deliverables, 2, "{asks:?}");
    }

    #[test]
    fn a_condition_on_what_the_user_does_is_no_contingency() {
        for none in [
            "the new rows only appear if i close the window and open it again",
            "so if i rename the folder would the backups stop",
            "the total is wrong unless i sort the sheet first",
        ] {
            assert_eq!(PromptFeatures::of(none).contingencies, 0, "{none}");
        }
        for one in [
            "return 404 if the invoice doesn't exist",
            "if i'm on leave send it to sam instead, and if the export is empty skip it",
        ] {
            assert!(PromptFeatures::of(one).contingencies >= 1, "{one}");
        }
    }

    #[test]
    fn the_manner_of_the_users_own_work_is_no_check() {
        for none in [
            "every friday i count the stock by hand and type it into stock.xlsx",
            "can you make something that does the timesheets, i add them up by hand now",
        ] {
            assert_eq!(PromptFeatures::of(none).verification_asks, 0, "{none}");
        }
        assert_eq!(PromptFeatures::of("then check the totals by hand").verification_asks, 1);
    }

    #[test]
    fn pasted_console_and_log_lines_are_not_the_users_words() {
        let f = PromptFeatures::of(
            "login still fails, console says\n\
             app-22a4.js?v=3:6 Multiple GoTrueClient instances detected in the same context.\n\
             tC @ app-22a4.js?v=3:6\n\
             _initSupabaseAuthClient @ app-22a4.js?v=3:6\n\
             [11:12:12:741] [597759:00091f01] [INFO][com.freerdp.client.x11] - No user name set.\n\
             2025-10-08 18:07:42 ERROR worker exited\n\
             \x20    351    # After RDP closes, stop the container",
        );
        assert_eq!(f.own_words, 5, "{f:?}"); // "login still fails, console says"
        assert_eq!((f.named_things, f.identifier_refs, f.file_refs), (0, 0, 0), "{f:?}");
    }

    #[test]
    fn a_paragraph_the_user_introduces_and_sets_apart_is_pasted_output() {
        // Introduced by a colon, by a verb of showing (`it says`) or by `this`, after a blank
        // line: whatever the program, its names and conditions are not the user's.
        for (text, own) in [
            (
                "signup 500s when the email is taken, from the prod logs:\n\n\
                 ** (Ecto.ConstraintError) constraint error when attempting to insert struct:\n\
                 \x20   * \"users_email_index\" (unique_constraint)\n\
                 If you would like to stop this constraint violation from raising, call \
                 `unique_constraint/3` on your changeset\n\n\
                 add a test",
                "signup 500s when the email is taken, from the prod logs:\n\nadd a test",
            ),
            (
                "the letters thing doesnt work anymore. it says\n\nKeyError: 'Plot No'\n\n\
                 can you fix it",
                "the letters thing doesnt work anymore. it says\n\ncan you fix it",
            ),
            (
                "it crashes with this\n\n    qty = float(row['Qty'])\nArgumentError:\n\n\
                 fix it please",
                "it crashes with this\n\nfix it please",
            ),
        ] {
            let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(words(&own_text(text)), words(own), "{text}");
        }
        let f = PromptFeatures::of(
            "from the prod logs:\n\nIf you would like to stop this, call unique_constraint/3\n\n\
             add a test",
        );
        assert_eq!((f.contingencies, f.identifier_refs), (0, 0), "{f:?}");
        // Without the blank line, or not pointed to, or a list: the user's own words.
        for text in [
            "It needs:\n\n- the till\n- gift aid\n- what we cant sell",
            "the report should say:\nwhich stores missed the target",
            "Add a dark mode toggle.\n\nIt should follow the OS setting.",
        ] {
            assert_eq!(own_text(text), text, "{text}");
        }
    }

    #[test]
    fn words_of_unspaced_scripts_count_and_separate_latin_names() {
        assert_eq!(count_words("hello world"), 2);
        // `uv` and `ruff` are words of their own; four kana/kanji are two words, one is one.
        assert_eq!(count_words("uvを利用しruffで"), 2 + 2 + 1);
        let f = PromptFeatures::of(
            "フロントエンドはtypescriptでバックエンドはfastapiを利用してください。",
        );
        assert!(f.named_things >= 2, "{f:?}"); // typescript, fastapi
        assert!(f.own_words > 10, "{f:?}");
    }

    #[test]
    fn a_command_template_without_input_takes_its_instructions_intent() {
        let template = "## User Input\n\n```text\n\n```\n\n## Outline\n1. Load plan.md.\n\
                        2. Break the plan into tasks and estimate the tasks.\n";
        let f = PromptFeatures::of(template);
        assert_eq!((f.own_words, f.intent), (0, "planning"));
        let with_input = "## User Input\n\n```text\nfix the login crash\n```\n\nplan tasks";
        assert_eq!(PromptFeatures::of(with_input).intent, "fixing");
    }

    #[test]
    fn corrections_confirmations_and_failure_reports_are_flagged() {
        assert!(PromptFeatures::of("no, use tokio instead").user_corrects_agent);
        assert!(PromptFeatures::of("perfect, thanks").confirms);
        assert!(PromptFeatures::of("good, that's the version going in").confirms);
        assert!(PromptFeatures::of("Ok. Nice, that's the one").confirms);
        // Inside a request the same words ask for something.
        assert!(
            !PromptFeatures::of(
                "Now do the same for the profile page, make it nice, whatever looks better."
            )
            .confirms
        );
        assert!(
            !PromptFeatures::of("Can you also tidy up the layout, make it nice, the usual things.")
                .confirms
        );
        assert!(PromptFeatures::of("served cert checks out from my laptop too, good").confirms);
        assert!(!PromptFeatures::of("Good. Is there any CSRF protection on that route?").confirms);
        assert!(PromptFeatures::of("balances tie out now").confirms);
        assert!(PromptFeatures::of("the report matches.").confirms);
        assert!(PromptFeatures::of("that's it, numbers agree").confirms);
        let f = PromptFeatures::of("thanks but it still fails with the same error");
        assert!(f.reports_failure && !f.confirms);
        assert_eq!(PromptFeatures::of("/review please").command.as_deref(), Some("/review"));
        assert_eq!(PromptFeatures::of("the latest thing").intent, "other");
        assert!(agent_corrects_user("Actually, there is no such file."));
        assert!(agent_corrects_user("That file doesn't exist; did you mean src/utils.rs?"));
        // The agent's narration of its own work is not a correction of the user.
        assert!(!agent_corrects_user("There is no test for this yet, so I'll add one."));
    }

    #[test]
    fn test_runners_of_any_ecosystem_and_imperative_checks_are_verification_asks() {
        for yes in [
            "Add a search field. Run flutter test when you're done",
            "Run the vitest suite after.",
            "Run the request specs when done.",
            "then rerun mix test on the umbrella",
            "roll ingest to 2.14.0. check allocs healthy on all three clients",
            "The 2019 study has 1,610 for the 100-year. Is ours consistent with that?",
        ] {
            assert_eq!(PromptFeatures::of(yes).verification_asks, 1, "{yes}");
        }
        for no in [
            "run the latest migration on staging",
            "I need to write tests for cart.js",
            "can you check",
            "the checkout page is slow",
        ] {
            assert_eq!(PromptFeatures::of(no).verification_asks, 0, "{no}");
        }
    }

    #[test]
    fn a_test_runner_named_as_the_means_of_tests_to_write_is_no_check() {
        for yes in [
            "then cargo test",
            "pytest stores/ when you're done",
            "pytest should pass for the stores app",
            "fix it, then go test ./... and commit",
        ] {
            assert_eq!(PromptFeatures::of(yes).verification_asks, 1, "{yes}");
        }
        for no in [
            "can u write tests for the functions in booking.py. we use pytest at school",
            "write pytest tests for MemberSignupForm in members/forms.py",
            "I need API tests for POST /orders using our pytest setup",
        ] {
            assert_eq!(PromptFeatures::of(no).verification_asks, 0, "{no}");
        }
    }

    #[test]
    fn being_new_to_a_workplace_is_no_learner_ask_asking_what_a_thing_means_is() {
        for no in [
            "I'm new on the payments team. Walk me through a card payment",
            "I'm new here and trying to understand how an order gets a courier",
            "I'm new to this codebase",
            "Where does the decision happen and what does it weigh up?",
        ] {
            assert_eq!(PromptFeatures::of(no).learner_asks, 0, "{no}");
        }
        for yes in ["im new to all this", "what does props mean?", "what does unwrap do?"] {
            assert_eq!(PromptFeatures::of(yes).learner_asks, 1, "{yes}");
        }
    }

    #[test]
    fn polite_requests_are_no_questions_bounded_and_case_questions_are_scoped() {
        for no in [
            "Could you write something that looks each one up on Open Library?",
            "Can you work out monthly churn from data/customers.csv?",
            "can you make it bigger?",
        ] {
            assert_eq!(PromptFeatures::of(no).scoped_questions, 0, "{no}");
        }
        for yes in [
            "How does push registration work here, from app launch to the device token?",
            "what happens if the provider times out? does anything retry it",
            "Can you explain how the on_update hooks get called?",
            "Explain how the Express router picks a handler.",
        ] {
            assert_eq!(PromptFeatures::of(yes).scoped_questions, 1, "{yes}");
        }
        // A hedge is no case (`what if` asks, it anticipates nothing).
        assert_eq!(PromptFeatures::of("what if we just restart it?").scoped_questions, 0);
    }

    #[test]
    fn alternatives_ruled_out_by_contrast_or_a_bare_no_are_constraints() {
        for yes in [
            "Count subjects, not events.",
            "Add a storage account. No public access.",
            "No nightly, our MSRV is 1.74.",
        ] {
            assert_eq!(PromptFeatures::of(yes).constraints, 1, "{yes}");
        }
        for no in ["no idea, still failing then", "it works, not sure why", "No, the other one"] {
            assert_eq!(PromptFeatures::of(no).constraints, 0, "{no}");
        }
    }

    #[test]
    fn repeated_lines_and_exception_heads_are_pasted_output() {
        let f = PromptFeatures::of(
            "the sensor reads wrong. the monitor says:\nFan: OFF\nTemp: -127.00 C\nFan: OFF\n\
             Temp: -127.00 C",
        );
        assert_eq!((f.own_words, f.named_things), (7, 0), "{f:?}");
        let f = PromptFeatures::of(
            "app crashes when i press add fare\nFATAL EXCEPTION: main\n\
             java.lang.NumberFormatException: For input string: \"12,50\"\n\
             TypeError: x is undefined",
        );
        assert_eq!((f.own_words, f.named_things), (7, 0), "{f:?}");
        // A user's own `Constraints:` line is kept.
        assert_eq!(PromptFeatures::of("Constraints: no downtime").own_words, 3);
    }

    #[test]
    fn mentions_and_kebab_case_names_are_named_things_plural_acronyms_no_identifiers() {
        let f = PromptFeatures::of("Add a container to rg-data-dev. use @agent-project-delegator");
        assert_eq!(f.named_things, 2, "{f:?}");
        let f = PromptFeatures::of("make it pull-to-refresh, end-to-end");
        assert_eq!(f.named_things, 0, "{f:?}");
        let f = PromptFeatures::of("list the ISBNs and the PDFs");
        assert_eq!((f.identifier_refs, f.named_things), (0, 2), "{f:?}");
    }

    #[test]
    fn paths_and_fix_it_are_not_vague() {
        assert_eq!(PromptFeatures::of("put the cert in /etc/caddy/certs").vague_terms, 0);
        assert_eq!(PromptFeatures::of("the export fails since Monday, fix it").vague_terms, 0);
        assert_eq!(PromptFeatures::of("make it look nicer, some kind of menu etc").vague_terms, 2);
    }

    #[test]
    fn a_symptom_described_sets_no_constraint_a_rule_against_it_does() {
        for no in [
            "my grade.py program crashes when i type a word instead of a number",
            "it still crashes if i just press enter without typing anything",
            "the import fails if the file has only a header",
        ] {
            let f = PromptFeatures::of(no);
            assert_eq!((f.constraints, f.requirements), (0, 0), "{no}: {f:?}");
        }
        for yes in [
            "make sure it never crashes when the file is empty",
            "read the csv without loading it all into memory",
        ] {
            assert_eq!(PromptFeatures::of(yes).constraints, 1, "{yes}");
        }
    }

    #[test]
    fn a_verdict_on_the_result_pins_nothing_down_the_request_beside_it_does() {
        // What the user checked is named in the verdict; only the request counts as precision.
        let request = PromptFeatures::of("can you put it in a table i can print");
        for with_verdict in [
            "thats right, the damp in flat 14 has been going since October, 112 days is about \
             right. can you put it in a table i can print",
            "41 sounds right i had it in the diary too. can you put it in a table i can print",
        ] {
            let f = PromptFeatures::of(with_verdict);
            assert_eq!(
                (f.named_things, f.constraints, f.requirements),
                (request.named_things, request.constraints, request.requirements),
                "{with_verdict}: {f:?}"
            );
        }
        let checked = PromptFeatures::of(
            "all green in the UI, rows are in exports/spend.csv for the last 7 days. thanks",
        );
        assert_eq!((checked.file_refs, checked.named_things), (0, 0), "{checked:?}");
        // Who decided what still reads the whole prompt.
        assert_eq!(checked.user_execution_decisions, 1, "{checked:?}");
    }

    #[test]
    fn a_sentence_about_the_users_own_situation_is_their_world_not_the_task() {
        for told in [
            "I'm the treasurer at our church and we claim gift aid every year.",
            "my order book is orders 2026.xlsx in this folder",
            "hi, I tried to use count_words.py that my friend wrote for me",
            "so I do the results for our swimming club galas",
            "I've put the staff in staff.csv and the rota in rota.xlsx",
        ] {
            assert!(tells_own_situation(&lexicon::normalise(told)), "{told}");
        }
        for framing in [
            "I want a page for my honey with the prices",
            "I'd like the totals per week, paid orders only",
            "I need you to add Priya to rota.csv",
            "I have to write the treasurers report for the annual meeting",
            "I think the cache in src/cache.rs is stale",
            "my script crashes on blank lines, can you fix it",
            "can you fix my script?",
            "we use pytest and keep fixtures in tests/data",
            "Add a Stripe checkout to checkout.py",
        ] {
            assert!(!tells_own_situation(&lexicon::normalise(framing)), "{framing}");
        }
    }

    #[test]
    fn the_users_own_situation_names_one_thing_and_sets_no_rule() {
        // The thing the user's world is about counts once (the guide's level 2 names the thing);
        // more files, the names and the rules in it are their world, not what the work must do.
        let told = PromptFeatures::of(
            "I've put the staff in staff.csv and the rota in rota.xlsx. can you count the shifts",
        );
        assert_eq!((told.file_refs, told.identifier_refs), (1, 0), "{told:?}");
        let framed = PromptFeatures::of("count the shifts in staff.csv and rota.xlsx");
        assert_eq!(framed.file_refs, 2, "{framed:?}");
        let role = PromptFeatures::of(
            "I'm the secretary of the Riverside Allotment Society. can you make a list of fees",
        );
        let request = PromptFeatures::of("can you make a list of fees");
        assert_eq!(
            (role.named_things, role.constraints, role.requirements),
            (request.named_things, request.constraints, request.requirements),
            "{role:?}"
        );
        // A prompt with no such sentence reads as before.
        let f = PromptFeatures::of("Add a Stripe checkout to checkout.py for the Spring menu");
        assert_eq!((f.file_refs, f.named_things), (1, 2), "{f:?}");
    }

    #[test]
    fn a_verdict_that_also_asks_or_holds_a_reservation_still_frames_work() {
        for framing in [
            "looks right, can you add Priya to rota.csv",
            "good, but less about SwiftData, we're replacing it with GRDB next quarter",
            "that matches, does it handle the Doyles too?",
        ] {
            let f = PromptFeatures::of(framing);
            assert!(f.named_things + f.file_refs > 0, "{framing}: {f:?}");
        }
        // A greeting opens a request: what follows it is no verdict.
        let f = PromptFeatures::of("hi, I made molar.py for my class, it works out molar mass");
        assert_eq!(f.file_refs, 1, "{f:?}");
        // A first request with no verdict in it reads as before.
        let f = PromptFeatures::of("Add a Stripe checkout to checkout.py for the Spring menu");
        assert_eq!((f.file_refs, f.named_things), (1, 2), "{f:?}");
    }

    #[test]
    fn a_quantity_bounded_or_naming_a_limit_is_a_constraint_a_quantity_told_is_not() {
        for yes in [
            "drain it, 10m timeout",
            "objects go to glacier after 90 days",
            "drop water years with more than 10% missing days",
            "a customer has churned with no order within 60 days",
        ] {
            assert_eq!(PromptFeatures::of(yes).constraints, 1, "{yes}");
        }
        for no in [
            "most grooms take 2 hours",
            "the page takes like 8 seconds for big customers",
            "12 hours sounds right",
        ] {
            assert_eq!(PromptFeatures::of(no).constraints, 0, "{no}");
        }
    }

    #[test]
    fn the_thing_meant_set_against_another_corrects_the_agent() {
        for yes in [
            "we report by where it ships, not billing. can you redo it",
            "tls directive goes in the site block, not global",
        ] {
            assert!(PromptFeatures::of(yes).user_corrects_agent, "{yes}");
        }
        for no in ["it works, not sure why", "looks good, thanks", "is it not global?"] {
            assert!(!PromptFeatures::of(no).user_corrects_agent, "{no}");
        }
    }

    #[test]
    fn a_pasted_table_is_one_named_thing_however_many_rows() {
        let menu = "i want a page with our food on it. heres the menu:\nSOUP OF THE DAY 5.50\n\
                    SCAMPI AND CHIPS 13.95\nSTEAK AND ALE PIE 14.50\nPLOUGHMANS 11.00\n\
                    sunday roast is 16 quid";
        let f = PromptFeatures::of(menu);
        assert_eq!(f.named_things, 2, "{f:?}"); // the table, `16`
        // Two lines of one shape are no table; lines of different shapes are prose.
        let two = PromptFeatures::of("prices:\nSOUP 5.50\nPIE 14.50");
        assert_eq!(two.named_things, 2, "{two:?}"); // `5.50`, `14.50`
        let prose = PromptFeatures::of(
            "Set the timeout to 30s.\nRetry 3 times with backoff.\nAlert when p99 > 800ms.",
        );
        assert!(prose.named_things >= 3, "{prose:?}");
        let steps =
            PromptFeatures::of("Do this:\n1. read the code\n2. split the loader\n3. test it");
        assert_eq!(steps.named_things, 0, "{steps:?}"); // a numbered list is no table
    }

    #[test]
    fn lines_that_differ_only_in_their_numbers_are_pasted_output() {
        let f = PromptFeatures::of(
            "the greenhouse reads wrong, the monitor says:\nHumidity: 71.2 %\nHumidity: 70.9 %\n\
             Humidity: 71.0 %",
        );
        assert_eq!((f.own_words, f.named_things), (7, 0), "{f:?}");
        // Lines a person wrote differ in words, not only in numbers.
        let f = PromptFeatures::of("step 1 add the column\nstep 2 backfill it");
        assert_eq!(f.own_words, 9, "{f:?}");
    }
}
