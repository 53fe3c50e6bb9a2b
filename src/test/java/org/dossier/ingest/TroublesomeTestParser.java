package org.dossier.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A Tika parser that misbehaves on purpose, found by Tika like any other (test-scope
 * META-INF/services) for test-only types that files get by their first bytes
 * (custom-mimetypes.xml at the class path root, where Tika 3.3 looks): "DOSSIER-TEST-HANG" never returns and ignores
 * interruption (after creating the file named after the marker, if any, so a test knows it hangs),
 * "DOSSIER-TEST-BOMB" fills the heap, "DOSSIER-TEST-EXIT" ends its JVM,
 * "DOSSIER-TEST-NOISY" prints to stdout and stderr and then gives text.
 */
public class TroublesomeTestParser implements Parser {
    static final MediaType HANG = MediaType.application("x-dossier-test-hang");
    static final MediaType BOMB = MediaType.application("x-dossier-test-bomb");
    static final MediaType EXIT = MediaType.application("x-dossier-test-exit");
    static final MediaType NOISY = MediaType.application("x-dossier-test-noisy");

    /** "DOSSIER-TEST-HANG /some/file": creates the file, so a test can tell the parser is under way. */
    private static void announce(InputStream stream) {
        try {
            String rest = new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("DOSSIER-TEST-HANG", "").strip();
            if (!rest.isEmpty()) {
                java.nio.file.Files.createFile(java.nio.file.Path.of(rest));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(HANG, BOMB, EXIT, NOISY);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) throws SAXException {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        if (HANG.equals(type)) {
            announce(stream);
            while (true) {
                try {
                    Thread.sleep(1000); // sleeps rather than spins: the machine running the tests is shared
                } catch (InterruptedException ignored) {
                    // a parser stuck in a loop does not care either
                }
            }
        }
        if (BOMB.equals(type)) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
        if (EXIT.equals(type)) {
            Runtime.getRuntime().halt(7);
        }
        System.out.println("noise on stdout from a parser");
        System.err.println("noise on stderr from a parser");
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        xhtml.element("p", "A noisy parser still gave its text about noisymarker.");
        xhtml.endDocument();
    }
}
