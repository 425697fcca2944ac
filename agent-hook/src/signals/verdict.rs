//! What a prompt says about the previous result: that it works (confirms, states an outcome) or
//! that it failed (reports a failure, pastes an error).

use std::sync::LazyLock;

use super::lexicon::{self, count_phrases};
use super::text::sentences;

/// Whether a sentence opens a yes/no question (`does it still crash if …?`).
fn asks_yes_or_no(sentence: &str) -> bool {
    lexicon::words(sentence).next().is_some_and(|w| lexicon::QUESTION_AUXILIARIES.contains(&w))
}

/// Whether the user says the previous result failed: a failure phrase in a sentence that is not
/// a yes/no question.
pub(super) fn reports_failure(lower: &str) -> bool {
    sentences(lower).any(|s| {
        let listed = count_phrases(s, lexicon::REPORTS_FAILURE);
        // `saved 3 and theyre still there` beside `it works now` says what should stay stayed.
        let kept = listed > 0
            && count_phrases(s, lexicon::STILL_KEPT) == listed
            && !s.contains(" but ")
            && states_outcome(s);
        !asks_yes_or_no(s)
            && (listed > 0 && !kept
                || clauses(s).any(|c| {
                    relays_error(c) || denies_result(c) || persists(c) || nothing_arrives(c)
                })
                || relays_expected_and_actual(s))
    })
}

/// Whether a sentence relays a test's failed assertion: an expected value and then the actual
/// one, as every ecosystem's runner prints it (`Expected [10.00] Actual [0.00]`, `expected: 10
/// but was: 0`, `Expected: 3, Received: 2`, `expected 200, got 404`). Not a check asked for or a
/// condition set before it (`make sure expected and actual agree`).
fn relays_expected_and_actual(sentence: &str) -> bool {
    let words: Vec<&str> = lexicon::words(sentence).collect();
    let Some(at) = words.iter().position(|w| *w == "expected") else { return false };
    let before = words[..at].join(" ");
    count_phrases(&before, lexicon::CHECK_OR_CONDITION) == 0
        && words[at + 1..].iter().enumerate().any(|(k, w)| match *w {
            "actual" | "received" | "got" => true,
            "was" => k > 0 && words[at + k] == "but",
            _ => false,
        })
}

/// Whether a clause says a symptom goes on (`still overflowing on the SE`, `still squashed on my
/// phone`, `better but still clips through the thin walls`): `still` before a verb in `-ing`,
/// `-ed` or `-s` — something still happening, still in a state or still done — in a statement.
/// Not what should go on (`still working`, `still passes`, `still gets read but warns`), a job
/// under way (`still running`), a wish or a doubt (`it should still build`, `probably still
/// above`), nor a clause that asks for a check, sets a condition, gives an order or a purpose
/// before it (`check it is still passing`, `keep it unfiltered so readiness still wakes us`); a
/// condition after it says when the symptom shows (`still clips through if I dash diagonally`).
fn persists(clause: &str) -> bool {
    let words: Vec<&str> = lexicon::words(clause).collect();
    words.iter().enumerate().any(|(i, w)| {
        let Some(next) = words.get(i + 1) else { return false };
        if *w != "still" || lexicon::STILL_GOES_ON.contains(next) {
            return false;
        }
        let before = words[..i].join(" ");
        if count_phrases(&before, lexicon::CHECK_OR_CONDITION) > 0
            || words[..i].iter().any(|w| lexicon::PURPOSE_OR_ORDER.contains(w))
            || i.checked_sub(1).is_some_and(|j| lexicon::WISHED_OR_DOUBTED.contains(&words[j]))
        {
            return false;
        }
        let verb = |suffix: &str, shortest: usize| next.len() >= shortest && next.ends_with(suffix);
        verb("ing", 5) || verb("ed", 5) || verb("s", 4) && !next.ends_with("ss")
            // `still` opening the clause, its subject dropped, says the symptom the user just
            // saw is there again, whatever follows (`still one day early in safari`, `still
            // wrong`, `still the same`), unless what follows is a need or a plan (`still need
            // a favicon`, `still to do`).
            || words[..i].iter().all(|w| lexicon::OPENING_INTERJECTIONS.contains(w))
                && !lexicon::WISHED_OR_DOUBTED.contains(next)
                && !lexicon::STILL_TO_DO.contains(next)
    })
}

/// The clauses of a sentence: cut at commas, colons, brackets and `but`.
fn clauses(sentence: &str) -> impl Iterator<Item = &str> {
    sentence.split([',', '(', ')']).flat_map(|c| c.split(" but "))
}

