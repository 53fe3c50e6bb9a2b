package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Full-page screenshots at desktop (1280) and phone (390) widths into target/screenshots/, for a
 * person to look at; the test only checks that they were written.
 */
class ScreenshotsBrowserTest extends BrowserTest {

    private static void both(String name) {
        for (int width : new int[] {1280, 390}) {
            Path file = BrowserSupport.fullPageScreenshot(driver, name + "-" + width, width);
            assertThat(file).exists();
            assertThat(file.toFile().length()).isPositive();
        }
    }

    @Test
    void searchView() {
        open("/?q=sanctions&country=China&country=Russia&topic.not=trade");
        waitForResults();
        both("search");
    }

    @Test
    void matrixView() {
        open("/?q=briefing&view=matrix&yearFrom=2013&yearTo=2021");
        waitForResults();
        waitUntil(d -> !$$("#matrix table").isEmpty());
        both("matrix");
    }

    @Test
    void suggestionsOpen() {
        open("/");
        waitForResults();
        $("#q").sendKeys("ch");
        waitUntil(d -> $("#q-suggestions").isDisplayed());
        $("#q").sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        BrowserSupport.fullPageScreenshot(driver, "suggestions-1280", 1280);
    }

    @Test
    void browseView() {
        open("/");
        waitForResults();
        // For people, not an assertion: when the first results were on screen, after navigation start.
        System.out.println("Browse view: first results at "
                + js("return Math.round(performance.getEntriesByName('dossier:first-results')[0]?.startTime ?? -1)") + " ms");
        both("browse");
    }

    @Test
    void emptyView() {
        open("/?q=zzzxqqq&topic=trade");
        waitForResults();
        both("empty");
    }

    @Test
    void documentView() {
        open("/?q=ammunition");
        waitForResults();
        $("#results .hit__title a").click();
        waitForDocument();
        waitUntil(d -> $("#similar").isDisplayed());
        both("document");
    }

    @Test
    void quotesView() {
        open("/?q=sanctions&view=quotes&yearFrom=2020");
        waitForResults();
        both("quotes");
    }

    @Test
    void transcriptTurnsAtAQuotedPassage() {
        QuotesBrowserTest.openChaQuote();
        waitUntil(d -> "passage-3".equals(d.switchTo().activeElement().getAttribute("id")));
        js("window.scrollTo(0, 0)"); // a full-page capture of a scrolled page draws the sticky match bar mid-page
        both("turns");
        // What the reader sees on arrival: the viewport, scrolled to the quoted passage.
        for (int width : new int[] {1280, 390}) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                    "width", width, "height", width < 600 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
            js("document.getElementById('passage-3').scrollIntoView({block: 'center'})");
            Path file = BrowserSupport.SCREENSHOTS.resolve("turns-arrival-" + width + ".png");
            try {
                Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(file).exists();
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    @Test
    void phoneFilterPanel() throws Exception {
        open("/?q=briefing");
        waitForResults();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        waitUntil(d -> $("#filters-toggle").isDisplayed());
        $("#filters-toggle").click();
        waitUntil(d -> $("#filters-panel").isDisplayed());
        Path file = BrowserSupport.fullPageScreenshot(driver, "filters-panel-390", 390);
        assertThat(Files.size(file)).isPositive();
    }
}
