//! The phrase lists of TELEMETRY.md's prompt lexicon, and the whole-word phrase counter they use.

/// Constraint phrases.
pub const CONSTRAINTS: &[&str] = &[
    "must",
    "must not",
    "do not",
    "don't",
    "never",
    "without",
    "only",
    "keep",
    "avoid",
    "no more than",
    "at most",
    "at least",
    "instead of",
    "should not",
    "make sure not",
    // Scope stated (the guide's level-4 `read only`, `don't touch X`).
    "read only",
    "read-only",
    "just read",
    "no changes",
    "no edits",
];
/// Failure verbs in the present or past (`crashes`, `froze`): with the case they happen in,
/// a symptom described, not a rule set (prompt.rs, `describes_symptom`).
pub const FAILURE_VERBS: &[&str] = &[
    "crashes", "crashed", "fails", "failed", "breaks", "broke", "freezes", "froze", "hangs",
    "hung", "errors", "errored", "dies", "died", "stops", "stopped", "throws", "threw",
];
/// Units a bound is stated in (`10m timeout`, `within 60 days`, `more than 10%`).
pub const UNITS: &[&str] = &[
    "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "m", "h",
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "%",
    "percent", "kb", "mb", "gb", "tb", "row", "rows", "request", "requests", "rps", "qps",
];
/// Words that make the quantity after them a bound (`within 60 days`, `more than 10%`).
pub const BOUND_WORDS: &[&str] = &[
    "within", "after", "before", "over", "under", "than", "least", "most", "every", "past", "last",
    "below", "above", "exceeds", "max", "min", "maximum", "minimum",
];
/// Limits named after a quantity (`10m timeout`, `30 day retention`).
pub const LIMIT_NOUNS: &[&str] =
    &["timeout", "ttl", "limit", "cap", "budget", "window", "retention", "deadline", "max", "min"];
