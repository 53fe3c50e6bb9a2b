package org.dossier.cli.bench;

import java.util.List;
import java.util.Locale;

/** docs/BENCHMARKS.md's figures, from one run's report. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(Benchmark.Report report, String command) {
        StringBuilder md = new StringBuilder();
        md.append("## Figures: ").append(sizes(report)).append(" documents\n\n");
        md.append("Measured ").append(report.finished()).append(" on ").append(report.machine()).append(", ")
                .append(report.java()).append(", max heap ").append(report.maxHeap()).append(".\n")
                .append("Command: `").append(command).append("` (seed ").append(report.options().seed()).append(", ")
                .append(report.options().queries()).append(" queries after ").append(report.options().warmup()).append(" warm-up queries each way).\n")
                .append("Time the whole run took, corpus generation included: ")
                .append(report.results().stream().map(r -> String.format(Locale.ROOT, "%,d documents %s", r.documents(), duration(r.elapsedSeconds())))
                        .reduce((a, b) -> a + "; " + b).orElse("")).append(".\n\n");
        md.append("### Indexing\n\nRates are documents per second; \"raw\" is SolrJ adding the same documents, pre-built, with their passages as the pipeline writes them.\n\n")
                .append("| documents | corpus | passages | parse + extract (1 core) | raw SolrJ adds | whole pipeline | pipeline / raw | index on disk | merged into one segment |\n")
                .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Benchmark.SizeResult r : report.results()) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %,.0f | %,.0f | %,.0f | %.2f | %s | %s in %s |%n", r.documents(),
                    mb(r.corpusBytes()), r.passages(), r.extractDocsPerSecondPerCore(), r.rawIndexDocsPerSecond(),
                    r.pipelineIndexDocsPerSecond(), r.pipelineToRaw(), mb(r.indexBytes()), mb(r.mergedIndexBytes()),
                    duration(Math.round(r.mergeSeconds()))));
        }
        md.append("\n### What passages cost (raw SolrJ adds of the same documents)\n\n| documents | passages | without passages, docs/s | with passages, docs/s | index without passages | index with passages |\n")
                .append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Benchmark.SizeResult r : report.results()) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,.0f | %,.0f | %s | %s |%n", r.documents(), r.passages(),
                    r.rawWithoutPassagesDocsPerSecond(), r.rawIndexDocsPerSecond(), mb(r.indexBytesWithoutPassages()), mb(r.indexBytesWithPassages())));
        }
        md.append("\n### Searching (facets on all 7 fields, highlighting, filters, on the index merged into one segment; latency in ms)\n\n")
                .append("| documents | clients | path | p50 | p95 | p99 | mean | queries/s | CPU per query (whole process) | API p50 / direct p50 |\n")
                .append("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Benchmark.SizeResult r : report.results()) {
            for (String clients : r.api().keySet()) {
                SearchBench.Latency d = r.direct().get(clients);
                SearchBench.Latency a = r.api().get(clients);
                md.append(String.format(Locale.ROOT, "| %,d | %s | direct SolrJ | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f | |%n",
                        r.documents(), clients, d.p50(), d.p95(), d.p99(), d.mean(), d.perSecond(), d.cpuMsPerQuery()));
                md.append(String.format(Locale.ROOT, "| %,d | %s | HTTP API | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f | %.2f |%n",
                        r.documents(), clients, a.p50(), a.p95(), a.p99(), a.mean(), a.perSecond(), a.cpuMsPerQuery(), r.apiToDirectP50().get(clients)));
                SearchBench.Latency p = r.passagesApi().get(clients);
                if (p != null) {
                    md.append(String.format(Locale.ROOT, "| %,d | %s | /api/passages | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f | |%n",
                            r.documents(), clients, p.p50(), p.p95(), p.p99(), p.mean(), p.perSecond(), p.cpuMsPerQuery()));
                }
            }
        }
        md.append("\n### Memory and start\n\n| documents | heap after GC | process RSS | cold start to first answered search: `java -jar` | the same with the class-data archive `./dossier` uses |\n")
                .append("| ---: | ---: | ---: | ---: | ---: |\n");
        for (Benchmark.SizeResult r : report.results()) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", r.documents(), mb(r.heapAfterGcBytes()), mb(r.rssBytes()),
                    ms(r.coldStartMs()), ms(r.coldStartWithArchiveMs())));
        }
        return md.toString();
    }

    /** "10,000 and 100,000": the sizes of a run, which also name its block in the file. */
    static String sizes(Benchmark.Report report) {
        List<String> sizes = report.results().stream().map(r -> String.format(Locale.ROOT, "%,d", r.documents())).toList();
        return sizes.size() == 1 ? sizes.get(0) : String.join(", ", sizes.subList(0, sizes.size() - 1)) + " and " + sizes.get(sizes.size() - 1);
    }

    private static String ms(Long ms) {
        return ms == null ? "(no jar)" : String.format(Locale.ROOT, "%,d ms", ms);
    }

    private static String duration(long seconds) {
        return seconds < 120 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }
}
