// Coxswain dashboard: reads /v1/report and /v1/sessions* with the tab's token and draws them.
// Every figure comes from the API; this file only formats and draws (no second computation).
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const TOKEN_KEY = "coxswain.token";
const main = document.getElementById("main");
let renderStarted = 0;

// Errors are counted on <body data-errors> so the browser test can see them.
function countError(msg) {
  const b = document.body;
  b.dataset.errors = String(Number(b.dataset.errors || 0) + 1);
  b.dataset.lastError = String(msg).slice(0, 300);
}
window.addEventListener("error", (e) => countError(e.message));
window.addEventListener("unhandledrejection", (e) => countError(e.reason));

// ---- state in the URL (#page=…&since=…&until=…&by=…&session=…) ----
function state() {
  return new URLSearchParams(location.hash.slice(1));
}
function link(changes) {
  const s = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === "") s.delete(k); else s.set(k, v);
  }
  return "#" + s.toString();
}

// ---- elements ----
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}
function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

// ---- formatting ----
const KINDS = {
  rate: (v) => (v * 100).toFixed(1) + " %",
  mult: (v) => v.toFixed(2) + "×",
  mean: (v) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(2)),
  count: (v) => Math.round(v).toLocaleString("en-US"),
};
function fmt(v, kind) {
  return v === null || v === undefined ? "–" : KINDS[kind](v);
}

// ---- API ----
class Unauthorized extends Error {}
class Forbidden extends Error {}
function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: "Bearer " + token } : {};
}
async function api(path) {
  const r = await fetch(path, { headers: authHeaders() });
  if (r.status === 401) throw new Unauthorized();
  if (r.status === 403) throw new Forbidden();
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}
function windowParams(extra) {
  const s = state();
  const p = new URLSearchParams(extra || {});
  if (s.get("since")) p.set("since", s.get("since"));
  if (s.get("until")) p.set("until", s.get("until"));
  return p.toString();
}
function report(by) {
  return api("/v1/report?" + windowParams({ by }));
}

// ---- charts: every chart is an SVG image with a table of its numbers ----
// rows: [{label, value, ref, suppressed, note, key}]; kind: a KINDS key.
function barChart(title, reading, rows, kind, columns) {
  const id = "c" + Math.random().toString(36).slice(2, 9);
  const W = 420, rowH = 26, left = 110, right = 70;
  const H = rows.length * rowH + 10;
  const max = Math.max(1e-9, ...rows.map((r) => Math.max(r.value || 0, r.ref || 0)));
  const x = (v) => left + (v / max) * (W - left - right);
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": id + "-t " + id + "-d" });
  g.append(svg("title", { id: id + "-t" }, title));
  g.append(svg("desc", { id: id + "-d" }, reading || "Values in the table below."));
  rows.forEach((r, i) => {
    const y = 5 + i * rowH;
    g.append(svg("text", { x: left - 6, y: y + 16, "text-anchor": "end" }, r.label));
    if (r.suppressed) {
      g.append(svg("rect", { x: left, y: y + 3, width: W - left - right, height: rowH - 8, fill: "none", stroke: "#767676", "stroke-dasharray": "3 3" }));
      g.append(svg("text", { x: left + 6, y: y + 16, fill: "#595959" }, "suppressed"));
      return;
    }
    if (r.value !== null && r.value !== undefined) {
      g.append(svg("rect", { x: left, y: y + 3, width: Math.max(1, x(r.value) - left), height: rowH - 8, fill: "#2f5fa7" }));
      g.append(svg("text", { x: x(r.value) + 4, y: y + 16 }, fmt(r.value, kind)));
    } else {
      g.append(svg("text", { x: left + 4, y: y + 16, fill: "#595959" }, "no data"));
    }
    if (r.ref !== null && r.ref !== undefined) {
      g.append(svg("line", { x1: x(r.ref), x2: x(r.ref), y1: y, y2: y + rowH - 2, stroke: "#111", "stroke-width": 2, "stroke-dasharray": "4 2" }));
    }
  });
  const fig = el("figure", { "aria-labelledby": id + "-cap" });
  fig.append(el("figcaption", { id: id + "-cap" }, title));
  if (reading) fig.append(el("p", { class: "reading" }, reading));
  fig.append(g);
  fig.append(scroll(table(title, rows, kind, columns || [])));
  return fig;
}

