//! The report as SQL over the derived `sessions` table: per group, ClickHouse computes the sums,
//! counts, distinct users and the two middle values of each median (`quantilesExact`); the
//! collector only turns those few numbers into the document with the sled path's own code
//! ([`report::assemble`], [`Totals::measures`]), so both paths give the same figures.

use serde_json::Value;

use super::sessions::{TABLE, scope_filter};
use super::{ClickHouseClient, ClickHouseError};
use crate::classifier::{Band, WorkMode};
use crate::report::measures::{BandTotals, Totals, median_of};
use crate::report::{self, Aggregates, GroupBy, Report, ReportQuery};

/// The two middle values of an array's elements: `quantileExact(level)` takes the element at
/// `floor(level × n)` of the sorted values (18.16 and current releases alike), so 0.5 gives the
/// upper middle and a level just under 0.5 the lower one (equal when `n` is odd).
const MIDDLES: &str = "quantilesExactArray(0.4999999999, 0.5)";

/// A prompt array's elements where the prompt has token data.
fn with_tokens(array: &str) -> String {
    format!("arrayFilter((t, h) -> h = 1, {array}, prompt.has_tokens)")
}

/// All four token kinds summed per prompt.
const TOTAL_TOKENS: &str = "arrayMap((a, b, c, d) -> a + b + c + d, prompt.input_tokens, \
     prompt.output_tokens, prompt.cache_read_tokens, prompt.cache_creation_tokens)";

/// The prompts the hook saw (the first `length − native_prompts`) of a prompt array.
fn hook_seen(array: &str) -> String {
    format!("arraySlice({array}, 1, length(prompt.index) - native_prompts)")
}

/// How many prompts of a session the hook saw.
const HOOK_PROMPTS: &str = "(length(prompt.index) - native_prompts)";

/// The SQL of a group's name: what [`group_key`] reads back.
fn group_sql(by: GroupBy) -> &'static str {
    match by {
        GroupBy::All => "''",
        GroupBy::Level => "toString(level)",
        GroupBy::Band => "band",
        GroupBy::Mode => "work_mode",
        GroupBy::Month => "toString(month)",
        GroupBy::Harness => "harness",
        GroupBy::Team => "team",
    }
}

/// A group name from SQL as [`GroupBy::key`] gives it for a session.
fn group_key(by: GroupBy, g: &str) -> (u32, String) {
    match by {
        GroupBy::All => (0, String::new()),
        GroupBy::Level | GroupBy::Month => (g.parse().unwrap_or(0), String::new()),
        GroupBy::Band => {
            (Band::ALL.iter().position(|b| b.as_str() == g).unwrap_or(0) as u32, String::new())
        }
        GroupBy::Mode => {
            let other = WorkMode::ALL.len() - 1;
            (
                WorkMode::ALL.iter().position(|m| m.as_str() == g).unwrap_or(other) as u32,
                String::new(),
            )
        }
        GroupBy::Harness | GroupBy::Team => (0, g.to_string()),
    }
}

/// The sessions a report counts; `groups`: for its groups (else for its months, which count
/// every session, as in the sled path).
fn where_sql(q: &ReportQuery, extra: &[&str], groups: bool) -> String {
    // Sessions without a prompt are not counted (as in the sled path); one known from native
    // telemetry only has no expertise level, so it joins no level or band.
    let mut terms = vec!["length(prompt.index) > 0".to_string()];
    if groups && matches!(q.group_by, GroupBy::Level | GroupBy::Band) {
        terms.push("native_only = 0".into());
    }
    terms.extend(scope_filter(q));
    terms.extend(extra.iter().map(|s| s.to_string()));
    format!(" WHERE {}", terms.join(" AND "))
}

/// Prefix of the aggregates' aliases: ClickHouse aliases are query-wide, so `sum(trouble) AS
/// trouble` would shadow the column it sums.
const ALIAS: &str = "a_";

/// The aggregates of [`Totals`] per group (the `g` column; the others prefixed [`ALIAS`]).
fn totals_sql(db: &str, group: &str, filter: &str) -> String {
    let sql = totals_sql_unprefixed(db, group, filter);
    let mut out = String::with_capacity(sql.len() + 256);
    let mut rest = sql.as_str();
    while let Some(i) = rest.find(" AS ") {
        out.push_str(&rest[..i + 4]);
        rest = &rest[i + 4..];
        if !rest.starts_with("g,") {
            out.push_str(ALIAS);
        }
    }
    out.push_str(rest);
    out
}

