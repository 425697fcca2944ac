LABEL = dict(
    split="heldout3",
    persona="Application security engineer reviewing a partner-webhooks service before a pen test",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 states scope (read only, services/webhooks only), the threat (SSRF through partner-supplied "
               "callback URLs, including redirects and DNS rebinding) and the deliverable in sentences (each finding with "
               "file and line, how it is reachable and a severity); prompt 2 corrects the agent with a specific fact (the "
               "egress proxy does not cover the retry worker, it runs on a different node pool): level 4. Only reads and "
               "searches, ending in findings about existing code: exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/vkaur/review/partner-hub", start="2026-06-18T13:30:00Z", model="claude-opus-4-7", version="2.1.267",
    turns=[
        turn("Read-only review, services/webhooks only, don't change anything. Partners register a callback URL and we POST "
             "events to it. I want to know every way that URL can reach our internal network: the validation at "
             "registration, what the HTTP client does on redirects, and whether the host is re-resolved between the check "
             "and the request (DNS rebinding). For each finding give me the file and line, how an attacker reaches it, and "
             "your severity.",
             grep("callback_url|urlparse|is_private|ip_address|allow_redirects|follow_redirects", path="services/webhooks", content=
                  "services/webhooks/api/register.py:41:    url = urlparse(body.callback_url)\nservices/webhooks/api/register.py:44:    if is_private_host(url.hostname):\n"
                  "services/webhooks/delivery/sender.py:27:        resp = self.client.post(sub.callback_url, json=payload, timeout=5)\n"
                  "services/webhooks/delivery/retry_worker.py:58:        r = httpx.post(sub.callback_url, json=event, timeout=10, follow_redirects=True)\n"
                  "services/webhooks/net/checks.py:9:def is_private_host(host: str) -> bool:"),
             par(read("/home/vkaur/review/partner-hub/services/webhooks/net/checks.py",
                      "import ipaddress, socket\n\nBLOCKED = [ipaddress.ip_network(n) for n in (\"10.0.0.0/8\", \"172.16.0.0/12\", \"192.168.0.0/16\", \"127.0.0.0/8\")]\n\n\n"
                      "def is_private_host(host: str) -> bool:\n    ip = ipaddress.ip_address(socket.gethostbyname(host))\n    return any(ip in n for n in BLOCKED)"),
                 read("/home/vkaur/review/partner-hub/services/webhooks/delivery/sender.py",
                      "import httpx\n\n\nclass Sender:\n    def __init__(self):\n        # egress goes through the proxy, which denies RFC1918 and metadata\n"
                      "        self.client = httpx.Client(proxy=\"http://egress-proxy.internal:3128\", follow_redirects=False)\n\n"
                      "    def send(self, sub, payload):\n        resp = self.client.post(sub.callback_url, json=payload, timeout=5)\n        return resp.status_code")),
             say("Findings (services/webhooks):\n\n1. **Registration check is a one-time DNS check** — `net/checks.py:9-11`, called from "
                 "`api/register.py:44`. It resolves the host once at registration; delivery happens later and resolves again. A "
                 "partner registers a hostname that resolves to a public IP, then points it at `10.x`/`169.254.169.254`. "
                 "Severity: high on its own, mitigated for `Sender` by the proxy (see 3).\n2. **Blocklist is incomplete** — "
                 "`net/checks.py:3`: no `169.254.0.0/16` (cloud metadata), `::1`/`fc00::/7`/IPv4-mapped IPv6, `0.0.0.0`; and "
                 "`gethostbyname` is IPv4-only, so an AAAA-only host skips the check. Medium.\n3. **Main delivery path** — "
                 "`delivery/sender.py:7`: goes through `egress-proxy.internal`, which (per the comment) denies RFC1918 and "
                 "metadata, redirects off. Low, if the proxy rule holds.\n4. **Retry worker bypasses all of it** — "
                 "`delivery/retry_worker.py:58`: a bare `httpx.post` with `follow_redirects=True` and no proxy. Any delivery that "
                 "fails once is retried from here, so an attacker makes the first attempt fail (return 500) and the retry "
                 "follows a redirect to an internal address. **Critical.**")),
        turn("On 3 and 4: the retry worker runs on the batch node pool, which has no route to the egress proxy at all, it has "
             "direct egress. So 4 is reachable without the redirect trick too. Anything else on that pool that takes the URL?",
             grep("callback_url", path="services/webhooks", files=["services/webhooks/api/register.py", "services/webhooks/delivery/sender.py",
                  "services/webhooks/delivery/retry_worker.py", "services/webhooks/jobs/health_probe.py"]),
             read("/home/vkaur/review/partner-hub/services/webhooks/jobs/health_probe.py",
                  "# nightly: mark subscriptions dead if the endpoint is down\nimport httpx\n\n\ndef probe(sub):\n"
                  "    try:\n        r = httpx.head(sub.callback_url, timeout=3, follow_redirects=True)\n        return r.status_code < 500\n    except httpx.HTTPError:\n        return False"),
             grep("health_probe|retry_worker", path="deploy", content="deploy/cronjobs.yaml:14:      nodeSelector: {pool: batch}\ndeploy/cronjobs.yaml:17:        command: [\"python\", \"-m\", \"webhooks.jobs.health_probe\"]\n"
                  "deploy/workers.yaml:22:      nodeSelector: {pool: batch}\ndeploy/workers.yaml:25:        command: [\"python\", \"-m\", \"webhooks.delivery.retry_worker\"]"),
             say("Thanks, that changes 4: on the batch pool it's a direct SSRF, no redirect or first-failure trick needed beyond the "
                 "DNS change in finding 1.\n\nOne more on the same pool:\n\n5. **Nightly health probe** — `jobs/health_probe.py:7`, scheduled "
                 "on `pool: batch` (`deploy/cronjobs.yaml:14`). `httpx.head` on every subscription's URL, `follow_redirects=True`, "
                 "no proxy. It returns only up/down, so it's a blind SSRF (port scanning, hitting state-changing GET/HEAD "
                 "endpoints), and it runs for every subscription every night without the attacker triggering anything. High.\n\n"
                 "Nothing else under `services/webhooks` reads `callback_url`.")),
    ],
)
