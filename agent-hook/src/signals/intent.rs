//! The work mode a prompt asks for (fixing, testing, operating, …): its intent, read off the
//! request's opening verb or else the intent words it holds.

use super::lexicon;
use super::text::{bare, is_identifier, looks_like_file, sentences};
use super::verdict::reports_failure;

/// What the prompt asks for. The request is the first of the first three sentences that opens
/// with a verb (after fillers such as `please`, `can you`, `I need to`; a sentence of context such
/// as `I have the plots in plots.xlsx.` is skipped): after a generic verb (`add`, `write`, `make`,
/// …) the first of the next three words that is in an intent list (`add unit tests` is testing,
/// `add an S3 bucket` operating), else the verb's own list (`deploy`, `reconcile`, `install`).
/// Otherwise the intent list with the most word occurrences in the prompt, a tie going to the
/// earlier list; `other` when no list has a word. Words match in any inflection (`deployed`,
/// `crashing`); a named error type (`TypeError`, `NumberFormatException`) is a fixing word, a
/// data file named (`plots.xlsx`, `counts.tsv`) an analysing word. File paths, URLs, code in
/// backticks and verification asks (`add a test`, `run cargo test`: how to check the work, not
/// what the work is) are left out.
pub fn intent(lower: &str) -> &'static str {
    let mut best = ("other", 0usize);
    // A check asked on the side (`… and run the tests`) is no request of its own; asking for
    // tests to be written (`add tests for …`) is one.
    let checks: Vec<&str> = lexicon::VERIFICATION
        .iter()
        .copied()
        .filter(|p| !lexicon::TEST_WRITING.contains(p))
        .collect();
    let goal = without_code_spans(&lexicon::blank_phrases(lower, &checks));
    let prose_of = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .filter(|t| {
                let t = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '.');
                // A code name (`apply_discount`, `InvoiceLine`) names a thing; its parts are not
                // the request's words.
                // So is a dotted one with a code part (`run_member.sbatch`, `cfg.max_rows`).
                !(t.contains("://")
                    || looks_like_file(t)
                    || is_identifier(t)
                    || t.split('.').any(is_identifier))
            })
            .flat_map(lexicon::words)
            .map(str::to_owned)
            .collect()
    };
    // Data tables named in the prompt (`plots.xlsx`, `counts.tsv`).
    let data_files = goal
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| {
            t.rsplit_once('.').is_some_and(|(stem, ext)| {
                !stem.is_empty() && lexicon::DATA_FILE_EXTENSIONS.contains(&ext)
            })
        })
        .count();
    // The request: the first sentence that opens with a verb of a list, after any sentences of
    // context about the user (`Hello.`, `I have the plots in plots.xlsx.`); a sentence about
    // something else (`The order service double-charges when …`) states the task itself.
    let skip =
        |w: &&String| OPENING_FILLERS.contains(&w.as_str()) || SEQUENCE_WORDS.contains(&w.as_str());
    for raw in sentences(&goal).take(3) {
        let sentence = prose_of(raw);
        let mut words = sentence.iter().skip_while(skip);
        let Some(verb) = words.next() else { continue };
        // `I want a plan, not changes`, `we need a script that …`: the thing wanted is the
        // deliverable, as the object of a generic verb is.
        let wants_a_thing = matches!(verb.as_str(), "a" | "an")
            && sentence
                .iter()
                .take_while(|w| *w != verb)
                .any(|w| matches!(w.as_str(), "want" | "need"));
        // `New taint rule rules/ssrf.yaml: …`: a request that opens on `new` and a thing asks for
        // that thing (`new to this codebase` is about the user).
        let new_thing = verb == "new"
            && words
                .clone()
                .next()
                .is_some_and(|w| !matches!(w.as_str(), "to" | "here" | "at" | "in"));
        if wants_a_thing || new_thing || lexicon::GENERIC_VERBS.contains(&verb.as_str()) {
            let object: Vec<&String> = words.take(3).collect();
            let document =
                |w: &str| in_list(w, lexicon::DOCUMENT_OBJECTS, false).then_some("writing");
            // `a CSV export`, `a JSON endpoint`: a data format before a feature names the kind
            // of that feature, the feature is the deliverable (`a csv of the overdue invoices`
            // asks for the table).
            let modifies_next = |i: usize| {
                is_data_format(object[i])
                    && object
                        .get(i + 1)
                        .is_some_and(|next| intent_list_of(next) == Some("building"))
            };
            // Tests asked for are the deliverable wherever the object's noun phrase names them,
            // whatever kind of thing they check (`pest feature tests for …`, `vitest specs`):
            // the words before a preposition or conjunction are that phrase.
            let phrase = object
                .iter()
                .position(|w| PHRASE_ENDS.contains(&w.as_str()))
                .unwrap_or(object.len());
            if object[..phrase].iter().any(|w| intent_list_of(w) == Some("testing")) {
                return "testing";
            }
            if let Some(m) = (0..object.len())
                .filter(|i| !modifies_next(*i))
                .find_map(|i| intent_list_of(object[i]).or_else(|| document(object[i])))
            {
                return m;
            }
            // `write them`: the object is named earlier, so the words decide; so do they after a
            // verb of no list (`set up a workflow that runs the tests`).
            if object.first().is_none_or(|w| !ANAPHORS.contains(&w.as_str()))
                && let Some(m) = intent_list_of(verb)
            {
                return m;
            }
            break;
        }
        if intent_verb(verb)
            && let Some(m) = intent_list_of(verb)
        {
            // `review the issue, plan, then fix it`: looking and planning are the means when a
            // later step of the same request asks for another result.
            if matches!(m, "exploring" | "planning")
                && let Some(later) = later_step(raw)
            {
                return later;
            }
            // `audit October overtime` over the timesheets named: looking into data tables is
            // analysing them.
            if m == "exploring" && data_files > 0 {
                return "analysing";
            }
            return m;
        }
        let about_the_user = sentence
            .first()
            .is_some_and(|w| CONTEXT_OPENERS.contains(&w.as_str()) || sentence.len() <= 2);
        if !about_the_user {
            break;
        }
    }
    // Sentences that ask to run or check something say how to check the work, not what it is.
    let asked: String = sentences(&goal)
        .filter(|s| {
            let words = prose_of(s);
            words.iter().find(|w| !skip(w)).is_none_or(|w| !CHECK_VERBS.contains(&w.as_str()))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let goal = asked;
    let prose = prose_of(&goal);
    for (name, list) in lexicon::INTENTS {
        let mut hits = prose
            .iter()
            .filter(|w| {
                let again = w.strip_prefix("re").filter(|r| r.len() >= 4);
                in_list(w, list, *name == "fixing")
                    || again.is_some_and(|r| in_list(r, list, false))
                    || (*name == "fixing" && names_error_type(w))
            })
            .count();
        if *name == "analysing" {
            hits = hits.saturating_sub(means_as_verb(&prose)) + data_files;
        }
        if *name == "fixing" {
            hits = hits.saturating_sub(faults_in_conditions(&prose, list));
            // A symptom is the task's whole subject (`app crashes when i press add fare`); the
            // words around it mostly name where it shows (`app`, `add`, `page`): it counts twice.
            hits = 2 * (hits + symptoms(&goal) + software_warnings(&prose));
        }
        if hits > best.1 {
            best = (name, hits);
        }
    }
    best.0
}

/// Whether a word names a data format (`csv`, `json`, `xlsx`, `excel`).
fn is_data_format(w: &str) -> bool {
    lexicon::DATA_FILE_EXTENSIONS.contains(&w) || matches!(w, "json" | "excel")
}

/// The intent list a word belongs to, in any inflection.
fn intent_list_of(w: &str) -> Option<&'static str> {
    // `redeploy`, `reinstall`, `retest`: a verb done again is the same work.
    let again = w.strip_prefix("re").filter(|rest| rest.len() >= 4);
    lexicon::INTENTS
        .iter()
        .find(|(n, list)| {
            in_list(w, list, *n == "fixing") || again.is_some_and(|r| in_list(r, list, false))
        })
        .map(|(n, _)| *n)
}