function table(title, rows, kind, columns) {
  const hasRef = rows.some((r) => r.ref !== null && r.ref !== undefined);
  const head = el("tr", {}, el("th", { scope: "col" }, "Group"), el("th", { scope: "col" }, "Value"));
  if (hasRef) head.append(el("th", { scope: "col" }, "Study"));
  for (const c of columns) head.append(el("th", { scope: "col" }, c.title));
  const hasNote = rows.some((r) => r.note);
  if (hasNote) head.append(el("th", { scope: "col" }, "Note"));
  const t = el("table", {}, el("caption", {}, title + ": numbers"), el("thead", {}, head));
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr", {}, el("th", { scope: "row" }, r.label));
    tr.append(cell(r, r.key, r.value, kind));
    if (hasRef) tr.append(el("td", {}, fmt(r.ref, kind)));
    for (const c of columns) tr.append(cell(r, c.key(r), c.value(r), c.kind));
    if (hasNote) tr.append(el("td", { class: "note" }, r.note || ""));
    body.append(tr);
  }
  t.append(body);
  return t;
}

function cell(r, key, value, kind) {
  if (r.suppressed) return el("td", { class: "suppressed", "data-key": key, title: r.note || "" }, "suppressed");
  return el("td", { "data-key": key, "data-value": value === null || value === undefined ? "" : String(value) }, fmt(value, kind));
}

// A wide table scrolls inside its figure (keyboard users reach it by Tab).
function scroll(t) {
  return el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": t.querySelector("caption").textContent }, t);
}

// Report rows as chart rows for one measure (study reference per band when the study has one).
function rowsOf(rep, measure, refByGroup) {
  const fig = rep.study[measure];
  return rep.rows.map((r) => ({
    label: r.group,
    value: r[measure],
    ref: refByGroup ? (fig && fig.by_band ? fig.by_band[r.group] : undefined) : undefined,
    suppressed: r.suppressed,
    note: r.note,
    key: `${rep.group_by}:${r.group}:${measure}`,
    row: r,
  }));
}
function studyText(rep, measure) {
  const f = rep.study[measure];
  return f ? "study: " + f.figure : "";
}
function rowOf(rep, group) {
  return rep.rows.find((r) => r.group === group && !r.suppressed);
}

