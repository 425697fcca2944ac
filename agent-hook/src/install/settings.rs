//! Merging the hook's entries into a settings value and taking them out, touching nothing else.

use serde_json::{Map, Value, json};

use crate::harness::Harness;

/// True when a handler command runs `agent-hook <harness>` (possibly quoted, any path).
pub fn is_ours(command: &str, harness: &str) -> bool {
    let mut rest = command;
    while let Some(at) = rest.find("agent-hook") {
        let after = rest[at + "agent-hook".len()..].trim_start_matches(['"', '\'']);
        if after.starts_with(char::is_whitespace) && after.trim_start().starts_with(harness) {
            return true;
        }
        rest = &rest[at + 1..];
    }
    false
}

fn handler_is_ours(handler: &Value, harness: &str) -> bool {
    handler.get("command").and_then(Value::as_str).is_some_and(|c| is_ours(c, harness))
}

/// Why a settings file cannot be edited safely.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape(pub String);

/// Adds or updates the hook's handler for every event of `harness`; returns one line per change.
pub fn merge(settings: &mut Value, harness: &Harness, command: &str) -> Result<Vec<String>, Shape> {
    let root =
        settings.as_object_mut().ok_or_else(|| Shape("the top level is not an object".into()))?;
    let hooks = root.entry("hooks").or_insert_with(|| Value::Object(Map::new()));
    let hooks = hooks.as_object_mut().ok_or_else(|| Shape("`hooks` is not an object".into()))?;
    let wanted = harness.handler(command);
    let mut changes = Vec::new();
    for event in harness.event_names() {
        let groups = hooks.entry(event).or_insert_with(|| Value::Array(Vec::new()));
        let groups = groups
            .as_array_mut()
            .ok_or_else(|| Shape(format!("`hooks.{event}` is not an array")))?;
        let existing = groups.iter_mut().find_map(|group| {
            group
                .get_mut("hooks")?
                .as_array_mut()?
                .iter_mut()
                .find(|h| handler_is_ours(h, harness.name))
        });
        match existing {
            Some(found) if *found == wanted => {}
            Some(found) => {
                *found = wanted.clone();
                changes.push(format!("~ hooks.{event}: updated to `{command}`"));
            }
            None => {
                let mut group = Map::new();
                if harness.tool_events.contains(&event) {
                    group.insert("matcher".into(), json!("*"));
                }
                group.insert("hooks".into(), json!([wanted.clone()]));
                groups.push(Value::Object(group));
                let matcher =
                    if harness.tool_events.contains(&event) { " (matcher \"*\")" } else { "" };
                changes.push(format!("+ hooks.{event}: `{command}`{matcher}"));
            }
        }
    }
    Ok(changes)
}

/// Removes every handler running `agent-hook <harness>`, then the groups, event arrays and the
/// `hooks` object that it left empty; returns one line per change.
pub fn remove(settings: &mut Value, harness: &Harness) -> Result<Vec<String>, Shape> {
    let Some(root) = settings.as_object_mut() else {
        return Err(Shape("the top level is not an object".into()));
    };
    let Some(hooks) = root.get_mut("hooks").and_then(Value::as_object_mut) else {
        return Ok(Vec::new());
    };
    let mut changes = Vec::new();
    let mut emptied = Vec::new();
    for (event, groups) in hooks.iter_mut() {
        let Some(groups) = groups.as_array_mut() else {
            continue;
        };
        let mut removed = 0;
        groups.retain_mut(|group| {
            let Some(handlers) = group.get_mut("hooks").and_then(Value::as_array_mut) else {
                return true;
            };
            let before = handlers.len();
            handlers.retain(|h| !handler_is_ours(h, harness.name));
            removed += before - handlers.len();
            // A group we emptied goes; one that was already empty stays.
            !(handlers.is_empty() && before > 0)
        });
        if removed > 0 {
            changes.push(format!("- hooks.{event}: {removed} agent-hook handler(s)"));
            if groups.is_empty() {
                emptied.push(event.clone());
            }
        }
    }
    for event in &emptied {
        hooks.shift_remove(event);
    }
    if !changes.is_empty() && hooks.is_empty() {
        root.shift_remove("hooks");
    }
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_recognised_with_paths_and_quotes() {
        assert!(is_ours("/usr/local/bin/agent-hook claude-code", "claude-code"));
        assert!(is_ours(
            "'/my tools/agent-hook' claude-code --endpoint http://x:4317",
            "claude-code"
        ));
        assert!(is_ours("agent-hook gemini-cli", "gemini-cli"));
        assert!(!is_ours("agent-hook gemini-cli", "claude-code"));
        assert!(!is_ours("agent-hook status", "claude-code"));
        assert!(!is_ours("my-agent-hook-wrapper claude-code", "claude-code"));
        assert!(!is_ours("python3 log.py", "claude-code"));
    }
}