/// Whether the text holds a pasted error: an error's name before a colon (`TypeError:`,
/// `error:`, `fatal:`) or a traceback's header.
pub(super) fn pastes_error(lower: &str) -> bool {
    lower.contains("traceback (most recent call last)")
        || lower.match_indices(':').any(|(at, _)| {
            let word = lower[..at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            word.ends_with("error") || matches!(word, "exception" | "fatal" | "panic")
        })
}

/// Whether a clause relays an error the result shows (`it says connection refused`, `getting
/// a 500`, `it says the same thing on mine`): a relaying verb, not the agent's (`you said`),
/// with an error after it, in a clause that states, not asks for a check or sets a condition.
fn relays_error(clause: &str) -> bool {
    if count_phrases(clause, lexicon::CHECK_OR_CONDITION) > 0 {
        return false;
    }
    let words: Vec<&str> = lexicon::words(clause).collect();
    words.iter().enumerate().any(|(i, w)| {
        lexicon::RELAY_VERBS.contains(w)
            && !i.checked_sub(1).is_some_and(|j| matches!(words[j], "you" | "u" | "to"))
            && {
                let rest = words[i + 1..].join(" ");
                count_phrases(&rest, lexicon::ERROR_MARKERS) > 0
                    && count_phrases(&rest, lexicon::NO_ERROR) == 0
            }
    })
}

/// Whether a clause denies that the result does what it is meant to (`it doesnt work`, `now it
/// wont compile`, `the page doesn't load`, `we can't connect`): a negation right after a
/// subject, before such a verb. Not an order (`don't run it yet`), the user's habit (`I don't
/// run it on windows`), the agent's omission (`you didn't run it`) or a condition.
fn denies_result(clause: &str) -> bool {
    if count_phrases(clause, lexicon::CHECK_OR_CONDITION) > 0 {
        return false;
    }
    let words: Vec<&str> = lexicon::words(clause).collect();
    let negation = |w: &str| {
        matches!(
            w,
            "doesnt"
                | "dont"
                | "didnt"
                | "wont"
                | "cant"
                | "cannot"
                | "isnt"
                | "arent"
                | "wasnt"
                | "couldnt"
                | "not"
                | "never"
        )
    };
    words.iter().enumerate().any(|(i, w)| {
        // `doesn't` is split into `doesn` and `t`.
        let (neg, subject_at) = match *w {
            "t" => (
                i >= 1
                    && matches!(
                        words[i - 1],
                        "doesn"
                            | "don"
                            | "didn"
                            | "won"
                            | "can"
                            | "isn"
                            | "aren"
                            | "wasn"
                            | "couldn"
                    ),
                i.checked_sub(2),
            ),
            w if negation(w) => (true, i.checked_sub(1)),
            _ => (false, None),
        };
        let Some(subject) = subject_at.map(|j| words[j]) else { return false };
        if !neg
            || matches!(
                subject,
                "you"
                    | "u"
                    | "please"
                    | "pls"
                    | "just"
                    | "and"
                    | "so"
                    | "then"
                    | "also"
                    | "ok"
                    | "to"
                    | "will"
                    | "would"
                    | "should"
                    | "why"
                    | "how"
            )
        {
            return false;
        }
        let inability = matches!(*w, "cant" | "cannot" | "couldnt")
            || matches!(words.get(i.wrapping_sub(1)), Some(&"can" | &"couldn"));
        if matches!(subject, "i" | "we" | "they") && !inability {
            return false;
        }
        // The verb follows the negation, perhaps after `be`/`even`/`really`/`still`.
        words[i + 1..]
            .iter()
            .take(3)
            .find(|n| {
                !matches!(
                    **n,
                    "be" | "even" | "really" | "still" | "actually" | "seem" | "seems" | "to"
                )
            })
            .is_some_and(|v| lexicon::MEANT_TO_DO.contains(v))
    })
}

/// Whether a clause says nothing came of the result (`i pressed send and nothing came to my
/// email`, `nothing came out`, `nothing shows up`, v14): `nothing` as the subject of a verb of
/// arriving or appearing, stated, not asked for (`make sure nothing shows`) nor `nothing else`.
fn nothing_arrives(clause: &str) -> bool {
    if count_phrases(clause, lexicon::CHECK_OR_CONDITION) > 0 {
        return false;
    }
    let words: Vec<&str> = lexicon::words(clause).collect();
    words.windows(2).any(|w| w[0] == "nothing" && lexicon::ARRIVES.contains(&w[1]))
}

/// Whether the user confirms the previous result: accepts it, or states that it agrees with what
/// they checked (not asking for the check, setting it as a condition, or asking whether it does).
pub(super) fn confirms(lower: &str) -> bool {
    // A sign-off alone (`great thanks`) is courtesy, as thanks alone are.
    if lexicon::words(lower).all(|w| lexicon::SIGN_OFF.contains(&w)) {
        return false;
    }
    // A user who says they will try the result later (`nice, ill try it on the sim later`) has
    // not seen it work yet: their acceptance is of the change, not a verdict on the result.
    let check_deferred = sentences(lower).any(defers_own_check);
    let all: Vec<&str> = sentences(lower).collect();
    all.iter().enumerate().any(|(k, s)| {
        let before = k.checked_sub(1).map(|j| all[j]);
        // An acceptance that is its whole sentence, then a question (`looks good. can you
        // show the error as a banner`), moves on, as `Good. Is there …?` does.
        if accepts_only(s) && all.get(k + 1).is_some_and(|n| asks(n)) {
            return false;
        }
        let accepted = !check_deferred
            && (count_phrases(s, lexicon::CONFIRMS) > wished_acceptances(s)
                // An acceptance that turns with `but` (`good, but less about swiftdata`) asks
                // for a change: the result is not taken yet.
                || lexicon::OPENING_ACCEPTS.iter().any(|p| s.trim_start().starts_with(p))
                    && !s.contains(" but ")
                // An acceptance standing alone as a clause after a report (`all 12 show it
                // now, nice`); alone as a sentence (`Good. Is there …?`) it may just move on.
                || !asks_yes_or_no(s)
                    && clauses(s).any(|c| {
                        let mut words = lexicon::words(c);
                        words.next().is_some_and(|w| lexicon::ACCEPTS_ALONE.contains(&w))
                            && words.next().is_none()
                    })
                    && lexicon::words(s).any(|w| {
                        !lexicon::ACCEPTS_ALONE.contains(&w) && !lexicon::SIGN_OFF.contains(&w)
                    })
                    && finds_no_fault(s)
                // The same acceptance as a sentence of its own after the report it judges
                // (`URP 0 on grafana, broker 4 empty. good. thanks`).
                || accepts_only(s)
                    && lexicon::words(s).any(|w| lexicon::ACCEPTS_ALONE.contains(&w))
                    && before.is_some_and(reports_observation));
        accepted
            || count_phrases(s, lexicon::AGREES) > 0
                && count_phrases(s, lexicon::CHECK_OR_CONDITION) == 0
                && !asks_yes_or_no(s)
            || states_outcome(s) && count_phrases(s, lexicon::CHECK_OR_CONDITION) == 0
            || reports_checked_result(s)
            || affirms_observation(s)
            || exclaims_done(s)
            || matches_own_record(s)
    })
}

/// Whether a sentence finds no fault beside what it accepts (`nice, but the header is wrong`).
fn finds_no_fault(sentence: &str) -> bool {
    !sentence.contains(" but ") && finds_no_fault_in_words(sentence)
}

/// Whether a sentence is an acceptance and nothing else (`looks good.`, `nice.`, `great,
/// thanks!`): acceptance words and sign-off words only.
fn accepts_only(sentence: &str) -> bool {
    let rest = lexicon::blank_phrases(sentence, lexicon::CONFIRMS);
    let accepting =
        rest != sentence || lexicon::words(sentence).any(|w| lexicon::ACCEPTS_ALONE.contains(&w));
    accepting
        && lexicon::words(&rest)
            .all(|w| lexicon::ACCEPTS_ALONE.contains(&w) || lexicon::SIGN_OFF.contains(&w))
}

/// Whether a sentence asks something (`can you show the error as a banner`, `what about …?`).
fn asks(sentence: &str) -> bool {
    sentence.ends_with('?') || asks_yes_or_no(sentence)
}

/// Whether a sentence reports what the user observed (`URP 0 on grafana, broker 4 empty`): a
/// statement with words of its own, not a question, an order to check, a condition or a fault.
fn reports_observation(sentence: &str) -> bool {
    !asks(sentence)
        && count_phrases(sentence, lexicon::CHECK_OR_CONDITION) == 0
        && finds_no_fault(sentence)
        && !accepts_only(sentence)
        && lexicon::words(sentence).any(|w| !lexicon::SIGN_OFF.contains(&w))
}

/// Whether the user says they will check the result themselves later (`ill try it on the sim
/// later`, `I'll test it tomorrow`, `ill see tomorrow if it ran`): `I`/`we` with `will`, then a
/// verb of checking, perhaps after one word (`ill just run it`), said of the result (`it`,
/// `that`) or put off to a later time. Not a look at something else (`I'll look at the census`
/// for a name the user is not sure of).
fn defers_own_check(sentence: &str) -> bool {
    let words: Vec<&str> = lexicon::words(sentence).collect();
    let later = words.iter().any(|w| lexicon::LATER.contains(w) || lexicon::WEEKDAYS.contains(w));
    words.iter().enumerate().any(|(i, w)| {
        let future = match *w {
            "ill" => true,
            "ll" | "will" => i.checked_sub(1).is_some_and(|j| matches!(words[j], "i" | "we")),
            "gonna" => i.checked_sub(1).is_some_and(|j| matches!(words[j], "i" | "im" | "m")),
            _ => false,
        };
        future
            && (i + 1..words.len()).take(2).any(|v| {
                lexicon::CHECKS_LATER.contains(&words[v])
                    && (later
                        || words
                            .get(v + 1)
                            .is_some_and(|o| matches!(*o, "it" | "that" | "this" | "them")))
            })
    })
}

/// Whether a sentence says the result is what the user has on their own record (`yes thats
/// what I have in the cashbook now`, `that's about what i thought`, `14 wreaths is what i have
/// on my list`): a form of `be`, then `what I`/`what we` and a verb that is not the user's
/// intent (`thats what I meant` answers a question) — stated, not asked, conditional or
/// faulted.
fn matches_own_record(sentence: &str) -> bool {
    if asks(sentence)
        || count_phrases(sentence, lexicon::CHECK_OR_CONDITION) > 0
        || !finds_no_fault(sentence)
    {
        return false;
    }
    let words: Vec<&str> = lexicon::words(sentence).collect();
    words.windows(3).enumerate().any(|(i, w)| {
        let [what, person, verb] = w else { return false };
        let be = |j: usize| matches!(words[j], "is" | "s" | "thats" | "its" | "was" | "are" | "re");
        *what == "what"
            && matches!(*person, "i" | "we")
            && !lexicon::INTENT_WORDS.contains(verb)
            && i.checked_sub(1).is_some_and(|j| {
                be(j) || lexicon::DEGREES.contains(&words[j]) && j.checked_sub(1).is_some_and(be)
            })
    })
}

/// How many acceptance words of [`lexicon::CONFIRMS`] are wished for, not said of the result
/// (`pay when they order would be great`, `that'd be perfect`): right after `be`.
fn wished_acceptances(lower: &str) -> usize {
    count_phrases(lower, &WISHED_ACCEPTANCES)
}

/// `be <acceptance>` for every phrase of [`lexicon::CONFIRMS`], made once: the hook reads every
/// prompt through [`wished_acceptances`].
static WISHED_ACCEPTANCE_TEXT: LazyLock<Vec<String>> =
    LazyLock::new(|| lexicon::CONFIRMS.iter().map(|p| format!("be {p}")).collect());
/// [`WISHED_ACCEPTANCE_TEXT`] as the phrase list [`count_phrases`] reads.
static WISHED_ACCEPTANCES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| WISHED_ACCEPTANCE_TEXT.iter().map(String::as_str).collect());

