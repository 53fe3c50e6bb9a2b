package org.dossier.browser;

import org.junit.jupiter.api.Test;

/** axe-core (offline, from its jar) finds no serious or critical violation on either view. */
class AccessibilityBrowserTest extends BrowserTest {

    @Test
    void searchViewWithResultsAndFilters() {
        open("/?q=sanctions&country=China");
        waitForResults();
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the search view");
    }

    @Test
    void searchViewWithNoResults() {
        open("/?q=zzzxqqq&country=China");
        waitForResults();
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the empty search view");
    }

    @Test
    void documentView() {
        open("/?q=ammunition");
        waitForResults();
        $("#results .hit__title a").click();
        waitForDocument();
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the document view");
    }

    @Test
    void matrixViewAndTimelineRange() {
        open("/?q=briefing&view=matrix&yearFrom=2013&yearTo=2020");
        waitForResults();
        waitUntil(d -> !$$("#matrix table").isEmpty());
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the matrix view");
    }

    @Test
    void openSuggestions() {
        open("/");
        waitForResults();
        $("#q").sendKeys("ch");
        waitUntil(d -> $("#q-suggestions").isDisplayed());
        $("#q").sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the search box with suggestions open");
    }

    @Test
    void documentViewWithSimilarDocuments() {
        open("/?q=sanctions");
        waitForResults();
        $("#results .hit__title a").click();
        waitForDocument();
        waitUntil(d -> $("#similar").isDisplayed());
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the document view with similar documents");
    }

    @Test
    void darkColourSchemeWithMatrixAndFilters() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open("/?q=sanctions&country=China&view=matrix&yearFrom=2013");
            waitForResults();
            waitUntil(d -> !$$("#matrix table").isEmpty());
            BrowserSupport.assertNoSeriousAxeViolations(driver, "the search view in the dark colour scheme");
            BrowserSupport.fullPageScreenshot(driver, "search-dark-1280", 1280);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", java.util.List.of()));
        }
    }
}
