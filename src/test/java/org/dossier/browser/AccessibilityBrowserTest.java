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
}
