package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The page by keyboard alone, and at phone width, where the filters fold into a panel. */
class KeyboardAndPhoneBrowserTest extends BrowserTest {

    private static WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private static void tabUntil(java.util.function.Predicate<WebElement> target) {
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (target.test(focused())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element; stuck at " + focused().getAttribute("outerHTML"));
    }

    @Test
    void aFacetIsReachedByTabAndToggledBySpaceAndFocusStaysOnIt() {
        open("/?q=briefing");
        waitForResults();
        $("#q").click();
        tabUntil(e -> "Japan".equals(e.getAttribute("data-value")));
        assertThat(focused().getAttribute("data-facet")).isEqualTo("country");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        waitUntil(d -> d.getCurrentUrl().contains("country=Japan"));
        waitForResults();
        assertThat(focused().getAttribute("data-value")).isEqualTo("Japan");
        assertThat(focused().isSelected()).isTrue();
        // The focus ring is visible (an outline, from :focus-visible).
        assertThat(focused().getCssValue("outline-style")).isNotEqualTo("none");
    }

    @Test
    void theSkipLinkLeadsToTheResultsAndPagingByKeyboardMovesFocusThere() {
        open("/?q=briefing");
        waitForResults();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(focused().getText()).isEqualTo("Skip to results");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(d -> "results-heading".equals(focused().getAttribute("id")));

        tabUntil(e -> "next".equals(e.getAttribute("rel")));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(d -> d.getCurrentUrl().contains("page=2"));
        waitForResults();
        waitUntil(d -> "results-heading".equals(focused().getAttribute("id")));
    }

    @Test
    void atPhoneWidthTheFiltersFoldIntoAPanel() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        open("/?q=briefing");
        waitForResults();
        WebElement toggle = $("#filters-toggle");
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat($("#filters-panel").isDisplayed()).isFalse();
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();

        toggle.click();
        waitUntil(d -> $("#filters-panel").isDisplayed());
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        facetBox("topic", "trade").click();
        waitUntil(d -> d.getCurrentUrl().contains("topic=trade"));
        waitForResults();
        assertThat($("#filters-toggle-count").getText()).isEqualTo("(1)");
        assertThat($("#filters-done").getText()).isEqualTo("Show 6 results");

        $("#filters-done").click();
        waitUntil(d -> !$("#filters-panel").isDisplayed());
        assertThat(focused().getAttribute("id")).isEqualTo("filters-toggle");
        assertThat(resultCount()).startsWith("6 results");
    }
}
