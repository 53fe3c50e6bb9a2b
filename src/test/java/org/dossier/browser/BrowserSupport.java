package org.dossier.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Everything the browser tests share about Chromium: whether it is there (skip locally, fail in
 * CI), starting it headless through Debian's chromedriver (no Selenium Manager, no downloads),
 * console errors, the axe scan and full-page screenshots.
 */
final class BrowserSupport {
    static final Path CHROMIUM = Path.of(System.getProperty("dossier.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dossier.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserSupport() {}

    private static boolean warned;

    /** Why the browser tests cannot run here, or null when Chromium and its driver are installed. */
    static String missingReason() {
        String missing = null;
        if (!Files.isExecutable(CHROMIUM)) {
            missing = "Chromium not found at " + CHROMIUM;
        } else if (!Files.isExecutable(CHROMEDRIVER)) {
            missing = "chromedriver not found at " + CHROMEDRIVER;
        }
        return missing == null ? null
                : missing + " (install Debian's chromium and chromium-driver to run the browser tests)";
    }

    /**
     * Fails when Chromium is missing in CI (CI=true); elsewhere says once, on stderr, that the
     * browser tests will be skipped. Returns whether they can run.
     */
    static synchronized boolean checkChromium() {
        String reason = missingReason();
        if (reason == null) {
            return true;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but the browser tests cannot run: " + reason);
        }
        if (!warned) {
            warned = true;
            System.err.println("WARNING: browser tests skipped: " + reason);
        }
        return false;
    }

    /** Skips the calling test, with the reason, when Chromium is missing (never in CI: see checkChromium). */
    static void assumeChromium() {
        String reason = missingReason();
        Assumptions.assumeTrue(reason == null, () -> "Browser tests skipped: " + reason);
    }

    static ChromeDriver startChrome(Path userDataDir) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The SEVERE console entries since the last call (reading the log empties it). */
    static List<String> severeConsoleEntries(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Runs axe on the current page and fails on any serious or critical violation, listed readably. */
    static void assertNoSeriousAxeViolations(ChromeDriver driver, String what) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .toList();
        if (!bad.isEmpty()) {
            String report = bad.stream().map(r -> "- [" + r.getImpact() + "] " + r.getId() + ": " + r.getHelp()
                            + "\n" + r.getNodes().stream()
                                    .map(n -> "    " + n.getTarget() + "  " + oneLine(n.getFailureSummary()))
                                    .collect(Collectors.joining("\n")))
                    .collect(Collectors.joining("\n"));
            fail("axe found serious or critical violations on " + what + ":\n" + report);
        }
    }

    /** The first screens of a tall phone screenshot, small enough for a person to read. */
    private static void saveCrops(byte[] png, String name, int height) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int h = Math.min(height, image.getHeight());
        javax.imageio.ImageIO.write(image.getSubimage(0, 0, image.getWidth(), h), "png",
                SCREENSHOTS.resolve(name + "-top.png").toFile());
        javax.imageio.ImageIO.write(image.getSubimage(0, image.getHeight() - h, image.getWidth(), h), "png",
                SCREENSHOTS.resolve(name + "-end.png").toFile());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    /**
     * Saves a full-page PNG at the given CSS width into target/screenshots/NAME.png, emulating a
     * phone (touch, mobile viewport) below 600 pixels.
     */
    static Path fullPageScreenshot(ChromeDriver driver, String name, int width) {
        boolean mobile = width < 600;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", mobile ? 844 : 900, "deviceScaleFactor", 1, "mobile", mobile));
        try {
            Number height = (Number) driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height.intValue(), "scale", 1)));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
            Files.write(file, png);
            if (height.intValue() > 1600) {
                saveCrops(png, name, 1600);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
