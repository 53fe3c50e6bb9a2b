package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.params.MapSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.handler.component.HighlightComponent;
import org.dossier.solr.plugin.LeanUnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the embedded engine sets up its cores. */
class EmbeddedSolrTest {
    @TempDir
    Path dataDir;

    @Test
    void embeddedCoresHighlightWithTheLeanHighlighterAndKeepWhatCorePropertiesAlreadySaid() throws Exception {
        // a data directory from before the property existed, with a setting someone added by hand
        Path coreDir = dataDir.resolve("solr").resolve("dossier");
        Files.createDirectories(coreDir);
        Files.writeString(coreDir.resolve("core.properties"), "name=dossier\nhand.added=yes\n");

        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            for (String core : new String[] {solr.collection(), SolrConnection.passageCollectionOf(solr.collection())}) {
                assertThat(highlighterClass(solr, core)).as(core).isEqualTo(LeanUnifiedHighlighter.class.getName());
            }
        }
        assertThat(Files.readString(coreDir.resolve("core.properties")))
                .contains("hand.added=yes", "name=dossier", "dossier.highlighter=" + LeanUnifiedHighlighter.class.getName());
    }

    /** The highlighter a core's solrconfig.xml resolved to, for the unified method the searches use. */
    private static String highlighterClass(SolrConnection solr, String core) {
        CoreContainer container = ((EmbeddedSolrServer) solr.client()).getCoreContainer();
        try (SolrCore loaded = container.getCore(core)) {
            HighlightComponent highlight = (HighlightComponent) loaded.getSearchComponent(HighlightComponent.COMPONENT_NAME);
            return highlight.getHighlighter(new MapSolrParams(Map.of("hl.method", "unified"))).getClass().getName();
        }
    }
}