/// Whether a word, or its stem without an inflection, is in `list`: `-s`, `-es` and `-ing`
/// (`deploys`, `plots`, `configuring`) in every list; `-ed` and `-d` only in the fixing list, since
/// a past tense mostly narrates what was done (`I exported`, `we deployed last week`) except a
/// failure (`it crashed`, `the build failed`), but not the repair verbs' own past (`fixed`,
/// [`REPAIRS_DONE`]). Generic verbs (`makes sense`, `adds up`) never inflect.
fn in_list(w: &str, list: &[&str], past: bool) -> bool {
    let found = |stem: &str| list.contains(&stem) && !lexicon::GENERIC_VERBS.contains(&stem);
    if list.contains(&w) {
        return true;
    }
    if past && REPAIRS_DONE.contains(&w) {
        return false;
    }
    let suffixes: &[&str] = if past { &["ing", "ed", "es", "s", "d"] } else { &["ing", "es", "s"] };
    suffixes.iter().any(|suffix| {
        let Some(stem) = w.strip_suffix(suffix).filter(|s| s.len() >= 3) else { return false };
        if found(stem) {
            return true;
        }
        if !matches!(*suffix, "ing" | "ed") {
            return false;
        }
        // `configuring` → `configure`; `plotting` → `plot`.
        let with_e = list.iter().any(|x| {
            x.len() == stem.len() + 1 && x.starts_with(stem) && x.ends_with('e') && found(x)
        });
        let mut chars = stem.chars().rev();
        let last = chars.next();
        let undoubled = (last.is_some() && last == chars.next())
            .then(|| &stem[..stem.len() - last.map_or(0, char::len_utf8)]);
        with_e || undoubled.is_some_and(found)
    })
}

