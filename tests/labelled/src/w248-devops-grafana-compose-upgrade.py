LABEL = dict(
    split="heldout8",
    persona="DevOps engineer at a small hosting company, monitoring stack on Docker Compose",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the stack (docker-compose.yml in /opt/monitoring), the target (Grafana 10.4 to 11.3) and one check (keep the dashboards), leaving "
               "the migration steps to the agent: level 3. Upgrading a running service: operating. The first `up -d` leaves Grafana restarting on a plugin "
               "error (trouble); the agent removes the plugin and Grafana comes up with `/api/health` OK, but the session ends with prompt 2's question and no "
               "test run, commit or confirmation after the trouble: abandoned by the evidence rule, though the service works in practice."),
)

SESSION = dict(
    cwd="/opt/monitoring", start="2026-11-27T22:05:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("upgrade grafana in /opt/monitoring/docker-compose.yml from 10.4 to 11.3. dashboards have to survive, they're in the grafana-data volume",
             read("/opt/monitoring/docker-compose.yml", "services:\n  grafana:\n    image: grafana/grafana:10.4.2\n    volumes:\n      - grafana-data:/var/lib/grafana\n"
                  "    environment:\n      - GF_INSTALL_PLUGINS=grafana-worldmap-panel,grafana-piechart-panel\n    restart: unless-stopped\n  prometheus:\n    image: prom/prometheus:v2.53.0\n..."),
             bash("docker run --rm -v monitoring_grafana-data:/v -v /root/backup:/b alpine tar czf /b/grafana-data-20261127.tgz -C /v .", "", desc="Back up the Grafana volume", ms=6000),
             edit("/opt/monitoring/docker-compose.yml", "    image: grafana/grafana:10.4.2", "    image: grafana/grafana:11.3.1"),
             bash("docker compose pull grafana && docker compose up -d grafana && sleep 20 && docker compose ps grafana",
                  "grafana Pulled\n Container monitoring-grafana-1  Recreated\n Container monitoring-grafana-1  Started\nNAME                   IMAGE                    STATUS\nmonitoring-grafana-1   grafana/grafana:11.3.1   Restarting (1) 4 seconds ago", desc="Pull and start the new Grafana", ms=38000),
             bash("docker compose logs --tail 5 grafana", "grafana-1  | logger=plugin.installer t=2026-11-27T22:09:41Z level=error msg=\"Failed to install plugin\" pluginId=grafana-worldmap-panel error=\"plugin grafana-worldmap-panel is deprecated and not supported for Grafana 11\"\n"
                  "grafana-1  | Error: ✗ failed to install plugins", desc="Read Grafana's logs"),
             edit("/opt/monitoring/docker-compose.yml", "      - GF_INSTALL_PLUGINS=grafana-worldmap-panel,grafana-piechart-panel", "      - GF_INSTALL_PLUGINS=grafana-piechart-panel"),
             bash("docker compose up -d grafana && sleep 20 && docker compose ps grafana && curl -s localhost:3000/api/health",
                  " Container monitoring-grafana-1  Recreated\n Container monitoring-grafana-1  Started\nNAME                   IMAGE                    STATUS\nmonitoring-grafana-1   grafana/grafana:11.3.1   Up 19 seconds\n"
                  "{\n  \"database\": \"ok\",\n  \"version\": \"11.3.1\"\n}", desc="Restart and check health", ms=26000),
             say("Grafana 11.3.1 is up (`/api/health`: database ok). The first start crash-looped because the **Worldmap** plugin no longer exists for Grafana 11; I removed it "
                 "from `GF_INSTALL_PLUGINS`. The volume was backed up first to `/root/backup/grafana-data-20261127.tgz`. Panels that used Worldmap will need converting to the "
                 "built-in Geomap panel – Grafana 11 offers a migrate button on those panels.")),
        turn("which dashboards used worldmap?",
             bash("docker compose exec grafana sh -c \"sqlite3 /var/lib/grafana/grafana.db \\\"select title from dashboard where data like '%grafana-worldmap-panel%'\\\"\"", "Customer traffic by region\nEdge POP latency", desc="Find dashboards using Worldmap"),
             say("Two: **Customer traffic by region** and **Edge POP latency**. Open each, edit the map panel and click *Migrate* to Geomap, then save.")),
    ],
)
