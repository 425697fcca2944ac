LABEL = dict(
    split="heldout2",
    persona="Postdoctoral researcher in genomics writing the methods section of a paper",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a scoped, read-only question in prose: which reads the variant-calling workflow drops "
               "before calling, with every filter's exact threshold and the file and rule where it is set, for a "
               "methods section; prompt 2 asks a precise follow-up (whether duplicate marking is optical-aware and the "
               "pixel distance) and a check against the config actually used: level 4. The agent only read and "
               "searched and reported findings, so exploring. Nothing failed; there is no test, commit or "
               "confirmation: neither."),
)

SESSION = dict(
    cwd="/home/mfarah/projects/cohort-wgs", start="2026-05-27T13:45:00Z", model="claude-opus-4-7", version="2.1.254",
    turns=[
        turn("I'm writing the methods section for our cohort paper and need to describe exactly which reads the "
             "variant-calling workflow throws away before calling. Please don't change anything. Go through workflow/ "
             "and list every read-level filter applied between alignment and HaplotypeCaller: what it removes, the "
             "exact threshold, and the file and rule where it's set. If a threshold comes from the config rather than "
             "being hard-coded, give me the value in config/config.yaml.",
             par(glob("workflow/**/*.smk", ["workflow/Snakefile", "workflow/rules/align.smk", "workflow/rules/dedup.smk", "workflow/rules/filter.smk", "workflow/rules/call.smk"]),
                 read("/home/mfarah/projects/cohort-wgs/config/config.yaml",
                      "reference: resources/GRCh38_no_alt.fa\nmin_mapq: 20\nmax_insert: 1000\ndedup:\n  optical_distance: 2500\nbqsr:\n  known_sites: [resources/dbsnp_156.vcf.gz, resources/mills_1000g.vcf.gz]\n"
                      "call:\n  intervals: resources/wgs_calling_regions.hg38.interval_list\n")),
             read("/home/mfarah/projects/cohort-wgs/workflow/rules/filter.smk",
                  "rule filter_reads:\n    input: \"results/dedup/{sample}.bam\"\n    output: \"results/filtered/{sample}.bam\"\n    params:\n        mapq=config[\"min_mapq\"],\n"
                  "    shell:\n        \"samtools view -b -q {params.mapq} -F 0x904 -f 0x2 {input} > {output}\"\n"),
             read("/home/mfarah/projects/cohort-wgs/workflow/rules/dedup.smk",
                  "rule mark_duplicates:\n    input: \"results/align/{sample}.sorted.bam\"\n    output: bam=\"results/dedup/{sample}.bam\", metrics=\"results/qc/{sample}.dup_metrics.txt\"\n"
                  "    shell:\n        \"gatk MarkDuplicates -I {input} -O {output.bam} -M {output.metrics} --REMOVE_DUPLICATES true\"\n"),
             par(read("/home/mfarah/projects/cohort-wgs/workflow/rules/align.smk",
                      "rule bwa_mem:\n    ...\n    shell:\n        \"bwa-mem2 mem -t {threads} -R '{params.rg}' {params.ref} {input.r1} {input.r2} | samtools sort -o {output}\"\n"),
                 read("/home/mfarah/projects/cohort-wgs/workflow/rules/call.smk",
                      "rule haplotype_caller:\n    input: bam=\"results/bqsr/{sample}.bam\"\n    shell:\n        \"gatk HaplotypeCaller -R {params.ref} -I {input.bam} -L {params.intervals} -ERC GVCF -O {output}\"\n")),
             par(read("/home/mfarah/projects/cohort-wgs/workflow/Snakefile",
                      "configfile: \"config/config.yaml\"\ninclude: \"rules/align.smk\"\ninclude: \"rules/dedup.smk\"\ninclude: \"rules/filter.smk\"\ninclude: \"rules/bqsr.smk\"\ninclude: \"rules/call.smk\"\n\n"
                      "rule all:\n    input: expand(\"results/gvcf/{sample}.g.vcf.gz\", sample=SAMPLES)\n"),
                 read("/home/mfarah/projects/cohort-wgs/workflow/rules/bqsr.smk",
                      "rule base_recalibrator:\n    input: \"results/filtered/{sample}.bam\"\n    shell: \"gatk BaseRecalibrator -I {input} -R {params.ref} {params.known} -O {output.table}\"\n\n"
                      "rule apply_bqsr:\n    shell: \"gatk ApplyBQSR -I {input.bam} --bqsr-recal-file {input.table} -O {output}\"\n")),
             grep("samtools view|--read-filter|--disable-read-filter|-q |MIN_", path="/home/mfarah/projects/cohort-wgs/workflow", content=
                  "workflow/rules/filter.smk:7:        \"samtools view -b -q {params.mapq} -F 0x904 -f 0x2 {input} > {output}\""),
             par(read("/home/mfarah/projects/cohort-wgs/workflow/envs/gatk.yaml", "channels: [conda-forge, bioconda]\ndependencies:\n  - gatk4=4.5.0.0\n  - samtools=1.19\n"),
                 read("/home/mfarah/projects/cohort-wgs/workflow/envs/align.yaml", "channels: [conda-forge, bioconda]\ndependencies:\n  - bwa-mem2=2.2.1\n  - samtools=1.19\n"),
                 glob("profiles/*/config.yaml", ["profiles/slurm/config.yaml"])),
             read("/home/mfarah/projects/cohort-wgs/profiles/slurm/config.yaml",
                  "executor: slurm\njobs: 200\nuse-conda: true\nconfigfile: config/config.yaml\ndefault-resources:\n  mem_mb: 16000\n"),
             grep("optical|OPTICAL", path="/home/mfarah/projects/cohort-wgs", content="config/config.yaml:4:  optical_distance: 2500"),
             grep("max_insert", path="/home/mfarah/projects/cohort-wgs/workflow", content=""),
             say("Read-level filtering between alignment and HaplotypeCaller, in order (tool versions from the conda envs: GATK 4.5.0.0, samtools 1.19, bwa-mem2 2.2.1):\n\n1. **Duplicates are removed, "
                 "not just marked.** `workflow/rules/dedup.smk`, rule `mark_duplicates`: `gatk MarkDuplicates "
                 "--REMOVE_DUPLICATES true`. Default Picard settings otherwise (see below for the optical part).\n2. "
                 "**Mapping quality below 20 is dropped.** `workflow/rules/filter.smk`, rule `filter_reads`: `samtools "
                 "view -q 20`, value from `min_mapq: 20` in `config/config.yaml`.\n3. **Secondary, supplementary and "
                 "unmapped-flag filtering.** Same rule, `-F 0x904`: removes unmapped (0x4), secondary (0x100) and "
                 "supplementary (0x800) alignments. Hard-coded.\n4. **Only properly paired reads are kept.** Same rule, "
                 "`-f 0x2`. Hard-coded. Note this also drops reads whose mate is unmapped.\n\nBQSR recalibrates "
                 "qualities but removes nothing. HaplotypeCaller applies its own default read filters (e.g. "
                 "`MappingQualityReadFilter` at 20, `NotDuplicateReadFilter`), but those are redundant here.\n\n"
                 "**A discrepancy worth knowing for the paper:** `config.yaml` has `max_insert: 1000` and "
                 "`dedup.optical_distance: 2500`, but **no rule uses either**. Insert size is not filtered, and "
                 "MarkDuplicates runs with its default optical distance (100), not 2500.")),
        turn("That's exactly the kind of thing I was worried about. Is the duplicate marking optical-aware at all, "
             "with which pixel distance, and can you confirm from the run we actually used for the paper (results/ "
             "from the March run) rather than from the code?",
             bash("head -8 results/qc/COH0001.dup_metrics.txt", "## htsjdk.samtools.metrics.StringHeader\n# MarkDuplicates --INPUT results/align/COH0001.sorted.bam --OUTPUT results/dedup/COH0001.bam "
                  "--METRICS_FILE results/qc/COH0001.dup_metrics.txt --REMOVE_DUPLICATES true  --OPTICAL_DUPLICATE_PIXEL_DISTANCE 100 --READ_NAME_REGEX <optimized capture of last three ':' separated fields as numeric values> ...\n"
                  "## htsjdk.samtools.metrics.StringHeader\n# Started on: Tue Mar 10 02:14:51 UTC 2026\n\n## METRICS CLASS\tpicard.sam.DuplicationMetrics\n"
                  "LIBRARY\tUNPAIRED_READS_EXAMINED\tREAD_PAIRS_EXAMINED\t...\tPERCENT_DUPLICATION\tESTIMATED_LIBRARY_SIZE\nCOH0001\t21874\t412998311\t...\t0.0812\t3812203112",
                  desc="Command line recorded in one sample's duplicate metrics"),
             bash("grep -h -o 'OPTICAL_DUPLICATE_PIXEL_DISTANCE [0-9]*' results/qc/*.dup_metrics.txt | sort | uniq -c && ls results/qc/*.dup_metrics.txt | wc -l",
                  "    412 OPTICAL_DUPLICATE_PIXEL_DISTANCE 100\n412", desc="Pixel distance used across all samples"),
             say("Confirmed from the March run's own metrics files, not the code: all **412 samples** were run with "
                 "`--OPTICAL_DUPLICATE_PIXEL_DISTANCE 100` (Picard's default), with the default read-name regex, so "
                 "duplicate marking **is** optical-aware, with a distance of **100 pixels**. The 2500 in "
                 "`config.yaml` (the value usually recommended for patterned flow cells such as NovaSeq) was never "
                 "applied.\n\nFor the methods section, accurate wording would be: \"Duplicates were identified and removed "
                 "with GATK MarkDuplicates (optical duplicate pixel distance 100)…\". Because all duplicates are "
                 "removed either way, the pixel distance only changes how duplicates are *classified* in the "
                 "metrics (optical vs PCR), not which reads are removed.")),
    ],
)