/// Acceptance-criteria phrases.
pub const ACCEPTANCE: &[&str] = &[
    "done when",
    "should pass",
    "must pass",
    "so that",
    "expected output",
    "expect",
    "acceptance",
    "until",
    "returns",
    "should return",
    "success means",
    "criteria",
];
/// The verification asks that ask for tests to be written: a request of their own, so the
/// intent reads them (the other asks are checks on the side).
pub const TEST_WRITING: &[&str] = &["add a test", "add tests", "write a test"];
/// Sequencers that count as steps when at least two occur.
pub const SEQUENCERS: &[&str] = &["first", "then", "next", "finally", "after that"];
/// Verification asks.
pub const VERIFICATION: &[&str] = &[
    "run the tests",
    "run tests",
    "test it",
    "add a test",
    "add tests",
    "write a test",
    "verify",
    "check that",
    "make sure",
    "ensure",
    "compare",
    "edge case",
    "regression",
    "benchmark",
    "confirm that",
    "cargo test",
    "pytest",
    "npm test",
    "go test",
    "check the",
    "check we",
    "check it",
    "check whether",
    "check if",
    "double-check",
    "double check",
    "sanity check",
    "agree with",
    "agrees with",
    "consistent with",
    "in line with",
    "line up with",
    "should equal",
    "must equal",
    "should match",
    "must match",
    "matches",
    "ties out",
    "tie out",
    "to be sure",
    "watch it fail",
    "asserts",
    "the test suite",
    "the tests",
    "run them",
    "rerun",
    "re-run",
    "run a plan",
    "dry run",
    "smoke",
    "lint",
    "before you commit",
    "so i can see",
];
/// Verbs that ask for tests to be run (`run flutter test`, `run the request specs`): with
/// a word of [`TEST_WORDS`] a few words on they ask for a check in any ecosystem's words.
pub const TEST_VERBS: &[&str] = &["run", "rerun", "runs", "running", "execute"];
/// Test runners, suites and test words across ecosystems (the class, not one runner's name).
pub const TEST_WORDS: &[&str] = &[
    "test",
    "tests",
    "testing",
    "spec",
    "specs",
    "suite",
    "suites",
    "pytest",
    "unittest",
    "tox",
    "nox",
    "vitest",
    "jest",
    "mocha",
    "karma",
    "cypress",
    "playwright",
    "rspec",
    "minitest",
    "phpunit",
    "pest",
    "junit",
    "xctest",
    "ctest",
    "doctest",
    "doctests",
    "proptest",
    "qcheck",
    "quickcheck",
    "hypothesis",
    "bats",
    "ginkgo",
    "behave",
    "cucumber",
    "e2e",
];
/// Vague phrases.
pub const VAGUE: &[&str] = &[
    "something",
    "somehow",
    "stuff",
    "things",
    "make it work",
    "doesn't work",
    "does not work",
    "not working",
    "broken",
    "whatever",
    "some kind of",
    "idk",
    "etc",
    "better",
    "nice",
];
/// The user corrects the agent (besides the openings and `use … instead`), including domain
/// corrections (`they're titled Hold Harmless in those two, so the script missed them`).
pub const USER_CORRECTS: &[&str] = &[
    "missed them",
    "missed it",
    "missed the",
    "you've used",
    "you used",
    "you've got",
    "you have the",
    "is wrong",
    "was wrong",
    "are wrong",
    "isn't allowed",
    "is not allowed",
    "isn't right",
    "is not right",
    "not right",
    "that's not",
    "is called",
    "are called",
    "is titled",
    "are titled",
    "treat them as",
    "treat it as",
    "should have been",
    "you misread",
    "mixed up",
    "you missed",
    "that's wrong",
    "that is wrong",
    "not what i asked",
    "i said",
    "you forgot",
    "revert that",
    "undo that",
];
/// The user confirms the previous result: says it works or accepts it. Thanks alone (`thank
/// you!`, `ok thanks`) are courtesy, not a confirmation that the result works (MEASURES.md,
/// "Labelling guide"): they are not listed, so they count only beside one of these or of
/// [`AGREES`].
pub const CONFIRMS: &[&str] = &[
    // `works`, `it worked`, `that fixed it` are read as stated outcomes (`prompt::states_outcome`).
    "looks good",
    "lgtm",
    "perfect",
    "great",
    "ship it",
    "all good",
    "sweet",
    "awesome",
    "that did it",
    "brilliant",
    "excellent",
    "exactly what i needed",
    "what i needed",
    "spot on",
    "i'm in,",
    "i'm in!",
    "i'm in.",
    "👍",
];
/// Acceptance that opens a sentence (`good, ship it`, `nice, that's the one`): only there, since
/// inside a request the same words ask for something (`make it nice, whatever looks better`), and
/// `Good. Is there …?` moves on to a question.
pub const OPENING_ACCEPTS: &[&str] = &["good,", "nice,"];
/// The user says the result agrees with what they checked, in their domain's words (`ties out`,
/// `that matches`, `checks out`): a confirmation in a sentence that states it, not in one that
/// asks for the check or makes it a condition (`check the totals agree now`, see
/// [`CHECK_OR_CONDITION`]).
pub const AGREES: &[&str] = &[
    "ties out",
    "tie out",
    "tied out",
    "checks out",
    "adds up",
    "add up now",
    "that matches",
    "it matches",
    "they match",
    "those match",
    "these match",
    "all match",
    "matches now",
    "match now",
    "matches what",
    "matches my",
    "matches.",
    "matches,",
    "agree now",
    "all agree",
    "they agree",
    "numbers agree",
    "totals agree",
    "figures agree",
    "look right",
    "looks right",
    "which is right",
    "that's right",
    "that's it",
    "that's everything",
    "that's the version",
    "that's the one",
    // The same without the apostrophe, as typed on a phone (`yes thats right`).
    "thats right",
    "thats everything",
    "thats the one",
    "that's what i'll",
    "same as what",
    "same as my",
    "same as mine",
    "same as ours",
];
/// How a user says the result now works, read as a predicate of a clause (see
/// `prompt::states_outcome`): verbs of working, coming back, lining up, being fixed. `work`
/// itself counts after a subject (`films work on the tv`), never opening an order (`work on the
/// footer`) or after a modal or a causative (`will work`, `make it work`).
pub const OUTCOME_VERBS: &[&str] = &["works", "worked", "work", "working"];
/// What a result is meant to do, as a report that it does (`it opens now`, `loads fine`): an
/// outcome when followed by `now`, `again`, `fine`, `properly`, `correctly`, … (see
/// `prompt::states_outcome`).
pub const DONE_WELL_VERBS: &[&str] = &[
    "runs",
    "ran",
    "loads",
    "loaded",
    "opens",
    "opened",
    "compiles",
    "compiled",
    "builds",
    "built",
    "connects",
    "connected",
    "starts",
    "started",
    "boots",
    "booted",
    "pass",
    "passes",
    "passed",
    "prints",
    "printed",
    "sends",
    "sent",
    "deploys",
    "deployed",
    "syncs",
    "synced",
    "installs",
    "installed",
    "shows",
    "showed",
    "appears",
    "appeared",
    "renders",
    "rendered",
    "responds",
    "responded",
    "plays",
    "played",
    "saves",
    "saved",
    // A display's lasting state, not a process under way (`theyre all showing now`, v14;
    // `its loading now` may still be spinning, so only these).
    "showing",
    "appearing",
    "displaying",
    "rendering",
];
/// Verbs of a result arriving or appearing where the user looks: after `nothing` as their
/// subject they report that it did not (`nothing came to my email`, `verdict::nothing_arrives`).
pub const ARRIVES: &[&str] = &[
    "came", "comes", "arrived", "arrives", "appeared", "appears", "showed", "shows", "happened",
    "happens", "loaded", "loads", "opened", "opens", "printed", "prints", "popped", "played",
];
/// How a done-well verb is said to have gone (`opens now`, `loads fine`, `runs on my pixel
/// now`): after it, or after a place phrase that follows it (`verdict::states_outcome`).
pub const MANNERS: &[&str] =
    &["now", "again", "fine", "properly", "correctly", "perfectly", "cleanly", "ok", "okay"];
