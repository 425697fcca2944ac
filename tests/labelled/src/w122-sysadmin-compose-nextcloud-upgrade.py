LABEL = dict(
    split="heldout4",
    persona="IT generalist at a 30-person architecture practice who runs the office Nextcloud in Docker Compose",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the service (Nextcloud in docker compose), the target (28 to 29) and one precaution (back up the "
               "database first), leaving the steps to the agent; prompt 2 pastes that the login page shows an error: level 3. An "
               "upgrade run on a server: operating. The upgrade hits a maintenance-mode error (trouble), prompt 2 reports the "
               "site failing, the agent repairs it with `occ` and the status looks right, but nothing after that counts as "
               "evidence (no test, no commit, no confirmation): abandoned."),
)

SESSION = dict(
    cwd="/opt/nextcloud", start="2026-11-19T18:30:00Z", model="claude-sonnet-4-6", version="2.1.282",
    turns=[
        turn("Need to upgrade our Nextcloud (docker compose in /opt/nextcloud) from 28 to 29 tonight. Back up the database first please",
             read("/opt/nextcloud/docker-compose.yml", "services:\n  db:\n    image: mariadb:10.11\n    env_file: db.env\n    volumes: [\"db:/var/lib/mysql\"]\n"
                  "  app:\n    image: nextcloud:28-apache\n    depends_on: [db]\n    ports: [\"8080:80\"]\n    volumes: [\"nc:/var/www/html\", \"/srv/ncdata:/var/www/html/data\"]\nvolumes:\n  db:\n  nc:"),
             bash("docker compose exec -T db sh -c 'mariadb-dump -u root -p\"$MARIADB_ROOT_PASSWORD\" --single-transaction nextcloud' | gzip > /srv/backups/nextcloud-$(date +%F).sql.gz && ls -lh /srv/backups | tail -1",
                  "-rw-r--r-- 1 root root 412M Nov 19 18:33 nextcloud-2026-11-19.sql.gz", desc="Dump the database", ms=61000),
             edit("/opt/nextcloud/docker-compose.yml", "    image: nextcloud:28-apache", "    image: nextcloud:29-apache"),
             bash("docker compose pull app && docker compose up -d app && sleep 40 && docker compose logs --tail 5 app", "", desc="Pull 29 and restart", code=1,
                  stderr="app-1  | Nextcloud or one of the apps require upgrade - only a limited number of commands are available\napp-1  | Upgrading nextcloud from 28.0.11.1 ...\n"
                         "app-1  | Exception: Database error when running migration 29000Date20240124132201 for app core\napp-1  | An exception occurred while executing a query: SQLSTATE[HY000]: General error: 4047 InnoDB refuses to write tables with ROW_FORMAT=COMPRESSED or KEY_BLOCK_SIZE.\n", ms=95000),
             say("The backup is done (`/srv/backups/nextcloud-2026-11-19.sql.gz`, 412 MB). The upgrade to 29 started but a database migration failed: MariaDB refuses "
                 "to write compressed-format tables, which older Nextcloud installs created. The site is likely in maintenance mode now. I can convert those tables "
                 "and rerun the upgrade; shall I?")),
        turn("yes go ahead. the login page just says internal server error now",
             bash("docker compose exec -T db sh -c 'mariadb -u root -p\"$MARIADB_ROOT_PASSWORD\" -N -e \"SELECT table_name FROM information_schema.tables WHERE table_schema=\\\"nextcloud\\\" AND row_format=\\\"Compressed\\\"\"'",
                  "oc_filecache\noc_activity\noc_preferences", desc="Find the compressed tables"),
             bash("for t in oc_filecache oc_activity oc_preferences; do docker compose exec -T db sh -c \"mariadb -u root -p\\\"\\$MARIADB_ROOT_PASSWORD\\\" nextcloud -e 'ALTER TABLE $t ROW_FORMAT=DYNAMIC'\"; done",
                  "", desc="Convert them to DYNAMIC", ms=240000),
             bash("docker compose exec -u www-data app php occ upgrade && docker compose exec -u www-data app php occ maintenance:mode --off && docker compose exec -u www-data app php occ status",
                  "Nextcloud is already latest version\n...\nUpdate successful\nMaintenance mode disabled\n  - installed: true\n  - version: 29.0.8.1\n  - versionstring: 29.0.8\n  - maintenance: false\n  - needsDbUpgrade: false",
                  desc="Rerun the upgrade and leave maintenance mode", ms=130000),
             say("Converted the three compressed tables, reran the upgrade and turned maintenance mode off. `occ status` reports **29.0.8**, no pending database "
                 "upgrade, maintenance off. The login page should load again; the backup from before the upgrade is still in `/srv/backups`.")),
    ],
)