// ---- pages ----
async function overview() {
  const [bands, all] = await Promise.all([report("band"), report("all")]);
  const expert = rowOf(bands, "expert");
  const novice = rowOf(bands, "novice");
  const grid = el("div", { class: "grid" });
  const say = (subject, v, kind, measure, rep, what) =>
    [`${subject}: ${v === null || v === undefined ? "not available (suppressed or no data)" : fmt(v, kind) + (what || "")}`, studyText(rep, measure)].filter(Boolean).join("; ");
  grid.append(barChart("Actions per prompt (mean) by band",
    say("experts here", expert && expert.actions_multiplier, "mult", "actions_multiplier", bands, " novice actions"),
    rowsOf(bands, "actions_per_prompt_mean", true), "mean",
    [{ title: "× novice", kind: "mult", key: (r) => r.key.replace("actions_per_prompt_mean", "actions_multiplier"), value: (r) => r.row.actions_multiplier }]));
  grid.append(barChart("Output words per prompt (mean) by band",
    say("experts here", expert && expert.words_multiplier, "mult", "words_multiplier", bands, " novice words"),
    rowsOf(bands, "output_words_per_prompt_mean", true), "mean",
    [{ title: "× novice", kind: "mult", key: (r) => r.key.replace("output_words_per_prompt_mean", "words_multiplier"), value: (r) => r.row.words_multiplier }]));
  const ev = (name, field) => ({ title: name, kind: "count", key: (r) => r.key.replace("verified_success_rate", "evidence." + field), value: (r) => r.row.evidence ? r.row.evidence[field] : null });
  grid.append(barChart("Verified success by band",
    say("novices here", novice && novice.verified_success_rate, "rate", "verified_success_rate", bands),
    rowsOf(bands, "verified_success_rate", true), "rate",
    [ev("tests passed", "tests_passed"), ev("commit", "commit"), ev("user confirmed", "user_confirmation")]));
  grid.append(barChart("Success in trouble by band",
    say("experts here", expert && expert.success_in_trouble_rate, "rate", "success_in_trouble_rate", bands),
    rowsOf(bands, "success_in_trouble_rate", true), "rate",
    [{ title: "in trouble", kind: "count", key: (r) => r.key.replace("success_in_trouble_rate", "sessions_in_trouble"), value: (r) => r.row.sessions_in_trouble }]));
  grid.append(barChart("Abandonment by band",
    say("novices here", novice && novice.abandonment_rate, "rate", "abandonment_rate", bands),
    rowsOf(bands, "abandonment_rate", true), "rate",
    [{ title: "abandoned", kind: "count", key: (r) => r.key.replace("abandonment_rate", "abandoned"), value: (r) => r.row.abandoned }]));
  const a = rowOf(all, "all");
  const labour = ["planning_user_share", "execution_agent_share"].map((m) => ({
    label: m === "planning_user_share" ? "user plans" : "agent executes",
    value: a ? a[m] : null,
    ref: all.study[m] ? all.study[m].value : null,
    suppressed: !a,
    note: a ? null : (all.rows[0] && all.rows[0].note) || "no sessions",
    key: `all:all:${m}`,
  }));
  grid.append(barChart("Division of labour",
    `planning by users here: ${fmt(a && a.planning_user_share, "rate")}; ${studyText(all, "planning_user_share")}`,
    labour, "rate"));
  grid.append(barChart("Share of heavy sessions (over 100 actions per prompt)",
    say("here", a && a.heavy_session_share, "rate", "heavy_session_share", all),
    rowsOf(all, "heavy_session_share", false).map((r) => ({ ...r, ref: all.study.heavy_session_share.value })), "rate"));
  // Tokens per prompt, when the hooks sent token counts.
  if (a && a.prompts_with_tokens > 0) {
    grid.append(barChart("Output tokens per prompt (mean) by band",
      say("experts here", expert && expert.output_tokens_multiplier, "mult", "output_tokens_per_prompt_mean", bands, " novice output tokens"),
      rowsOf(bands, "output_tokens_per_prompt_mean", true), "mean",
      [{ title: "× novice", kind: "mult", key: (r) => r.key.replace("output_tokens_per_prompt_mean", "output_tokens_multiplier"), value: (r) => r.row.output_tokens_multiplier },
        { title: "all tokens", kind: "mean", key: (r) => r.key.replace("output_tokens_per_prompt_mean", "tokens_per_prompt_mean"), value: (r) => r.row.tokens_per_prompt_mean }]));
  }
  return [el("h2", {}, "Overview"), summary(all), grid];
}

function summary(all) {
  const a = all.rows[0];
  const text = !a ? "No sessions in this window."
    : a.suppressed ? "All sessions: suppressed. " + (a.note || "")
    : `${fmt(a.sessions, "count")} sessions, ${fmt(a.users, "count")} users, ${fmt(a.prompts, "count")} prompts; k = ${all.min_group_users}` + (all.team ? `; team ${all.team}` : "");
  return el("p", {}, text);
}

