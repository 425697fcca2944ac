LABEL = dict(
    split="heldout9",
    persona="HPC engineer at a university research computing service debugging a user's multi-node MPI job on a Slurm cluster",
    expertise_level=5, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the job script, the symptom (hangs in MPI_Init past 2 nodes), the suspects in order (UCX "
               "transport selection on the new ConnectX-7 nodes, then PMIx version mismatch), rules out the network with a "
               "reason (osu_bw passes between the same nodes) and designs the check (a 4-node osu_allreduce under srun "
               "--mpi=pmix); prompt 2 an exact correction (UCX_NET_DEVICES=mlx5_0:1, not mlx5_2): level 5. Fixing. Trouble: "
               "the test jobs fail (timeout, exit 1) and prompt 3 reports it 'still hangs at 4 nodes'; the session ends there, so abandoned."),
)

SESSION = dict(
    cwd="/home/hpc-admin/tickets/RC-4471", start="2026-11-05T11:20:33Z",
    model="claude-opus-4-6", version="2.1.230",
    turns=[
        turn("Ticket RC-4471: user's job.slurm (OpenMPI 5.0.3 + UCX 1.16) hangs in MPI_Init on >2 nodes, only on the new "
             "cx7 partition. Not the fabric: osu_bw between the same nodes does 24 GB/s. Suspects in order: UCX picking the wrong "
             "transport/device on the CX-7 nodes, then OpenMPI built against a different PMIx than slurm's. Reproduce with a "
             "4-node osu_allreduce via srun --mpi=pmix with UCX_LOG_LEVEL=info, 5 min time limit.",
             read("/home/hpc-admin/tickets/RC-4471/job.slurm",
                  "#SBATCH -p cx7 -N 8 --ntasks-per-node=64\nmodule load openmpi/5.0.3-ucx\nmpirun ./lbm_solver input.toml\n"),
             write("/home/hpc-admin/tickets/RC-4471/repro.slurm",
                   "#!/bin/bash\n#SBATCH -p cx7 -N 4 --ntasks-per-node=4 -t 00:05:00 -o repro-%j.out\nmodule load openmpi/5.0.3-ucx osu-micro-benchmarks\n"
                   "export UCX_LOG_LEVEL=info\nsrun --mpi=pmix osu_allreduce -m 8:8\n"),
             bash("sbatch --wait repro.slurm; tail -6 repro-*.out",
                  "Submitted batch job 918244\n[1762342102.118] [cx7n012:2210] ucp_worker.c:1866 UCX INFO ep_cfg[0]: tag(rc_mlx5/mlx5_2:1 rc_mlx5/mlx5_2:1)\n"
                  "[1762342102.120] [cx7n013:1987] ucp_worker.c:1866 UCX INFO ep_cfg[0]: tag(rc_mlx5/mlx5_0:1)\nslurmstepd: error: *** JOB 918244 ON cx7n012 CANCELLED AT 2026-11-05T11:31:02 DUE TO TIME LIMIT ***",
                  code=1, desc="Run the 4-node repro", ms=310000),
             say("Reproduced: it hangs and hits the 5-minute limit. The UCX log shows the nodes disagree on the device: cx7n012 "
                 "uses mlx5_2 and cx7n013 mlx5_0. I'd pin it: `UCX_NET_DEVICES=mlx5_2:1`.")),
        turn("no — mlx5_2 is the ethernet-mode port on those. pin UCX_NET_DEVICES=mlx5_0:1 and rerun",
             edit("/home/hpc-admin/tickets/RC-4471/repro.slurm", "export UCX_LOG_LEVEL=info\n", "export UCX_LOG_LEVEL=info\nexport UCX_NET_DEVICES=mlx5_0:1\n"),
             bash("sbatch --wait repro.slurm; tail -4 repro-*.out | tail -4",
                  "Submitted batch job 918251\n[1762342791.402] [cx7n012:2544] ucp_worker.c:1866 UCX INFO ep_cfg[0]: tag(rc_mlx5/mlx5_0:1)\n"
                  "[1762342791.405] [cx7n014:2231] ucp_worker.c:1866 UCX INFO ep_cfg[0]: tag(rc_mlx5/mlx5_0:1)\nslurmstepd: error: *** JOB 918251 ON cx7n012 CANCELLED AT 2026-11-05T11:42:51 DUE TO TIME LIMIT ***",
                  code=1, desc="Rerun with the device pinned", ms=305000),
             bash("ompi_info --parsable | grep -i pmix; srun --mpi=list", "mca:pmix:ext4x:version:4.2.9\nMPI plugin types are...\n\tnone\n\tpmi2\n\tpmix\nspecific pmix plugin versions available: pmix_v5",
                  desc="Compare PMIx versions"),
             say("Device is now consistent (all mlx5_0) but it still times out. Second suspect looks live: OpenMPI was built "
                 "against PMIx 4.2.9 while Slurm's plugin is pmix_v5. Next step would be rebuilding the openmpi module against "
                 "Slurm's PMIx 5, or trying `--mpi=pmi2` as a stopgap.")),
        turn("tried --mpi=pmi2 by hand, still hangs at 4 nodes. leave it, I'll rebuild the module with the vendor on thursday",
             say("Understood. Summary for the ticket: UCX device mismatch fixed by pinning mlx5_0:1 but not sufficient; "
                 "suspected PMIx 4.2.9 (OpenMPI) vs pmix_v5 (Slurm) mismatch; pmi2 also hangs. Rebuild scheduled Thursday.")),
    ],
)
