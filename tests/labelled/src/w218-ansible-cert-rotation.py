LABEL = dict(
    split="heldout7",
    persona="infrastructure engineer at a university IT department, Ansible playbooks for the web servers",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the playbook, the inventory group and the new certificate path and asks for a check run first, leaving the order "
               "and handlers to the agent; prompt 2 is a general go-ahead after the check: level 3. Certificates rolled out to servers: operating. "
               "The real run fails on one host (unreachable, trouble) and is retried with --limit; prompt 3 'all 12 show the new expiry in the "
               "monitoring now' confirms the result: verified success."),
)

SESSION = dict(
    cwd="/home/mfraser/infra/ansible", start="2026-12-02T13:15:00Z", model="claude-sonnet-4-6", version="2.1.243",
    turns=[
        turn("the wildcard cert renewed, new files are in files/certs/2026/. run certs.yml against the webservers group, --check first",
             bash("ansible-playbook -i inventories/prod certs.yml -l webservers -e cert_dir=files/certs/2026 --check --diff | tail -4",
                  "PLAY RECAP *********************************************************************\nweb01 : ok=5 changed=2 unreachable=0 failed=0\n...\nweb12 : ok=5 changed=2 unreachable=0 failed=0",
                  desc="Check run", ms=61000),
             say("Check run is clean: on all 12 web servers it would replace the certificate and key and reload nginx (2 changes each). Go ahead with the real run?")),
        turn("yes go",
             bash("ansible-playbook -i inventories/prod certs.yml -l webservers -e cert_dir=files/certs/2026 | tail -5",
                  "PLAY RECAP *********************************************************************\nweb01 : ok=5 changed=2 unreachable=0 failed=0\n...\n"
                  "web07 : ok=0 changed=0 unreachable=1 failed=0\n...\nweb12 : ok=5 changed=2 unreachable=0 failed=0", code=4, desc="Roll out certs", ms=74000),
             bash("ansible -i inventories/prod web07 -m ping", "web07 | SUCCESS => {\n    \"ping\": \"pong\"\n}", desc="Ping web07"),
             bash("ansible-playbook -i inventories/prod certs.yml -l web07 -e cert_dir=files/certs/2026 | tail -2",
                  "PLAY RECAP *********************************************************************\nweb07 : ok=5 changed=2 unreachable=0 failed=0", desc="Retry web07", ms=12000),
             say("11 hosts took the new certificate on the first run; web07 was unreachable for a moment (SSH timeout) but answers now, and the "
                 "retry limited to web07 succeeded. All 12 should now serve the renewed certificate.")),
        turn("all 12 show the new expiry in the monitoring now, nice",
             say("Good. The old 2025 files can go from `files/certs/` once you're sure nothing else points at them.")),
    ],
)