/// Words that say the result reads or looks as meant (`reads well`, `numbers look normal`).
pub const LOOKS_AS_MEANT: &[&str] = &[
    "well",
    "fine",
    "great",
    "clean",
    "clear",
    "perfect",
    "normal",
    "sensible",
    "reasonable",
    "plausible",
];
/// Outcome phrases stated whole (a device that came back, figures that line up, a fix that held).
pub const OUTCOME_PHRASES: &[&str] = &[
    "came back",
    "comes back",
    "lines up",
    "line up",
    "lined up",
    "did the trick",
    "does the trick",
    "is fixed",
    "fixed it",
    "fixed now",
    "sorted it",
    "all sorted",
    "is sorted",
    // Agreement with something the user checked (`same direction as the qPCR`).
    "same direction",
    "consistent with",
    "in line with",
    "agrees with",
    "as expected",
    // A state of health or passing (`healthy on all three`, `all green`).
    "all green",
    "all passing",
    "all pass",
    "passing now",
    "pass now",
    "back online",
    "up and running",
    "is resolved",
    "resolved now",
    // A measure back within its bound (`p99 back under 80ms`, `lag back to normal`).
    "back under",
    "back below",
    "back within",
    "back in range",
    "back to normal",
    "back to baseline",
    "flowing again",
    // A symptom gone (`gone now on both`, `the warning went away`, v14).
    "gone now",
    "gone away",
    "went away",
];
/// Words just before a verb that make it an order, a wish or a possibility rather than a report
/// (`to work`, `should read well`, `please match`).
pub const WISHED: &[&str] =
    &["to", "will", "would", "can", "could", "should", "might", "may", "must", "please", "not"];
/// Verbs that make a later verb something to bring about, not a report (`make it work`, `get the
/// totals to match`).
pub const CAUSATIVES: &[&str] = &["make", "get", "let", "help"];
/// Besides [`WISHED`] and [`CAUSATIVES`], words before `work` that are no subject of it.
pub const NOT_A_SUBJECT: &[&str] = &[
    "and", "then", "now", "also", "the", "of", "more", "any", "some", "your", "my", "no", "at",
    "from", "for", "in", "on", "this", "that", "t", "don", "doesn", "didn", "won", "dont",
    "doesnt", "didnt", "wont", "cant", "isn",
];
/// Words of a clause that deny or doubt what it states (`doesnt work`, `never came back`).
pub const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "nothing",
    "t",
    "dont",
    "doesnt",
    "didnt",
    "wont",
    "cant",
    "isnt",
    "arent",
    "wasnt",
    "how",
    "why",
    "what",
    "whether",
    "when",
    "once",
    "unless",
    "hopefully",
    "maybe",
    "might",
];
/// Words that make a sentence ask for a check or set a condition rather than report one.
pub const CHECK_OR_CONDITION: &[&str] = &[
    "check",
    "make sure",
    "ensure",
    "verify",
    "see if",
    "whether",
    "if",
    "until",
    "should",
    "must",
];
/// Auxiliaries that open a yes/no question (`does it still crash if …?` asks; it does not report).
pub const QUESTION_AUXILIARIES: &[&str] =
    &["do", "does", "did", "can", "could", "will", "would", "should", "is", "are", "am"];
/// The user says the previous result failed: the guide's `it still crashes`, `still restarting`
/// — `still` followed by the failure or the state that persists (`still falls through`, `still
/// in there twice`, `still about 5 seconds`, `still cant join`); `still` before what should keep
/// working (`check the docs still build`, `do I still need one`) is not listed, and a yes/no
/// question (`does it still crash if …?`) asks rather than reports (see
/// [`QUESTION_AUXILIARIES`]).
pub const REPORTS_FAILURE: &[&str] = &[
    "still broken",
    "still failing",
    "still fails",
    "still fail",
    "still not",
    "still crashes",
    "still crashing",
    "still crash",
    "still errors",
    "still erroring",
    "still hangs",
    "still hanging",
    "still restarting",
    "still restarts",
    "still wrong",
    "still slow",
    "still falls",
    "still happens",
    "still happening",
    "still in there",
    "still shows",
    "still showing",
    "still takes",
    "still about",
    "still the same",
    "still same",
    "still can't",
    "still cant",
    "still cannot",
    "still won't",
    "still wont",
    "still doesn't",
    "still doesnt",
    "still isn't",
    "still isnt",
    "still getting",
    "still seeing",
    "same error",
    "doesn't work",
    "does not work",
    "not working",
    "didn't work",
    "it fails",
    "error again",
    // `still` before what the user sees persist (`still says subscript out of range`).
    "still says",
    "still say",
    "still saying",
    "still get",
    "still gives",
    "still giving",
    "still see",
    "still there",
    "still empty",
    "still blank",
    "still down",
    "still missing",
    "still stuck",
    "still loading",
    "still returns",
    "still returning",
    "still prints",
    "still printing",
    // A failure that recurs or that the fix left alone, and a result broken or blank.
    "keeps crashing",
    "keeps failing",
    "keeps saying",
    "keeps restarting",
    "keeps timing out",
    "keeps erroring",
    "same problem",
    "same issue",
    "didn't fix",
    "didnt fix",
    "did not fix",
    "didn't help",
    "didnt help",
    "nothing happens",
    "nothing happened",
    // The result does nothing when used (`the save button does nothing`).
    "does nothing",
    "did nothing",
    "nothing shows",
    "nothing showed",
    "blank page",
    "white screen",
    "it crashed",
    "it broke",
    "broke it",
    "is broken",
    "are broken",
    "it's broken",
    "its broken",
    "now broken",
];
/// `still` phrases that say something persists, which is a failure only when it should have gone
/// (`the old row is still there`), not when it should stay (`saved 3 and theyre still there
/// after closing it`): in a sentence that also states the result works, without a contrast,
/// they report nothing (`prompt::reports_failure`).
pub const STILL_KEPT: &[&str] = &["still there", "still in there", "still shows", "still showing"];
/// What may go on `still` without a failure (`still working`, `still passes`, `the old file still
/// gets read`, `still needed`): what should keep going, a job under way, a light verb, and
/// [`STILL_KEPT`]'s `shows`, read there. Any other verb in `-ing`, `-ed` or `-s` after `still`
/// says a symptom persists (`verdict::persists`).
pub const STILL_GOES_ON: &[&str] = &[
    "working",
    "passing",
    "running",
    "going",
    "using",
    "doing",
    "thinking",
    "works",
    "passes",
    "builds",
    "compiles",
    "runs",
    "loads",
    "gets",
    "goes",
    "does",
    "needs",
    "wants",
    "seems",
    "looks",
    "reads",
    "holds",
    "stays",
    "uses",
    "makes",
    "counts",
    "matters",
    "applies",
    "exists",
    "shows",
    "showing",
    "needed",
    "used",
    "required",
    "supported",
    "allowed",
    "included",
    "expected",
    "planned",
];
/// Words that open a relative clause: a verb after one describes which things a rule takes
/// (`drop reports where the PT matches the indication`), it reports no result.
pub const RELATIVES: &[&str] = &["where", "which", "whose", "whichever", "wherever"];
/// Words that may open a clause before what it says (`nope still wrong`, `ok still the same`):
/// with only these before it, `still` opens the clause (`verdict::persists`).
pub const OPENING_INTERJECTIONS: &[&str] =
    &["no", "nope", "nah", "hmm", "ok", "okay", "sadly", "unfortunately", "and", "yeah"];
