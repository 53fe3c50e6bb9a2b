package org.dossier.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code dossier} command line: the entry point of the jar. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "Dossier 0.1.0",
        description = "Full-text search with faceted browsing for foreign-policy sources.",
        subcommands = {ServeCommand.class, IndexCommand.class, SolrCommand.class, EvalCommand.class,
                org.dossier.cli.bench.BenchCommand.class, org.dossier.cli.bench.LoadCommand.class, CommandLine.HelpCommand.class})
public final class DossierCli {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log everything at INFO (Solr included), show stack traces of errors; with eval, list each document's misses.")
    void verbose(boolean on) {
        verbose = on;
        if (on) {
            Configurator.setRootLevel(Level.INFO);
        }
    }

    private static boolean verbose;

    /** Whether --verbose was given; eval also lists each document's misses then. */
    static boolean verbose() {
        return verbose;
    }

    /** Jersey (inside Solr) warns through java.util.logging about an optional provider it lacks. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        CommandLine cli = new CommandLine(new DossierCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("dossier: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli.execute(args);
    }
}