fn totals_sql_unprefixed(db: &str, group: &str, filter: &str) -> String {
    let (hw, hpw, ha) =
        (hook_seen("prompt.output_words"), hook_seen("prompt.words"), hook_seen("prompt.actions"));
    let out = with_tokens("prompt.output_tokens");
    // Within a group, each band's hook-seen prompts of sessions the hook saw.
    let band_terms = |band: &str, i: usize| {
        let cond = format!("band = '{band}' AND native_only = 0");
        format!(
            "sumIf(arraySum({ha}), {cond}) AS b{i}_actions, \
             sumIf(arraySum({hw}), {cond}) AS b{i}_words, \
             sumIf({HOOK_PROMPTS}, {cond}) AS b{i}_prompts, \
             uniqExactIf(user, {cond} AND user != '') AS b{i}_users, \
             sumIf(arraySum({out}), {cond}) AS b{i}_out_tokens, \
             sumIf(arrayCount(h -> h = 1, prompt.has_tokens), {cond}) AS b{i}_token_prompts"
        )
    };
    // The novice baseline (every group; read from the WITH TOTALS row): its sessions' prompts.
    let nb = "band = 'novice' AND native_only = 0";
    format!(
        "SELECT {group} AS g, count() AS sessions, sum(native_only) AS native_sessions, \
         uniqExactIf(user, user != '') AS users, \
         sum(length(prompt.index)) AS prompts, sum(arraySum(prompt.actions)) AS actions, \
         sum({HOOK_PROMPTS}) AS word_prompts, sum(arraySum({hw})) AS words, \
         {MIDDLES}(prompt.actions) AS actions_mid, {MIDDLES}({hw}) AS words_mid, \
         sum(arraySum(arrayMap((w, pw) -> if(pw > 0, w / pw, 0), {hw}, {hpw}))) AS wpw_sum, \
         sum(arrayCount(pw -> pw > 0, {hpw})) AS wpw_n, \
         countIf(actions > 100 * length(prompt.index)) AS heavy, \
         sum(verified_success) AS verified, sum(evidence_tests_passed) AS ev_tests, \
         sum(evidence_commit) AS ev_commit, sum(evidence_user_confirmation) AS ev_confirm, \
         sum(trouble) AS trouble, countIf(trouble = 1 AND verified_success = 1) AS \
         trouble_verified, sum(abandoned) AS abandoned, \
         sumIf(planning_user, native_only = 0) AS planning_user, \
         sumIf(planning_agent, native_only = 0) AS planning_agent, \
         sumIf(execution_user, native_only = 0) AS execution_user, \
         sumIf(execution_agent, native_only = 0) AS execution_agent, \
         sum(mode_agreement) AS agrees, {nov}, {exp}, \
         sum(arrayCount(h -> h = 1, prompt.has_tokens)) AS token_prompts, \
         sum(arraySum({out})) AS out_tokens, {MIDDLES}({out}) AS out_tokens_mid, \
         sum(arraySum({total})) AS total_tokens, {MIDDLES}({total}) AS total_tokens_mid, \
         uniqExactIf(user, {nb} AND user != '') AS nb_users, \
         sumIf(length(prompt.index), {nb}) AS nb_prompts, \
         sumIf(arraySum(prompt.actions), {nb}) AS nb_actions, \
         sumIf({HOOK_PROMPTS}, {nb}) AS nb_word_prompts, sumIf(arraySum({hw}), {nb}) AS nb_words, \
         sumIf(arrayCount(h -> h = 1, prompt.has_tokens), {nb}) AS nb_token_prompts, \
         sumIf(arraySum({out}), {nb}) AS nb_out_tokens \
         FROM {db}.{TABLE} FINAL{filter} GROUP BY g WITH TOTALS FORMAT JSON",
        nov = band_terms("novice", 0),
        exp = band_terms("expert", 1),
        total = with_tokens(TOTAL_TOKENS),
    )
}

/// The novice baseline from the WITH TOTALS row.
fn baseline(v: &Value) -> Result<Totals, ClickHouseError> {
    let n = |k: &str| num(v, &format!("{ALIAS}nb_{k}"));
    Ok(Totals {
        users: n("users")?,
        prompts: n("prompts")?,
        actions: n("actions")?,
        word_prompts: n("word_prompts")?,
        words: n("words")?,
        token_prompts: n("token_prompts")?,
        output_tokens: n("out_tokens")?,
        ..Totals::default()
    })
}

