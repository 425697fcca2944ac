LABEL = dict(
    split="heldout4",
    persona="Data engineer on call for the event pipeline at a ride-sharing company",
    expertise_level=4, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the consumer group, topic, the symptom with numbers (lag 2.3M and growing on 6 of 24 partitions), "
               "the suspicion (a rebalance loop from max.poll.interval.ms) and the scope (look before changing anything, no offset "
               "resets); prompt 2 gives the exact change and rollout (raise max.poll.interval.ms to 600000, lower max.poll.records "
               "to 200, restart one pod at a time): level 4. Diagnosing and reconfiguring a running deployment: operating. A "
               "`kubectl rollout status` times out (trouble); the rollout later completes and the lag starts falling, but the "
               "session ends with no confirmation or other evidence: abandoned."),
)

SESSION = dict(
    cwd="/home/oncall/pipelines", start="2026-11-23T02:40:00Z", model="claude-opus-4-6", version="2.1.284",
    turns=[
        turn("Consumer group trip-enricher on topic trips.raw has lag 2.3M and growing, but only on 6 of the 24 partitions. I suspect a rebalance loop from "
             "slow batches blowing max.poll.interval.ms. Look first, don't change anything yet, and absolutely no offset resets.",
             bash("kafka-consumer-groups --bootstrap-server kafka:9092 --describe --group trip-enricher | awk 'NR==1 || $6 > 100000'",
                  "GROUP          TOPIC      PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG     CONSUMER-ID\ntrip-enricher  trips.raw  3          88120411        88511902        391491  -\n"
                  "trip-enricher  trips.raw  7          87990012        88402290        412278  -\ntrip-enricher  trips.raw  11         88011388        88390514        379126  -\n"
                  "trip-enricher  trips.raw  15         88102003        88480771        378768  -\ntrip-enricher  trips.raw  19         88054190        88439016        384826  -\n"
                  "trip-enricher  trips.raw  23         87901556        88292310        390754  -", desc="Which partitions lag"),
             bash("kubectl -n pipelines logs deploy/trip-enricher --since=30m | grep -E 'Revoking|poll|rebalanc' | tail -6",
                  "02:31:12 WARN  consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms (300000)\n"
                  "02:31:12 INFO  Revoking previously assigned partitions [trips.raw-3, trips.raw-7]\n02:35:40 WARN  consumer poll timeout has expired ... (300000)\n"
                  "02:35:41 INFO  Revoking previously assigned partitions [trips.raw-11, trips.raw-15]\n02:38:02 INFO  (Re-)joining group", desc="Look for rebalances"),
             bash("kubectl -n pipelines get deploy trip-enricher -o jsonpath='{.spec.template.spec.containers[0].env}' | tr ',' '\\n' | grep -i poll",
                  "{\"name\":\"KAFKA_MAX_POLL_RECORDS\",\"value\":\"1000\"}\n{\"name\":\"KAFKA_MAX_POLL_INTERVAL_MS\",\"value\":\"300000\"}", desc="Current poll settings"),
             say("Confirmed: the lagging partitions (3, 7, 11, 15, 19, 23) have **no consumer** (`CONSUMER-ID -`), and the logs show members exceeding "
                 "`max.poll.interval.ms` (300 s), being kicked, and rejoining every few minutes. Those six partitions belong to the pod that keeps timing out. "
                 "Batches are 1,000 records. Nothing changed.")),
        turn("OK. Set KAFKA_MAX_POLL_INTERVAL_MS=600000 and KAFKA_MAX_POLL_RECORDS=200 on the deployment, rolling one pod at a time (maxUnavailable 1, "
             "maxSurge 0), and watch the lag on those six.",
             bash("kubectl -n pipelines patch deploy trip-enricher -p '{\"spec\":{\"strategy\":{\"rollingUpdate\":{\"maxUnavailable\":1,\"maxSurge\":0}}}}' && "
                  "kubectl -n pipelines set env deploy/trip-enricher KAFKA_MAX_POLL_INTERVAL_MS=600000 KAFKA_MAX_POLL_RECORDS=200",
                  "deployment.apps/trip-enricher patched\ndeployment.apps/trip-enricher env updated", desc="Apply the settings"),
             bash("kubectl -n pipelines rollout status deploy/trip-enricher --timeout=300s", "", desc="Wait for the rollout", code=1, ms=300000,
                  stderr="Waiting for deployment \"trip-enricher\" rollout to finish: 3 of 6 updated replicas are available...\nerror: timed out waiting for the condition\n"),
             bash("kubectl -n pipelines get pods -l app=trip-enricher -o wide | head -8; kubectl -n pipelines rollout status deploy/trip-enricher --timeout=600s",
                  "NAME                             READY   STATUS    RESTARTS   AGE\ntrip-enricher-6d9c7f-2hxlq       1/1     Running   0          6m\ntrip-enricher-6d9c7f-8kq2n       1/1     Running   0          4m\n...\n"
                  "deployment \"trip-enricher\" successfully rolled out", desc="Check pods and keep waiting", ms=410000),
             bash("sleep 300; kafka-consumer-groups --bootstrap-server kafka:9092 --describe --group trip-enricher | awk '$3 ~ /^(3|7|11|15|19|23)$/ {print $3, $6, $7}'",
                  "3 301877 consumer-trip-enricher-4\n7 318004 consumer-trip-enricher-1\n11 290112 consumer-trip-enricher-4\n15 287650 consumer-trip-enricher-6\n19 296430 consumer-trip-enricher-2\n23 301222 consumer-trip-enricher-6",
                  desc="Lag on the six partitions after 5 minutes", ms=304000),
             say("The rollout took longer than 5 minutes (each pod waits for its rebalance before Ready) and my first wait timed out; it completed on the second. "
                 "All six partitions now have a consumer, and their lag fell about 90k each in five minutes (e.g. partition 7: 412k to 318k). At this rate they "
                 "catch up in roughly 20 minutes. No offsets were touched.")),
    ],
)
