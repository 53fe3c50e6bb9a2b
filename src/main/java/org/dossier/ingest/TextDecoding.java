package org.dossier.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

/**
 * Text in a legacy encoding (Windows-1252, ISO-8859-x, KOI8-R, Shift_JIS, GB18030, EUC-KR...),
 * detected by Tika's detectors. ICU4J's statistical detector comes first for plain text: Tika's
 * default order answered x-MacCyrillic for Windows-1252 text. For HTML, a declared
 * {@code <meta charset>} wins. What decodes to mostly control characters is binary junk, refused.
 */
final class TextDecoding {
    /** More control characters than this share of the text means it is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([A-Za-z0-9._:+-]+)\"?");

    private TextDecoding() {}

    static String decodeLegacy(Path name, byte[] bytes, boolean html) throws IngestException {
        List<EncodingDetector> detectors = html
                ? List.of(new HtmlEncodingDetector(), new Icu4jEncodingDetector())
                : List.of(new Icu4jEncodingDetector());
        Charset charset = null;
        for (EncodingDetector detector : detectors) {
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                charset = detector.detect(in, new Metadata());
            } catch (IOException | RuntimeException e) {
                charset = null;
            }
            if (charset != null) {
                break;
            }
        }
        if (charset == null) {
            throw IngestException.skipped(name, "not text in any common encoding");
        }
        return decodeWith(name, bytes, charset);
    }

    /**
     * Text in the charset its sender declared (an upload's {@code Content-Type}); a byte order mark
     * still wins, as it does in browsers. Binary junk is refused all the same.
     */
    static String decodeDeclared(Path name, byte[] bytes, Charset declared) throws IngestException {
        boolean bom = (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))
                || (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF);
        if (bom || bytes.length == 0) {
            return SourceFileReader.decode(name, bytes);
        }
        String text = decodeWith(name, bytes, declared);
        if (text.isBlank()) {
            throw IngestException.skipped(name, "no text (only white space)");
        }
        return text;
    }

    /** The charset a {@code Content-Type} names ({@code text/plain; charset=windows-1252}), or null. */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null; // unknown or malformed: the bytes are examined instead
        }
    }

    private static String decodeWith(Path name, byte[] bytes, Charset charset) throws IngestException {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw IngestException.skipped(name, "not text in any common encoding");
        }
        long controls = text.chars().filter(TextDecoding::isControl).count();
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (controls + replaced > Math.max(1, text.length() * MAX_CONTROL_SHARE)) {
            throw IngestException.skipped(name, "binary file (not text in any common encoding)");
        }
        return text;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0);
    }
}