/// The repair verbs' past forms: `fixed`, `repaired`, `debugged` narrate a repair done (`I fixed
/// the header last week`) or name a kind of thing (`not fixed rate`, `a fixed price`); unlike a
/// failure's past (`it crashed`) they report no fault (v14).
const REPAIRS_DONE: &[&str] = &["fixed", "repaired", "debugged"];

/// Whether a word of an intent list can open a request as its verb (`fix`, `deploy`,
/// `summarise`), not only name a thing (`app`, `page`, `data`): a prompt that opens `app crashes
/// when …` states a symptom, it does not ask for an app.
fn intent_verb(w: &str) -> bool {
    lexicon::INTENT_VERBS.iter().any(|v| in_list(w, std::slice::from_ref(v), false))
        && intent_list_of(w).is_some()
}

/// The intent of a later step of a request (a verb after `and`, `then` or a comma: `…, fix`,
/// `and then deploy it`) whose list is neither exploring nor planning.
fn later_step(sentence: &str) -> Option<&'static str> {
    let mut step = false;
    for token in sentence.split_whitespace() {
        let word = bare(token);
        if step
            && intent_verb(word)
            && let Some(m) =
                intent_list_of(word).filter(|m| !matches!(*m, "exploring" | "planning"))
        {
            return Some(m);
        }
        step = matches!(word, "and" | "then")
            || (step && SEQUENCE_WORDS.contains(&word))
            || token.ends_with(',');
    }
    None
}

/// Behaviour described as wrong, in any domain's words: something that `used to work`,
/// `stopped sending`, works `no longer`, or a failure reported in the prompt's sentences.
fn symptoms(lower: &str) -> usize {
    let words: Vec<&str> = lexicon::words(lower).collect();
    let stopped = words
        .windows(2)
        .filter(|w| matches!(w[0], "stopped" | "stops") && w[1].len() > 4 && w[1].ends_with("ing"))
        .count();
    stopped + lexicon::count_phrases(lower, lexicon::SYMPTOMS) + usize::from(reports_failure(lower))
}

/// Fault words of a condition's own clause (`if the listener crashes do …`, `show a banner if
/// reload fails`, `in case the upload breaks`): a case to reason about or handle, not a fault
/// reported. The symptom is the condition's verb, within three words of `if`; a condition that
/// says when a fault shows (`if i click save it crashes`) puts it further, in the main clause.
fn faults_in_conditions(prose: &[String], fault_words: &[&str]) -> usize {
    (0..prose.len())
        .filter(|&i| in_list(&prose[i], fault_words, true) || names_error_type(&prose[i]))
        .filter(|&i| {
            prose[i.saturating_sub(4)..i]
                .iter()
                .any(|w| matches!(w.as_str(), "if" | "unless" | "case"))
        })
        .count()
}

