LABEL = dict(
    split="heldout21",
    persona="flood modeller running a LISFLOOD-FP design-event simulation on the university's Slurm cluster",
    expertise_level=4, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the run (runs/aire_q100.par on the 5 m DEM), the resources (the hpc partition, 48 h), the output it needs and its acceptance check (cumulative mass error under 1% in the .mass file), precise and scoped: level 4. There is no anticipation of the failure that happened (memory), and the user's prompt 2 is a confirmation, so not 5. "
               "The work is submitting and running a model job on a cluster: operating. "
               "The first job is killed for memory and reading its mass file fails (trouble); the agent resubmits with more memory and the mass error is 0.31%, and prompt 2 ('max depths are within 0.2 m of the Feb 2020 wrack marks at 11 of 13 sites, that'll do') confirms after the trouble, so verified success."),
)

SESSION = dict(
    cwd="/home/eleri/projects/aire-flood", start="2026-12-02T08:30:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="main",
    turns=[
        turn("Submit runs/aire_q100.par to the cluster (ssh alias hpc, project dir ~/aire-flood there, partition hpc, 48h wall). It's the 5 m DEM so it's a big one. I need max depth (.max) and the mass balance; accept the run only if cumulative mass error in the .mass file ends under 1%. Use the existing slurm/lisflood.sbatch",
             bash("rsync -az runs/aire_q100.par hpc:aire-flood/runs/ && ssh hpc 'cd aire-flood && cat slurm/lisflood.sbatch && sbatch --partition=hpc --time=48:00:00 --job-name=aire_q100 slurm/lisflood.sbatch runs/aire_q100.par'", "#!/bin/bash\n#SBATCH --nodes=1\n#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=32\n#SBATCH --mem=32G\n#SBATCH --output=logs/%x-%j.out\nmodule load lisflood-fp/8.1\nexport OMP_NUM_THREADS=$SLURM_CPUS_PER_TASK\nlisflood -v \"$1\"\nSubmitted batch job 884213", desc="Copy the parameter file and submit the job"),
             bash("ssh hpc 'sacct -j 884213 --format=JobID,State,Elapsed,MaxRSS,ExitCode -n'", "884213        OUT_OF_ME+   00:41:17            0:125\n884213.batch  OUT_OF_ME+   00:41:17  33554012K   0:125", desc="Check the job", ms=2400),
             bash("ssh hpc 'tail -n 3 aire-flood/results/aire_q100/aire_q100.mass'", code=1, out="tail: cannot open 'aire-flood/results/aire_q100/aire_q100.mass' for reading: No such file or directory", desc="Read the mass balance file"),
             bash("ssh hpc 'cd aire-flood && tail -4 logs/aire_q100-884213.out'", "Simulation time 14400.0 s, dt 0.42 s, wet cells 3918221\nSimulation time 14700.0 s, dt 0.41 s, wet cells 4022950\nslurmstepd: error: Detected 1 oom_kill event in StepId=884213.batch. Some of your processes may have been killed by the cgroup out-of-memory handler.", desc="Read the job log"),
             bash("ssh hpc 'cd aire-flood && sbatch --partition=hpc --time=48:00:00 --mem=128G --job-name=aire_q100 slurm/lisflood.sbatch runs/aire_q100.par'", "Submitted batch job 884377", desc="Resubmit with 128 GB"),
             bash("ssh hpc 'sacct -j 884377 --format=JobID,State,Elapsed,MaxRSS,ExitCode -n; tail -n 2 aire-flood/results/aire_q100/aire_q100.mass'", "884377        COMPLETED    19:02:44            0:0\n884377.batch  COMPLETED    19:02:44  71240388K   0:0\n  259200.0  0.412  2.1905e+08  2.1837e+08  -6.81e+05  -0.311\n  259200.0  (end)", desc="Check the rerun and its mass balance", ms=2600),
             bash("rsync -az hpc:aire-flood/results/aire_q100/aire_q100.max hpc:aire-flood/results/aire_q100/aire_q100.mass results/aire_q100/ && ls -la results/aire_q100/", "total 412820\n-rw-r--r-- 1 eleri eleri 422611204 Dec  3 03:33 aire_q100.max\n-rw-r--r-- 1 eleri eleri    1840512 Dec  3 03:33 aire_q100.mass", desc="Copy the results back"),
             say("Done, with one resubmission.\n\n- Job **884213** was killed by the out-of-memory handler after 41 min (32 GB in the sbatch file; the wet area passed 4 million cells at about 4 h simulated time), so there was no .mass file.\n- Job **884377** with `--mem=128G` **completed** in 19 h 03 min, peak memory 68 GB.\n- **Mass balance**: cumulative error at the end (t = 259 200 s) is **−0.31%**, under your 1% limit.\n\n`aire_q100.max` and `.mass` are in `results/aire_q100/`. I didn't change `slurm/lisflood.sbatch`; you may want `--mem=96G` or more there for the 5 m runs.")),
        turn("compared the max depths with the Feb 2020 wrack marks, within 0.2 m at 11 of 13 sites, that'll do. thanks",
             say("Good result. The two sites outside 0.2 m are worth a note in the report (often they sit on structures the 5 m DEM smooths out).")),
    ],
)
