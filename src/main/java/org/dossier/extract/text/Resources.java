package org.dossier.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled data files under {@code /org/dossier/extract/}. */
public final class Resources {
    private static final String BASE = "/org/dossier/extract/";

    private Resources() {}

    public static String read(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-blank lines without '#' comments (a '#' must start the line to be a comment). */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : read(name).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line.strip());
        }
        return out;
    }

    /** Like {@link #lines} but keeps leading/trailing tabs (for TSV). */
    public static List<String> rawLines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : read(name).split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line);
        }
        return out;
    }
}