/// Whether an exclaimed sentence reports that the result did what it is meant to (`IT
/// PRINTED!!`, `the labels printed!`): a clause ending in a verb of
/// [`lexicon::DONE_WELL_VERBS`] after its subject, the result, not the user or the agent (`I
/// ran it!`), nothing denied or turned by `but`. The exclamation is what makes the bare event
/// the user's report of it working (`it ran.` may go on to what went wrong); not asked for
/// (`make sure it prints!`).
fn exclaims_done(sentence: &str) -> bool {
    sentence.ends_with('!')
        && !sentence.contains(" but ")
        && count_phrases(sentence, lexicon::CHECK_OR_CONDITION) == 0
        && clauses(sentence).any(|c| {
            let words: Vec<&str> = lexicon::words(c).collect();
            let [.., subject, verb] = words.as_slice() else { return false };
            lexicon::DONE_WELL_VERBS.contains(verb)
                && !matches!(*subject, "i" | "we" | "you" | "u")
                && !not_a_subject(subject)
                && !words.iter().any(|w| lexicon::NEGATIONS.contains(w))
        })
}

/// Whether a sentence affirms what the user observed of the result (`yep its there in the
/// console with the lifecycle rule`, `yes thats about right, dr patel always has the most`, `yep
/// updates straight away now`): a yes opens it and a statement follows — a subject (`that`,
/// `it`, `they`) or a verb said of the result, subject dropped — not an order (`yes go ahead`,
/// `yes fix it`), a bare answer (`yes steam cloud`), the user's intent (`yes thats what I
/// meant`), a fault acknowledged (`yeah that's a known bug`), nor anything denied, doubted,
/// asked or set as a condition.
fn affirms_observation(sentence: &str) -> bool {
    if sentence.ends_with('?')
        || sentence.contains(" but ")
        || count_phrases(sentence, lexicon::CHECK_OR_CONDITION) > 0
    {
        return false;
    }
    let words: Vec<&str> = lexicon::words(sentence).collect();
    let (Some(first), Some(next)) = (words.first(), words.get(1)) else { return false };
    if !lexicon::AFFIRMATIVES.contains(first)
        || words.iter().enumerate().any(|(i, w)| {
            lexicon::NEGATIONS.contains(w)
                || lexicon::FAULTS.contains(w)
                // `like` is the user's wish after a person or a modal (`what I'd like`), a
                // comparison otherwise (`always feel like a good day`).
                || lexicon::INTENT_WORDS.contains(w)
                    && (*w != "like"
                        || i.checked_sub(1).is_some_and(|j| {
                            matches!(words[j], "i" | "we" | "d" | "would" | "you" | "u")
                        }))
        })
    {
        return false;
    }
    // A subject that holds no verb, then nothing or a preposition, is a bare answer (`yes all
    // on whatsapp`, `yes both of them`), not a statement about the result.
    let bare_answer = !matches!(*next, "thats" | "its" | "theyre")
        && words.get(2).is_none_or(|w| lexicon::PREPOSITIONS.contains(w));
    let subject = lexicon::OBSERVED_SUBJECTS.contains(next) && !bare_answer;
    // A verb of the result with its subject dropped (`updates`, `printed`), not a sign-off
    // (`yes thanks`) or a light verb (`yes does that`).
    let verb = next.len() >= 5
        && (next.ends_with('s') && !next.ends_with("ss") || next.ends_with("ed"))
        && !lexicon::SIGN_OFF.contains(next)
        && !matches!(*next, "does" | "goes" | "needs" | "wants");
    // The user perceiving the result, their `I` perhaps dropped (`yep can see them in the
    // console`, `yes I can see it now`, v14): what they see is the result there.
    let perceived = match &words[1..] {
        ["i" | "we", "can", sense, ..] | ["can", sense, ..] => matches!(*sense, "see" | "hear"),
        _ => false,
    };
    subject || verb || perceived
}

