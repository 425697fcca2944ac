LABEL = dict(
    split="heldout14",
    persona="Ansible sysadmin rolling out a new nginx TLS config to the web servers",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the playbook, the inventory group and asks for `--check` first then the real run, leaving the rest to the agent; prompt 2 is 'go' and prompt 3 stops the work: level 3. "
               "The work is a config rollout to servers: operating. The real run fails on web03 (`nginx -t` fails: the certificate file is missing); the user stops ('leave web03, ill sort the cert tomorrow') with the failure open and no test, commit or confirmation after it: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/home/ops/infra-ansible", start="2026-11-27T16:40:00Z", model="claude-opus-4-6", version="2.1.249", branch="main",
    turns=[
        turn("roll out the new tls settings (roles/nginx, already merged) to the webservers group with site.yml. --check --diff first and show me",
             bash("ansible-playbook -i inventories/prod site.yml -l webservers --tags nginx --check --diff", "PLAY [webservers] ***************************************************************\n\nTASK [nginx : template tls.conf] ************************************************\n--- before: /etc/nginx/conf.d/tls.conf\n+++ after: /home/ops/.ansible/tmp/tls.conf.j2\n@@ -1,3 +1,4 @@\n-ssl_protocols TLSv1.2;\n+ssl_protocols TLSv1.2 TLSv1.3;\n+ssl_ecdh_curve X25519:prime256v1;\n ssl_prefer_server_ciphers off;\nchanged: [web01]\nchanged: [web02]\nchanged: [web03]\n\nRUNNING HANDLER [nginx : reload nginx] ******************************************\nchanged: [web01]\nchanged: [web02]\nchanged: [web03]\n\nPLAY RECAP **********************************************************************\nweb01 : ok=6 changed=2 unreachable=0 failed=0\nweb02 : ok=6 changed=2 unreachable=0 failed=0\nweb03 : ok=6 changed=2 unreachable=0 failed=0", desc="Dry run with diff", ms=14200),
             say("Dry run: on all three hosts `tls.conf` gains TLSv1.3 and an ECDH curve list, then nginx reloads. No other changes. Run it for real?")),
        turn("go",
             bash("ansible-playbook -i inventories/prod site.yml -l webservers --tags nginx", "Exit code 2\nTASK [nginx : template tls.conf] ************************************************\nchanged: [web01]\nchanged: [web02]\nchanged: [web03]\n\nTASK [nginx : validate config] **************************************************\nok: [web01]\nok: [web02]\nfatal: [web03]: FAILED! => {\"changed\": false, \"cmd\": [\"nginx\", \"-t\"], \"rc\": 1, \"stderr\": \"nginx: [emerg] cannot load certificate \\\"/etc/ssl/private/shop.example.com.pem\\\": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory)\\nnginx: configuration file /etc/nginx/nginx.conf test failed\"}\n\nRUNNING HANDLER [nginx : reload nginx] ******************************************\nchanged: [web01]\nchanged: [web02]\n\nPLAY RECAP **********************************************************************\nweb01 : ok=7 changed=2 unreachable=0 failed=0\nweb02 : ok=7 changed=2 unreachable=0 failed=0\nweb03 : ok=5 changed=1 unreachable=0 failed=1", code=2, desc="Apply the nginx role", ms=19800),
             bash("ansible web03 -i inventories/prod -b -m shell -a 'ls -l /etc/ssl/private/ && systemctl is-active nginx'", "web03 | CHANGED | rc=0 >>\ntotal 8\n-rw------- 1 root root 3243 Mar  2  2026 shop.example.com.key\nactive", desc="Check the cert files on web03"),
             say("web01 and web02 are done and reloaded. web03 failed validation: `/etc/ssl/private/shop.example.com.pem` doesn't exist there, only the `.key`. Nginx on web03 is still running the **old** config in memory (the validate step stopped the reload), but the new `tls.conf` is on disk, so the next restart would fail. Options: copy the cert to web03 and rerun for that host, or revert `tls.conf` on web03 for now.")),
        turn("leave web03, ill sort the cert tomorrow with the vendor. dont restart anything on it",
             say("Understood, nothing more on web03. Reminder for tomorrow: web03 has the new `tls.conf` on disk and no certificate, so don't restart nginx there until the `.pem` is in place; then `ansible-playbook -i inventories/prod site.yml -l web03 --tags nginx`.")),
    ],
)
