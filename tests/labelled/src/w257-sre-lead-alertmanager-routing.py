LABEL = dict(
    split="heldout8",
    persona="Operations lead for a regional broadband provider's NOC, reading the Alertmanager config the previous team left",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 scopes a read-only question precisely: why alerts with team=access and severity=critical page the core-network rota, which files to read "
               "(alertmanager/alertmanager.yml and anything it includes), with `amtool config routes test` allowed but no edits, and the deliverable (the matching "
               "route path and the line that causes it); the second prompt pins a follow-up case: level 4 (no verification designed, nothing anticipated "
               "beyond scope). Reads, searches and a route test, no change: exploring. Nothing fails and no evidence: neither."),
)

SESSION = dict(
    cwd="/srv/noc/monitoring", start="2026-11-21T13:30:00Z", model="claude-sonnet-4-6", version="2.1.240",
    turns=[
        turn("Read-only, don't edit anything. Alerts with team=access, severity=critical are paging the core-network rota instead of access. Work out why from "
             "alertmanager/alertmanager.yml (and anything it includes). You can run amtool config routes test. I want the route path the alert takes and the exact line responsible.",
             read("/srv/noc/monitoring/alertmanager/alertmanager.yml",
                  "route:\n  receiver: noc-default\n  group_by: [alertname, site]\n  routes:\n    - matchers: [severity=\"critical\", job=~\"bng.*|olt.*\"]\n      receiver: core-pager\n"
                  "    - matchers: [team=\"access\"]\n      receiver: access-slack\n      routes:\n        - matchers: [severity=\"critical\"]\n          receiver: access-pager\n"
                  "    - matchers: [team=\"core\"]\n      receiver: core-pager"),
             bash("amtool config routes test --config.file=alertmanager/alertmanager.yml team=access severity=critical job=olt-exporter alertname=OltPonDown",
                  "core-pager", desc="Test the routing of an OLT alert"),
             bash("amtool config routes test --config.file=alertmanager/alertmanager.yml team=access severity=critical job=cpe-probe alertname=CpeLoss", "access-pager", desc="Test a non-OLT access alert"),
             say("**Route path:** root → `routes[0]` (`severity=\"critical\", job=~\"bng.*|olt.*\"`) → **core-pager**. It stops there: `routes[0]` has no `continue: true`, and "
                 "routes are evaluated in order, so the `team=\"access\"` branch is never reached.\n\n**Responsible line:** alertmanager.yml line 5, `- matchers: [severity=\"critical\", job=~\"bng.*|olt.*\"]`. "
                 "OLT exporters are owned by access but the regex sends every critical from them to core. Access alerts from other jobs (e.g. `cpe-probe`) route correctly to access-pager.")),
        turn("and bng alerts with team=access – are there any?",
             grep("team: access", path="/srv/noc/monitoring/prometheus/rules", content="prometheus/rules/olt.rules.yml:14:      team: access\nprometheus/rules/olt.rules.yml:31:      team: access\nprometheus/rules/cpe.rules.yml:9:      team: access"),
             say("No – only `olt.rules.yml` and `cpe.rules.yml` set `team: access`; every BNG rule is `team: core`. So the misrouting affects OLT criticals only.")),
    ],
)
