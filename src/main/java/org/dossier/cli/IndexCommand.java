package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentLoader;
import org.dossier.solr.SolrConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index files and folders (.txt, .md, .html, .json): new and changed files are added or updated,",
                "unchanged ones are skipped. Exit code 1 when any file could not be indexed."})
final class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
    List<Path> paths;

    @Mixin
    SolrOptions solr;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        try (SolrConnection connection = solr.connect()) {
            IndexingRun run = new IndexingRun(new DocumentLoader(extraction.extractor()),
                    new Indexer(connection), System.err);
            IndexingRun.Report report = run.run(paths);
            System.out.println(report.summary());
            return report.ok() ? 0 : 1;
        }
    }
}