async function trends() {
  const rep = await report("month");
  const grid = el("div", { class: "grid" });
  grid.append(modeMix(rep));
  grid.append(barChart("Verified success by month", studyText(rep, "verified_success_rate"), rowsOf(rep, "verified_success_rate", false), "rate"));
  grid.append(barChart("Expert multiplier (actions) by month", studyText(rep, "actions_multiplier"),
    rowsOf(rep, "expert_vs_novice_actions_multiplier", false).map((r) => ({ ...r, ref: rep.study.actions_multiplier.value })), "mult"));
  grid.append(barChart("Expert multiplier (words) by month", studyText(rep, "words_multiplier"),
    rowsOf(rep, "expert_vs_novice_words_multiplier", false).map((r) => ({ ...r, ref: rep.study.words_multiplier.value })), "mult"));
  grid.append(barChart("Sessions by month", "", rowsOf(rep, "sessions", false), "count"));
  return [el("h2", {}, "Trends by month"), grid];
}

const MODE_COLOURS = ["#2f5fa7", "#b5541c", "#3d7d3a", "#7b3f99", "#8a6d00", "#1f7a80", "#a3334f", "#555c66", "#9c6b4e"];
function modeMix(rep) {
  const months = rep.work_mode_by_month;
  const modes = [];
  for (const m of months) for (const k of Object.keys(m.shares || {})) if (!modes.includes(k)) modes.push(k);
  const title = "Work-mode composition by month";
  const reading = studyText(rep, "work_mode_by_month");
  const W = 420, left = 70, rowH = 24, H = months.length * rowH + 10;
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title + ". " + reading + " Numbers in the table below." });
  months.forEach((m, i) => {
    const y = 5 + i * rowH;
    g.append(svg("text", { x: left - 6, y: y + 15, "text-anchor": "end" }, m.month));
    if (m.suppressed) {
      g.append(svg("text", { x: left + 4, y: y + 15, fill: "#595959" }, "suppressed"));
      return;
    }
    let x = left;
    modes.forEach((mode, j) => {
      const w = (m.shares[mode] || 0) * (W - left - 10);
      if (w > 0) g.append(svg("rect", { x, y: y + 2, width: w, height: rowH - 6, fill: MODE_COLOURS[j % MODE_COLOURS.length] }, svg("title", {}, `${m.month} ${mode}: ${fmt(m.shares[mode], "rate")}`)));
      x += w;
    });
  });
  const legend = el("ul", { class: "legend", "aria-label": "Colours" }, ...modes.map((mode, j) =>
    el("li", {}, el("span", { class: "swatch", style: null, "data-colour": String(j % MODE_COLOURS.length) }), mode)));
  const head = el("tr", {}, el("th", { scope: "col" }, "Month"), el("th", { scope: "col" }, "Sessions"), ...modes.map((m) => el("th", { scope: "col" }, m)), el("th", { scope: "col" }, "Note"));
  const body = el("tbody");
  for (const m of months) {
    const r = { suppressed: m.suppressed, note: m.note };
    const tr = el("tr", {}, el("th", { scope: "row" }, m.month), cell(r, `month:${m.month}:sessions`, m.sessions, "count"));
    for (const mode of modes) tr.append(cell(r, `month:${m.month}:${mode}`, m.shares ? m.shares[mode] : null, "rate"));
    tr.append(el("td", { class: "note" }, m.note || ""));
    body.append(tr);
  }
  return el("figure", { class: "wide" }, el("figcaption", {}, title), el("p", { class: "reading" }, reading), g, legend,
    scroll(el("table", {}, el("caption", {}, title + ": numbers"), el("thead", {}, head), body)));
}

const BREAKDOWN = [
  ["sessions", "Sessions", "count"],
  ["actions_per_prompt_mean", "Actions per prompt (mean)", "mean"],
  ["output_words_per_prompt_mean", "Output words per prompt (mean)", "mean"],
  ["verified_success_rate", "Verified success", "rate"],
  ["trouble_rate", "Sessions in trouble", "rate"],
  ["success_in_trouble_rate", "Success in trouble", "rate"],
  ["abandonment_rate", "Abandonment", "rate"],
  ["heavy_session_share", "Heavy sessions", "rate"],
];
async function breakdown() {
  const by = state().get("by") || "mode";
  const rep = await report(by);
  const grid = el("div", { class: "grid" });
  for (const [m, title, kind] of BREAKDOWN) {
    const fig = rep.study[m];
    grid.append(barChart(`${title} by ${by}`, fig ? "study: " + fig.figure : "",
      rowsOf(rep, m, false).map((r) => ({ ...r, ref: fig ? fig.value : null })), kind));
  }
  return [el("h2", {}, "Breakdown by " + by), summary(await report("all")), grid];
}

