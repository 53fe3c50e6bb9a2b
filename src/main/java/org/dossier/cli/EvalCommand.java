package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.extract.DocumentExtractor;
import org.dossier.extract.eval.EvalReport;
import org.dossier.extract.eval.Evaluator;
import org.dossier.extract.eval.GoldDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval --docs DIR --gold FILE [--verbose] [--taxonomy FILE]}: prints one JSON object. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction against hand labels: P/R/F1 for countries, speakers, topics; "
                + "accuracy for year, kind, title. Prints one JSON object.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--docs", required = true, paramLabel = "DIR", description = "Directory holding the files the gold file names.")
    Path docs;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold file: JSON array of {file, kind, title, source, date, year, speakers, countries, topics}.")
    Path gold;


    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Topic taxonomy JSON (default: the bundled one).")
    Path taxonomy;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(docs)) {
            System.err.println("eval: documents directory not found: " + docs);
            return 2;
        }
        List<GoldDocument> labels;
        DocumentExtractor extractor;
        try {
            labels = Evaluator.readGold(gold);
            extractor = taxonomy == null ? DocumentExtractor.withDefaults() : DocumentExtractor.withTaxonomy(taxonomy);
        } catch (IllegalArgumentException e) {
            System.err.println("eval: " + e.getMessage());
            return 2;
        }
        EvalReport report = new Evaluator(extractor).evaluate(labels, docs, DossierCli.verbose()); // --verbose (inherited) lists each document's misses
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println(json.writeValueAsString(report));
        return report.errors() == null ? 0 : 1;
    }
}
