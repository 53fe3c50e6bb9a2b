package org.dossier.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How long the search page takes to put its first results on screen: Chromium loads
 * {@code /?q=WORD} from a running server and reads the page's {@code dossier:first-results}
 * performance mark (milliseconds since navigation started). A measurement tool, not a test:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.dossier.browser.FirstResultsTiming http://127.0.0.1:7070}
 */
public final class FirstResultsTiming {
    private static final List<String> WORDS = List.of("sanctions", "missile", "alliance", "summit", "nuclear", "treaty",
            "diplomacy", "tariffs", "enrichment", "pipeline", "deterrence", "envoy", "drills", "security", "escalation");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:7070";
        ChromeDriver driver = BrowserSupport.startChrome(Files.createTempDirectory("dossier-timing"));
        try {
            driver.get(base + "/?q=warmup"); // the browser's own first start is not the page's
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String word : WORDS) {
                    driver.get(base + "/?q=" + word + "&country=" + (round == 1 ? "North%20Korea" : "Russia"));
                    Object ms = driver.executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            const started = Date.now();
                            (function poll() {
                              const m = performance.getEntriesByName('dossier:first-results');
                              if (m.length) { done(m[0].startTime); }
                              else if (Date.now() - started > 10000) { done(-1); }
                              else { setTimeout(poll, 5); }
                            })();""");
                    times.add(((Number) ms).doubleValue());
                }
            }
            List<Double> sorted = new ArrayList<>(times);
            sorted.sort(null);
            System.out.printf("first results on screen, %d page loads: median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                    sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)), sorted.get(sorted.size() - 1));
        } finally {
            driver.quit();
        }
    }

    private FirstResultsTiming() {}

}
