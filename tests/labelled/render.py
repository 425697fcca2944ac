#!/usr/bin/env python3
"""Render the hand-written labelled sessions into Claude Code transcripts and hook payloads.

Each `src/<id>.py` defines `LABEL` (the hand label) and `SESSION` (prompts and the agent's steps,
written with the step functions below). This script writes, per session,
`sessions/<id>/label.json`, `sessions/<id>/transcript.jsonl` (the transcript as Claude Code 2.x
writes it: one line per content block, tool results as user lines) and `sessions/<id>/hooks.jsonl`
(the hook payloads in order, each with the number of transcript lines on disk when it fired).

Deterministic: ids, uuids and timestamps derive from the session id only. python3 stdlib only.
Usage: python3 render.py [--check | --table [SPLIT ...]]
  --check  fails if a rendered file differs from what is on disk
  --table  prints the summary table and counts that README.md carries; with splits named, only
           the sessions of those splits (README: `--table dev heldout`, then `--table heldout2` … `--table heldout22`)
"""
import datetime as dt
import hashlib
import json
import os
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "sessions")
NS = uuid.UUID("6f0d8f3e-5b7a-4c1e-9a57-c0c5a1e7b2d4")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

LEVEL_BAND = {1: "novice", 2: "novice", 3: "intermediate", 4: "expert", 5: "expert"}
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22")  # heldout2: w49–w78, heldout3: w79–w108, heldout4: w109–w138, heldout5: w139–w168, heldout6: w169–w198, heldout7: w199–w228, heldout8: w229–w258, heldout9: w259–w288, heldout10: w289–w318, heldout11: w319–w348, heldout12: w349–w378, heldout13: w379–w408, heldout14: w409–w438, heldout15: w439–w468, heldout16: w469–w498, heldout17: w499–w528, heldout18: w529–w558, heldout19: w559–w588, heldout20: w589–w618, heldout21: w619–w648, heldout22: w649–w678, later raters (README)
MODES = {"building", "fixing", "testing", "operating", "planning", "exploring", "analysing", "writing", "other"}


# ---------------------------------------------------------------- step functions (used by src/*.py)

def turn(prompt, *steps, mode=None):
    """One prompt and the agent's steps until it stops. `mode` is the permission mode."""
    return {"prompt": prompt, "steps": list(steps), "mode": mode}


def say(text):
    """An assistant message with only text (the last one of a turn is the Stop message)."""
    return {"kind": "say", "text": text}


def _tool(name, inp, result, response, pre=None, fail=None, ms=None):
    return {"kind": "tool", "name": name, "input": inp, "result": result, "response": response,
            "pre": pre, "fail": fail, "ms": ms}


def par(*tools, pre=None):
    """One assistant message with several tool calls (run in parallel)."""
    return {"kind": "par", "tools": list(tools), "pre": pre}


def bash(command, out="", desc=None, code=0, stderr="", pre=None, ms=900):
    inp = {"command": command, "description": desc or command.split("\n")[0][:60]}
    if code:
        body = f"Exit code {code}\n{out}{stderr}".rstrip("\n")
        return _tool("Bash", inp, body, None, pre=pre, fail=body, ms=ms)
    content = (out + (("\n" + stderr) if stderr else "")).rstrip("\n")
    resp = {"stdout": out.rstrip("\n"), "stderr": stderr.rstrip("\n"), "interrupted": False, "isImage": False}
    return _tool("Bash", inp, content, resp, pre=pre, ms=ms)


def read(path, content="", pre=None, fail=None):
    lines = content.split("\n") if content else []
    if fail:
        return _tool("Read", {"file_path": path}, f"<tool_use_error>{fail}</tool_use_error>", None, pre=pre,
                     fail=fail, ms=6)
    numbered = "\n".join(f"{i + 1}\t{l}" for i, l in enumerate(lines))
    resp = {"type": "text", "file": {"filePath": path, "content": content, "numLines": len(lines),
                                     "startLine": 1, "totalLines": len(lines)}}
    return _tool("Read", {"file_path": path}, numbered, resp, pre=pre, ms=20 + len(lines))


def write(path, content, pre=None):
    resp = {"type": "create", "filePath": path, "content": content, "structuredPatch": [], "originalFile": None}
    return _tool("Write", {"file_path": path, "content": content}, f"File created successfully at: {path}", resp,
                 pre=pre, ms=15)


