//! What the rules read of an action, tallied per prompt ([`ActionTally`]): the classifiers judge
//! a session from these bounded counts and marks, so its cost follows its prompts, not its spans.

use super::work_mode::{CONFIG_EXTENSIONS, DATA_EXTENSIONS, DATA_FILE_EXTENSIONS, DOC_EXTENSIONS};
use crate::model::{ActionMark, ActionTally, EventCause, SpanFacts};

/// The tally of one action.
pub fn tally(a: &SpanFacts) -> ActionTally {
    let n = |b: bool| u64::from(b);
    let ext = |list: &[&str]| list.contains(&a.file_extension.as_str());
    let edit = a.category == "edit" || a.category == "write";
    let kind = a.command_kind.as_str();
    // One trouble event per action, named by its most telling cause.
    let trouble = if a.test_outcome == "failed" {
        Some(EventCause::TestsFailed)
    } else if a.retry {
        Some(EventCause::Retry)
    } else if a.failed {
        Some(EventCause::ActionFailed)
    } else {
        None
    };
    let passed = a.test_outcome == "passed";
    let evidence = [(passed, EventCause::TestsPassed), (a.commit, EventCause::Commit)];
    let causes = trouble.into_iter().chain(evidence.into_iter().filter(|e| e.0).map(|e| e.1));
    let mark = |cause| ActionMark { start: a.start, span_id: a.span_id, cause };
    let (trouble, evidence) = (trouble.is_some(), passed || a.commit);
    ActionTally {
        actions: 1,
        subagent: n(a.subagent),
        edits: n(edit),
        edits_with_lines: n(edit && (a.lines_added > 0 || a.lines_removed > 0)),
        doc_edits: n(edit && ext(&DOC_EXTENSIONS)),
        data_work: n(kind == "data" || ext(&DATA_FILE_EXTENSIONS)),
        data_touch: n(kind == "data" || ext(&DATA_EXTENSIONS)),
        operate: n(kind == "operate"),
        operate_or_install: n(kind == "operate" || kind == "install"),
        code_writes: n(a.category == "write"
            && a.lines_added > 0
            && !ext(&DOC_EXTENSIONS)
            && !ext(&DATA_FILE_EXTENSIONS)
            && !ext(&CONFIG_EXTENSIONS)),
        tests: n(kind == "test" || !a.test_outcome.is_empty()),
        changes: n(edit || a.commit || matches!(kind, "operate" | "install" | "data")),
        plans: n(a.category == "plan"),
        looks: n(matches!(a.category.as_str(), "read" | "search" | "web")),
        execution: n(matches!(a.category.as_str(), "edit" | "write" | "shell")),
        trouble: n(trouble),
        tests_passed: n(a.test_outcome == "passed"),
        commits: n(a.commit),
        other_edits: n(edit && !ext(&DOC_EXTENSIONS) && !ext(&DATA_FILE_EXTENSIONS)),
        last_trouble: trouble.then_some((a.start, a.span_id)),
        last_evidence: evidence.then_some((a.start, a.span_id)),
        marks: causes.map(mark).collect(),
        marks_left_out: 0,
    }
}

/// The tally of several actions.
pub fn tally_all<'a>(actions: impl IntoIterator<Item = &'a SpanFacts>) -> ActionTally {
    let mut t = ActionTally::default();
    for a in actions {
        t.add(&tally(a));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(category: &str, extension: &str, command_kind: &str) -> SpanFacts {
        SpanFacts {
            category: category.into(),
            file_extension: extension.into(),
            command_kind: command_kind.into(),
            lines_added: 12,
            ..SpanFacts::default()
        }
    }

    #[test]
    fn a_query_file_is_code_and_running_it_against_data_is_data_work() {
        // A dbt model or a migration written is code that the session builds.
        let model = tally(&action("write", "sql", ""));
        assert_eq!((model.code_writes, model.data_work), (1, 0));
        assert_eq!(tally(&action("read", "sql", "")).data_work, 0);
        // A query run (`bq query`, `psql -f`) and a table touched are data work.
        assert_eq!(tally(&action("shell", "", "data")).data_work, 1);
        assert_eq!(tally(&action("read", "csv", "")).data_work, 1);
    }
}