/// Whether a sentence reports the user's own check of the result with a verdict on it
/// (`checked mrs abbott and the Doyles, right names and right amounts now`, `spot-checked two
/// against the PDFs, both right now`, `tried it on staging, all fine`): a past verb of checking
/// opens it, in the user's own voice, and a verdict follows; nothing in it denies, doubts, faults
/// or asks. The report is what makes a bare `fine` or `right` a verdict on the result rather than
/// an answer (`nightly is fine`) or a time (`right now`).
fn reports_checked_result(sentence: &str) -> bool {
    if sentence.ends_with('?')
        || asks_yes_or_no(sentence)
        || sentence.contains(" but ")
        || count_phrases(sentence, lexicon::CHECK_OR_CONDITION) > 0
    {
        return false;
    }
    let words: Vec<&str> = lexicon::words(sentence).collect();
    if words.iter().any(|w| {
        lexicon::NEGATIONS.contains(w)
            || matches!(*w, "wrong" | "incorrect" | "except" | "though" | "still")
    }) {
        return false;
    }
    let Some(at) = words.iter().take(3).position(|w| lexicon::CHECKED.contains(w)) else {
        return false;
    };
    // Only the user may stand before the verb (`i`, `we`, `spot-`, `double-`), not the agent.
    words[..at].iter().all(|w| {
        matches!(*w, "i" | "we" | "ive" | "ve" | "have" | "just" | "also" | "spot" | "double")
    }) && words[at + 1..].iter().any(|w| lexicon::VERDICTS.contains(w))
}

/// How many words a place phrase takes at the start of `words` (`on my pixel`, `in safari`):
/// a preposition of place and up to two words after it; 0 if none.
fn place_phrase_len(words: &[&str]) -> usize {
    match words.first() {
        Some(&("on" | "in" | "at" | "from")) => {
            1 + words[1..].iter().take(2).take_while(|w| !lexicon::MANNERS.contains(*w)).count()
        }
        _ => 0,
    }
}

/// Whether a word just before a verb keeps it from being said of a subject (`to work`, `make it
/// work`, `the work`): an order, a wish, a cause or no subject at all.
fn not_a_subject(word: &str) -> bool {
    lexicon::WISHED.contains(&word)
        || lexicon::CAUSATIVES.contains(&word)
        || lexicon::NOT_A_SUBJECT.contains(&word)
}

/// Whether a word is the user or the agent as a subject (`we agreed`, `you matched`): people
/// agreeing decide something; the result agreeing is the check.
fn is_person(word: &str) -> bool {
    matches!(word, "you" | "u" | "i" | "we")
}

/// Whether the word after an agreement verb makes its object indefinite (`matches an entry`,
/// `agrees with any`): a rule for what should match, not a reference the result was checked
/// against.
fn names_indefinite_reference(after: &[&str]) -> bool {
    let object = match after {
        ["with" | "to", rest @ ..] => rest.first(),
        _ => after.first(),
    };
    object.is_some_and(|n| matches!(*n, "a" | "an" | "any" | "some"))
}

/// The clauses [`states_outcome`] reads: cut at commas, colons, brackets, `but` and a spaced
/// dash (`9 days, then nothing - matches the release window`: v14), which joins a report of what
/// the user saw to their verdict on it as a comma does.
fn outcome_clauses(sentence: &str) -> impl Iterator<Item = &str> {
    sentence
        .split([',', ':', '(', ')'])
        .flat_map(|c| c.split(" but "))
        .flat_map(|c| c.split(" - "))
        .flat_map(|c| c.split(" – "))
        .flat_map(|c| c.split(" — "))
}

/// Whether a sentence holds no word that finds fault with the result (`wrong`, `except`) nor
/// takes only the rest of it (`everything else is right`, said beside corrections: v14; not
/// `nothing else changed`).
fn finds_no_fault_in_words(sentence: &str) -> bool {
    let words: Vec<&str> = lexicon::words(sentence).collect();
    !words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "wrong" | "incorrect" | "except" | "though")
            || *w == "else"
                && i.checked_sub(1).is_some_and(|j| matches!(words[j], "everything" | "all"))
    })
}

/// Whether the `i`-th word of a clause denies or doubts what it states (`doesnt`, `never`,
/// `what`). `what` after a preposition is the user's expectation the result is measured by
/// (`within what I'd expect`, v14), not a question.
fn denies_or_doubts(words: &[&str], i: usize, word: &str) -> bool {
    lexicon::NEGATIONS.contains(&word)
        && !(word == "what"
            && i.checked_sub(1).is_some_and(|j| {
                lexicon::PREPOSITIONS.contains(&words[j]) || matches!(words[j], "within" | "than")
            }))
}

