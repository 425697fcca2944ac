LABEL = dict(
    split="heldout5",
    persona="Part-time sysadmin for a university teaching lab, maintains an Ansible repo written by a predecessor",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the playbook (users.yml), the inventory group (lab), the change (add the 14 new accounts from new_students.csv) "
               "and one check (a dry run first), leaving the role changes and the rest to the agent; prompt 3 is a general steer ('skip "
               "lab-07 for now'): level 3. Accounts created on machines by running Ansible: operating. The real run fails on an unreachable "
               "host (trouble) and is rerun with --limit (a retry), which succeeds, but nothing after it is evidence — no test, commit or "
               "confirmation (prompt 4 says lab-07 will be dealt with Monday): abandoned."),
)

SESSION = dict(
    cwd="/home/ops/lab-ansible", start="2026-11-26T08:15:00Z", model="claude-sonnet-4-6", version="2.1.246",
    turns=[
        turn("Need to add the 14 new MSc students in new_students.csv to the lab group using users.yml. Do a dry run first so I can see what it changes",
             par(read("/home/ops/lab-ansible/users.yml", "- hosts: lab\n  become: true\n  vars_files: [vars/users.yml]\n  roles: [lab_users]"),
                 read("/home/ops/lab-ansible/vars/users.yml", "lab_users:\n  - { name: akhan, uid: 2101, groups: [students] }\n  - { name: bosei, uid: 2102, groups: [students] }\n  # ... 61 more"),
                 read("/home/ops/lab-ansible/new_students.csv", "username,full_name\njchen42,Jia Chen\nmnovak,Marek Novak\nosaka,Olu Saka\n... (14 rows)")),
             bash("python3 - <<'PY' >> vars/users.yml\nimport csv\nuid = 2164\nfor r in csv.DictReader(open('new_students.csv')):\n    uid += 1\n    print(f\"  - {{ name: {r['username']}, uid: {uid}, groups: [students] }}\")\nPY\ntail -3 vars/users.yml",
                  "  - { name: tpereira, uid: 2176, groups: [students] }\n  - { name: ywang7, uid: 2177, groups: [students] }\n  - { name: zokafor, uid: 2178, groups: [students] }", desc="Append the new users"),
             bash("ansible-playbook -i inventory.ini users.yml --check --diff | tail -6",
                  "PLAY RECAP *********************************************************************\nlab-01 : ok=4 changed=14 unreachable=0 failed=0\nlab-02 : ok=4 changed=14 unreachable=0 failed=0\n"
                  "...\nlab-07 : ok=4 changed=14 unreachable=0 failed=0\nlab-12 : ok=4 changed=14 unreachable=0 failed=0", desc="Dry run", ms=52000),
             say("Added the 14 students to `vars/users.yml` (uids 2165–2178, group `students`). The dry run would create 14 accounts on each of the 12 lab machines and "
                 "change nothing else.")),
        turn("looks right, run it for real",
             bash("ansible-playbook -i inventory.ini users.yml | tail -5", "", desc="Apply", code=4, ms=96000,
                  stderr="fatal: [lab-07]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host lab-07 port 22: No route to host\", \"unreachable\": true}\n"
                         "PLAY RECAP *********************************************************************\nlab-01 : ok=4 changed=14 unreachable=0 failed=0\n"
                         "lab-07 : ok=0 changed=0 unreachable=1 failed=0\nlab-12 : ok=4 changed=14 unreachable=0 failed=0\n"),
             say("11 machines got the accounts; **lab-07 is unreachable** (no route to host – it's probably switched off or unplugged).")),
        turn("skip lab-07 for now and make sure the rest are done",
             bash("ansible-playbook -i inventory.ini users.yml --limit 'lab:!lab-07' | tail -3", "lab-11 : ok=4 changed=0 unreachable=0 failed=0\nlab-12 : ok=4 changed=0 unreachable=0 failed=0\n"
                  "\nPLAY RECAP: 11 hosts, 0 changed, 0 failed", desc="Re-run without lab-07", ms=61000),
             say("Re-ran on the other 11 machines: nothing left to change, so all 14 accounts are on each of them. lab-07 will get them the next time the "
                 "playbook runs while it's up.")),
        turn("ok I'll deal with lab-07 monday", say("👍 When it's back, `ansible-playbook -i inventory.ini users.yml --limit lab-07` will add the accounts there.")),
    ],
)
