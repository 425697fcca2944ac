LABEL = dict(
    split="heldout7",
    persona="climate scientist running a regional downscaling ensemble on a university HPC cluster (Slurm)",
    expertise_level=4, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the job script, the array range, the failed members, the error (OUT_OF_MEMORY in sacct) and the constraint (stay on the "
               "standard partition's 256G nodes, no highmem), and asks to resubmit only the failed members; prompt 2 corrects the agent with a specific "
               "fact (the regrid step, not the model, holds the whole year in memory; use the existing --months flag): level 4. Resubmitting jobs on "
               "the cluster: operating. The first resubmission is rejected by sbatch (trouble); after the fix the jobs are queued and running, but "
               "nothing shows they finished and there is no test, commit or confirmation afterwards: abandoned."),
)

SESSION = dict(
    cwd="/home/s2291847/downscale", start="2026-12-01T21:10:00Z", model="claude-sonnet-4-6", version="2.1.238",
    turns=[
        turn("run_member.sbatch array 0-49: members 7, 19, 23 and 41 died, sacct says OUT_OF_MEMORY. they asked for --mem=200G. we have to stay "
             "on the standard partition (256G nodes), no highmem allocation left this quarter. resubmit only those four with more memory",
             bash("sacct -j 4471823 --format=JobID,State,MaxRSS,ReqMem,Elapsed -X | grep -E '_(7|19|23|41) '",
                  "4471823_7    OUT_OF_ME+  205812M   200G  03:12:44\n4471823_19   OUT_OF_ME+  204990M   200G  03:09:10\n4471823_23   OUT_OF_ME+  206101M   200G  03:15:02\n"
                  "4471823_41   OUT_OF_ME+  205377M   200G  03:11:37", desc="Check the failed array tasks"),
             bash("sbatch --array=7,19,23,41 --mem=260G run_member.sbatch",
                  "sbatch: error: Memory specification can not be satisfied\nsbatch: error: Batch job submission failed: Requested node configuration is not available",
                  code=1, desc="Resubmit with more memory"),
             say("All four peaked just over 200 GB after ~3 h. 260G isn't possible on the standard nodes (256 GB, of which about 250G is allocatable). "
                 "I can resubmit with --mem=250G, but it may still be too tight if the peak keeps growing.")),
        turn("the model isn't the problem, it's the regrid step at the end - regrid.py loads the whole year of hourly fields before writing. make "
             "it go month by month (there's already a --months flag that nobody uses) and resubmit at 200G",
             read("/home/s2291847/downscale/run_member.sbatch",
                  "#!/bin/bash\n#SBATCH --partition=standard\n#SBATCH --time=06:00:00\n#SBATCH --mem=200G\nmodule load wrf/4.5 python/3.11\n./run_wrf.sh $SLURM_ARRAY_TASK_ID\n"
                  "python regrid.py --member $SLURM_ARRAY_TASK_ID --out /scratch/$USER/ens/m$SLURM_ARRAY_TASK_ID.nc\n"),
             edit("/home/s2291847/downscale/run_member.sbatch", "python regrid.py --member $SLURM_ARRAY_TASK_ID --out /scratch/$USER/ens/m$SLURM_ARRAY_TASK_ID.nc",
                  "# regrid a month at a time: loading a whole year of hourly fields peaked above 200G\nfor m in $(seq 1 12); do\n"
                  "  python regrid.py --member $SLURM_ARRAY_TASK_ID --months $m --out /scratch/$USER/ens/m${SLURM_ARRAY_TASK_ID}_$(printf %02d $m).nc\ndone"),
             bash("sbatch --array=7,19,23,41 run_member.sbatch", "Submitted batch job 4473310", desc="Resubmit the four members"),
             bash("squeue -j 4473310", "             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)\n       4473310_7  standard run_memb s2291847  R       0:42      1 node217\n"
                  "      4473310_19  standard run_memb s2291847  R       0:42      1 node221\n      4473310_23  standard run_memb s2291847  R       0:42      1 node190\n      4473310_41  standard run_memb s2291847  R       0:41      1 node204",
                  desc="Check the queue"),
             say("`run_member.sbatch` now regrids one month at a time with `--months`, writing twelve monthly files per member. The four members are "
                 "resubmitted at 200G as job 4473310 and all four are running. Note the output is now `m7_01.nc` … `m7_12.nc` instead of one `m7.nc`; "
                 "your ensemble scripts may need to concatenate them. They should finish in about three hours.")),
    ],
)
