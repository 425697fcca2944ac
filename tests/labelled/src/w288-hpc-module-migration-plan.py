LABEL = dict(
    split="heldout9",
    persona="HPC engineer planning the move of a cluster's software stack from hand-built Lmod modules to Spack environments",
    expertise_level=4, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is precise: the current tree (/opt/apps/modulefiles), the target (Spack 0.23 with a site "
               "environment per compiler), constraints (keep existing module names as aliases for a year, no rebuild of "
               "licensed codes), and the deliverable (an ordered migration plan with rollback) in plan mode: level 4. The "
               "agent reads and plans, ExitPlanMode, no edits: planning. No failures and no evidence, so neither."),
)

SESSION = dict(
    cwd="/home/svc-hpc/stack-migration", start="2026-06-15T08:30:19Z",
    model="claude-opus-4-6", version="2.1.202",
    turns=[
        turn("Plan only. We want to move from the hand-built Lmod tree in /opt/apps/modulefiles (about 340 modules) to Spack "
             "0.23, one environment per compiler (gcc 13, oneapi 2025). Constraints: existing module names must keep working "
             "as aliases for a year (users have them in job scripts), licensed codes (ansys, abaqus, matlab) stay hand-installed, "
             "nothing changes on the running nodes until the image rebuild in September. Give me ordered phases with what we "
             "check at each and how we roll back.",
             bash("find /opt/apps/modulefiles -name '*.lua' | wc -l; ls /opt/apps/modulefiles | head -20",
                  "341\nabaqus\nansys\nboost\ncp2k\nfftw\ngcc\ngromacs\nhdf5\nintel-oneapi\nlammps\nmatlab\nnetcdf\nopenmpi\nopenfoam\npython\nquantum-espresso\nr\nvasp", desc="Survey the module tree"),
             grep("module load", path="/home/svc-hpc/stack-migration/sample_jobs", content="sample_jobs/a.slurm:3:module load gromacs/2023.3-gcc12-ompi4\n"
                  "sample_jobs/b.slurm:2:module load openmpi/4.1.6 hdf5/1.14.3\nsample_jobs/c.slurm:4:module load vasp/6.4.2"),
             plan("## Lmod → Spack migration\n\n**Phase 0, inventory (week 1):** classify 341 modules into spack-buildable / licensed / retire; "
                  "harvest `module load` lines from 90 days of slurm job scripts to rank by use. Check: every used module classified.\n"
                  "**Phase 1, build (weeks 2-6):** spack environments gcc13 and oneapi2025 on a build node; `spack module lmod refresh` "
                  "into /opt/spack/modules. Check: top-50 modules build and pass their `spack test run`.\n"
                  "**Phase 2, aliases:** Lmod `module_version`/hide + alias file mapping old names → spack names. Check: replay the "
                  "harvested load lines in a container, 100% resolve.\n**Phase 3, pilot (August):** opt-in `module use /opt/spack/modules` for "
                  "two groups. Check: their job success rate vs the previous month.\n**Phase 4, image (September):** MODULEPATH switch in the new image; "
                  "licensed codes stay under /opt/apps.\n**Rollback:** each phase is additive until 4; rollback of 4 = boot previous image, old tree untouched for a year.",
                  "/home/svc-hpc/.claude/plans/spack-migration.md"),
             say("Plan is saved. The key risk is phase 2: some old names encode the compiler and MPI (gromacs/2023.3-gcc12-ompi4), "
                 "which the new stack will not have. Those aliases would load a different build, so they need a deliberate "
                 "mapping rather than an automatic one.", ), mode="plan"),
    ],
)
