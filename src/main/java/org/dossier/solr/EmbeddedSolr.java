package org.dossier.solr;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.CoreContainer.CoreLoadFailure;
import org.apache.solr.core.SolrCore;
import org.dossier.solr.plugin.LeanUnifiedHighlighter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solr running inside the Dossier process, with two cores: the documents and their passages. The
 * Solr home lives in {@code <dataDir>/solr}; the shipped configset is (re)installed into each core
 * at every start, since it belongs to this version of Dossier and not to the data.
 *
 * <p>Closing shuts the {@link CoreContainer} down: {@code EmbeddedSolrServer.close()} alone leaves
 * Solr's threads running, which would keep the JVM alive after a failed start.
 */
final class EmbeddedSolr implements SolrConnection {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSolr.class);

    private final Path dataDir;
    private final String core;
    private final CoreContainer container;
    private final EmbeddedSolrServer server;

    private EmbeddedSolr(Path dataDir, String core, CoreContainer container) {
        this.dataDir = dataDir;
        this.core = core;
        this.container = container;
        this.server = new EmbeddedSolrServer(container, core);
    }

    static EmbeddedSolr start(Path dataDir, String core) {
        Path home = dataDir.toAbsolutePath().normalize().resolve("solr");
        List<String> cores = List.of(core, SolrConnection.passageCollectionOf(core));
        prepareHome(home, cores);
        CoreContainer container = new CoreContainer(home, new Properties());
        try {
            container.load();
            for (String name : cores) {
                CoreLoadFailure failure = container.getCoreInitFailures().get(name);
                if (failure != null) {
                    throw explain(failure.exception, dataDir);
                }
                try (SolrCore loaded = container.getCore(name)) { // getCore counts a reference: release it
                    if (loaded == null) {
                        throw new SolrStartException("Solr started but the core '" + name + "' is missing in " + home);
                    }
                }
            }
            return new EmbeddedSolr(dataDir, core, container);
        } catch (RuntimeException e) {
            container.shutdown();
            throw e instanceof SolrStartException ? e : new SolrStartException("Solr could not start in " + home + ": " + rootMessage(e), e);
        }
    }

    /**
     * Core properties the configset reads: in this JVM the engine can load Dossier's own plugins,
     * which a standalone Solr or SolrCloud does not have (solrconfig.xml falls back to Solr's
     * classes there).
     */
    static Map<String, String> engineProperties() {
        return Map.of("dossier.highlighter", LeanUnifiedHighlighter.class.getName());
    }

    /** Both cores share the shipped configset; each gets its own copy, as a core's conf must be its own. */
    private static void prepareHome(Path home, List<String> cores) {
        for (String core : cores) {
            prepareCore(home, core);
        }
    }

    private static void prepareCore(Path home, String core) {
        Path coreDir = home.resolve(core);
        try {
            Files.createDirectories(coreDir);
            Path solrXml = home.resolve("solr.xml");
            if (!Files.exists(solrXml)) {
                Files.writeString(solrXml, "<solr/>\n");
            }
            writeCoreProperties(coreDir.resolve("core.properties"), core);
        } catch (IOException e) {
            throw StorageFailure.of(e)
                    .map(kind -> new SolrStartException(kind.explain("the data directory " + home.getParent(), "preparing it"), e))
                    .orElseGet(() -> new SolrStartException("Cannot write the data directory " + home.getParent()
                            + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e));
        }
        try {
            if (Configset.installInto(coreDir.resolve("conf"))) {
                LOG.info("Installed the Solr configset into {}", coreDir.resolve("conf"));
            }
        } catch (UncheckedIOException e) {
            throw StorageFailure.of(e)
                    .map(kind -> new SolrStartException(kind.explain("the data directory " + home.getParent(),
                            "installing the Solr configset"), e))
                    .orElseGet(() -> new SolrStartException("Cannot write the Solr configset into " + coreDir + ": "
                            + e.getCause().getMessage(), e));
        }
    }

    /** The core's name and {@link #engineProperties()}, kept beside what Solr or a user wrote there. */
    private static void writeCoreProperties(Path file, String core) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        Properties wanted = (Properties) properties.clone();
        wanted.putIfAbsent("name", core);
        wanted.putAll(engineProperties());
        if (!wanted.equals(properties)) { // a missing file reads as empty, and wants a name
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                wanted.store(out, null);
            }
        }
    }

    private static SolrStartException explain(Throwable failure, Path dataDir) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LockObtainFailedException) {
                return new SolrStartException("The data directory " + dataDir.toAbsolutePath()
                        + " is in use by another Dossier (or Solr) process. Stop it, or choose another --data-dir.", failure);
            }
        }
        var storage = StorageFailure.of(failure);
        if (storage.isPresent()) {
            return new SolrStartException(storage.get().explain("the data directory " + dataDir.toAbsolutePath().normalize(),
                    "opening the index: Solr writes its lock file there even to search"), failure);
        }
        return ConfigsetError.explain(failure).map(message -> new SolrStartException(message, failure))
                .orElseGet(() -> new SolrStartException("Solr could not open the index in " + dataDir.toAbsolutePath() + ": "
                        + rootMessage(failure), failure));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public SolrClient client() {
        return server;
    }

    @Override
    public String collection() {
        return core;
    }

    @Override
    public String describe() {
        return "embedded (" + dataDir + ")";
    }

    @Override
    public void afterStorageFailure() {
        for (String name : collections()) {
            try (SolrCore loaded = container.getCore(name)) {
                if (loaded == null || loaded.getSolrCoreState().getTragicException() == null) {
                    continue;
                }
                // rollback: drop what the failed writer had not committed, open a new writer on the last commit
                loaded.getSolrCoreState().newIndexWriter(loaded, true);
                LOG.warn("Reopened the index writer of {} after a storage failure; writes work again once there is space", name);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The index writer of {} could not be reopened yet: {}", name, e.getMessage());
            }
        }
    }

    @Override
    public String storage() {
        return "the data directory " + dataDir.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Closing the embedded Solr client failed", e);
        } finally {
            container.shutdown();
        }
    }
}