def edit(path, old, new, pre=None, fail=None):
    inp = {"file_path": path, "old_string": old, "new_string": new, "replace_all": False}
    if fail:
        return _tool("Edit", inp, f"<tool_use_error>{fail}</tool_use_error>", None, pre=pre, fail=fail, ms=8)
    o, n = old.split("\n"), new.split("\n")
    patch = [{"oldStart": 1, "oldLines": len(o), "newStart": 1, "newLines": len(n),
              "lines": [f"-{l}" for l in o] + [f"+{l}" for l in n]}]
    resp = {"filePath": path, "oldString": old, "newString": new, "originalFile": None,
            "structuredPatch": patch, "userModified": False, "replaceAll": False}
    return _tool("Edit", inp, f"The file {path} has been updated successfully.", resp, pre=pre, ms=12)


def grep(pattern, path=None, files=None, content=None, glob=None, pre=None):
    inp = {"pattern": pattern}
    if path:
        inp["path"] = path
    if glob:
        inp["glob"] = glob
    if content is not None:
        inp["output_mode"] = "content"
        inp["-n"] = True
        n = len(content.split("\n")) if content else 0
        resp = {"mode": "content", "numFiles": 0, "filenames": [], "content": content, "numLines": n}
        return _tool("Grep", inp, content or "No matches found", resp, pre=pre, ms=35)
    files = files or []
    resp = {"mode": "files_with_matches", "filenames": files, "numFiles": len(files)}
    body = (f"Found {len(files)} file{'s' if len(files) != 1 else ''}\n" + "\n".join(files)) if files else "No files found"
    return _tool("Grep", inp, body, resp, pre=pre, ms=30)


def glob_(pattern, files, path=None, pre=None):
    inp = {"pattern": pattern}
    if path:
        inp["path"] = path
    resp = {"filenames": files, "durationMs": 9, "numFiles": len(files), "truncated": False}
    return _tool("Glob", inp, "\n".join(files) if files else "No files found", resp, pre=pre, ms=10)


def todo(items, pre=None):
    """items: [(content, status)]"""
    todos = [{"content": c, "status": s, "activeForm": c[:1].upper() + c[1:]} for c, s in items]
    resp = {"oldTodos": [], "newTodos": todos}
    msg = ("Todos have been modified successfully. Ensure that you continue to use the todo list to track "
           "your progress. Please proceed with the current tasks if applicable")
    return _tool("TodoWrite", {"todos": todos}, msg, resp, pre=pre, ms=3)


def plan(text, path, pre=None):
    msg = ("User has approved your plan. You can now start coding. Start with updating your todo list if "
           f"applicable\n\nYour plan has been saved to: {path}\nYou can refer back to it if needed during "
           f"implementation.\n\n## Approved Plan:\n{text}")
    resp = {"plan": text, "isAgent": False, "filePath": path}
    return _tool("ExitPlanMode", {"plan": text}, msg, resp, pre=pre, ms=4)


def fetch(url, prompt, result, pre=None):
    resp = {"bytes": len(result) * 7, "code": 200, "codeText": "OK", "result": result, "durationMs": 1830,
            "url": url}
    return _tool("WebFetch", {"url": url, "prompt": prompt}, result, resp, pre=pre, ms=1830)


def nbedit(path, cell_id, source, pre=None):
    inp = {"notebook_path": path, "cell_id": cell_id, "new_source": source, "cell_type": "code",
           "edit_mode": "replace"}
    resp = {"new_source": source, "cell_id": cell_id, "cell_type": "code", "language": "python",
            "edit_mode": "replace", "error": ""}
    return _tool("NotebookEdit", inp, f"Updated cell {cell_id} with {source.splitlines()[0][:40]}", resp,
                 pre=pre, ms=14)


API = {"turn": turn, "say": say, "par": par, "bash": bash, "read": read, "write": write, "edit": edit,
       "grep": grep, "glob": glob_, "todo": todo, "plan": plan, "fetch": fetch, "nbedit": nbedit}


# ---------------------------------------------------------------- rendering

def h(*parts):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()


def b62(seed, n):
    d = h(*seed)
    num = int.from_bytes(d, "big")
    out = ""
    for _ in range(n):
        num, r = divmod(num, 62)
        out += B62[r]
    return out


