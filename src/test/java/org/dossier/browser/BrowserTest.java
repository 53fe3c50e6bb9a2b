package org.dossier.browser;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the browser tests: the shared server and browser, and waits on the page's own state. */
@ExtendWith(BrowserEnvironment.class)
abstract class BrowserTest {
    static final String PODCAST = "Putin’s Play in NK: The Truth of the Matter Crossover Episode";
    static final String ARTICLE = "Russia and China Look for More Korean Gains in 2019";

    static ChromeDriver driver;
    static String base;

    static void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    static <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    static WebElement $(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    static List<WebElement> $$(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Waits until the search page shows the results for the URL in the address bar (the page marks
     * the results with the query string it rendered) and returns the address bar's query string.
     */
    static String waitForResults() {
        return waitUntil(d -> (String) js(
                "const r = document.getElementById('results');"
                        + "return r && r.getAttribute('aria-busy') === 'false' && r.dataset.shown === location.search"
                        + " ? location.search : null;"));
    }

    static List<String> resultTitles() {
        return $$("#results .hit__title a").stream().map(WebElement::getText).toList();
    }

    static String resultCount() {
        return $("#result-count").getText();
    }

    /** The checkbox of one facet value. */
    static WebElement facetBox(String facet, String value) {
        return $("#facets input[data-facet='" + facet + "'][data-value='" + value + "']");
    }

    static List<String> chips() {
        return $$("#active-filter-list button[data-facet]").stream()
                .map(b -> b.getAttribute("data-facet") + "=" + b.getAttribute("data-value")).toList();
    }

    /** Waits until the document view has rendered (or shown its error). */
    static void waitForDocument() {
        waitUntil(d -> $("#doc").isDisplayed() || $("#error").isDisplayed());
    }
}