/// Whether a sentence states that the result now works, in whatever words (`films work on the
/// tv`, `it came back on its own`, `that lines up with the bulletin`): some clause holds an
/// outcome verb or phrase and nothing that denies, doubts or asks it.
fn states_outcome(sentence: &str) -> bool {
    if sentence.ends_with('?') || asks_yes_or_no(sentence) {
        return false;
    }
    // A sentence that also finds fault (`the dates are right but the names are wrong`) does not
    // take the result, nor does one that takes only the rest of it (`everything else is right`
    // beside corrections: v14).
    if !finds_no_fault_in_words(sentence) {
        return false;
    }
    outcome_clauses(sentence).any(|clause| {
        let words: Vec<&str> = lexicon::words(clause).collect();
        if words.iter().enumerate().any(|(i, w)| denies_or_doubts(&words, i, w)) {
            return false;
        }
        let verb = words.iter().enumerate().any(|(i, w)| {
            let before = |k: usize| i.checked_sub(k).map(|j| words[j]);
            match *w {
                "works" | "worked" => true,
                "work" => {
                    before(1).is_some_and(|b| !not_a_subject(b))
                        && !before(2).is_some_and(|b| lexicon::CAUSATIVES.contains(&b))
                }
                "working" => {
                    before(1).is_some_and(|b| matches!(b, "is" | "are" | "s" | "re"))
                        || words.get(i + 1).is_some_and(|n| matches!(*n, "now" | "again" | "fine"))
                }
                // Agreement with what the user checked, said of the result (`paid numbers
                // match Looker`, `totals agree`, `it tallies`), as `work` is; opening the
                // clause in the present, its subject dropped as experts write (`matches the
                // book now`), the `-s` form can only be said of the result. Not in a relative
                // clause, which describes a rule (`drop reports where the PT matches …`).
                // Said by a person (`we agreed it with the retention team`) it is a decision,
                // and against something indefinite (`the change matches an entry in the
                // catalogue`) a rule: the result agrees with a particular reference (v14).
                "matches" | "matched" | "agrees" | "agreed" | "tallies" | "tallied"
                | "reconciles" | "reconciled" => {
                    !words[..i].iter().any(|b| lexicon::RELATIVES.contains(b))
                        && !names_indefinite_reference(&words[i + 1..])
                        && match before(1) {
                            Some(b) => !not_a_subject(b) && !is_person(b),
                            // A plural noun opening the clause (`matches are in red`) is
                            // followed by its own verb.
                            None => {
                                w.ends_with('s')
                                    && !words.get(i + 1).is_some_and(|n| {
                                        lexicon::QUESTION_AUXILIARIES.contains(n)
                                            || matches!(*n, "were" | "was" | "go" | "get" | "need")
                                    })
                            }
                        }
                }
                // The result the same as a reference now (`thats the same as alteryx now`,
                // v14): `now` says it changed to agree; without it `the same as` may say that
                // nothing changed (`its the same as before`).
                "same" => {
                    words.get(i + 1) == Some(&"as")
                        && !words[..i]
                            .iter()
                            .any(|b| lexicon::CAUSATIVES.contains(b) || lexicon::WISHED.contains(b))
                        && words[i + 1..].contains(&"now")
                        && !words.iter().any(|w| matches!(*w, "still" | "before"))
                }
                // Tying to a reference, said of the result (`ties to my sample`, `ties to the
                // administrator's NAV now`): opening the clause in the present, or with a
                // subject and `now`; `tied to` alone describes a link.
                "ties" | "tied" => {
                    words.get(i + 1).is_some_and(|n| matches!(*n, "to" | "out" | "back"))
                        && !before(1).is_some_and(|b| not_a_subject(b) || b == "you")
                        && (i == 0 && *w == "ties"
                            || words.iter().any(|w| matches!(*w, "now" | "again" | "exactly")))
                }
                "match" | "agree" | "tally" | "reconcile" => {
                    before(1).is_some_and(|b| !not_a_subject(b) && !is_person(b))
                        && !words[..i].iter().any(|b| lexicon::RELATIVES.contains(b))
                        && !names_indefinite_reference(&words[i + 1..])
                        && !(2..=4)
                            .any(|k| before(k).is_some_and(|b| lexicon::CAUSATIVES.contains(&b)))
                }
                // What the result is meant to do, said done well (`it opens now`, `the page
                // loads fine`, `tests pass again`): the verb after a subject, then how.
                // Opening the clause in the `-s` form, its subject dropped, the verb can only
                // be said of the result (`runs on my pixel now`); and a place it was used may
                // come between the verb and how (`runs on my pixel now`, `loads in safari
                // fine`).
                w if lexicon::DONE_WELL_VERBS.contains(&w) => {
                    let how_at = i + 1 + place_phrase_len(&words[i + 1..]);
                    let said_of_result = match before(1) {
                        Some(b) => !not_a_subject(b) && b != "you",
                        None => w.ends_with('s') && !w.ends_with("ss"),
                    };
                    said_of_result
                        && words[how_at.min(words.len())..]
                            .iter()
                            .take(2)
                            .any(|n| lexicon::MANNERS.contains(n))
                }
                // A person's satisfaction with the result, stated after a form of `be` (`my
                // manager read it and is happy`, `they were happy with it`, `I'm pleased with
                // that`); not an offer or a permission (`happy to help`, `happy for you to pick`),
                // a wish (`would be happy`), nor said of a plan or an idea.
                w if lexicon::SATISFIED.contains(&w) => {
                    words[..i]
                        .iter()
                        .rev()
                        .find(|b| {
                            !matches!(**b, "very" | "really" | "so" | "all" | "quite" | "both")
                        })
                        .is_some_and(|b| {
                            matches!(*b, "is" | "are" | "was" | "were" | "m" | "am" | "s" | "re")
                        })
                        && !words.get(i + 1).is_some_and(|n| matches!(*n, "to" | "for"))
                        && !words.iter().any(|w| lexicon::INTENT_WORDS.contains(w))
                }
                // A state of health said of the result (`healthy on all three`), not asked for.
                "healthy" => !(1..=3).any(|k| {
                    before(k).is_some_and(|b| {
                        matches!(b, "keep" | "make" | "get" | "be" | "stay" | "to" | "remain")
                    })
                }),
                // The result called right (`prices are right`, `those look correct`), perhaps
                // by degree (`that sounds about right`, `112 days is about right`).
                "right" | "correct" | "accurate" => {
                    let verdict_at = if before(1).is_some_and(|b| lexicon::DEGREES.contains(&b)) {
                        2
                    } else {
                        1
                    };
                    before(verdict_at).is_some_and(|b| {
                        matches!(
                            b,
                            "is" | "are"
                                | "s"
                                | "re"
                                | "was"
                                | "were"
                                | "looks"
                                | "look"
                                | "seems"
                                | "seem"
                                | "sounds"
                                | "all"
                        )
                    }) && !before(verdict_at + 1).is_some_and(|b| matches!(b, "you" | "u"))
                }
                // How the result reads or looks to the user who read it (`reads well`, `the
                // table looks fine`), subject dropped or not; not wished for (`it should read
                // well`, `make it look clean`: the bare verb is not read), nor `sounds`, which
                // answers a proposal (`ok sounds good`).
                // The bare `look` after its subject (`numbers look normal`) as well, never
                // opening an order (`look fine to you?` is asked) or after a wish.
                "reads" | "looks" | "looked" | "look" => {
                    words.get(i + 1).is_some_and(|n| lexicon::LOOKS_AS_MEANT.contains(n))
                        && !before(1).is_some_and(|b| {
                            lexicon::WISHED.contains(&b) || matches!(b, "you" | "u")
                        })
                        && (*w != "look"
                            || before(1).is_some_and(|b| !not_a_subject(b) && b != "i"))
                        && !(2..=3)
                            .any(|k| before(k).is_some_and(|b| lexicon::CAUSATIVES.contains(&b)))
                }
                _ => false,
            }
        });
        verb || count_phrases(clause, lexicon::OUTCOME_PHRASES) > 0
    })
}