/// Words after a clause-opening `still` that name what is left to do or wanted, not a symptom
/// (`still need a favicon`, `still have to add the footer`, `still want the old colours`).
pub const STILL_TO_DO: &[&str] =
    &["need", "needs", "want", "wants", "have", "has", "like", "todo", "left", "pending"];
/// Words before `still` in its clause that make it an order or a purpose, what should go on
/// (`keep it unfiltered so readiness still wakes us`), not what the user saw.
pub const PURPOSE_OR_ORDER: &[&str] = &["so", "keep", "make", "let"];
/// Words that find fault with the result or name one (`wrong`, `a known bug`): a sentence with
/// one does not affirm the result (`verdict::affirms_observation`).
pub const FAULTS: &[&str] = &[
    "wrong",
    "incorrect",
    "except",
    "though",
    "bug",
    "bugs",
    "issue",
    "issues",
    "problem",
    "problems",
    "error",
    "errors",
    "broken",
];
/// Words before `still` that make what follows a wish, a plan or a doubt, not what the user saw
/// (`it should still build`, `probably still above the xss`).
pub const WISHED_OR_DOUBTED: &[&str] = &[
    "should",
    "would",
    "will",
    "can",
    "could",
    "might",
    "may",
    "must",
    "probably",
    "maybe",
    "perhaps",
    "hopefully",
    "to",
];
/// Words that say yes, opening a sentence that may affirm what the user observed of the result
/// (`yep its there in the console`, `verdict::affirms_observation`).
pub const AFFIRMATIVES: &[&str] = &["yes", "yep", "yeah", "yup", "yea", "ya", "aye"];
/// Subjects after a yes that make the sentence a statement about the result (`yes thats the
/// lime flow`, `yep its there`, `yeah they show now`).
pub const OBSERVED_SUBJECTS: &[&str] =
    &["that", "thats", "it", "its", "they", "theyre", "those", "these", "this", "both", "all"];
/// Prepositions: after a yes and a subject with no verb (`yes all on whatsapp`, `yes both of
/// them`) they make the sentence a bare answer (`verdict::affirms_observation`).
pub const PREPOSITIONS: &[&str] =
    &["on", "in", "at", "of", "for", "from", "with", "to", "by", "into", "under", "over"];
/// Words of the user's intent: a yes before them answers what the user meant or wants (`yes
/// thats what I meant`), it does not report the result.
pub const INTENT_WORDS: &[&str] =
    &["meant", "mean", "want", "wanted", "prefer", "like", "asked", "asking", "idea", "plan"];
/// Words that accept the result when they stand alone as a clause (`..., nice`, `perfect.`).
pub const ACCEPTS_ALONE: &[&str] =
    &["nice", "good", "great", "perfect", "lovely", "brilliant", "excellent", "awesome", "sweet"];
/// States of a person pleased with the result (`is happy`, `were pleased with it`), read after a
/// form of `be` (`verdict::states_outcome`).
pub const SATISFIED: &[&str] =
    &["happy", "pleased", "satisfied", "delighted", "thrilled", "chuffed"];
/// Verbs by which a user reports having checked or tried the result themselves, in the past
/// (`checked mrs abbott and the Doyles`, `spot-checked two against the PDFs`, `tried it on my
/// phone`): with a verdict later in the sentence ([`VERDICTS`]) the report confirms.
pub const CHECKED: &[&str] = &[
    "checked",
    "tested",
    "tried",
    "compared",
    "verified",
    "reviewed",
    "opened",
    "ran",
    "looked",
    "went",
    "counted",
    "clicked",
    "printed",
    "eyeballed",
    "proofread",
    "reconciled",
];
/// A verdict on what was checked, said of it without a verb (`all fine`, `both right now`,
/// `right names and right amounts`).
pub const VERDICTS: &[&str] =
    &["right", "correct", "fine", "good", "accurate", "perfect", "identical"];
