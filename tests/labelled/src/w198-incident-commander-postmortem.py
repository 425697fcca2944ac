LABEL = dict(
    split="heldout6",
    persona="Staff engineer and incident commander at a payments processor; terse",
    expertise_level=5, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is terse but fixes the sections and their order, the sources (the pager export and the Slack channel dump), the rules (UTC "
               "times, blameless, no names) and a check the user designed (every timeline entry must trace to a line of the pager export, with the "
               "detection gap computed); prompt 2 is a short, exact correction (the mitigation time is the flag flip at 14:52, not the deploy at "
               "15:10): level 5. A postmortem document: writing. No failures; the commit succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/sipho/ops/postmortems", start="2026-12-02T10:45:00Z", model="claude-opus-4-5", version="2.1.252", branch="pm-2026-11-28",
    turns=[
        turn("postmortem for INC-2291 in 2026-11-28-auth-declines.md. sections in order: summary, impact (numbers), timeline, root cause, what went well, "
             "action items w/ owners as teams. sources: pager-INC-2291.csv, slack-inc-2291.txt. UTC. blameless, no names. every timeline row must trace to a pager "
             "row – cite the row no. state detection gap (first bad minute → first page).",
             read("/home/sipho/ops/postmortems/pager-INC-2291.csv",
                  "row,time_utc,event\n1,2026-11-28T14:21:00Z,auth_decline_rate > 8% (first breach minute)\n2,2026-11-28T14:34:00Z,page: payments-oncall\n"
                  "3,2026-11-28T14:38:00Z,ack\n4,2026-11-28T14:52:00Z,flag issuer_routing_v2 disabled\n5,2026-11-28T15:10:00Z,deploy 4.81.1 (revert)\n6,2026-11-28T15:14:00Z,resolved"),
             read("/home/sipho/ops/postmortems/slack-inc-2291.txt",
                  "14:40 declines all from issuer BIN range 4571xx, routing_v2 sends them to the fallback acquirer\n14:47 fallback acquirer rejects 3DS2 exemptions\n"
                  "14:52 routing_v2 flag off, declines dropping\n15:20 ~18.4k declined auths, ~£1.27m attempted value, 1,930 merchants"),
             write("/home/sipho/ops/postmortems/2026-11-28-auth-declines.md",
                   "# INC-2291: elevated authorisation declines (2026-11-28)\n\n## Summary\nIssuer routing v2 sent one BIN range to a fallback acquirer that rejects 3DS2 exemptions; declines rose for 53 minutes.\n\n"
                   "## Impact\n~18.4k declined authorisations, ~£1.27m attempted value, 1,930 merchants (slack 15:20).\n\n## Timeline (UTC)\n| time | event | pager row |\n|---|---|---|\n"
                   "| 14:21 | decline rate above 8% | 1 |\n| 14:34 | payments on-call paged | 2 |\n| 14:38 | acknowledged | 3 |\n| 14:52 | routing_v2 flag disabled | 4 |\n| 15:10 | revert 4.81.1 deployed (mitigated) | 5 |\n| 15:14 | resolved | 6 |\n\n"
                   "**Detection gap:** 13 minutes (14:21 first breach → 14:34 page).\n\n## Root cause\nRouting v2 treated the fallback acquirer as equivalent for exempted 3DS2 transactions; it is not.\n\n"
                   "## What went well\nThe flag allowed mitigation without a deploy.\n\n## Action items\n| action | owner |\n|---|---|\n| Acquirer capability matrix checked by routing v2 | Payments Routing |\n"
                   "| Page on decline-rate breach after 3 min, not 13 | Observability |\n| Canary routing changes by BIN range | Payments Routing |\n"),
             say("Written. Every timeline row cites its pager row; detection gap 13 min; impact figures from the Slack summary at 15:20.")),
        turn("mitigation is the flag flip 14:52 (row 4), not the revert. summary duration = 14:21→14:52, 31 min. then commit",
             edit("/home/sipho/ops/postmortems/2026-11-28-auth-declines.md", "declines rose for 53 minutes.", "declines were elevated for 31 minutes until mitigation (14:21–14:52)."),
             edit("/home/sipho/ops/postmortems/2026-11-28-auth-declines.md",
                  "| 14:52 | routing_v2 flag disabled | 4 |\n| 15:10 | revert 4.81.1 deployed (mitigated) | 5 |",
                  "| 14:52 | routing_v2 flag disabled (mitigated) | 4 |\n| 15:10 | revert 4.81.1 deployed | 5 |"),
             bash("git add 2026-11-28-auth-declines.md && git commit -qm 'Postmortem: INC-2291 auth declines' && git log --oneline -1", "b90f3d1 Postmortem: INC-2291 auth declines", desc="Commit"),
             say("Mitigation moved to 14:52 (row 4), summary says 31 minutes; committed as b90f3d1.")),
    ],
)
