LABEL = dict(
    split="heldout14",
    persona="Bioinformatician writing nf-test tests for a local Nextflow module",
    expertise_level=4, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the module, the test framework (nf-test), the fixtures, the two cases and their acceptance criteria (a snapshot of the summary TSV; an empty BAM must fail with exit 1) and the command to run; it anticipates one edge case but designs no further check: level 4. "
               "Tests written as the goal: testing. No action fails; `nf-test test` passes both tests (the snapshot is created on the first run): evidence, verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/jkimani/code/liver-pipeline", start="2026-11-29T13:00:00Z", model="claude-opus-4-6", version="2.1.249", branch="tests/bam-qc-summary",
    turns=[
        turn("modules/local/bam_qc_summary has no tests. add nf-test: (1) tests/data/small_1.bam + small_2.bam -> snapshot the summary.tsv, (2) tests/data/empty.bam -> process must fail, exit 1. run nf-test test modules/local/bam_qc_summary",
             par(read("/home/jkimani/code/liver-pipeline/modules/local/bam_qc_summary/main.nf", "process BAM_QC_SUMMARY {\n    tag \"$meta.id\"\n    label 'process_low'\n    container 'quay.io/biocontainers/samtools:1.20--h50ea8bc_0'\n\n    input:\n    tuple val(meta), path(bams)\n\n    output:\n    tuple val(meta), path(\"${meta.id}.summary.tsv\"), emit: tsv\n    path \"versions.yml\", emit: versions\n\n    script:\n    \"\"\"\n    bam_qc_summary.sh ${meta.id} ${bams}\n    ...\n    \"\"\"\n}"),
                 glob("tests/data/*.bam", ["/home/jkimani/code/liver-pipeline/tests/data/empty.bam", "/home/jkimani/code/liver-pipeline/tests/data/small_1.bam", "/home/jkimani/code/liver-pipeline/tests/data/small_2.bam"])),
             write("/home/jkimani/code/liver-pipeline/modules/local/bam_qc_summary/tests/main.nf.test",
                   "nextflow_process {\n\n    name \"Test BAM_QC_SUMMARY\"\n    script \"../main.nf\"\n    process \"BAM_QC_SUMMARY\"\n\n    test(\"two small BAMs - summary snapshot\") {\n        when {\n            process {\n                \"\"\"\n                input[0] = [ [id:'small'], [ file(\"${projectDir}/tests/data/small_1.bam\"), file(\"${projectDir}/tests/data/small_2.bam\") ] ]\n                \"\"\"\n            }\n        }\n        then {\n            assert process.success\n            assert snapshot(process.out.tsv).match()\n        }\n    }\n\n    test(\"empty BAM - fails with exit 1\") {\n        when {\n            process {\n                \"\"\"\n                input[0] = [ [id:'empty'], [ file(\"${projectDir}/tests/data/empty.bam\") ] ]\n                \"\"\"\n            }\n        }\n        then {\n            assert process.failed\n            assert process.exitStatus == 1\n        }\n    }\n}\n"),
             bash("nf-test test modules/local/bam_qc_summary --profile docker", "🚀 nf-test 0.9.2\nhttps://www.nf-test.com\n\nTest Process BAM_QC_SUMMARY\n\n  Test [7c4e21a0] 'two small BAMs - summary snapshot' PASSED (14.208s)\n  Snapshots:\n    1 created [two small BAMs - summary snapshot]\n  Test [a90f3d5b] 'empty BAM - fails with exit 1' PASSED (6.117s)\n\nSnapshot Summary:\n  1 created\n\nSUCCESS: Executed 2 tests in 20.341s", desc="Run the module tests", ms=22000),
             say("Added `modules/local/bam_qc_summary/tests/main.nf.test` with both cases; `nf-test test` passes 2/2 and created `main.nf.test.snap` for the summary TSV. Worth a glance at the snapshot before you commit it, since it now defines the expected output.")),
    ],
)