async function sessions() {
  const id = state().get("session");
  if (id) return sessionPage(id);
  const list = await api("/v1/sessions?" + windowParams({ limit: "100" }));
  const head = el("tr", {}, ...["Session", "Started", "Harness", "Team", "Band", "Mode", "Prompts", "Actions", "Verified", "Trouble", "Abandoned"].map((h) => el("th", { scope: "col" }, h)));
  const body = el("tbody");
  for (const s of list.sessions) {
    body.append(el("tr", {},
      el("th", { scope: "row" }, el("a", { href: link({ session: s.session_id }) }, s.session_id)),
      el("td", {}, s.started_at), el("td", {}, s.harness), el("td", {}, s.team || "–"),
      el("td", {}, s.band), el("td", {}, s.work_mode), el("td", {}, String(s.prompts.length)),
      el("td", {}, String(s.actions)), el("td", {}, s.verified_success ? "yes" : "no"),
      el("td", {}, s.trouble ? "yes" : "no"), el("td", {}, s.abandoned ? "yes" : "no")));
  }
  return [el("h2", {}, "Sessions"), el("p", {}, `${list.sessions.length} of ${list.total} sessions, newest first.`),
    scroll(el("table", {}, el("caption", {}, "Sessions in the window"), el("thead", {}, head), body))];
}

async function sessionPage(id) {
  const s = await api("/v1/sessions/" + encodeURIComponent(id));
  const prompt = (field) => s.prompts.map((p) => ({ label: "prompt " + p.index, value: p[field], key: `session:${p.index}:${field}` }));
  const grid = el("div", { class: "grid" });
  grid.append(barChart("Actions per prompt", `${s.actions} actions over ${s.prompts.length} prompts`, prompt("actions"), "count"));
  grid.append(barChart("Output words per prompt", `${s.output_words} output words`, prompt("output_words"), "count"));
  grid.append(timeline(s));
  const sig = s.expertise_signals;
  grid.append(barChart("Expertise signals", `level ${s.expertise_level} (${s.band}), score ${s.expertise_score.toFixed(2)}`,
    ["precision", "verification", "correction"].map((k) => ({ label: k, value: sig[k], key: `session:signals:${k}` })), "mean"));
  return [el("h2", {}, "Session " + s.session_id), el("p", {}, el("a", { href: link({ session: null }) }, "All sessions")),
    el("p", {}, `${s.harness}, ${s.work_mode} (${s.work_mode_source}), started ${s.started_at}, ${s.closed ? "closed" : "open"}`), grid];
}

