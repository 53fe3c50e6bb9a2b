package org.dossier.extract.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Scores of an evaluation run; serialisable with Jackson as is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalReport(
        int documents,
        SetScore countries,
        SetScore speakers,
        SetScore topics,
        Accuracy year,
        Accuracy kind,
        Accuracy title,
        List<String> errors,
        List<DocumentMisses> misses) {

    /** Micro-averaged precision, recall and F1 over all documents. */
    public record SetScore(int truePositives, int falsePositives, int falseNegatives,
                           double precision, double recall, double f1) {
        static SetScore of(int tp, int fp, int fn) {
            // With nothing predicted and nothing expected the extractor is right: score 1.
            double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
            return new SetScore(tp, fp, fn, round(p), round(r), round(f));
        }
    }

    public record Accuracy(int correct, int total, double accuracy) {
        static Accuracy of(int correct, int total) {
            return new Accuracy(correct, total, total == 0 ? 1.0 : round((double) correct / total));
        }
    }

    /** What one document got wrong (verbose mode): expected vs predicted per field, only for misses. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DocumentMisses(
            String file,
            List<String> missingCountries, List<String> extraCountries,
            List<String> missingSpeakers, List<String> extraSpeakers,
            List<String> missingTopics, List<String> extraTopics,
            String year, String kind, String title) {}

    static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
