package org.dossier.solr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;

/**
 * Refuses to work against a collection whose schema is not the one this Dossier ships: an older
 * Dossier schema (needs a reindex), a newer one, or a foreign schema. The version is the schema's
 * {@code name} ({@code dossier-N}), which any Solr returns through the Schema API.
 */
public final class SchemaCheck {
    private static final Pattern DOSSIER = Pattern.compile("dossier(?:-(\\d+))?");

    private SchemaCheck() {}

    /** The schema name Solr reports for the connection's (document) collection. */
    public static String schemaNameOf(SolrConnection solr) {
        return schemaNameOf(solr, solr.collection());
    }

    /** The schema name Solr reports for one of the connection's collections. */
    static String schemaNameOf(SolrConnection solr, String collection) {
        try {
            return new SchemaRequest.SchemaName().process(solr.client(), collection).getSchemaName();
        } catch (SolrException e) {
            if (e.code() == 404 || String.valueOf(e.getMessage()).contains("not found")
                    || String.valueOf(e.getMessage()).contains("Could not find collection")) {
                throw new SolrStartException(missing(solr, collection), e);
            }
            throw new SolrStartException("Cannot read the schema of " + solr.describe() + ": " + CloudSolr.rootMessage(e), e);
        } catch (Exception e) {
            throw new SolrStartException("Cannot read the schema of " + solr.describe() + ": " + CloudSolr.rootMessage(e), e);
        }
    }

    /**
     * Throws {@link SolrStartException} with the way out when either collection (documents,
     * passages) is missing or its schema is not ours.
     */
    public static void verify(SolrConnection solr) {
        String expected = Configset.schemaName();
        for (String collection : solr.collections()) {
            String found = schemaNameOf(solr, collection);
            if (!expected.equals(found)) {
                throw new SolrStartException(mismatch(collection, solr.describe(), expected, found));
            }
        }
    }

    static String mismatch(String collection, String where, String expected, String found) {
        int want = version(expected);
        Matcher m = DOSSIER.matcher(found == null ? "" : found);
        if (!m.matches()) {
            return "The collection '" + collection + "' (" + where + ") does not use Dossier's schema: its schema is '"
                    + found + "', Dossier needs '" + expected + "'. Create a Dossier collection with"
                    + " `dossier solr init --collection NAME` (SolrCloud) or `bin/solr create -c NAME -d solr-config`"
                    + " (standalone Solr), then index into it.";
        }
        int have = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (have < want) {
            return "The collection '" + collection + "' (" + where + ") was built with Dossier schema " + have
                    + " (" + found + "); this Dossier needs schema " + want + " (" + expected + "), which needs a reindex."
                    + " To upgrade: create a new collection (`dossier solr init --collection " + collection + "-v" + want
                    + " --shards N --replicas R`), index your files into it (`dossier index --collection " + collection
                    + "-v" + want + " PATH...`), then use --collection " + collection + "-v" + want
                    + " (or point an alias at it) and delete the old collection. docs/DEPLOY.md explains the steps.";
        }
        return "The collection '" + collection + "' (" + where + ") was built by a newer Dossier (schema " + have + ", "
                + found + "); this Dossier knows schema " + want + ". Upgrade Dossier, or use another collection.";
    }

    private static int version(String schemaName) {
        Matcher m = DOSSIER.matcher(schemaName);
        return m.matches() && m.group(1) != null ? Integer.parseInt(m.group(1)) : 0;
    }

    static String missing(SolrConnection solr, String collection) {
        return "The collection '" + collection + "' does not exist (" + solr.describe() + "). Dossier keeps documents in '"
                + solr.collection() + "' and their passages in '" + solr.passageCollection() + "'. Create them with"
                + " `dossier solr init` (SolrCloud: uploads the configset, creates both collections), or start with --init;"
                + " on a standalone Solr: `bin/solr create -c " + solr.collection() + " -d solr-config` and `bin/solr create -c "
                + solr.passageCollection() + " -d solr-config`.";
    }
}
