LABEL = dict(
    split="heldout14",
    persona="Bioinformatician running nf-core/rnaseq on a SLURM cluster",
    expertise_level=5, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 pins the pipeline version, profile, samplesheet, genome and output, anticipates the failure (STAR_ALIGN running out of memory on the 150 bp samples), says how to handle it (a `withName` override in a custom config, not editing the pipeline, `-resume`, never delete `work/`): level 5. "
               "The work is running a pipeline on a cluster: operating. The first run fails (STAR_ALIGN exit 140 on two samples, `Execution aborted`), which is trouble; the resumed run completes, but a completed run is not a test, a commit or a confirmation, and the session ends there: trouble unresolved by the evidence rule, abandoned."),
)

SESSION = dict(
    cwd="/scratch/jkimani/rnaseq_liver_2026", start="2026-11-24T07:45:00Z", model="claude-opus-4-6", version="2.1.246", branch="main",
    turns=[
        turn("run nf-core/rnaseq -r 3.14.0 -profile singularity,slurm_hpc on samplesheet.csv, --genome GRCh38 is NOT ok (igenomes is stale), use --fasta/--gtf from /ref/gencode_v46, --aligner star_salmon, outdir results/. the 150bp samples may OOM in STAR_ALIGN at the default 36GB; if so add a withName:'.*:STAR_ALIGN' memory override in conf/custom.config and -resume. dont edit the pipeline, dont touch work/",
             bash("head -3 samplesheet.csv && wc -l samplesheet.csv && ls /ref/gencode_v46", "sample,fastq_1,fastq_2,strandedness\nLV01,/data/liver/LV01_R1.fastq.gz,/data/liver/LV01_R2.fastq.gz,auto\nLV02,/data/liver/LV02_R1.fastq.gz,/data/liver/LV02_R2.fastq.gz,auto\n25 samplesheet.csv\nGRCh38.primary_assembly.genome.fa.gz\ngencode.v46.primary_assembly.annotation.gtf.gz", desc="Check samplesheet and reference"),
             bash("nextflow run nf-core/rnaseq -r 3.14.0 -profile singularity,slurm_hpc --input samplesheet.csv --fasta /ref/gencode_v46/GRCh38.primary_assembly.genome.fa.gz --gtf /ref/gencode_v46/gencode.v46.primary_assembly.annotation.gtf.gz --gencode --aligner star_salmon --outdir results -c conf/custom.config 2>&1 | tail -12",
                  "Exit code 1\n[5e/a1c2f0] NFCORE_RNASEQ:RNASEQ:ALIGN_STAR:STAR_ALIGN (LV17) [ 95%] 22 of 24, failed: 2\nERROR ~ Error executing process > 'NFCORE_RNASEQ:RNASEQ:ALIGN_STAR:STAR_ALIGN (LV19)'\n\nCaused by:\n  Process `NFCORE_RNASEQ:RNASEQ:ALIGN_STAR:STAR_ALIGN (LV19)` terminated with an error exit status (140)\n\nCommand error:\n  slurmstepd: error: Detected 1 oom_kill event in StepId=8812044.batch. Some of the step tasks have been OOM Killed.\n\nWork dir:\n  /scratch/jkimani/rnaseq_liver_2026/work/9b/7e31d4…\n\n-- Check '.nextflow.log' file for details\nExecution aborted", code=1, desc="Run the pipeline", ms=14400000),
             read("/scratch/jkimani/rnaseq_liver_2026/conf/custom.config", "process {\n    clusterOptions = '--account=liverlab'\n}"),
             edit("/scratch/jkimani/rnaseq_liver_2026/conf/custom.config",
                  "process {\n    clusterOptions = '--account=liverlab'\n}",
                  "process {\n    clusterOptions = '--account=liverlab'\n    withName: '.*:STAR_ALIGN' {\n        memory = 72.GB\n    }\n}"),
             bash("nextflow run nf-core/rnaseq -r 3.14.0 -profile singularity,slurm_hpc --input samplesheet.csv --fasta /ref/gencode_v46/GRCh38.primary_assembly.genome.fa.gz --gtf /ref/gencode_v46/gencode.v46.primary_assembly.annotation.gtf.gz --gencode --aligner star_salmon --outdir results -c conf/custom.config -resume 2>&1 | tail -6",
                  "[5e/a1c2f0] NFCORE_RNASEQ:RNASEQ:ALIGN_STAR:STAR_ALIGN (LV24) [100%] 24 of 24, cached: 22 ✔\n[c1/09ab33] NFCORE_RNASEQ:RNASEQ:MULTIQC (1) [100%] 1 of 1 ✔\n-[nf-core/rnaseq] Pipeline completed successfully-\nCompleted at: 24-Nov-2026 16:02:11\nDuration    : 3h 51m 8s\nCPU hours   : 1,402.6 (71.3% cached)\nSucceeded   : 137\nCached      : 1,204", desc="Resume with the STAR memory override", ms=13860000),
             say("As you expected, STAR_ALIGN was OOM-killed (exit 140) on LV17 and LV19 at 36 GB. I added `withName: '.*:STAR_ALIGN' { memory = 72.GB }` to `conf/custom.config` (pipeline untouched, `work/` untouched) and resumed: 22 alignments came from the cache, the 2 failed ones reran, and the pipeline completed successfully (137 new tasks, 1,204 cached). Results and the MultiQC report are in `results/`.")),
    ],
)