// ---- one session's timeline: prompts as spans on a time axis, evidence and trouble as marks ----
// Times are the session document's own (`*_unix_nano`, as milliseconds here); records stored
// before prompts had end times fall back to their RFC 3339 start.
const EVENT_COLOUR = { evidence: "#3d7d3a", trouble: "#b5541c" };
function ms(nanos, text) {
  return nanos ? nanos / 1e6 : Date.parse(text);
}
function clock(t, t0) {
  const d = new Date(t).toISOString();
  return new Date(t0).toISOString().slice(0, 10) === d.slice(0, 10) ? d.slice(11, 19) : d.slice(0, 19).replace("T", " ");
}
// Stretches of over IDLE_MS with nothing on them are cut to GAP_W pixels and labelled, so
// prompts of seconds, minutes apart, stay visible; within a stretch the axis is linear.
const IDLE_MS = 120000, GAP_W = 40;
function timeAxis(spans, x0, x1) {
  const active = [];
  for (const [a, b] of spans.slice().sort((p, q) => p[0] - q[0])) {
    const last = active[active.length - 1];
    if (last && a - last[1] <= IDLE_MS) last[1] = Math.max(last[1], b); else active.push([a, b]);
  }
  if (!active.length) active.push([0, 0]);
  const width = (p) => Math.max(p[1] - p[0], 1000);
  const perMs = (x1 - x0 - (active.length - 1) * GAP_W) / active.reduce((n, p) => n + width(p), 0);
  let x = x0;
  const pieces = active.map(([a, b]) => {
    const piece = { a, b, x, w: width([a, b]) * perMs };
    x += piece.w + GAP_W;
    return piece;
  });
  const at = (t) => {
    const p = pieces.findLast((q) => t >= q.a) || pieces[0];
    return p.x + Math.min(1, Math.max(0, t - p.a) / width([p.a, p.b])) * p.w;
  };
  return { at, pieces };
}
function duration(ms) {
  const m = ms / 60000;
  return m < 90 ? `${Math.round(m)} min` : m < 36 * 60 ? `${Math.round(m / 60)} h` : `${Math.round(m / 1440)} d`;
}
function timeline(s) {
  const title = "Prompts, evidence and trouble over time";
  const prompts = s.prompts.map((p) => {
    const start = ms(p.started_at_unix_nano, p.started_at);
    return { p, start, end: Math.max(start, ms(p.ended_at_unix_nano, p.ended_at || p.started_at)) };
  });
  const events = (s.events || []).map((e, i) => ({ e, i, at: ms(e.at_unix_nano, e.at) }));
  // A prompt keeps its first 64 action events; the rest are only counted.
  const leftOut = s.events_left_out || 0;
  const spans = [...prompts.map((p) => [p.start, p.end]), ...events.map((e) => [e.at, e.at])].filter((sp) => Number.isFinite(sp[0]));
  const t0 = spans.length ? Math.min(...spans.map((sp) => sp[0])) : 0;
  const t1 = spans.length ? Math.max(...spans.map((sp) => sp[1])) : 0;
  const W = 640, left = 70, right = 20, H = 118;
  const axis = timeAxis(spans, left, W - right);
  const x = axis.at;
  const reading = `${s.prompts.length} prompts from ${clock(t0, t0)} to ${clock(t1, t0)} UTC; ` +
    `${events.filter((e) => e.e.kind === "evidence").length} evidence and ${events.filter((e) => e.e.kind === "trouble").length} trouble events` +
    (s.resolved ? ", trouble resolved" : s.trouble ? ", trouble unresolved" : "") +
    (axis.pieces.length > 1 ? `; idle stretches over ${duration(IDLE_MS)} are cut short` : "") +
    (leftOut ? `; ${leftOut} more events not shown` : "");
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title + ". " + reading + ". Details in the table below." });
  const lane = (y, label) => {
    g.append(svg("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, label));
    g.append(svg("line", { x1: left, x2: W - right, y1: y, y2: y, stroke: "#c9ced6" }));
  };
  lane(20, "evidence");
  lane(50, "prompts");
  lane(80, "trouble");
  for (const { p, start, end } of prompts) {
    const bad = p.end_reason === "stop_failure";
    g.append(svg("rect", { x: x(start), y: 41, width: Math.max(2, x(end) - x(start)), height: 18, fill: bad ? "#b5541c" : "#2f5fa7" },
      svg("title", {}, `prompt ${p.index}: ${clock(start, t0)}–${clock(end, t0)}, ${p.actions} actions, ${p.intent || "no intent"} (${p.end_reason})`)));
  }
  for (const { e, at } of events) {
    const cx = x(at);
    const mark = e.kind === "evidence"
      ? svg("path", { d: `M${cx - 6} 26 L${cx + 6} 26 L${cx} 14 Z`, fill: EVENT_COLOUR.evidence })
      : svg("path", { d: `M${cx - 5} 75 L${cx + 5} 85 M${cx + 5} 75 L${cx - 5} 85`, stroke: EVENT_COLOUR.trouble, "stroke-width": 3 });
    mark.append(svg("title", {}, `${clock(at, t0)} ${e.kind}: ${e.cause.replace(/_/g, " ")} (prompt ${e.prompt})`));
    g.append(mark);
  }
  // The axis: a line per stretch with its start time, a labelled break per idle stretch.
  let labelledTo = -Infinity;
  axis.pieces.forEach((p, i) => {
    g.append(svg("line", { x1: p.x, x2: p.x + p.w, y1: 96, y2: 96, stroke: "#555" }));
    g.append(svg("line", { x1: p.x, x2: p.x, y1: 92, y2: 100, stroke: "#555" }));
    if (p.x >= labelledTo) {
      g.append(svg("text", { x: p.x, y: 112 }, clock(p.a, t0)));
      labelledTo = p.x + 60;
    }
    const next = axis.pieces[i + 1];
    if (next) {
      const mid = p.x + p.w + GAP_W / 2;
      g.append(svg("path", { d: `M${mid - 6} 100 L${mid - 2} 92 M${mid + 2} 100 L${mid + 6} 92`, stroke: "#555" }, svg("title", {}, `idle ${duration(next.a - p.b)}`)));
      g.append(svg("text", { x: mid, y: 88, "text-anchor": "middle", class: "small" }, duration(next.a - p.b)));
    }
  });
  const lastPiece = axis.pieces[axis.pieces.length - 1];
  if (lastPiece.b > lastPiece.a && lastPiece.x + lastPiece.w - 50 >= labelledTo) {
    g.append(svg("text", { x: lastPiece.x + lastPiece.w, y: 112, "text-anchor": "end" }, clock(lastPiece.b, t0)));
  }
  // The table lists prompts and events by time (prompts first at equal times).
  const rows = [
    ...prompts.map(({ p, start, end }) => ({ t: start, order: 0, key: `prompt:${p.index}`, value: p.started_at,
      cells: [clock(start, t0) + "–" + clock(end, t0), "prompt", `${p.intent || "–"} → ${p.end_reason}, ${p.actions} actions, ${p.output_words} output words`, String(p.index)] })),
    ...events.map(({ e, i, at }) => ({ t: at, order: 1, key: `event:${i}`, value: e.at,
      cells: [clock(at, t0), e.kind, e.cause.replace(/_/g, " "), String(e.prompt)] })),
  ].sort((a, b) => a.t - b.t || a.order - b.order);
  const head = el("tr", {}, ...["Time (UTC)", "What", "Detail", "Prompt"].map((h) => el("th", { scope: "col" }, h)));
  const body = el("tbody", {}, ...rows.map((r) => el("tr", {},
    el("td", { "data-key": r.key, "data-value": r.value }, r.cells[0]), ...r.cells.slice(1).map((c) => el("td", {}, c)))));
  const facts = [
    ["Evidence", s.evidence.length ? s.evidence.join(", ") : "none"],
    ["Trouble events", String(s.trouble_events)],
    ["Resolved", s.resolved ? "yes" : "no"],
    ["Abandoned", s.abandoned ? "yes" : "no"],
    ["Verified success", s.verified_success ? "yes" : "no"],
  ];
  const legend = el("ul", { class: "legend", "aria-label": "Marks" },
    el("li", {}, el("span", { class: "swatch", "data-colour": "0" }), "prompt"),
    el("li", {}, el("span", { class: "swatch", "data-colour": "2" }), "▲ evidence"),
    el("li", {}, el("span", { class: "swatch", "data-colour": "1" }), "✕ trouble, or a prompt ended by stop_failure"));
  return el("figure", { class: "wide" }, el("figcaption", {}, title), el("p", { class: "reading" }, reading), g, legend,
    scroll(el("table", {}, el("caption", {}, title + ": by time"), el("thead", {}, head), body)),
    ...(leftOut ? [el("p", { class: "note", "data-key": "events_left_out", "data-value": String(leftOut) },
      `${fmt(leftOut, "count")} more events not shown: a prompt's timeline keeps its first 64 action events.`)] : []),
    el("table", {}, el("caption", {}, "Outcome"), el("tbody", {}, ...facts.map(([k, v]) => el("tr", {}, el("th", { scope: "row" }, k), el("td", {}, v))))));
}

// ---- token prompt ----
function tokenForm(message) {
  const input = el("input", { type: "password", id: "token", name: "token", autocomplete: "off", required: "" });
  const form = el("form", { id: "token-form", "aria-describedby": "token-help" },
    el("label", { for: "token" }, "Access token"), input, el("button", { type: "submit" }, "Use token"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    render();
  });
  main.replaceChildren(el("h2", {}, "Token needed"),
    el("p", { id: "token-help" }, message + " The token is kept only in this tab's session storage."), form);
  input.focus();
}

// ---- router ----
const PAGES = { overview, trends, breakdown, sessions };
let sessionsAllowed = null;

// Whether the token may read per-session data, asked with one session lookup (a 404 for an id
// no harness uses means yes) rather than a list, which scans every session.
async function canSeeSessions() {
  if (sessionsAllowed === null) {
    const r = await fetch("/v1/sessions/coxswain-dashboard-probe", { headers: authHeaders() });
    if (r.status === 401) throw new Unauthorized();
    sessionsAllowed = r.status !== 403;
  }
  return sessionsAllowed;
}

async function render() {
  renderStarted = performance.now();
  const s = state();
  // A token handed over in the fragment (never sent to the server) moves to session storage
  // and leaves the URL at once, so it is neither bookmarked nor shared.
  if (s.get("token")) {
    sessionStorage.setItem(TOKEN_KEY, s.get("token"));
    s.delete("token");
    history.replaceState(null, "", "#" + s.toString());
  }
  const page = PAGES[s.get("page")] ? s.get("page") : "overview";
  document.querySelectorAll("nav a").forEach((a) => {
    if (a.dataset.page === page) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  const f = document.getElementById("filters");
  f.since.value = s.get("since") || "";
  f.until.value = s.get("until") || "";
  f.by.value = s.get("by") || "mode";
  document.getElementById("by-label").hidden = page !== "breakdown";
  document.getElementById("forget-token").hidden = !sessionStorage.getItem(TOKEN_KEY);
  main.setAttribute("aria-busy", "true");
  try {
    // An aggregate page's documents load while the Sessions link is decided (a failure is
    // handled when awaited below, not reported as unhandled meanwhile).
    const content = page === "sessions" ? null : PAGES[page]();
    if (content) content.catch(() => {});
    const allowed = await canSeeSessions();
    document.getElementById("nav-sessions").hidden = !allowed;
    if (page === "sessions" && !allowed) {
      main.replaceChildren(el("h2", {}, "Sessions"), el("p", { class: "error" }, "This token may see aggregates only: per-session data needs an admin token."));
    } else {
      main.replaceChildren(...(await (content || PAGES[page]())));
    }
    document.title = `Coxswain: ${page}`;
    main.dataset.page = page;
    main.dataset.renderMs = (performance.now() - renderStarted).toFixed(1);
    // Navigation start to the first frame with the page drawn: what the page-weight check logs.
    requestAnimationFrame(() => { main.dataset.drawnMs = performance.now().toFixed(1); });
  } catch (e) {
    if (e instanceof Unauthorized) {
      sessionsAllowed = null;
      tokenForm(sessionStorage.getItem(TOKEN_KEY) ? "That token was not accepted." : "This collector needs a token to show its figures.");
    } else {
      main.replaceChildren(el("p", { class: "error", role: "alert" }, "Could not load: " + e.message));
    }
  } finally {
    main.setAttribute("aria-busy", "false");
  }
}

document.getElementById("filters").addEventListener("submit", (e) => {
  e.preventDefault();
  const f = e.target;
  location.hash = link({ since: f.since.value, until: f.until.value, by: state().get("page") === "breakdown" ? f.by.value : state().get("by") }).slice(1);
});
document.getElementById("forget-token").addEventListener("click", () => {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionsAllowed = null;
  render();
});
window.addEventListener("hashchange", render);
render();