/// `mean`s that are the verb (`what the columns mean`, `what does it mean`), not the statistic.
fn means_as_verb(prose: &[String]) -> usize {
    (0..prose.len())
        .filter(|&i| matches!(prose[i].as_str(), "mean" | "means"))
        .filter(|&i| {
            prose[i.saturating_sub(4)..i]
                .iter()
                .any(|w| matches!(w.as_str(), "what" | "does" | "do"))
        })
        .count()
}

/// `warning`s in a prompt that names where software shows them ([`lexicon::WARNING_PLACES`]).
fn software_warnings(prose: &[String]) -> usize {
    if !prose.iter().any(|w| lexicon::WARNING_PLACES.contains(&w.as_str())) {
        return 0;
    }
    prose.iter().filter(|w| matches!(w.as_str(), "warning" | "warnings")).count()
}

/// Whether a word names an error type (`typeerror`, `numberformatexception`, `segfault`): the
/// prompt quotes a failure.
fn names_error_type(w: &str) -> bool {
    ["error", "exception", "fault"].iter().any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

/// `lower` without code in backticks (`` `add nuw x, c1` `` is code, not the request's words).
fn without_code_spans(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let parts = lower.split('`').count();
    for (i, part) in lower.split('`').enumerate() {
        // An unclosed backtick opens no code span: the text after it is kept.
        if i % 2 == 0 || (parts.is_multiple_of(2) && i + 1 == parts) {
            out.push_str(part);
        } else {
            out.push(' ');
        }
    }
    out
}

/// Words that order the steps of a request (`then apply it`, `first add a test`).
const SEQUENCE_WORDS: &[&str] = &["then", "first", "also", "just", "finally", "next"];

/// Words that end a noun phrase (a preposition, conjunction or relative pronoun after its head:
/// `tests for the endpoint`, `a bot that says …`).
const PHRASE_ENDS: &[&str] = &[
    "for", "of", "to", "that", "which", "who", "in", "on", "with", "from", "and", "or", "into",
    "at", "by", "when", "where", "if", "but", "than", "as", "so",
];

/// Objects that point back at something named before (`write them`, `fix it`).
const ANAPHORS: &[&str] = &["it", "them", "this", "that", "these", "those", "one", "some"];

/// First words of a sentence about the user and their things, or a greeting: context before the
/// request (`I have …`, `our teacher says …`, `Morning!`).
const CONTEXT_OPENERS: &[&str] = &[
    "i",
    "i'm",
    "im",
    "i've",
    "ive",
    "we",
    "we're",
    "we've",
    "my",
    "our",
    "me",
    "us",
    "hello",
    "hi",
    "hey",
    "morning",
    "afternoon",
    "evening",
    "thanks",
    "thank",
    "ok",
    "okay",
    "so",
    "well",
];

/// Verbs of a sentence that asks to run or check the work (`run the vitest suite after`).
const CHECK_VERBS: &[&str] = &["run", "rerun", "check", "verify", "confirm", "ensure"];

/// Words that may come before the verb of a request (`please`, `can you`, `I need to`).
const OPENING_FILLERS: &[&str] = &[
    "please", "pls", "can", "could", "would", "will", "you", "let", "let's", "lets", "us", "now",
    "ok", "okay", "so", "i", "we", "want", "need", "to", "go", "ahead", "and", "hey", "hi",
];

pub(super) fn opening_verb(lower: &str) -> Option<&str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(8)
        .find(|w| !OPENING_FILLERS.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::signals::prompt::PromptFeatures;

    #[test]
    fn the_verb_that_opens_a_request_names_its_intent() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent("Add unit tests for the date helpers; we had a bug last week."),
            "testing"
        );
        assert_eq!(intent("make me a discord bot that posts in my server every day"), "building");
        assert_eq!(intent("I need to install postgres on my mac for my data course"), "operating");
        assert_eq!(intent("Add an S3 bucket for uploads in terraform/storage.tf"), "operating");
        assert_eq!(intent("Add an export to CSV button on the reports page"), "building");
        // No opening verb from a list: the words are counted as before.
        assert_eq!(intent("The nightly export fails with a crash, fix it"), "fixing");
    }

    #[test]
    fn the_request_follows_sentences_of_context_about_the_user() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent(
                "I have scanned the ISBNs into isbns.txt, one per line. Could you write something \
                 that looks each one up and gives me a spreadsheet?"
            ),
            "building"
        );
        assert_eq!(
            intent("Hello. Our choir keeps the rota in rota.xlsx. Who sang most this year?"),
            "analysing"
        );
        // A sentence about the software states the task: the words decide.
        assert_eq!(
            intent("Users in the US see the date one day early. Can you find why and fix it?"),
            "fixing"
        );
    }

    #[test]
    fn only_a_verb_opens_a_request() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(intent("app crashes when i press add fare"), "fixing");
        assert_eq!(
            intent("page loads blank on safari since the update, it used to work"),
            "fixing"
        );
        assert_eq!(intent("deploy the api to staging"), "operating");
    }

    #[test]
    fn intent_words_match_in_any_inflection_but_past_tense_only_for_failures() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(intent("the nightly job crashed twice"), "fixing");
        assert_eq!(intent("the importer keeps crashing on big files"), "fixing");
        assert_eq!(intent("what are we plotting per region"), "analysing");
        // A verb done again is the same work.
        assert_eq!(intent("Bump the node version and redeploy to fly"), "operating");
        // `I exported`, `that makes sense`: narration and generic verbs do not inflect.
        assert_eq!(intent("I exported the sheet last week, what is column F"), "other");
        assert_eq!(intent("ok that makes sense"), "other");
    }

    #[test]
    fn error_types_symptoms_and_data_tables_named_count() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(intent("got a NumberFormatException on the fares screen"), "fixing");
        assert_eq!(intent("the contact form stopped sending emails since we moved"), "fixing");
        assert_eq!(intent("the sync no longer picks up new files"), "fixing");
        assert_eq!(intent("the upload spins forever on big files"), "fixing");
        assert_eq!(intent("who still owes rent in plots 2026.xlsx and counts.tsv"), "analysing");
        assert_eq!(intent("I need to audit October overtime in timesheets_oct.csv"), "analysing");
        assert_eq!(intent("audit the login module for injection"), "exploring");
    }

    #[test]
    fn code_in_backticks_and_sentences_that_ask_for_a_check_are_not_the_request() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(intent("why does `create_app(test=True)` return None"), "other");
        assert_eq!(
            intent("The checkout date shows one day early, fix it. Run the vitest suite after."),
            "fixing"
        );
        assert_eq!(intent("ztest suite for lib/pktbuf: wrap-around, full buffer"), "testing");
    }

    #[test]
    fn a_later_step_after_looking_or_planning_names_the_result() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent("review issue 365 incl comments and plan implementation, fix."),
            "fixing"
        );
        assert_eq!(intent("investigate the slow query and then deploy the index"), "operating");
        assert_eq!(intent("review the PR and tell me what you think"), "exploring");
    }

    #[test]
    fn a_thing_wanted_or_a_document_asked_for_is_the_deliverable() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(intent("I want a plan, not changes."), "planning");
        assert_eq!(intent("we need a script that renames the photos"), "building");
        assert_eq!(intent("write an email to the landlord about the boiler"), "writing");
        assert_eq!(intent("can it email people a reminder the day before?"), "other");
    }

    #[test]
    fn the_parts_of_a_code_name_are_not_request_words() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        // `apply` is an operating word and `sum` an analysing one, but here they name functions.
        assert_eq!(intent("the rounding in apply_discount is off by a cent, fix it"), "fixing");
        assert_eq!(intent("add tests for sum_lines and InvoiceLine"), "testing");
    }

    #[test]
    fn a_request_opening_on_new_and_a_thing_asks_for_that_thing() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent("New taint rule rules/ssrf.yaml: sinks are requests.get, severity ERROR"),
            "building"
        );
        assert_eq!(intent("new endpoint for refunds, same auth as orders"), "building");
        assert_eq!(intent("new to this codebase. can you explain how login works?"), "exploring");
    }

    #[test]
    fn fuzz_targets_and_harnesses_are_tests() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(intent("Add a libFuzzer harness for parse_header() in src/hdr.c"), "testing");
        assert_eq!(intent("add a cargo fuzz target for the decoder"), "testing");
        assert_eq!(intent("write a jazzer fuzzer for the XML reader"), "testing");
        assert_eq!(intent("add a button that exports the report"), "building");
    }

    #[test]
    fn a_warning_shown_by_software_is_a_symptom_a_warning_to_people_is_not() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent(
                "the dates jump after the page loads and theres a hydration warning in the console. can you figure out why?"
            ),
            "fixing"
        );
        assert_eq!(intent("the build prints 40 deprecation warnings, clean them up"), "fixing");
        assert_ne!(intent("first time just a warning, after that they lose the class"), "fixing");
        assert_eq!(intent("write a warning letter to the tenant about the noise"), "writing");
    }

    #[test]
    fn descriptions_of_code_or_data_are_documents_and_what_a_thing_means_is_no_statistic() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent(
                "the BI team keeps asking what columns mean. can you fill in descriptions for the models?"
            ),
            "writing"
        );
        assert_eq!(intent("add docstrings to the public functions in billing.py"), "writing");
        assert_ne!(intent("what does this flag mean?"), "analysing");
        assert_eq!(intent("plot the mean and median wait per ward"), "analysing");
    }

    #[test]
    fn a_data_format_before_a_feature_names_the_kind_of_that_feature() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent("add a CSV export to ItemListView in lostprop/views.py, keep the filters"),
            "building"
        );
        assert_eq!(intent("add a json export for the orders"), "building");
        // The table itself asked for is analysing.
        assert_eq!(intent("make a csv of the overdue invoices by customer"), "analysing");
    }

    #[test]
    fn software_giving_the_wrong_thing_is_a_symptom_a_correction_is_not() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent(
                "the make_letters.py thing is putting the wrong names on the thank you letters. can you sort it"
            ),
            "fixing"
        );
        assert_eq!(intent("the till shows the wrong total after a refund"), "fixing");
        // `X is wrong` corrects the agent; `what could go wrong` is a risk in a plan.
        assert_ne!(intent("fallback 2 in the summary is wrong, redo the summary"), "fixing");
        assert_eq!(intent("give me a plan: the steps and what could go wrong"), "planning");
    }

    #[test]
    fn batch_schedulers_are_operating_and_dotted_code_names_are_no_words() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent(
                "run_member.sbatch array 0-49: members 7 and 41 died, sacct says OUT_OF_MEMORY. resubmit those two with more memory"
            ),
            "operating"
        );
        assert_eq!(intent("the qsub jobs sit in the queue for hours"), "operating");
        // `run` inside a code name opens no check sentence.
        assert_eq!(intent("run_all.sh: add a step that uploads the report"), "building");
    }

    #[test]
    fn tests_named_anywhere_in_the_requested_thing_are_the_deliverable() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(intent("write pest feature tests for POST /api/refunds"), "testing");
        assert_eq!(intent("add integration tests to the billing client"), "testing");
        // Every ecosystem's framework names tests (`XCTests`, `TestNG`).
        assert_eq!(intent("write XCTests for CheckoutViewModel, stub the service"), "testing");
        // A test named after the object's phrase ends is what the thing is for.
        assert_eq!(intent("write a feature flag for the new test runner"), "building");
        assert_eq!(intent("add a CSV export to the reports page"), "building");
    }

    #[test]
    fn a_fault_in_a_conditions_own_clause_is_a_case_not_a_report() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        assert_eq!(
            intent(
                "who supervises the listener, and if the listener crashes do the workers survive?"
            ),
            "other"
        );
        assert_eq!(
            intent("bump the pool to 50 and roll back if error rate goes over 1%"),
            "operating"
        );
        // A condition that says when a fault shows reports it.
        assert_eq!(intent("if i click save on the form it crashes"), "fixing");
        assert_eq!(intent("the export crashes if the file is empty"), "fixing");
        assert_eq!(intent("when the pricing service is slow our calls just hang"), "fixing");
    }

    #[test]
    fn a_repair_done_or_a_fixed_thing_reports_no_fault() {
        let intent = |t: &str| PromptFeatures::of(t).intent;
        // `fixed` names a kind of rate: the task is the totals.
        assert_eq!(
            intent(
                "the parking sheet charges a fixed rate per hour. work out the totals per month"
            ),
            "analysing"
        );
        assert_eq!(
            intent("we repaired the importer last week, the docs need a summary"),
            "writing"
        );
        // A failure's past still reports one, beside a repair narrated.
        assert_eq!(intent("i fixed the header yesterday and now the export crashed"), "fixing");
    }
}
