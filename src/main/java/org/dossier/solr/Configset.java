package org.dossier.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Solr configset shipped inside Dossier (the project's {@code solr-config/} folder, packaged as
 * the classpath resource {@code solr-config/}). Solr reads configuration from disk, so the
 * configset is copied out of the jar into a Solr home.
 */
public final class Configset {
    static final String RESOURCE_ROOT = "solr-config";

    private static final Pattern SCHEMA_NAME = Pattern.compile("<schema\\s+name=\"([^\"]+)\"");

    private Configset() {}

    /**
     * The name of the shipped schema, e.g. {@code dossier-4}: Dossier's schema version, readable
     * from any running collection through the Schema API. It also names the configset in ZooKeeper.
     */
    public static String schemaName() {
        try (var in = Configset.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + "/conf/schema.xml")) {
            if (in == null) {
                throw new IllegalStateException("The Solr configset is missing from the classpath (solr-config/conf)");
            }
            Matcher m = SCHEMA_NAME.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("solr-config/conf/schema.xml has no <schema name=\"...\">");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped schema", e);
        }
    }

    /** The configset's {@code conf/} files as a zip (paths relative to {@code conf/}), for the Configsets API. */
    static byte[] zip() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dossier-configset");
            installInto(dir);
            var bytes = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot pack the Solr configset", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans it eventually
        }
    }

    /**
     * Copies the configset's {@code conf/} files into {@code targetConf}, rewriting only files whose
     * content differs, and reports whether anything changed.
     */
    public static boolean installInto(Path targetConf) {
        URL root = Configset.class.getClassLoader().getResource(RESOURCE_ROOT + "/conf/schema.xml");
        if (root == null) {
            throw new IllegalStateException("The Solr configset is missing from the classpath (solr-config/conf)");
        }
        try {
            if ("jar".equals(root.getProtocol())) { // an opaque URI: resolve it inside the jar
                return copyFromJar(root.toURI(), targetConf);
            }
            return copyTree(Path.of(root.toURI()).getParent(), targetConf);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the Solr configset: " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the Solr configset into " + targetConf, e);
        }
    }

    private static boolean copyFromJar(URI schemaUri, Path targetConf) throws IOException {
        FileSystem zip;
        boolean opened = false;
        try {
            zip = FileSystems.getFileSystem(schemaUri);
        } catch (FileSystemNotFoundException e) {
            zip = FileSystems.newFileSystem(schemaUri, Map.of());
            opened = true;
        }
        try {
            return copyTree(zip.provider().getPath(schemaUri).getParent(), targetConf);
        } finally {
            if (opened) {
                zip.close();
            }
        }
    }

    private static boolean copyTree(Path sourceConf, Path targetConf) throws IOException {
        boolean changed = false;
        try (Stream<Path> files = Files.walk(sourceConf)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = targetConf.resolve(sourceConf.relativize(file).toString());
                byte[] content = Files.readAllBytes(file);
                if (!Files.exists(target) || !Arrays.equals(content, Files.readAllBytes(target))) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, content);
                    changed = true;
                }
            }
        }
        return changed;
    }
}