/// Verbs by which a user says they will check the result themselves later (`ill try it on the
/// sim later`, `I'll test it tomorrow`): their acceptance is not yet a verdict
/// (`verdict::defers_own_check`).
pub const CHECKS_LATER: &[&str] = &["try", "test", "check", "run", "look", "see", "verify"];
/// Words that put something off to a later time (`later`, `tomorrow`, `next`), besides the
/// [`WEEKDAYS`] (`on monday`).
pub const LATER: &[&str] = &["later", "tomorrow", "tomorow", "tmrw", "tonight", "weekend", "next"];
/// Degree words between a form of `be` and a verdict that leave it a verdict (`thats about
/// right`, `that's exactly what i have`).
pub const DEGREES: &[&str] = &["about", "roughly", "exactly", "just", "basically"];
/// Words of a sign-off: a prompt of only these (`great thanks`, `ok cheers`) is courtesy, not
/// a statement that the result is right.
pub const SIGN_OFF: &[&str] = &[
    "great", "ok", "okay", "cool", "thanks", "thank", "you", "cheers", "ta", "thx", "many", "so",
    "much", "very", "a", "lot",
];
/// Verbs by which a user relays what the result shows them (`it says`, `I'm getting`, `the page
/// shows`): a failure report when an error follows in the clause ([`ERROR_MARKERS`]).
pub const RELAY_VERBS: &[&str] = &[
    "says", "said", "say", "saying", "shows", "showed", "showing", "gives", "gave", "giving",
    "get", "getting", "got", "throws", "threw", "throwing", "returns", "returned", "prints",
    "printed", "displays", "pops",
];
/// What an error looks like when a user relays it (`connection refused`, `no such file`, `1
/// failed`, `the same thing`).
pub const ERROR_MARKERS: &[&str] = &[
    "error",
    "errors",
    "exception",
    "traceback",
    "refused",
    "denied",
    "no such",
    "not found",
    "cannot",
    "can't",
    "cant",
    "could not",
    "couldn't",
    "unable",
    "invalid",
    "improper",
    "failed",
    "failure",
    "undefined",
    "null",
    "timed out",
    "forbidden",
    "unauthorized",
    "not allowed",
    "same thing",
    "same message",
    "fatal",
    "panic",
    "crash",
    "crashed",
    "out of range",
    "a 404",
    "a 500",
    "a 502",
    "a 503",
];
/// An error relayed as absent (`it says no errors`, `0 failed`): no failure report.
pub const NO_ERROR: &[&str] = &[
    "no error",
    "no errors",
    "without error",
    "without errors",
    "without any error",
    "0 errors",
    "zero errors",
    "0 failed",
    "no failures",
    "0 failures",
    "error free",
];
/// What a result is meant to do, so that its denial after a subject reports a failure (`it
/// doesnt work`, `now it wont compile`, `the page doesn't load`, `we can't connect`).
pub const MEANT_TO_DO: &[&str] = &[
    "work",
    "works",
    "working",
    "compile",
    "compiles",
    "compiling",
    "run",
    "runs",
    "running",
    "load",
    "loads",
    "loading",
    "start",
    "starts",
    "open",
    "opens",
    "build",
    "builds",
    "connect",
    "connects",
    "boot",
    "boots",
    "launch",
    "launches",
    "print",
    "prints",
    "send",
    "sends",
    "save",
    "saves",
    "install",
    "installs",
    "appear",
    "appears",
    "respond",
    "responds",
    "deploy",
    "deploys",
    "sync",
    "syncs",
    "login",
    "log",
    "play",
    "plays",
];
/// The agent's text corrects the user: phrases addressed to the user about what they said (the
/// agent's narration of its own work, `there is no test for this yet`, does not count).
pub const AGENT_CORRECTS: &[&str] = &[
    "that file doesn't exist",
    "that file does not exist",
    "that doesn't exist",
    "that does not exist",
    "doesn't exist in this repo",
    "does not exist in this repo",
    "i think you mean",
    "i think you meant",
    "did you mean",
    "you may be thinking of",
    "you might mean",
    "you probably mean",
    "you probably meant",
    "there's no such",
    "there is no such",
    "isn't quite right",
    "is a common misconception",
    "a common mix-up",
    "not quite:",
];
/// Phrases that name a deliverable or its output format (`one row per contract`, `a line
/// chart saved as`, `cite file:line`).
pub const DELIVERABLES: &[&str] = &[
    "one row per",
    "one line per",
    "one file per",
    "a row per",
    "one entry per",
    "a table",
    "in a table",
    "into a table",
    "a spreadsheet",
    "a chart",
    "line chart",
    "bar chart",
    "a graph",
    "a list of",
    "two lists",
    "as csv",
    "as json",
    "as markdown",
    "saved as",
    "save it as",
    "with columns",
    "the columns",
    "a summary with",
    "a report with",
    "a paragraph",
    "a section",
    "file:line",
    "what i want back",
    "give me back",
    "the output should",
    "in the format",
    "formatted as",
    "the todo list",
    "a todo list",
    "break the job into",
    "rough hours",
    "estimates",
    "bullet points",
    "change ticket",
    "footnote",
];

