LABEL = dict(
    split="heldout5",
    persona="Infrastructure engineer at a small web agency, runs the Caddy edge servers, writes very short prompts",
    expertise_level=4, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("The prompts are terse but precise: the host (edge-2), the file (the agency's own wildcard cert and key in /etc/caddy/certs), the "
               "action (reload, not restart) and the check (OCSP stapling visible with openssl s_client); prompt 2 corrects the agent exactly "
               "('tls directive goes in the *.clients.example site block, not global'). Level 4: terse is not a signal, but nothing beyond the check is "
               "anticipated. A server configured and reloaded: operating. The first `caddy reload` fails on the config (trouble); after the fix the "
               "reload and the stapling check succeed, and the `git commit` of the Caddyfile in prompt 3 succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/mk/edge-config", start="2026-11-28T10:05:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("edge-2: switch *.clients.example to the new wildcard in /etc/caddy/certs (clients-2027.crt/.key). reload not restart. check stapling w/ s_client",
             bash("ssh edge-2 'ls -l /etc/caddy/certs && sudo grep -n \"clients.example\" -A4 /etc/caddy/Caddyfile'",
                  "-rw-r----- 1 root caddy 3912 Nov 27 clients-2027.crt\n-rw-r----- 1 root caddy 1704 Nov 27 clients-2027.key\n"
                  "14:(clients) {\n15:\tencode zstd gzip\n16:\treverse_proxy 10.0.4.10:8080\n17:}\n18:*.clients.example {\n19:\timport clients\n20:}", desc="Look at certs and the site block"),
             edit("/home/mk/edge-config/edge-2/Caddyfile", "{\n\temail ops@agency.example\n}", "{\n\temail ops@agency.example\n\ttls /etc/caddy/certs/clients-2027.crt /etc/caddy/certs/clients-2027.key\n}"),
             bash("scp edge-2/Caddyfile edge-2:/tmp/Caddyfile && ssh edge-2 'sudo cp /tmp/Caddyfile /etc/caddy/Caddyfile && sudo caddy reload --config /etc/caddy/Caddyfile'", "", desc="Reload Caddy",
                  code=1, stderr="Error: adapting config using caddyfile: /etc/caddy/Caddyfile:3: unrecognized global option: tls\n"),
             say("The reload was rejected – `tls` isn't a global option. The running config is unchanged (reload validates first).")),
        turn("tls directive goes in the *.clients.example site block, not global",
             edit("/home/mk/edge-config/edge-2/Caddyfile", "{\n\temail ops@agency.example\n\ttls /etc/caddy/certs/clients-2027.crt /etc/caddy/certs/clients-2027.key\n}", "{\n\temail ops@agency.example\n}"),
             edit("/home/mk/edge-config/edge-2/Caddyfile", "*.clients.example {\n\timport clients\n}", "*.clients.example {\n\ttls /etc/caddy/certs/clients-2027.crt /etc/caddy/certs/clients-2027.key\n\timport clients\n}"),
             bash("scp edge-2/Caddyfile edge-2:/tmp/Caddyfile && ssh edge-2 'sudo cp /tmp/Caddyfile /etc/caddy/Caddyfile && sudo caddy reload --config /etc/caddy/Caddyfile && echo reloaded'", "reloaded", desc="Reload Caddy"),
             bash("echo | openssl s_client -connect edge-2.agency.example:443 -servername acme.clients.example -status 2>/dev/null | grep -E 'OCSP Response Status|Cert Status|notAfter|subject='",
                  "subject=CN = *.clients.example\nOCSP Response Status: successful (0x0)\n    Cert Status: good\nnotAfter=Jan 14 23:59:59 2028 GMT", desc="Check the cert and stapling"),
             say("Reloaded on edge-2 with `tls` in the `*.clients.example` block. `s_client` for acme.clients.example shows the new wildcard (valid to 14 Jan 2028) with a "
                 "stapled OCSP response, status good.")),
        turn("👍 commit the caddyfile",
             bash("git add edge-2/Caddyfile && git commit -qm 'edge-2: *.clients.example on the 2027 wildcard cert' && git log --oneline -1", "e3a9d14 edge-2: *.clients.example on the 2027 wildcard cert", desc="Commit"),
             say("Committed (e3a9d14).")),
    ],
)
