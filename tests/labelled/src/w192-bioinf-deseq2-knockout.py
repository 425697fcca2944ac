LABEL = dict(
    split="heldout6",
    persona="Bioinformatician in a plant biology lab, RNA-seq of an Arabidopsis knockout line",
    expertise_level=5, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 pins the analysis down in sentences: the count matrix and sample sheet, the design (batch plus genotype, wild type as "
               "reference), the thresholds (adjusted p below 0.05 and an absolute log2 fold change above 1, with apeglm shrinkage), the edge case "
               "(drop genes with fewer than 10 reads in fewer than three samples before fitting) and the check she will make against the lab's "
               "qPCR genes: level 5. Figures computed from data: analysing. The Rscript run succeeds and prompt 2 ('same direction as the qPCR for "
               "all four, good') confirms the result: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/ewa/projects/myb-ko-rnaseq", start="2026-12-01T09:05:00Z", model="claude-opus-4-5", version="2.1.248",
    turns=[
        turn("Differential expression for the myb ko line against wild type. Counts are in counts/featurecounts.tsv, samples in samples.csv (genotype, batch). "
             "Design ~ batch + genotype with WT as the reference level. Before fitting, keep only genes with at least 10 reads in at least three samples. Call a "
             "gene DE at padj < 0.05 and |log2FC| > 1 on apeglm-shrunk fold changes. Write the full table to results/de_myb.csv and print how many are up and down, "
             "plus the four genes we checked by qPCR (AT1G01060, AT2G46830, AT5G61380, AT3G46640) so I can compare.",
             write("/home/ewa/projects/myb-ko-rnaseq/de_myb.R",
                   "suppressMessages(library(DESeq2))\ncounts <- read.delim('counts/featurecounts.tsv', row.names = 1, comment.char = '#')[, -(1:5)]\n"
                   "samples <- read.csv('samples.csv', row.names = 1)\nsamples$genotype <- relevel(factor(samples$genotype), ref = 'WT')\nsamples$batch <- factor(samples$batch)\n"
                   "dds <- DESeqDataSetFromMatrix(counts[, rownames(samples)], samples, ~ batch + genotype)\ndds <- dds[rowSums(counts(dds) >= 10) >= 3, ]\n"
                   "dds <- DESeq(dds)\nres <- lfcShrink(dds, coef = 'genotype_myb_vs_WT', type = 'apeglm')\nres$de <- !is.na(res$padj) & res$padj < 0.05 & abs(res$log2FoldChange) > 1\n"
                   "write.csv(as.data.frame(res), 'results/de_myb.csv')\ncat('kept genes:', nrow(dds), '\\nup:', sum(res$de & res$log2FoldChange > 0), ' down:', sum(res$de & res$log2FoldChange < 0), '\\n')\n"
                   "print(res[c('AT1G01060', 'AT2G46830', 'AT5G61380', 'AT3G46640'), c('log2FoldChange', 'padj')])\n"),
             bash("Rscript de_myb.R",
                  "kept genes: 19842 \nup: 412  down: 287 \nlog2 fold change (MAP): genotype myb vs WT \n          log2FoldChange        padj\n"
                  "AT1G01060      -2.314      1.9e-14\nAT2G46830      -1.872      3.4e-09\nAT5G61380       1.206      0.0021\nAT3G46640       0.412      0.31", desc="Run the DE analysis", ms=84000),
             say("19,842 genes pass the filter. At padj < 0.05 and |shrunk log2FC| > 1: **412 up, 287 down** in myb vs WT. Full table in `results/de_myb.csv`.\n\n"
                 "qPCR genes: LHY (AT1G01060) −2.31 and CCA1 (AT2G46830) −1.87, both DE; TOC1 (AT5G61380) +1.21, DE; LUX (AT3G46640) +0.41, not significant.")),
        turn("same direction as the qPCR for all four, and LUX was marginal there too. good. add a volcano plot to results/",
             edit("/home/ewa/projects/myb-ko-rnaseq/de_myb.R", "print(res[c(",
                  "png('results/volcano_myb.png', 1600, 1200, res = 200)\nplot(res$log2FoldChange, -log10(res$padj), pch = 20, cex = 0.4, col = ifelse(res$de, 'firebrick', 'grey60'),\n"
                  "     xlab = 'shrunk log2 fold change (myb / WT)', ylab = '-log10 padj')\nabline(v = c(-1, 1), h = -log10(0.05), lty = 2)\ndev.off()\nprint(res[c("),
             bash("Rscript de_myb.R >/dev/null && ls -la results/volcano_myb.png", "-rw-r--r-- 1 ewa ewa 214382 Dec  1 09:31 results/volcano_myb.png", desc="Rerun with the plot", ms=86000),
             say("Added `results/volcano_myb.png`: DE genes in red, dashed lines at |log2FC| = 1 and padj = 0.05.")),
    ],
)