/// Markers of a requirement stated in a sentence (`allowing up to three business days`, `rather
/// than forcing it`, `each with a total`); a sentence counts once however many it has.
pub const REQUIREMENTS: &[&str] = &[
    "should",
    "must",
    "needs to",
    "need it to",
    "has to",
    "have to",
    "allowing",
    "rather than",
    "instead of",
    "only",
    "exactly",
    "each",
    "every",
    "per",
    "within",
    "at least",
    "at most",
    "no more than",
    "fewer than",
    "more than",
    "less than",
    "under",
    "unless",
    "otherwise",
    "excluding",
    "except",
    "without",
    "never",
    "don't",
    "do not",
    "keep",
    "avoid",
    "before",
];

/// Words of a question that asks about something specific (with a named thing in it).
pub const QUESTION_WORDS: &[&str] =
    &["what", "which", "where", "when", "why", "how", "does", "do", "is", "are", "can", "could"];
/// Verbs that make `can you …?` a question (`can you explain how …`); after any other verb
/// (`could you write …?`, `can you work out …?`) it is a request phrased politely.
pub const ASKING_VERBS: &[&str] = &[
    "explain",
    "tell",
    "walk",
    "show",
    "describe",
    "trace",
    "clarify",
    "summarise",
    "summarize",
    "help",
    "point",
    "list",
    "outline",
    "confirm",
];

/// The user says they are new to this, or asks what a basic thing is.
pub const LEARNER_ASKS: &[&str] = &[
    "never done this",
    "never done",
    "never used",
    "i'm new",
    "im new",
    "new to this",
    "new to all",
    "my first",
    "first time",
    "don't really know",
    "dont really know",
    "don't know how",
    "dont know how",
    "no idea",
    "not sure how",
    "what's a",
    "whats a",
    "what is a",
    "what are",
    "how do i",
    "where do i",
    "what's the difference",
    "whats the difference",
    "can you do it",
    "do it for me",
    "i don't understand",
    "i dont understand",
];
/// Places one can be new to without being new to the work (`I'm new on the payments team`,
/// `new to this codebase`): orientation in a workplace, not a learner's ask.
pub const WORKPLACES: &[&str] = &[
    "here",
    "codebase",
    "code",
    "repo",
    "repository",
    "project",
    "team",
    "company",
    "job",
    "org",
    "organisation",
    "organization",
    "service",
    "department",
];

/// Named technologies: frameworks, libraries, tools, services, formats and protocols (a named
/// technical thing in prose, `the Express route`, `Postgres 16 on RDS`).
pub const TECH_NAMES: &[&str] = &[
    "express",
    "react",
    "vue",
    "angular",
    "svelte",
    "astro",
    "jekyll",
    "hugo",
    "nextjs",
    "django",
    "flask",
    "fastapi",
    "rails",
    "laravel",
    "spring",
    "node",
    "deno",
    "bun",
    "postgres",
    "postgresql",
    "mysql",
    "sqlite",
    "redis",
    "kafka",
    "rabbitmq",
    "mongodb",
    "elasticsearch",
    "dynamodb",
    "snowflake",
    "bigquery",
    "dbt",
    "airflow",
    "spark",
    "stripe",
    "kubernetes",
    "k8s",
    "kubectl",
    "helm",
    "docker",
    "terraform",
    "ansible",
    "aws",
    "s3",
    "rds",
    "ec2",
    "lambda",
    "gcp",
    "azure",
    "netlify",
    "vercel",
    "heroku",
    "cloudflare",
    "nginx",
    "pandas",
    "numpy",
    "matplotlib",
    "jupyter",
    "pytest",
    "jest",
    "vitest",
    "playwright",
    "cypress",
    "selenium",
    "k6",
    "cargo",
    "rustc",
    "tokio",
    "serde",
    "typescript",
    "javascript",
    "python",
    "rust",
    "golang",
    "java",
    "kotlin",
    "swift",
    "graphql",
    "grpc",
    "oauth",
    "jwt",
    "jwks",
    "saml",
    "sso",
    "webhook",
    "websocket",
    "localstorage",
    "cron",
    "systemd",
    "ssh",
    "tls",
    "dns",
    "http",
    "https",
    "json",
    "yaml",
    "toml",
    "csv",
    "sql",
    "regex",
    "utf-8",
    "git",
    "github",
    "gitlab",
    "ci",
    "prometheus",
    "grafana",
    "datadog",
    "sentry",
    "excel",
    "quickbooks",
    "xero",
    "salesforce",
    "tableau",
    "homebrew",
    "apt",
    "pip",
    "npm",
    "yarn",
    "pnpm",
    "ubuntu",
    "macos",
    "linux",
    "openapi",
    "swagger",
    "protobuf",
    "oauth2",
    "openid",
    "ldap",
];

