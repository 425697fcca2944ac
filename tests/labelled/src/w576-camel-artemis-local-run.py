LABEL = dict(
    split="heldout19",
    persona="integration developer running a Camel Spring Boot app against a local Artemis broker",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names what to run (Artemis in docker, the order-hub app with the local profile) and the outcome (orders from the local drop folder end up on orders.uk), but not the ports, credentials or how to check; prompt 2 asks a specific follow-up (the console URL): level 3. "
               "The work is starting a broker container and the app in a local environment and checking the queues: operating. "
               "No action failed; prompt 2 ('yep can see them in the console, 3 on orders.uk. cheers') confirms it works, so verified success."),
)

SESSION = dict(
    cwd="/home/dev/integration/order-hub", start="2026-12-03T08:05:00Z", model="claude-opus-4-6", version="2.1.246", branch="main",
    turns=[
        turn("need to run order-hub locally against artemis to demo it this afternoon. spin up artemis in docker and start the app with the local profile so files dropped in ./local-drop end up on orders.uk",
             bash("cd /home/dev/integration/order-hub && cat src/main/resources/application-local.yml && docker ps --format '{{.Names}} {{.Ports}}'", "spring:\n  artemis:\n    mode: native\n    broker-url: tcp://localhost:61616\n    user: admin\n    password: admin\norder:\n  source: file:local-drop?delete=true\npartner:\n  host: unused", desc="Local profile and running containers"),
             bash("docker run -d --name artemis -p 61616:61616 -p 8161:8161 -e ARTEMIS_USER=admin -e ARTEMIS_PASSWORD=admin apache/activemq-artemis:2.38.0-alpine && sleep 8 && docker logs artemis 2>&1 | grep -E 'AMQ221007|AMQ241004' ", "5d0c2b7e91f4a0b3e8c6d2a1f9e7b5c3d8a6f4e2c0b9a7d5e3f1c8b6a4d2e0f9\nAMQ221007: Server is now live\nAMQ241004: Artemis Console available at http://0.0.0.0:8161/console", desc="Start Artemis", ms=14000),
             bash("cd /home/dev/integration/order-hub && mkdir -p local-drop && (SPRING_PROFILES_ACTIVE=local nohup mvn -q spring-boot:run > /tmp/order-hub.log 2>&1 &) && sleep 25 && grep -E 'Started OrderHubApplication|order-router' /tmp/order-hub.log", "2026-12-03T08:07:12.410Z  INFO 48211 --- [main] o.a.c.impl.engine.AbstractCamelContext   : Started order-router (file://local-drop)\n2026-12-03T08:07:12.455Z  INFO 48211 --- [main] c.n.hub.OrderHubApplication              : Started OrderHubApplication in 6.902 seconds", desc="Start the app with the local profile", ms=27000),
             bash("cd /home/dev/integration/order-hub && cp src/test/resources/samples/order-gb-*.xml local-drop/ && sleep 5 && ls local-drop | wc -l && grep -c 'orders.uk' /tmp/order-hub.log", "0\n3", desc="Drop three sample GB orders"),
             say("Running:\n- **Artemis** 2.38 in docker (`artemis`), broker on `tcp://localhost:61616`, user/password `admin`/`admin` as in `application-local.yml`.\n- **order-hub** with `SPRING_PROFILES_ACTIVE=local`, route `order-router` consuming `file://local-drop`; log in `/tmp/order-hub.log`.\n\nI dropped the three `order-gb-*.xml` samples into `local-drop/`: all three were picked up (folder empty again) and the log shows three sends to `orders.uk`.\n\nTo stop later: `docker rm -f artemis` and kill the `spring-boot:run` process.")),
        turn("yep can see them in the console, 3 on orders.uk. cheers. whats the url again for the console, want it in my demo notes",
             say("http://localhost:8161/console, log in with admin/admin. The queues are under **Artemis → addresses → orders.uk**.")),
    ],
)
