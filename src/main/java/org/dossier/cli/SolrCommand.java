package org.dossier.cli;

import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.solr.SchemaCheck;
import org.dossier.solr.SolrBootstrap;
import org.dossier.solr.SolrConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dossier solr init|status}: preparing and inspecting the Solr collection. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "Prepare or inspect the Solr collection (standalone Solr or SolrCloud).",
        subcommands = {SolrCommand.Init.class, SolrCommand.Status.class})
final class SolrCommand {

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"SolrCloud: upload Dossier's configset (solr-config/) and create the collection with",
                    "--shards and --replicas when it is missing (an existing one is reloaded with the configset).",
                    "Then check that the collection's schema is this Dossier's. Safe to run again."})
    static final class Init implements Callable<Integer> {
        @Mixin
        SolrOptions solr;

        @Override
        public Integer call() {
            try (SolrConnection connection = solr.connect(true)) {
                System.out.println("Ready: " + connection.describe() + ", schema " + SchemaCheck.schemaNameOf(connection));
                SolrBootstrap.describeLayout(connection).forEach(line -> System.out.println("  " + line));
                return 0;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show where the index is, its schema, its document count and (SolrCloud) its shards and replicas.")
    static final class Status implements Callable<Integer> {
        @Mixin
        SolrOptions solr;

        @Override
        public Integer call() throws Exception {
            try (SolrConnection connection = solr.connect(false)) {
                SolrQuery count = new SolrQuery("*:*");
                count.setRows(0);
                long documents = connection.client().query(connection.collection(), count).getResults().getNumFound();
                long passages = connection.client().query(connection.passageCollection(), count).getResults().getNumFound();
                System.out.println(connection.describe());
                System.out.println("  schema: " + SchemaCheck.schemaNameOf(connection));
                System.out.println("  documents: " + documents);
                System.out.println("  passages: " + passages + " (in " + connection.passageCollection() + ")");
                SolrBootstrap.describeLayout(connection).forEach(line -> System.out.println("  " + line));
                return 0;
            }
        }
    }
}
