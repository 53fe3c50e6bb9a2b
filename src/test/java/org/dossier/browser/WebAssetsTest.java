package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page's own rules, checked on the files in web/ (no browser needed): a size budget, nothing
 * from another host, and nothing the Content-Security-Policy would block (inline scripts, inline
 * event handlers, style attributes), and no HTML parsing of strings outside the one safe renderer.
 */
class WebAssetsTest {
    private static final Path WEB = Path.of("web");
    private static final long BUDGET_BYTES = 200 * 1024;

    private static List<Path> files() throws IOException {
        try (Stream<Path> paths = Files.walk(WEB)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void allAssetsTogetherStayUnderTheBudget() throws IOException {
        long total = 0;
        for (Path p : files()) {
            total += Files.size(p);
        }
        assertThat(total).as("bytes in web/").isLessThan(BUDGET_BYTES);
    }

    @Test
    void nothingIsLoadedFromAnotherHost() throws IOException {
        Pattern external = Pattern.compile("(?:src|href|url)\\s*[=(]\\s*[\"']?\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE);
        Pattern importFrom = Pattern.compile("import[^;]*from\\s*['\"](?!\\./)", Pattern.CASE_INSENSITIVE);
        for (Path p : files()) {
            String text = read(p);
            assertThat(external.matcher(text).find()).as("%s loads from another host", p).isFalse();
            assertThat(importFrom.matcher(text).find()).as("%s imports a module not of this page", p).isFalse();
        }
    }

    @Test
    void htmlHasNoInlineScriptsHandlersOrStyles() throws IOException {
        for (Path p : files()) {
            if (!p.toString().endsWith(".html")) {
                continue;
            }
            String html = read(p);
            Matcher scripts = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(html);
            while (scripts.find()) {
                assertThat(scripts.group(1)).as("%s: every script is external", p).contains("src=");
            }
            assertThat(html).as("%s: inline handler", p).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
            assertThat(html).as("%s: style attribute or element", p).doesNotContainPattern("(?i)\\sstyle\\s*=|<style");
        }
    }

    @Test
    void scriptsNeverInjectHtmlOrInlineStyles() throws IOException {
        for (Path p : files()) {
            if (!p.toString().endsWith(".js")) {
                continue;
            }
            String js = read(p);
            assertThat(js).as("%s", p).doesNotContain("innerHTML").doesNotContain("outerHTML =")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
                    .doesNotContain(".style.").doesNotContain("'style'").doesNotContainPattern("new Function\\(");
            if (!p.endsWith("dom.js")) {
                assertThat(js).as("%s: only dom.js parses HTML", p).doesNotContain("DOMParser");
            }
        }
    }
}