fn num(v: &Value, key: &str) -> Result<u64, ClickHouseError> {
    match &v[key] {
        Value::Number(n) => n.as_u64().or_else(|| n.as_f64().map(|f| f as u64)),
        // 64-bit integers come back quoted from a server that ignores the setting.
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
    .ok_or_else(|| ClickHouseError::BadResult(format!("{key} in {v}")))
}

fn real(v: &Value, key: &str) -> Result<f64, ClickHouseError> {
    match &v[key] {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
    .ok_or_else(|| ClickHouseError::BadResult(format!("{key} in {v}")))
}

fn middles(v: &Value, key: &str, n: u64) -> Result<Option<f64>, ClickHouseError> {
    let pair = v[key].as_array().filter(|a| a.len() == 2).ok_or_else(|| {
        ClickHouseError::BadResult(format!("{key} is not two middle values in {v}"))
    })?;
    let at = |i: usize| num(&serde_json::json!({ "x": pair[i] }), "x");
    Ok(median_of(n, at(0)?, at(1)?))
}

fn totals(row: &Value) -> Result<Totals, ClickHouseError> {
    // The aliases without their prefix.
    let v = &Value::Object(
        row.as_object()
            .into_iter()
            .flatten()
            .map(|(k, x)| (k.strip_prefix(ALIAS).unwrap_or(k).to_string(), x.clone()))
            .collect(),
    );
    let band = |i: usize| -> Result<BandTotals, ClickHouseError> {
        Ok(BandTotals {
            actions: num(v, &format!("b{i}_actions"))?,
            words: num(v, &format!("b{i}_words"))?,
            prompts: num(v, &format!("b{i}_prompts"))?,
            users: num(v, &format!("b{i}_users"))?,
        })
    };
    let band_tokens = |i: usize| -> Result<(u64, u64), ClickHouseError> {
        Ok((num(v, &format!("b{i}_out_tokens"))?, num(v, &format!("b{i}_token_prompts"))?))
    };
    let prompts = num(v, "prompts")?;
    let word_prompts = num(v, "word_prompts")?;
    let token_prompts = num(v, "token_prompts")?;
    Ok(Totals {
        sessions: num(v, "sessions")?,
        native_sessions: num(v, "native_sessions")?,
        users: num(v, "users")?,
        prompts,
        word_prompts,
        actions: num(v, "actions")?,
        words: num(v, "words")?,
        actions_median: middles(v, "actions_mid", prompts)?,
        words_median: middles(v, "words_mid", word_prompts)?,
        words_per_prompt_word_sum: real(v, "wpw_sum")?,
        words_per_prompt_word_n: num(v, "wpw_n")?,
        heavy: num(v, "heavy")?,
        verified: num(v, "verified")?,
        ev_tests: num(v, "ev_tests")?,
        ev_commit: num(v, "ev_commit")?,
        ev_confirm: num(v, "ev_confirm")?,
        trouble: num(v, "trouble")?,
        trouble_verified: num(v, "trouble_verified")?,
        abandoned: num(v, "abandoned")?,
        planning: (num(v, "planning_user")?, num(v, "planning_agent")?),
        execution: (num(v, "execution_user")?, num(v, "execution_agent")?),
        agrees: num(v, "agrees")?,
        within: [band(0)?, band(1)?],
        token_prompts,
        output_tokens: num(v, "out_tokens")?,
        output_tokens_median: middles(v, "out_tokens_mid", token_prompts)?,
        total_tokens: num(v, "total_tokens")?,
        total_tokens_median: middles(v, "total_tokens_mid", token_prompts)?,
        within_tokens: [band_tokens(0)?, band_tokens(1)?],
        cost: 0.0,
        priced_prompts: 0,
    })
}

async fn rows(client: &ClickHouseClient, sql: &str) -> Result<Vec<Value>, ClickHouseError> {
    let mut out = Vec::new();
    client
        .for_each_row(sql, |line| {
            out.push(
                serde_json::from_slice(line)
                    .map_err(|e| ClickHouseError::BadResult(e.to_string()))?,
            );
            Ok(())
        })
        .await?;
    Ok(out)
}

/// Per group: totals; the `novice` band over every group; per month: sessions per mode and
/// distinct users; with prices, the priced prompts' tokens per group and model.
pub async fn aggregates(
    client: &ClickHouseClient,
    q: &ReportQuery,
) -> Result<Aggregates, ClickHouseError> {
    let db = &client.database;
    let by = q.group_by;
    let filter = where_sql(q, &[], true);
    let body = client.execute(&totals_sql(db, group_sql(by), &filter)).await?;
    let doc: Value =
        serde_json::from_str(&body).map_err(|e| ClickHouseError::BadResult(e.to_string()))?;
    let mut groups = Vec::new();
    for v in doc["data"].as_array().into_iter().flatten() {
        let (rank, name) = group_key(by, v["g"].as_str().unwrap_or(""));
        groups.push((rank, name, totals(v)?));
    }
    // WITH TOTALS: the same aggregates over every group at once; its novice-band columns are
    // the baseline (distinct novice users counted over all groups, not summed).
    let novice = match doc["totals"].is_object() && !groups.is_empty() {
        true => baseline(&doc["totals"])?,
        false => Totals::default(),
    };
    let modes: Vec<String> = WorkMode::ALL
        .iter()
        .enumerate()
        .map(|(i, m)| format!("countIf(work_mode = '{}') AS m{i}", m.as_str()))
        .collect();
    let months_sql = format!(
        "SELECT month, {}, uniqExactIf(user, user != '') AS users FROM {db}.{TABLE} FINAL{months_filter} \
         GROUP BY month FORMAT JSONEachRow",
        modes.join(", "),
        months_filter = where_sql(q, &[], false),
    );
    let mut months = Vec::new();
    for v in rows(client, &months_sql).await? {
        let mut counts = [0u64; 9];
        for (i, c) in counts.iter_mut().enumerate() {
            *c = num(&v, &format!("m{i}"))?;
        }
        months.push((num(&v, "month")? as u32, counts, num(&v, "users")?));
    }
    if !q.prices.0.is_empty() {
        let cost_sql = format!(
            "SELECT {g} AS g, model, count() AS n, sum(i) AS si, sum(o) AS so, sum(cr) AS scr, \
             sum(cc) AS scc FROM {db}.{TABLE} FINAL ARRAY JOIN prompt.model AS model, \
             prompt.has_tokens AS h, prompt.input_tokens AS i, prompt.output_tokens AS o, \
             prompt.cache_read_tokens AS cr, prompt.cache_creation_tokens AS cc{filter} \
             AND h = 1 AND model != '' GROUP BY g, model FORMAT JSONEachRow",
            g = group_sql(by)
        );
        for v in rows(client, &cost_sql).await? {
            let Some(price) = v["model"].as_str().and_then(|m| q.prices.price(m)) else {
                continue;
            };
            let key = group_key(by, v["g"].as_str().unwrap_or(""));
            let tokens = [num(&v, "si")?, num(&v, "so")?, num(&v, "scr")?, num(&v, "scc")?];
            if let Some(g) = groups.iter_mut().find(|g| (g.0, &g.1) == (key.0, &key.1)) {
                // Prices are per token, so a model's summed tokens cost what its prompts do.
                g.2.cost += price.cost(tokens);
                g.2.priced_prompts += num(&v, "n")?;
            }
        }
    }
    Ok(Aggregates { groups, novice, months })
}

/// The report document, computed in ClickHouse.
pub async fn build(client: &ClickHouseClient, q: &ReportQuery) -> Result<Report, ClickHouseError> {
    Ok(report::assemble(aggregates(client, q).await?, q))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assembler::summary::Summary;

    #[test]
    fn group_names_from_sql_sort_like_the_sled_keys() {
        let s = Summary {
            level: 4,
            mode: 2,
            started: 1_768_471_200_000_000_000,
            harness: "codex".into(),
            ..Summary::default()
        };
        let sql_name = |by| match by {
            GroupBy::All => String::new(),
            GroupBy::Level => "4".into(),
            GroupBy::Band => "expert".into(),
            GroupBy::Mode => "testing".into(),
            GroupBy::Month => "202601".into(),
            GroupBy::Harness => "codex".into(),
            GroupBy::Team => String::new(),
        };
        for by in GroupBy::EVERY {
            let (rank, name) = by.key(&s);
            assert_eq!(group_key(by, &sql_name(by)), (rank, name.to_string()), "{by:?}");
        }
    }

    #[test]
    fn aggregate_aliases_never_shadow_a_column() {
        let sql = totals_sql("db", "band", " WHERE 1");
        assert!(sql.starts_with("SELECT band AS g, count() AS a_sessions,"), "{sql}");
        assert!(sql.contains("sum(trouble) AS a_trouble,"), "{sql}");
        assert!(!sql.contains(" AS trouble"), "{sql}");
    }
}
