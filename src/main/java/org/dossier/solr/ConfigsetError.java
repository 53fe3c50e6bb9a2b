package org.dossier.solr;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrException;
import org.xml.sax.SAXParseException;

/**
 * Explains a core that failed to load because of its configuration (truncated XML, an unknown
 * field type) by naming the file and, for XML, the line. Solr's own message talks of "the core"
 * and says nothing of which file, and {@link EmbeddedSolr} would otherwise blame the index.
 */
final class ConfigsetError {
    private static final Pattern SCHEMA = Pattern.compile("Can't load schema (\\S+?):? ");
    private static final Pattern SOLRCONFIG = Pattern.compile("Error loading solr config from (\\S+)");

    private ConfigsetError() {}

    /** One line naming the broken file and what is wrong in it, if the failure is one. */
    static Optional<String> explain(Throwable failure) {
        String file = null;
        Throwable root = failure;
        SAXParseException xml = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (file == null && t instanceof SolrException && t.getMessage() != null) {
                file = fileIn(t.getMessage());
            }
            if (t instanceof SAXParseException sax) {
                xml = sax;
            }
            root = t;
        }
        if (file == null) {
            return Optional.empty();
        }
        String what = xml != null
                ? "line " + xml.getLineNumber() + ", column " + xml.getColumnNumber() + ": " + xml.getMessage()
                : String.valueOf(root.getMessage());
        what = what.strip().replaceAll("\\.$", "");
        return Optional.of("The Solr configuration file " + file + " is invalid (" + what + ")."
                + " It is installed from Dossier's configset (solr-config/): check that folder or the jar."
                + " The index was not opened, so it is unchanged.");
    }

    private static String fileIn(String message) {
        Matcher schema = SCHEMA.matcher(message);
        if (schema.find()) {
            return schema.group(1);
        }
        Matcher config = SOLRCONFIG.matcher(message);
        return config.find() ? config.group(1) : null;
    }
}