/// Months (capitalised in prose without naming anything technical).
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekdays: capitalised in prose without naming anything, and a time something is put off to.
pub const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether a (lowercase) word is a month or a weekday.
pub fn is_calendar_word(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

/// Names of coding agents: addressing the agent (`Hi Claude`) names nothing about the task.
pub const AGENT_NAMES: &[&str] = &["claude", "codex", "gemini", "copilot", "chatgpt"];

/// Words that state a condition (`roll back if …`, `unless …`, `… otherwise keep the default`).
pub const CONDITIONALS: &[&str] = &["if", "unless", "otherwise"];
/// Conditional phrases that hedge or ask rather than anticipate (`if that helps`, `check if`).
pub const CONDITIONAL_HEDGES: &[&str] = &[
    "if that helps",
    "if it helps",
    "if that matters",
    "if it matters",
    "if needed",
    "if necessary",
    "if possible",
    "if you can",
    "if you want",
    "if you like",
    "check if",
    "see if",
    "what if",
    "not sure if",
    "know if",
    "wonder if",
    "ask if",
    "idk if",
];

/// Verbs that say to produce something without saying what kind of work it is: the words
/// after them decide a prompt's intent (`add unit tests`, `write a summary`).
pub const GENERIC_VERBS: &[&str] =
    &["add", "create", "make", "write", "build", "implement", "generate", "set", "put", "give"];

/// Words of the intent lists that open a request as its verb (`fix the login`, `deploy it`);
/// the others only name things (`app crashes when …` reports a symptom, it asks for no app).
pub const INTENT_VERBS: &[&str] = &[
    "fix",
    "debug",
    "repair",
    "deploy",
    "install",
    "release",
    "configure",
    "restart",
    "provision",
    "roll",
    "apply",
    "upgrade",
    "analyse",
    "analyze",
    "plot",
    "chart",
    "reconcile",
    "compute",
    "summarise",
    "summarize",
    "document",
    "plan",
    "design",
    "estimate",
    "explain",
    "understand",
    "explore",
    "walk",
    "audit",
    "review",
    "investigate",
    "scaffold",
    "implement",
    "build",
    "create",
    "add",
    "make",
    "generate",
    "write",
    "test",
    "automate",
];

/// Texts that are a document when asked for (`write an email`, `draft the newsletter`), but in a
/// prompt's other words are mostly what software sends or does (`email people a reminder`, `I
/// copy it over by hand`): writing only as the object of a request's verb.
pub const DOCUMENT_OBJECTS: &[&str] = &["email", "copy", "newsletter", "announcement"];

/// Where software shows a warning (`a hydration warning in the console`): a prompt naming one of
/// these reports its `warning`s as symptoms; a warning elsewhere is people's (`first time just a
/// warning`, `a warning letter`).
pub const WARNING_PLACES: &[&str] = &[
    "console",
    "log",
    "logs",
    "terminal",
    "compiler",
    "build",
    "browser",
    "devtools",
    "stderr",
    "output",
    "lint",
    "linter",
    "deprecation",
];

/// Phrases that describe a behaviour as broken, whatever the domain (the prompt asks for a fix).
pub const SYMPTOMS: &[&str] =
    &["used to work", "used to run", "forever", "no longer", "anymore", "any more", "the wrong"];

/// Extensions of data tables and notebooks: a prompt that names one asks about data.
pub const DATA_FILE_EXTENSIONS: &[&str] =
    &["csv", "tsv", "xlsx", "xls", "ods", "parquet", "feather", "ipynb", "sav", "dta", "rds"];

/// Words that may come before the verb of an order without making it a question or a wish: a
/// greeting, the agent addressed, a filler, a `please` (`hi claude, add …`, `ok so deploy …`,
/// `please write …`). `can you …` is a question, `i want to …` a wish: neither is here.
pub const ORDER_PREAMBLE: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hiya",
    "good",
    "morning",
    "afternoon",
    "evening",
    "there",
    "claude",
    "ok",
    "okay",
    "so",
    "please",
    "pls",
];

/// Verbs that name what to build (a planning decision when the prompt opens with one).
pub const BUILD_VERBS: &[&str] =
    &["build", "create", "add", "implement", "write", "make", "design", "plan"];

