LABEL = dict(
    split="heldout6",
    persona="SRE lead running HashiCorp Nomad on bare metal for a logistics company; terse",
    expertise_level=4, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the job (ingest), the version, the rollout rule (canary 1, auto-promote on healthy) and what must be checked (allocations "
               "healthy on all three clients); prompt 2 corrects the agent with a specific fact about their cluster (a host_volume on each client, not "
               "a CSI volume): level 4. A deploy: operating. The first `nomad job run` leaves the canary failing (trouble); after the fix the rollout is "
               "healthy and prompt 3 ('healthy on all three, done') confirms it: verified success."),
)

SESSION = dict(
    cwd="/home/ines/ops/nomad-jobs", start="2026-12-01T22:10:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("roll ingest to 2.14.0. canary 1, auto_promote. volume for the spool dir. check allocs healthy on all three clients",
             read("/home/ines/ops/nomad-jobs/ingest.nomad.hcl",
                  "job \"ingest\" {\n  update { max_parallel = 1 }\n  group \"ingest\" {\n    count = 3\n    task \"ingest\" {\n      driver = \"docker\"\n"
                  "      config { image = \"registry.lan/ingest:2.13.2\" }\n    }\n  }\n}"),
             edit("/home/ines/ops/nomad-jobs/ingest.nomad.hcl",
                  "  update { max_parallel = 1 }\n  group \"ingest\" {\n    count = 3\n",
                  "  update {\n    max_parallel = 1\n    canary       = 1\n    auto_promote = true\n  }\n  group \"ingest\" {\n    count = 3\n"
                  "    volume \"spool\" {\n      type            = \"csi\"\n      source          = \"ingest-spool\"\n      access_mode     = \"single-node-writer\"\n      attachment_mode = \"file-system\"\n    }\n"),
             edit("/home/ines/ops/nomad-jobs/ingest.nomad.hcl", "      config { image = \"registry.lan/ingest:2.13.2\" }",
                  "      config { image = \"registry.lan/ingest:2.14.0\" }\n      volume_mount {\n        volume      = \"spool\"\n        destination = \"/var/spool/ingest\"\n      }"),
             bash("nomad job run -detach ingest.nomad.hcl && sleep 30 && nomad job status ingest | tail -4", "", desc="Run the job", code=2, ms=34000,
                  stderr="Evaluation \"3f1c9a2e\" finished with status \"complete\" but failed to place all allocations:\nTask Group \"ingest\" (failed to place 1 allocation):\n"
                         "  * Constraint \"missing CSI Volume ingest-spool\": 3 nodes excluded by filter\n"),
             say("The canary can't be placed: there is no CSI volume `ingest-spool` registered. Do you have a CSI plugin, or should the spool be on the host?")),
        turn("no csi here. each client has host_volume \"ingest-spool\" in its config",
             edit("/home/ines/ops/nomad-jobs/ingest.nomad.hcl",
                  "      type            = \"csi\"\n      source          = \"ingest-spool\"\n      access_mode     = \"single-node-writer\"\n      attachment_mode = \"file-system\"",
                  "      type   = \"host\"\n      source = \"ingest-spool\""),
             bash("nomad job run ingest.nomad.hcl | tail -6",
                  "==> 2026-12-01T22:19:44Z: Monitoring deployment \"b81e0d47\"\n  ✓ Deployment \"b81e0d47\" successful\n\n    Deployed\n    Task Group  Auto Revert  Promoted  Desired  Canaries  Placed  Healthy  Unhealthy\n"
                  "    ingest      false        true      3        1         3       3        0", desc="Run the job again", ms=141000),
             bash("nomad job allocs ingest | awk 'NR==1 || /running/'",
                  "ID        Node ID   Task Group  Version  Desired  Status   Created  Modified\n6c0e2b1a  a91f0c3d  ingest      4        run      running  1m ago   12s ago\n"
                  "d47b9e02  0b2c7e55  ingest      4        run      running  58s ago  9s ago\n91aa3f6c  e3d4a810  ingest      4        run      running  2m ago   1m ago", desc="Check allocations"),
             say("Switched to the host volume. Deployment b81e0d47: canary placed, auto-promoted, 3/3 healthy, one running allocation on each of the three clients at version 4 (2.14.0).")),
        turn("healthy on all three, done", say("Good. The previous version stays available for `nomad job revert ingest 3` if needed.")),
    ],
)
