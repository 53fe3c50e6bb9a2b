package org.dossier.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.cli.DossierApp;
import org.dossier.extract.DocumentExtractor;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Dossier server (real embedded Solr, the browser fixtures indexed) and one headless Chromium,
 * started at most once per test run and shared by every browser test class; closed when the run
 * ends. Each test starts with an empty console and fails if the page logged an error.
 */
final class BrowserEnvironment implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserEnvironment.class);

    static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Path temp;
        final DossierApp app;
        final ChromeDriver driver;
        final String base;

        private Running(Path temp, DossierApp app, ChromeDriver driver) {
            this.temp = temp;
            this.app = app;
            this.driver = driver;
            this.base = "http://127.0.0.1:" + app.port();
        }

        static Running start() {
            Path temp;
            try {
                temp = Files.createTempDirectory("dossier-browser");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path seeds = BrowserFixtures.writeSeeds(temp.resolve("seeds"));
            DossierApp app = DossierApp.start(SolrConnection.embedded(temp.resolve("data")), DocumentExtractor.withDefaults(),
                    seeds, "127.0.0.1", 0, new PrintStream(OutputStream.nullOutputStream()));
            try {
                return new Running(temp, app, BrowserSupport.startChrome(temp.resolve("chrome-profile")));
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try {
                    app.close();
                } finally {
                    deleteQuietly(temp);
                }
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!BrowserSupport.checkChromium()) {
            BrowserTest.driver = null;
            return; // each test is skipped with the reason in beforeEach
        }
        Running running = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
        BrowserTest.driver = running.driver;
        BrowserTest.base = running.base;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BrowserSupport.assumeChromium();
        ChromeDriver driver = BrowserTest.driver;
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get("about:blank");
        BrowserSupport.severeConsoleEntries(driver); // drop whatever an earlier test left
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (BrowserTest.driver == null) {
            return;
        }
        List<String> errors = BrowserSupport.severeConsoleEntries(BrowserTest.driver);
        if (!errors.isEmpty()) {
            fail("The browser console logged errors:\n  " + String.join("\n  ", errors));
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is not worth failing a run for
        }
    }
}
