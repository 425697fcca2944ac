//! The telemetry contract is documented: every span name, attribute key and value defined in
//! `proto/src/telemetry.rs` appears in `proto/TELEMETRY.md`.

#[test]
fn every_contract_constant_is_documented_in_telemetry_md() {
    let root = env!("CARGO_MANIFEST_DIR");
    let code = std::fs::read_to_string(format!("{root}/proto/src/telemetry.rs")).unwrap();
    let doc = std::fs::read_to_string(format!("{root}/proto/TELEMETRY.md")).unwrap();
    let mut missing = Vec::new();
    for line in code.lines().filter(|l| l.trim_start().starts_with("pub const")) {
        // Tables (`&[...]` of other constants or of tool names) have no literal on the line.
        let Some(value) = line.split('"').nth(1) else { continue };
        if !doc.contains(&format!("`{value}`")) && !doc.contains(value) {
            missing.push(value.to_string());
        }
    }
    assert!(missing.is_empty(), "undocumented in proto/TELEMETRY.md: {missing:?}");
}
