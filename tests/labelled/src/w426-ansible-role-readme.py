LABEL = dict(
    split="heldout14",
    persona="Ansible sysadmin documenting an in-house backup role",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the role and the README and what it should cover (variables, an example playbook, how restores work), leaving structure and wording to the agent; prompt 2 corrects a fact ('we use restic not borg'), a specific correction that leans up, but no constraint, scope or check is ever named, so between 3 and 4 the lower: level 3. "
               "A README is written: writing. No action fails; prompt 3 confirms ('good, thats what the new guy needed, he did a test restore with it'): evidence, verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/ops/infra-ansible", start="2026-11-30T11:10:00Z", model="claude-opus-4-6", version="2.1.251", branch="docs/backup-role",
    turns=[
        turn("roles/backup has no README. write one: what it does, the variables with defaults, an example playbook, and how to do a restore. new starter on monday needs it",
             par(read("/home/ops/infra-ansible/roles/backup/defaults/main.yml", "backup_repo: \"s3:https://s3.eu-west-2.amazonaws.com/acme-backups/{{ inventory_hostname }}\"\nbackup_paths:\n  - /etc\n  - /var/www\nbackup_exclude: []\nbackup_schedule: \"*-*-* 02:30:00\"\nbackup_keep_daily: 7\nbackup_keep_weekly: 4\nbackup_password_file: /root/.restic-pass"),
                 read("/home/ops/infra-ansible/roles/backup/tasks/main.yml", "- name: install restic\n  ansible.builtin.apt:\n    name: restic\n- name: password file\n  ansible.builtin.copy: ...\n- name: backup service\n  ansible.builtin.template:\n    src: backup.service.j2\n    dest: /etc/systemd/system/backup.service\n- name: backup timer\n  ansible.builtin.template:\n    src: backup.timer.j2\n..."),
                 glob("roles/backup/templates/*", ["/home/ops/infra-ansible/roles/backup/templates/backup.service.j2", "/home/ops/infra-ansible/roles/backup/templates/backup.timer.j2"])),
             write("/home/ops/infra-ansible/roles/backup/README.md",
                   "# backup role\n\nNightly backups to S3 with a systemd timer.\n\n## Variables\n\n| variable | default | meaning |\n|---|---|---|\n| `backup_repo` | `s3:…/acme-backups/{{ inventory_hostname }}` | repository URL |\n| `backup_paths` | `/etc`, `/var/www` | paths to back up |\n| `backup_exclude` | `[]` | exclude patterns |\n| `backup_schedule` | `*-*-* 02:30:00` | systemd OnCalendar |\n| `backup_keep_daily` / `backup_keep_weekly` | 7 / 4 | retention |\n| `backup_password_file` | `/root/.restic-pass` | repository password |\n\n## Example\n\n```yaml\n- hosts: webservers\n  roles:\n    - role: backup\n      backup_paths: [/etc, /var/www, /srv/uploads]\n```\n\n## Restore\n\n```sh\nborg list $REPO\nborg extract $REPO::<archive> var/www\n```\n"),
             say("Written `roles/backup/README.md`: purpose, the variables table from `defaults/main.yml`, an example playbook and a restore section.")),
        turn("restore section is wrong, we use restic not borg. look at the tasks again",
             read("/home/ops/infra-ansible/roles/backup/templates/backup.service.j2", "[Service]\nType=oneshot\nEnvironmentFile=/etc/default/backup\nExecStart=/usr/bin/restic backup {{ backup_paths | join(' ') }} {% for e in backup_exclude %}--exclude {{ e }} {% endfor %}\nExecStartPost=/usr/bin/restic forget --keep-daily {{ backup_keep_daily }} --keep-weekly {{ backup_keep_weekly }} --prune"),
             edit("/home/ops/infra-ansible/roles/backup/README.md",
                  "## Restore\n\n```sh\nborg list $REPO\nborg extract $REPO::<archive> var/www\n```\n",
                  "## Restore\n\nOn the host, as root (the repository and password come from `/etc/default/backup`):\n\n```sh\nset -a; . /etc/default/backup; set +a\nrestic snapshots                                   # list snapshots\nrestic restore latest --target /tmp/restore --include /var/www\n# check /tmp/restore, then copy back what you need\n```\n\nTo restore on a different host, set `RESTIC_REPOSITORY` to the original host's repository.\n\n## How it runs\n\n`backup.timer` starts `backup.service` at `backup_schedule`; the service runs `restic backup` and then `restic forget --prune` with the retention above. Check the last run with `systemctl status backup.service` and `journalctl -u backup.service`.\n"),
             say("Sorry, my mistake: the role installs restic (I'd read the task list too quickly). The restore section now uses `restic snapshots` and `restic restore … --target`, loading the repository settings from `/etc/default/backup`, and I added a short \"How it runs\" section on the timer and the retention.")),
        turn("good, thats what the new guy needed, he did a test restore with it. ta",
             say("Great that the test restore worked.")),
    ],
)