#[cfg(test)]
mod tests {
    use crate::signals::prompt::PromptFeatures;

    #[test]
    fn a_confirmation_states_that_the_result_agrees_with_what_the_user_checked() {
        let yes = [
            "paid numbers match Looker, good. can you save that table as a csv",
            "same direction as the qPCR for all four, and LUX was marginal there too",
            "the totals agree with the bank now",
            "prices are right actually! but how do people see it",
            "healthy on all three, done",
            "figures are in line with last quarter's report",
            "it opens now, thanks",
            "the page loads fine on my phone",
        ];
        for text in yes {
            assert!(PromptFeatures::of(text).confirms, "{text}");
        }
        let no = [
            "make the totals match the ledger",
            "do the numbers match?",
            "check they match Looker",
            "the numbers don't match Looker",
            "keep the pods healthy during the rollout",
            "the dates are right but the names are wrong",
            "ok thanks",
            "Need to upgrade Nextcloud tonight. Back up the database first please",
            "it runs every night at 2am",
            "make sure it loads fine on safari",
            "it ran fine but the totals are wrong",
        ];
        for text in no {
            assert!(!PromptFeatures::of(text).confirms, "{text}");
        }
    }

    #[test]
    fn a_failure_report_relays_an_error_or_denies_that_the_result_works() {
        let yes = [
            "it says connection refused",
            "still says subscript out of range",
            "it doesnt work when i double click it, a black window flashes up",
            "now it wont compile?? i didnt change anything",
            "we can't connect to it from the laptop",
            "it says\nTypeError: Cannot read properties of null (reading 'getRange')",
            "yes go ahead. the login page just says internal server error now",
            "it says 1 failed yeah. yes fix it",
            "it keeps crashing when i rotate the phone",
            "that didn't fix it, same problem",
            "I press the button and nothing happens",
        ];
        for text in yes {
            assert!(PromptFeatures::of(text).reports_failure, "{text}");
        }
        let no = [
            "don't run it yet",
            "I don't run it on windows",
            "you didn't run the tests",
            "make sure it doesn't crash if the list is empty",
            "the tab at the bottom says Volunteers",
            "I've got the council's spending over £500 file for 2025",
            "does it work on windows?",
            "it says 84.5 now which is right",
            "I get it now, and it says no errors",
            "it shows 0 failed",
        ];
        for text in no {
            assert!(!PromptFeatures::of(text).reports_failure, "{text}");
        }
    }

    #[test]
    fn a_failure_that_persists_is_reported() {
        assert!(PromptFeatures::of("it still crashes if i just press enter").reports_failure);
        assert!(
            PromptFeatures::of("deployed to staging, it's better but still about 5 seconds")
                .reports_failure
        );
        assert!(
            PromptFeatures::of("still falls through sometimes. not every time").reports_failure
        );
        assert!(!PromptFeatures::of("Check the docs still build afterwards.").reports_failure);
        assert!(!PromptFeatures::of("so do I still need one or is that overkill").reports_failure);
    }

    #[test]
    fn what_should_stay_still_being_there_beside_it_works_is_no_failure() {
        let kept = "it works now, saved 3 swimmers and theyre still there after closing it. thanks";
        assert!(!PromptFeatures::of(kept).reports_failure);
        assert!(PromptFeatures::of(kept).confirms);
        assert!(PromptFeatures::of("the old row is still there").reports_failure);
        assert!(PromptFeatures::of("it works now but the old row is still there").reports_failure);
        assert!(PromptFeatures::of("the save button does nothing").reports_failure);
    }

    #[test]
    fn an_acceptance_standing_alone_in_a_clause_confirms() {
        assert!(
            PromptFeatures::of("all 12 show the new expiry in the monitoring now, nice").confirms
        );
        assert!(PromptFeatures::of("yes thats right, the green one always sells out").confirms);
        assert!(!PromptFeatures::of("make it look nice, whatever you think").confirms);
        assert!(!PromptFeatures::of("nice to have: a dark mode").confirms);
        assert!(!PromptFeatures::of("great thanks").confirms);
        assert!(!PromptFeatures::of("great, thank you").confirms);
        assert!(!PromptFeatures::of("lovely, thanks so much").confirms);
        assert!(!PromptFeatures::of("the chart renders, nice, but the legend is wrong").confirms);
    }

    #[test]
    fn a_result_tied_to_a_reference_now_or_a_measure_back_in_bounds_confirms() {
        assert!(
            PromptFeatures::of("ties to the administrator's NAV now, save the breaks").confirms
        );
        assert!(
            PromptFeatures::of("orders p99 back under 80ms, writes flowing, drill done").confirms
        );
        assert!(!PromptFeatures::of("the fee column is tied to the account id").confirms);
        assert!(!PromptFeatures::of("back up the database before you start").confirms);
    }

