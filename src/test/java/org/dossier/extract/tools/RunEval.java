package org.dossier.extract.tools;

import org.dossier.cli.EvalCommand;
import picocli.CommandLine;

/** Development aid: runs the eval subcommand without the main CLI (args as for {@code dossier eval}). */
public final class RunEval {
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
