LABEL = dict(
    split="heldout8",
    persona="Application security engineer at a travel marketplace writing custom Semgrep rules for the Python services",
    expertise_level=4, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is precise: a taint rule in rules/python/ssrf-requests.yaml, sources (Flask `request.args`/`request.json`), sinks (`requests.get/post`, "
               "`httpx`), the sanitizer to honour (`safe_url()` from our egress lib), annotated test cases in the matching .py file, and `semgrep --test` "
               "must pass; it names the acceptance check and two cases the tests must hold, but rules out no alternative and names no failure mode or rollback, so level 4 (tie-break 3 between 4 and 5). A new rule built: building. "
               "`semgrep --test` passes (a test run) and the `git commit` succeeds, no failures: verified success."),
)

SESSION = dict(
    cwd="/home/ravi/src/appsec-rules", start="2026-11-23T11:00:00Z", model="claude-sonnet-4-6", version="2.1.243", branch="rule/ssrf-requests",
    turns=[
        turn("New taint-mode rule rules/python/ssrf-requests.yaml: sources are Flask request.args / request.json / request.form, sinks the URL arg of requests.get/post/request and "
             "httpx.get/post, sanitizer is our egress.safe_url(). Severity ERROR, CWE-918 in metadata. Test cases in rules/python/ssrf-requests.py with ruleid:/ok: "
             "annotations – include the sanitized case and a URL built with an f-string. semgrep --test rules/python must pass. commit when green",
             read("/home/ravi/src/appsec-rules/rules/python/open-redirect.yaml", "rules:\n  - id: flask-open-redirect\n    mode: taint\n    languages: [python]\n    severity: WARNING\n    message: ...\n    metadata:\n      cwe: 'CWE-601'\n    pattern-sources: ..."),
             write("/home/ravi/src/appsec-rules/rules/python/ssrf-requests.yaml",
                   "rules:\n  - id: flask-ssrf-requests\n    mode: taint\n    languages: [python]\n    severity: ERROR\n    message: >-\n      User input from the Flask request reaches the URL of an outbound HTTP call. "
                   "Pass it through egress.safe_url() first.\n    metadata:\n      cwe: 'CWE-918: Server-Side Request Forgery (SSRF)'\n      category: security\n    pattern-sources:\n"
                   "      - pattern-either:\n          - pattern: flask.request.args\n          - pattern: flask.request.json\n          - pattern: flask.request.form\n    pattern-sanitizers:\n"
                   "      - pattern: egress.safe_url(...)\n    pattern-sinks:\n      - patterns:\n          - pattern-either:\n              - pattern: requests.$M($URL, ...)\n              - pattern: requests.request($METHOD, $URL, ...)\n"
                   "              - pattern: httpx.$M($URL, ...)\n          - metavariable-regex:\n              metavariable: $M\n              regex: ^(get|post)$\n          - focus-metavariable: $URL\n"),
             write("/home/ravi/src/appsec-rules/rules/python/ssrf-requests.py",
                   "import requests, httpx\nfrom flask import request\nfrom egress import safe_url\n\ndef direct():\n    # ruleid: flask-ssrf-requests\n    return requests.get(request.args['url'])\n\n"
                   "def fstring():\n    host = request.json['host']\n    # ruleid: flask-ssrf-requests\n    return httpx.post(f'https://{host}/hook', json={})\n\n"
                   "def sanitized():\n    # ok: flask-ssrf-requests\n    return requests.get(safe_url(request.args['url']))\n\n"
                   "def constant_url_with_user_params():\n    # ok: flask-ssrf-requests\n    return requests.get('https://api.partner.example/v1/hotels', params={'q': request.args['q']})\n"),
             bash("semgrep --test rules/python", "9/9: ✓ All tests passed\nNo unit tests found for: 0 rules", desc="Run the rule tests", ms=8000),
             bash("git add rules/python/ssrf-requests.* && git commit -qm \"Add flask-ssrf-requests taint rule (CWE-918)\" && git log --oneline -1", "e3b7210 Add flask-ssrf-requests taint rule (CWE-918)", desc="Commit"),
             say("Added `flask-ssrf-requests` (taint mode, ERROR, CWE-918). The sink is only the URL argument (`focus-metavariable`), so user input in `params=` against a fixed host "
                 "isn't flagged – there's an `ok:` case for that, plus the sanitized and f-string cases. `semgrep --test` passes for all 9 rule tests; committed as e3b7210.")),
    ],
)