    #[test]
    fn thanks_alone_is_courtesy_not_a_confirmation() {
        assert!(!PromptFeatures::of("thank you!").confirms);
        assert!(!PromptFeatures::of("ok thanks").confirms);
        assert!(!PromptFeatures::of("ok thanks. what does props mean?").confirms);
        assert!(PromptFeatures::of("thanks that works").confirms);
    }

    #[test]
    fn an_agreement_asked_for_or_set_as_a_condition_is_no_confirmation() {
        assert!(!PromptFeatures::of("rerun it and check the totals agree now").confirms);
        assert!(!PromptFeatures::of("if that's it, add the footer").confirms);
        assert!(!PromptFeatures::of("does it match now?").confirms);
        assert!(PromptFeatures::of("great, matches what finance has. thanks").confirms);
        assert!(PromptFeatures::of("I got 0.322 by hand too, so that matches, thanks.").confirms);
        assert!(!PromptFeatures::of("does it still crash if the list is empty?").reports_failure);
        assert!(PromptFeatures::of("why does it still crash?").reports_failure);
    }

    #[test]
    fn a_result_stated_as_working_in_any_words_is_a_confirmation() {
        for yes in [
            "pulled the plug and it came back on its own, films work on the tv. thank you!!",
            "yep that lines up with the bulletin. cheers",
            "done the drag thing, opened it on my phone and it works!! thank you so much",
            "the printer is working again",
            "that did the trick",
            "👍 commit the caddyfile",
            "thanks, works",
            "yes that's it",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "it doesnt work when i double click it",
            "can you check it will work",
            "make it work on my phone",
            "work on the footer next",
            "explain how the cache works",
            "does it work now?",
            "it never came back after the reboot",
            "thank you!",
            "if it lines up, commit it",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_report_of_having_checked_the_result_with_a_verdict_confirms() {
        for yes in [
            "checked mrs abbott and the Doyles, right names and right amounts now. phew thank you",
            "spot-checked Halden and Corvex against the PDFs, both right now. send me the rest",
            "checked checkout and the contact form on staging, all fine, test email arrived too",
            "tried it on my phone, all good",
            "I compared a dozen rows with the old report, all correct",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "tried --mpi=pmi2 by hand, still hangs at 4 nodes",
            "Nothing in info@ or junk, checked twice",
            "checked the totals but the VAT is wrong",
            "ok i ran it",
            "you checked the wrong file, use the march one",
            "check the names are right now",
            "nightly is fine",
            "checked it, is that right?",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_result_said_to_read_or_look_well_confirms() {
        for yes in ["reads well, sending it today. thanks", "the table looks fine to me"] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "ok sounds good ill have a think and come back",
            "make it look clean on mobile",
            "it should read well for parents",
            "does it look fine?",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_symptom_still_going_on_is_a_failure_report() {
        for yes in [
            "still overflowing on the SE, by 6 pixels now",
            "still timing out on the nexus ones from the jump box too",
            "the banner is still flickering on safari",
        ] {
            assert!(PromptFeatures::of(yes).reports_failure, "{yes}");
        }
        for no in [
            "the backfill is still running, leave it",
            "it still works after the update, thanks",
            "check it is still passing on CI",
            "is it still overflowing?",
        ] {
            assert!(!PromptFeatures::of(no).reports_failure, "{no}");
        }
    }

    #[test]
    fn a_symptom_still_in_a_state_or_still_done_is_a_failure_report() {
        for yes in [
            "still squashed on my phone",
            "better but still clips through the thin walls if I dash diagonally",
            "the header still overlaps the logo on safari",
            "the old price still appears on the live site",
        ] {
            assert!(PromptFeatures::of(yes).reports_failure, "{yes}");
        }
        for no in [
            "the old ~/.acme.toml still gets read but warns. can you add that too",
            "it still passes on CI, thanks",
            "it should still compiles on 1.74",
            "keep it unfiltered so pod readiness still wakes us",
            "check the page still loads after the change",
            "the field is still needed for the export",
            "does the header still overlap the logo?",
        ] {
            assert!(!PromptFeatures::of(no).reports_failure, "{no}");
        }
    }

    #[test]
    fn a_failed_assertion_relayed_with_expected_and_actual_is_a_failure_report() {
        for yes in [
            "ran in ADT: 5 green, exactly_500_is_tier_1 red: Expected [10.00] Actual [0.00]",
            "one fails, expected: 3 but was: 2",
            "the cart spec says Expected: 3, Received: 2",
            "expected 200, got 404 on the health check",
        ] {
            assert!(PromptFeatures::of(yes).reports_failure, "{yes}");
        }
        for no in [
            "keep the test's expected value exact",
            "make sure expected and actual are printed on failure",
            "the expected output is in fixtures/out.json",
        ] {
            assert!(!PromptFeatures::of(no).reports_failure, "{no}");
        }
    }

    #[test]
    fn a_yes_before_a_statement_about_the_result_confirms() {
        for yes in [
            "yep its there in the console with the lifecycle rule, thanks",
            "yes thats about right, dr patel always has the most. keep the blank ones in",
            "yes thats the lime flow, hive 2 always lags behind the others",
            "yep updates straight away now. is passing the title in a problem?",
            "yeah they show up on the rota now",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "yes go ahead",
            "yes fix it",
            "yes please do that",
            "yes steam cloud. what about the cloud saves?",
            "Yeah that's a known bug, ticket ORD-412. mark it xfail with the ticket",
            "yes thats what I meant, the second column",
            "yes it's better but the header is still cut off",
            "yes, term isn't part of it. drop it and rerun",
            "yes thanks",
            "yes that's fine if the totals agree",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn still_opening_a_clause_says_the_symptom_is_there_again() {
        for yes in [
            "still one day early in safari. the button says Mon, Dec 8",
            "nope still the same",
            "tried it again, still wrong on the ipad",
            "still blank on my phone",
        ] {
            assert!(PromptFeatures::of(yes).reports_failure, "{yes}");
        }
        for no in [
            "still need a favicon though",
            "still to do: the footer",
            "still have to add the logo",
            "is it still one day early?",
            "still, can you add the footer",
            "still working on my side, thanks",
        ] {
            assert!(!PromptFeatures::of(no).reports_failure, "{no}");
        }
    }

    #[test]
    fn an_agreement_verb_opening_the_clause_is_said_of_the_result() {
        for yes in [
            "thats it, matches the book now. thank you",
            "ties to my sample, the 3 I found by hand are all in there",
            "agrees with the bank statement to the penny",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "matches are shown in red on the sheet",
            "matched 14 rows by hand, now do the rest",
            "tied to the account id, not the user",
            "drop reports where the PT matches the indication, then rerun",
            "keep the rows which agree with the ledger",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_person_satisfied_with_the_result_confirms() {
        for yes in [
            "My manager read it and is happy, she's putting it on the intranet tomorrow",
            "showed it at the trustees meeting and they were happy with it, thanks",
            "I'm really pleased with that. can you add a footer",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "I'm happy to test it myself",
            "happy for you to pick the colours",
            "I would be happy with a simple list",
            "I'm not happy with the colours",
            "are you happy with the layout?",
            "I'm happy with the plan, go ahead",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn an_exclaimed_report_that_the_result_did_its_job_confirms() {
        for yes in ["IT PRINTED!! thank you so much", "the labels printed!"] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "I ran it!",
            "nothing printed!",
            "it printed but the bold is gone!",
            "it printed. the bold is gone",
            "make sure it prints!",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn an_acceptance_wished_for_is_no_confirmation() {
        for no in [
            "collect only. pay when they order would be great",
            "that'd be perfect if it can do both",
            "a dark mode will be awesome later",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
        assert!(PromptFeatures::of("perfect, that would be all").confirms);
    }

    #[test]
    fn an_acceptance_turned_by_but_asks_for_a_change_and_does_not_confirm() {
        let turned = "good, but less about swiftdata, we're replacing it next quarter";
        assert!(!PromptFeatures::of(turned).confirms);
        assert!(PromptFeatures::of("good, ship it").confirms);
        assert!(PromptFeatures::of("nice, that's the one").confirms);
    }

    #[test]
    fn an_acceptance_with_the_check_put_off_is_no_confirmation() {
        for no in [
            "nice, ill try it on the sim later",
            "great. I'll test it tomorrow",
            "looks good, we'll run it on the box tonight",
            "perfect, i'm gonna try that on monday",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
        for yes in [
            "yay it works now thank u!! my ta is gonna check it tmrw",
            "great, that's saved me an afternoon. I'll look at the census for the last one",
            "perfect, ill use it for the newsletter",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
    }

    #[test]
    fn an_acceptance_alone_then_a_question_moves_on() {
        for no in [
            "looks good. can you show the error as a banner at the top if reload fails",
            "great. could you add a footer too?",
            "perfect. what about the header?",
            "perfect, thanks. can you add a footer",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
        for yes in
            ["looks good, ship it", "perfect, it prints now. can you add a footer", "perfect"]
        {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
    }

    #[test]
    fn an_acceptance_alone_after_a_report_confirms() {
        for yes in [
            "URP 0 on grafana, broker 4 empty. good. thanks",
            "both sessions up, no flap in the logs. good. commit it",
            "the totals are back to last month's. nice.",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "good. commit it",
            "thanks. nice.",
            "is the lag back to 0? good.",
            "the header is wrong. good otherwise",
            "check the totals agree. good.",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_yes_before_a_bare_subject_and_a_preposition_is_an_answer() {
        for no in ["yes all on whatsapp. need who drives", "yes both of them", "yes all"] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
        for yes in [
            "yes both show up now",
            "yeah that sounds about right, the ev chargers always feel like a good day",
            "yep thats in the console now",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        assert!(!PromptFeatures::of("yes thats like what I'd like").confirms);
    }

    #[test]
    fn the_result_said_to_be_what_the_user_has_on_record_confirms() {
        for yes in [
            "yes thats what I have in the cashbook now, can you put that table in a word doc",
            "that's about what i thought, balayage always comes top",
            "14 wreaths is what we have on the order sheet",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "thats what I meant",
            "that's not what i have",
            "is that what i have in the cashbook?",
            "if thats what we have, drop the rest",
            "that's what i thought, the cache is wrong",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_result_that_looks_as_meant_or_runs_where_used_confirms() {
        for yes in [
            "looker shows the gap filled, numbers look normal. thanks",
            "the figures look sensible to me",
            "runs on my pixel now, camera screen too. ty",
            "loads in safari fine",
            "it opens on my phone now",
            "that sounds about right",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "make the numbers look normal",
            "they should look sensible",
            "look fine to you?",
            "runs are shown on the dashboard",
            "runs on my pixel, but the camera is black",
            "it crashes on my pixel now",
            "you are about right",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_result_said_to_agree_with_a_reference_after_a_dash_or_an_expectation_confirms() {
        for yes in [
            "14 rows, then none - matches the old export",
            "totals line up with last year within what we'd expect",
            "ok its the same as the old report now, thanks",
            "nothing else changed, the totals match now",
            "spot-checked two, they agree with the ledger",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "its the same as before",
            "make it the same as the header now",
            "if it matches now, commit it",
            "the title is off by a year. everything else is right",
            "we agreed the cutoff with finance last week",
            "a row passes when the id matches an entry in the lookup",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn a_display_showing_now_a_symptom_gone_or_a_result_seen_after_a_yes_confirms() {
        for yes in [
            "put them back up and theyre all showing now on the tablet",
            "the warning is gone now",
            "gone now in both browsers, thanks",
            "yep can see them in the dashboard, 4 of them",
            "yes i can see it in the bucket now",
        ] {
            assert!(PromptFeatures::of(yes).confirms, "{yes}");
        }
        for no in [
            "its loading now",
            "yes i can see the error now",
            "can you see them?",
            "make them show now",
        ] {
            assert!(!PromptFeatures::of(no).confirms, "{no}");
        }
    }

    #[test]
    fn nothing_arriving_where_the_user_looks_is_a_failure_report() {
        for yes in [
            "looks fine but i clicked submit and nothing came through to the inbox",
            "nothing appeared on the board",
            "i printed the test page and nothing came out",
        ] {
            assert!(PromptFeatures::of(yes).reports_failure, "{yes}");
        }
        for no in [
            "make sure nothing appears for guests",
            "nothing else changed, thanks",
            "nothing to add, ship it",
            // A result called wrong is a correction by the guide (`step 5 is wrong`), not read.
            "that cant be right, march was our busiest month",
        ] {
            assert!(!PromptFeatures::of(no).reports_failure, "{no}");
        }
    }
}
