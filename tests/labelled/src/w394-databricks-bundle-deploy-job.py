LABEL = dict(
    split="heldout13",
    persona="Spark/Databricks data engineer deploying a nightly job with an asset bundle",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the bundle, the target (staging) and the job, and asks for a run after deploy, leaving the configuration problems to the agent; prompt 2 gives a general pointer ('the policy id is in the shared vars file I think'). Level 3. "
               "A job is deployed and run in an environment: operating. `databricks bundle validate` fails (the variable `job_policy_id` is not defined), which is trouble; deploy and the run then succeed, and prompt 3 ('checked the table, 1.2m rows for yesterday, all good') confirms the result: resolved, verified success."),
)

SESSION = dict(
    cwd="/Users/priya/repos/logistics-pipelines", start="2026-11-30T09:10:00Z", model="claude-opus-4-6", version="2.1.249", branch="main",
    turns=[
        turn("deploy the bundle to staging and kick off the nightly_deliveries_silver job once so we know it works before tonight",
             read("/Users/priya/repos/logistics-pipelines/resources/nightly_deliveries_silver.yml", "resources:\n  jobs:\n    nightly_deliveries_silver:\n      name: nightly_deliveries_silver\n      schedule:\n        quartz_cron_expression: \"0 30 2 * * ?\"\n        timezone_id: Europe/London\n      job_clusters:\n        - job_cluster_key: main\n          new_cluster:\n            spark_version: 15.4.x-scala2.12\n            node_type_id: Standard_D8ds_v5\n            num_workers: 4\n            policy_id: ${var.job_policy_id}\n      tasks:\n        - task_key: silver\n          job_cluster_key: main\n          notebook_task:\n            notebook_path: ../src/deliveries_silver.py"),
             bash("databricks bundle validate -t staging", "Error: cannot resolve variable reference ${var.job_policy_id}: variable \"job_policy_id\" is not defined\n\nName: logistics-pipelines\nTarget: staging", code=1, desc="Validate the bundle for staging", ms=4200),
             grep("job_policy_id", path="/Users/priya/repos/logistics-pipelines", files=[]),
             say("Validation fails: the job refers to `${var.job_policy_id}` but no variable of that name is defined in `databricks.yml` or the staging target, and nothing else in the repo mentions it. Do you know the cluster policy id for staging jobs?")),
        turn("the policy id is in the shared vars file I think, vars/staging.yml or something",
             glob("vars/*.yml", ["vars/dev.yml", "vars/staging.yml", "vars/prod.yml"], path="/Users/priya/repos/logistics-pipelines"),
             read("/Users/priya/repos/logistics-pipelines/vars/staging.yml", "warehouse_id: 4b1f0e22a9c1\njobs_policy_id: 00127A3F9E4B8C21\ncatalog: logistics_stg"),
             edit("/Users/priya/repos/logistics-pipelines/resources/nightly_deliveries_silver.yml", "            policy_id: ${var.job_policy_id}", "            policy_id: ${var.jobs_policy_id}"),
             bash("databricks bundle validate -t staging && databricks bundle deploy -t staging && databricks bundle run -t staging nightly_deliveries_silver",
                  "Name: logistics-pipelines\nTarget: staging\nValidation OK!\nUploading bundle files to /Workspace/Users/priya@northfreight.co/.bundle/logistics-pipelines/staging/files...\nDeploying resources...\nUpdating deployment state...\nDeployment complete!\nRun URL: https://adb-5521.7.azuredatabricks.net/?o=5521#job/779102/run/1180344\n\n2026-11-30 09:24:51 \"nightly_deliveries_silver\" RUNNING\n2026-11-30 09:41:07 \"nightly_deliveries_silver\" TERMINATED SUCCESS",
                  desc="Validate, deploy and run", ms=990000),
             say("The variable is defined as `jobs_policy_id` (with an s) in `vars/staging.yml`; the job used `job_policy_id`. Fixed the reference, validated, deployed to staging and ran the job once: TERMINATED SUCCESS after about 16 minutes. The schedule (02:30 Europe/London) is active for tonight.")),
        turn("checked the table, 1.2m rows for yesterday, all good. thanks",
             say("Good. The fix to the variable name is only in your working tree; commit it when you're ready so prod picks it up too.")),
    ],
)
