package org.dossier.extract.tools;

import org.dossier.cli.DossierCli;
import picocli.CommandLine;

/**
 * Development aid: runs {@code dossier eval} through the real command line without building the
 * jar, e.g. {@code RunEval eval --verbose --docs src/test/resources/extract/holdout --gold
 * src/test/resources/extract/holdout/gold.json}.
 */
public final class RunEval {
    public static void main(String[] args) {
        System.exit(new CommandLine(new DossierCli()).execute(args));
    }
}