/// Intent lists. A prompt's intent is the list with the most words in the prompt (file paths
/// left out); a tie goes to the list that comes first here.
pub const INTENTS: &[(&str, &[&str])] = &[
    (
        "fixing",
        &[
            "fix",
            "fixes",
            "bug",
            "bugs",
            "error",
            "errors",
            "broken",
            "failing",
            "fails",
            "crash",
            "crashes",
            "panic",
            "panics",
            "debug",
            "flaky",
            "regression",
            "repair",
            "exception",
            "traceback",
            "stacktrace",
            "segfault",
            "hang",
            "freeze",
            "broke",
            "stuck",
        ],
    ),
    (
        "testing",
        &[
            "test",
            "tests",
            "testing",
            "ci",
            "pipeline",
            "coverage",
            "e2e",
            "suite",
            // Test frameworks and runners across ecosystems: naming one names tests as the work.
            "playwright",
            "pytest",
            "unittest",
            "doctest",
            "jest",
            "vitest",
            "mocha",
            "cypress",
            "junit",
            "xunit",
            "nunit",
            "rspec",
            "minitest",
            "phpunit",
            "gtest",
            "ctest",
            "ztest",
            "twister",
            "testthat",
            "proptest",
            "hypothesis",
            "quickcheck",
            // Fuzzing: a fuzz target or harness is a test artefact, whatever it is written in.
            "fuzz",
            "fuzzer",
            "libfuzzer",
            "honggfuzz",
            "afl",
            "jazzer",
            "atheris",
            "harness",
            // v13: the unit-test frameworks of Apple's, the JVM's and C++'s ecosystems.
            "xctest",
            "xcuitest",
            "testng",
            "kotest",
            "catch2",
            "googletest",
        ],
    ),
    (
        "operating",
        &[
            "deploy",
            "deployment",
            "install",
            "release",
            "docker",
            "kubernetes",
            "k8s",
            "kubectl",
            "terraform",
            "server",
            "configure",
            "restart",
            "provision",
            "rollout",
            "roll",
            "helm",
            "staging",
            "prod",
            "production",
            "cluster",
            "bucket",
            "vm",
            "dns",
            "apply",
            "upgrade",
            "aws",
            "azure",
            "gcp",
            "gcloud",
            "vercel",
            "netlify",
            "heroku",
            "cloudflare",
            "ansible",
            "nomad",
            "systemd",
            "systemctl",
            "nginx",
            // Batch schedulers: submitting and sizing jobs on a cluster runs software.
            "slurm",
            "sbatch",
            "srun",
            "sacct",
            "squeue",
            "scancel",
            "qsub",
            "bsub",
            "htcondor",
        ],
    ),
    (
        "analysing",
        &[
            "analyse",
            "analyze",
            "analysis",
            "data",
            "dataset",
            "csv",
            "chart",
            "plot",
            "statistics",
            "sql",
            "churn",
            "reconcile",
            "spreadsheet",
            "spreadsheets",
            "scores",
            "metrics",
            "totals",
            "average",
            "trend",
            "figures",
            "compute",
            "total",
            "sum",
            "mean",
            "median",
            "stats",
            "statistical",
            "correlation",
            "histogram",
            "breakdown",
            "aggregate",
            "pivot",
            "percentage",
        ],
    ),
    (
        "writing",
        &[
            "document",
            "documentation",
            "docs",
            "readme",
            "blog",
            "essay",
            "article",
            "letter",
            "memo",
            "summary",
            "summaries",
            "summarise",
            "summarize",
            "briefing",
            "paragraph",
            "guide",
            "draft",
            "rewrite",
            "proofread",
            // Text that explains code or data to people (`descriptions for the columns`).
            "description",
            "docstring",
            "changelog",
        ],
    ),
    (
        "planning",
        &[
            "plan",
            "design",
            "architecture",
            "approach",
            "proposal",
            "roadmap",
            "spec",
            "steps",
            "estimate",
            "estimates",
            "tasks",
            "quote",
            "quoting",
        ],
    ),
    (
        "exploring",
        &["explain", "understand", "explore", "walk", "audit", "review", "investigate", "overview"],
    ),
    (
        "building",
        &[
            "build",
            "create",
            "add",
            "implement",
            "make",
            "new",
            "feature",
            "scaffold",
            "generate",
            "write",
            "website",
            "app",
            "page",
            "button",
            "toggle",
            "flag",
            "script",
            "program",
            "export",
            "automate",
            "automatically",
            "automation",
            "tool",
            "bot",
        ],
    ),
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Counts phrase occurrences in `lower` (already lower-cased): whole words only, longest phrase
/// first at each position, never two phrases over the same words.
pub fn count_phrases(lower: &str, phrases: &[&str]) -> usize {
    phrase_matches(lower, phrases).len()
}

/// Where [`count_phrases`] finds its phrases: (byte offset, length) in order.
fn phrase_matches(lower: &str, phrases: &[&str]) -> Vec<(usize, usize)> {
    let bytes = lower.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = is_word_byte(bytes[i]) && (i == 0 || !is_word_byte(bytes[i - 1]));
        if at_word_start {
            let best = phrases
                .iter()
                .filter(|p| bytes[i..].starts_with(p.as_bytes()))
                .filter(|p| {
                    let end = i + p.len();
                    // A phrase ending in punctuation (`actually,`) needs no boundary after it.
                    end >= bytes.len() || !is_word_byte(bytes[end]) || !is_word_byte(bytes[end - 1])
                })
                .map(|p| p.len())
                .max();
            if let Some(len) = best {
                found.push((i, len));
                i += len;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// `lower` with every phrase occurrence (as [`count_phrases`] finds them) blanked out.
pub fn blank_phrases(lower: &str, phrases: &[&str]) -> String {
    let mut out = lower.as_bytes().to_vec();
    for (at, len) in phrase_matches(lower, phrases) {
        out[at..at + len].fill(b' ');
    }
    // Phrases are ASCII, so blanking them keeps the text UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Lower-cases and straightens typographic apostrophes so `don’t` matches `don't`.
pub fn normalise(text: &str) -> String {
    text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'")
}

/// The whole words of `lower` (split on non-alphanumerics).
pub fn words(lower: &str) -> impl Iterator<Item = &str> {
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_count_whole_words_once_preferring_the_longest() {
        assert_eq!(count_phrases("you must not do it, you must", CONSTRAINTS), 2);
        assert_eq!(count_phrases("mustard only", CONSTRAINTS), 1);
        assert_eq!(count_phrases("not quite: the file is lib.rs", AGENT_CORRECTS), 1);
        let blanked = format!("then {} now", " ".repeat("run the tests".len()));
        assert_eq!(blank_phrases("then run the tests now", VERIFICATION), blanked);
        assert_eq!(count_phrases("etc.", VAGUE), 1);
    }
}
