LABEL = dict(
    split="heldout6",
    persona="Application security engineer reviewing a Go microservice before a pen test",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is read-only by instruction, names the threat (SSRF via the webhook and avatar-URL features), where to look (every outbound "
               "http.Client use under internal/), what counts (user-controlled URL reaching a request without an allowlist or private-range check) and the "
               "deliverable (file:line, source of the URL, verdict); it does not anticipate bypasses such as redirects, which the agent raises: level 4. "
               "Only reads and searches, ending in findings about the code: exploring. Nothing fails, nothing is run: neither."),
)

SESSION = dict(
    cwd="/home/hana/review/notify-svc", start="2026-12-01T14:20:00Z", model="claude-opus-4-5", version="2.1.245",
    turns=[
        turn("Read-only review, don't edit anything. Look for SSRF in notify-svc: the webhook-delivery and avatar-URL features take user URLs. For every outbound "
             "http.Client / http.Get use under internal/, tell me file:line, where the URL comes from, and whether anything stops it reaching 169.254.169.254 "
             "or RFC1918 ranges. Table, one row per call site.",
             grep("http\\.(Get|Post|NewRequest)|\\.Do\\(", path="/home/hana/review/notify-svc/internal",
                  content="internal/webhook/deliver.go:58:\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, sub.URL, body)\n"
                          "internal/webhook/deliver.go:64:\tresp, err := d.client.Do(req)\ninternal/profile/avatar.go:31:\tresp, err := http.Get(u.AvatarURL)\n"
                          "internal/pricing/fx.go:22:\tresp, err := c.http.Get(c.baseURL + \"/latest\")"),
             read("/home/hana/review/notify-svc/internal/webhook/validate.go",
                  "func ValidateURL(raw string) error {\n\tu, err := url.Parse(raw)\n\tif err != nil || u.Scheme != \"https\" {\n\t\treturn ErrBadURL\n\t}\n"
                  "\tips, _ := net.LookupIP(u.Hostname())\n\tfor _, ip := range ips {\n\t\tif ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() {\n\t\t\treturn ErrBadURL\n\t\t}\n\t}\n\treturn nil\n}"),
             grep("ValidateURL", path="/home/hana/review/notify-svc/internal", content="internal/webhook/subscribe.go:41:\tif err := ValidateURL(in.URL); err != nil {"),
             read("/home/hana/review/notify-svc/internal/webhook/client.go", "func NewClient() *http.Client {\n\treturn &http.Client{Timeout: 10 * time.Second}\n}"),
             say("| call site | URL source | protection | verdict |\n|---|---|---|---|\n"
                 "| internal/webhook/deliver.go:58/64 | subscriber's `sub.URL` (user) | `ValidateURL` at subscribe time only (subscribe.go:41) | **vulnerable**: DNS rebinding (resolved at subscribe, re-resolved at delivery) and redirects (default client follows them to any host) |\n"
                 "| internal/profile/avatar.go:31 | `u.AvatarURL` (user) | none | **vulnerable**: direct fetch of any URL incl. 169.254.169.254 |\n"
                 "| internal/pricing/fx.go:22 | `c.baseURL` from config | not user-controlled | not SSRF |\n\n"
                 "The robust fix for both is a dialer-level check (`net.Dialer.Control` rejecting private/link-local IPs at connect time) plus `CheckRedirect` – I haven't changed anything.")),
    ],
)