class Renderer:
    def __init__(self, sid_name, s):
        self.name = sid_name
        self.s = s
        self.session_id = str(uuid.uuid5(NS, sid_name))
        self.t = dt.datetime.strptime(s["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        self.lines = []
        self.hooks = []
        self.n = 0
        self.parent = None
        self.ctx = 14200 + int.from_bytes(h(sid_name, "ctx")[:2], "big") % 3000
        self.first_msg = True

    def uid(self):
        self.n += 1
        return str(uuid.uuid5(NS, f"{self.name}/{self.n}"))

    def tick(self, ms):
        self.t += dt.timedelta(milliseconds=ms)

    def jitter(self, base, spread, *key):
        return base + int.from_bytes(h(self.name, self.n, *key)[:4], "big") % max(1, spread)

    def ts(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.t.microsecond // 1000:03d}Z"

    def common(self):
        return {"userType": "external", "entrypoint": "cli", "cwd": self.s["cwd"], "sessionId": self.session_id,
                "version": self.s["version"], "gitBranch": self.s.get("branch", "main")}

    def emit(self, d):
        self.lines.append(d)
        if d.get("uuid"):
            self.parent = d["uuid"]

    def hook(self, payload):
        base = {"session_id": self.session_id, "transcript_path": "transcript.jsonl", "cwd": self.s["cwd"]}
        base.update(payload)
        self.hooks.append({"at": self.ts(), "transcript_lines": len(self.lines), "payload": base})

    def user_line(self, content, prompt_id, mode, extra=None):
        u = self.uid()
        d = {"parentUuid": self.parent, "isSidechain": False, "promptId": prompt_id, "type": "user",
             "message": {"role": "user", "content": content}, "uuid": u, "timestamp": self.ts(),
             "permissionMode": mode}
        if extra:
            d.update(extra)
        d.update(self.common())
        self.emit(d)
        return u

    def assistant(self, blocks):
        """Write one API response, one line per content block (as Claude Code 2.x streams it)."""
        msg_id = "msg_01" + b62((self.name, "msg", self.n), 22)
        req_id = "req_011C" + b62((self.name, "req", self.n), 20)
        size = sum(len(json.dumps(b)) for b in blocks)
        out_total = max(12, size // 4 + self.jitter(20, 60, "out"))
        creation = self.jitter(300, 2400, "cc") if self.first_msg else self.jitter(80, 900, "cc")
        self.first_msg = False
        usage_in = self.jitter(1, 6, "in")
        self.tick(self.jitter(1800, 4200, "think"))
        cum = 0
        for i, b in enumerate(blocks):
            cum += len(json.dumps(b))
            out = out_total if i == len(blocks) - 1 else max(1, out_total * cum // max(1, size))
            d = {"parentUuid": self.parent, "isSidechain": False,
                 "message": {"model": self.s["model"], "id": msg_id, "type": "message", "role": "assistant",
                             "content": [b], "stop_reason": None if i < len(blocks) - 1 else
                             ("tool_use" if any(x["type"] == "tool_use" for x in blocks) else "end_turn"),
                             "stop_sequence": None,
                             "usage": {"input_tokens": usage_in, "cache_creation_input_tokens": creation,
                                       "cache_read_input_tokens": self.ctx, "output_tokens": out,
                                       "server_tool_use": {"web_search_requests": 0, "web_fetch_requests": 0},
                                       "service_tier": "standard"}},
                 "requestId": req_id, "type": "assistant", "uuid": self.uid(), "timestamp": self.ts()}
            d.update(self.common())
            self.emit(d)
            if i < len(blocks) - 1:
                self.tick(self.jitter(150, 700, "blk"))
        self.ctx += creation + out_total

    def run_tools(self, tools, prompt_id, mode, msg_uuid_of):
        for tl in tools:
            self.hook({"prompt_id": prompt_id, "permission_mode": mode, "hook_event_name": "PreToolUse",
                       "tool_name": tl["name"], "tool_input": tl["input"], "tool_use_id": tl["id"]})
        for tl in tools:
            ms = tl["ms"] if tl["ms"] is not None else 50
            self.tick(ms + 15)
            res = {"tool_use_id": tl["id"], "type": "tool_result", "content": tl["result"]}
            if tl["fail"]:
                res["is_error"] = True
                tur = ("Error: " + tl["fail"]) if tl["name"] == "Bash" else tl["fail"]
            else:
                res["is_error"] = False
                tur = tl["response"]
            self.parent = msg_uuid_of[tl["id"]]  # a result hangs off the line that holds its tool_use
            self.user_line([res], prompt_id, mode,
                           extra={"toolUseResult": tur, "sourceToolAssistantUUID": msg_uuid_of[tl["id"]]})
            if tl["fail"]:
                self.hook({"prompt_id": prompt_id, "permission_mode": mode, "hook_event_name": "PostToolUseFailure",
                           "tool_name": tl["name"], "tool_input": tl["input"], "tool_use_id": tl["id"],
                           "error": tl["fail"], "is_interrupt": False, "duration_ms": ms})
            else:
                self.hook({"prompt_id": prompt_id, "permission_mode": mode, "hook_event_name": "PostToolUse",
                           "tool_name": tl["name"], "tool_input": tl["input"], "tool_response": tl["response"],
                           "tool_use_id": tl["id"], "duration_ms": ms})

    def render(self):
        s = self.s
        self.hook({"hook_event_name": "SessionStart", "source": "startup", "model": s["model"]})
        tool_no = 0
        for ti, tn in enumerate(s["turns"]):
            mode = tn["mode"] or s.get("mode", "default")
            if ti > 0:
                self.tick(self.jitter(25000, 200000, "gap", ti))
            else:
                self.tick(self.jitter(3000, 9000, "first"))
            prompt_id = str(uuid.uuid5(NS, f"{self.name}/prompt/{ti}"))
            self.hook({"prompt_id": prompt_id, "permission_mode": mode, "hook_event_name": "UserPromptSubmit",
                       "prompt": tn["prompt"]})
            self.tick(40)
            pu = str(uuid.uuid5(NS, f"{self.name}/prompt-line/{ti}"))
            self.lines.append({"type": "file-history-snapshot", "messageId": pu,
                               "snapshot": {"messageId": pu, "trackedFileBackups": {}, "timestamp": self.ts()},
                               "isSnapshotUpdate": False})
            d = {"parentUuid": self.parent, "isSidechain": False, "promptId": prompt_id, "type": "user",
                 "message": {"role": "user", "content": tn["prompt"]}, "uuid": pu, "timestamp": self.ts(),
                 "permissionMode": mode}
            d.update(self.common())
            self.emit(d)
            last_text = ""
            for st in tn["steps"]:
                if st["kind"] == "say":
                    self.assistant([{"type": "text", "text": st["text"]}])
                    last_text = st["text"]
                    continue
                tools = [st] if st["kind"] == "tool" else st["tools"]
                pre = st["pre"]
                blocks = []
                if pre:
                    blocks.append({"type": "text", "text": pre})
                    last_text = pre
                for tl in tools:
                    tool_no += 1
                    tl["id"] = "toolu_01" + b62((self.name, "tool", tool_no), 22)
                    blocks.append({"type": "tool_use", "id": tl["id"], "name": tl["name"], "input": tl["input"],
                                   "caller": {"type": "direct"}})
                start = len(self.lines)
                self.assistant(blocks)
                owner = {}
                for line in self.lines[start:]:
                    for b in line["message"]["content"]:
                        if b["type"] == "tool_use":
                            owner[b["id"]] = line["uuid"]
                self.run_tools(tools, prompt_id, mode, owner)
            self.tick(60)
            self.hook({"prompt_id": prompt_id, "permission_mode": mode, "hook_event_name": "Stop",
                       "stop_hook_active": False, "last_assistant_message": last_text})
        self.tick(self.jitter(8000, 90000, "end"))
        self.hook({"hook_event_name": "SessionEnd", "reason": s.get("end", "prompt_input_exit")})
        return self.lines, self.hooks


def check_label(name, label, session):
    assert label["id"] == name, name
    assert label["split"] in SPLITS, name
    assert label["source"] == "written", name
    assert LEVEL_BAND[label["expertise_level"]] == label["band"], name
    assert label["work_mode"] in MODES, name
    for k in ("verified_success", "trouble", "abandoned"):
        assert isinstance(label[k], bool), (name, k)
    assert not (label["verified_success"] and label["abandoned"]), name
    assert not label["abandoned"] or label["trouble"], name
    assert 1 <= len(session["turns"]) <= 8, name
    for tn in session["turns"]:
        n = sum(1 if st["kind"] == "tool" else len(st["tools"]) for st in tn["steps"] if st["kind"] != "say")
        assert n <= 25, (name, n)
        assert tn["steps"] and tn["steps"][-1]["kind"] == "say", (name, "turn must end with text")


KEYS = ["id", "split", "source", "persona", "expertise_level", "band", "work_mode", "verified_success",
        "trouble", "abandoned", "rationale"]


def dumps_lines(rows):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows)


def summary(only=()):
    """The summary table and counts printed into README.md (from the rendered label.json files),
    over the sessions of the splits in `only` (all when empty)."""
    # By the number in the id, so w100 follows w99.
    order = sorted(os.listdir(OUT), key=lambda d: (int(d[1:].split("-")[0]) if d[1:].split("-")[0].isdigit() else 0, d))
    labels = [json.load(open(os.path.join(OUT, d, "label.json"), encoding="utf-8")) for d in order]
    labels = [l for l in labels if not only or l["split"] in only]
    out = ["| id | split | level | band | mode | verified_success | trouble | abandoned |", "|---|---|---|---|---|---|---|---|"]
    yn = lambda b: "yes" if b else "no"
    for l in labels:
        out.append(f"| {l['id']} | {l['split']} | {l['expertise_level']} | {l['band']} | {l['work_mode']} | "
                   f"{yn(l['verified_success'])} | {yn(l['trouble'])} | {yn(l['abandoned'])} |")
    def count(key, only=None):
        c = {}
        for l in labels:
            if only and l["split"] != only:
                continue
            c[l[key]] = c.get(l[key], 0) + 1
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: str(kv[0])))
    out.append("")
    out.append(f"Counts ({len(labels)} sessions):")
    out.append("")
    present = tuple(x for x in SPLITS if any(l["split"] == x for l in labels))
    for split in ((None,) if len(present) > 1 else ()) + present:
        name = split or "all"
        n = sum(1 for l in labels if not split or l["split"] == split)
        out.append(f"- **{name}** ({n}): bands {count('band', split)}; levels {count('expertise_level', split)}; "
                   f"modes {count('work_mode', split)}")
    for k in ("verified_success", "trouble", "abandoned"):
        out.append(f"- `{k}` true: {sum(1 for l in labels if l[k])} of {len(labels)}")
    none = sum(1 for l in labels if not (l["verified_success"] or l["trouble"]))
    out.append(f"- no trouble and no verified success (no evidence or no action): {none}")
    recovered = sum(1 for l in labels if l["trouble"] and l["verified_success"])
    out.append(f"- trouble then verified success: {recovered}")
    print("\n".join(out))


def main():
    if "--table" in sys.argv:
        only = tuple(sys.argv[sys.argv.index("--table") + 1:])
        assert all(x in SPLITS for x in only), only
        return summary(only)
    check = "--check" in sys.argv
    bad = []
    names = sorted(f[:-3] for f in os.listdir(SRC) if f.endswith(".py"))
    for name in names:
        ns = dict(API)
        with open(os.path.join(SRC, name + ".py"), encoding="utf-8") as f:
            exec(compile(f.read(), name + ".py", "exec"), ns)
        label, session = ns["LABEL"], ns["SESSION"]
        label = {"id": name, "source": "written", **label}
        label["band"] = LEVEL_BAND[label["expertise_level"]]
        label = {k: label[k] for k in KEYS}
        check_label(name, label, session)
        lines, hooks = Renderer(name, session).render()
        files = {"label.json": json.dumps(label, ensure_ascii=False, indent=2) + "\n",
                 "transcript.jsonl": dumps_lines(lines), "hooks.jsonl": dumps_lines(hooks)}
        d = os.path.join(OUT, name)
        os.makedirs(d, exist_ok=True)
        for fn, text in files.items():
            p = os.path.join(d, fn)
            if check:
                old = open(p, encoding="utf-8").read() if os.path.exists(p) else None
                if old != text:
                    bad.append(p)
            else:
                with open(p, "w", encoding="utf-8") as f:
                    f.write(text)
    if check and bad:
        print("out of date:", *bad, sep="\n  ")
        sys.exit(1)
    print(f"{len(names)} sessions {'checked' if check else 'rendered'}")


if __name__ == "__main__":
    main()
