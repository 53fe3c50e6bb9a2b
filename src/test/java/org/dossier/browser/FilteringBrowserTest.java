package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The timeline, result chips that filter, typing as searching, and the way out of zero results. */
class FilteringBrowserTest extends BrowserTest {

    private static WebElement bar(int year) {
        return $("#timeline g[data-year='" + year + "'] .timeline__hit");
    }

    @Test
    void theTimelineShowsEveryYearAndAClickSelectsOne() {
        open("/?q=briefing");
        waitForResults();
        assertThat($$("#timeline g.timeline__bar")).extracting(g -> g.getAttribute("data-year")).startsWith("2012", "2013", "2014", "2015", "2016", "2017"); // the corpus's years, the empty 2016 included
        assertThat($("#timeline g[data-year='2016'] .timeline__fill").getAttribute("height")).isEqualTo("0");

        bar(2013).click();
        waitUntil(d -> d.getCurrentUrl().contains("yearFrom=2013&yearTo=2013"));
        waitForResults();
        assertThat(resultCount()).startsWith("3 results");
        assertThat($$("#results time")).extracting(WebElement::getText).allMatch(t -> t.endsWith("2013"));
        assertThat($$("#active-filter-list button[data-chip]")).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("Year:") && t.contains("2013"));
        assertThat($("#timeline g[data-year='2013']").getAttribute("class")).contains("is-in");
        assertThat($("#timeline g[data-year='2014']").getAttribute("class")).contains("is-out");
    }

    @Test
    void aDragAcrossTheTimelineSelectsARangeAndTheChipRemovesIt() {
        open("/?q=briefing");
        waitForResults();
        new Actions(driver).clickAndHold(bar(2013)).moveToElement(bar(2015)).release().perform();
        waitUntil(d -> d.getCurrentUrl().contains("yearFrom=2013&yearTo=2015"));
        waitForResults();
        assertThat(resultCount()).startsWith("8 results"); // 3 + 3 + 2

        $("#active-filter-list button[data-kind='range']").click();
        waitUntil(d -> !d.getCurrentUrl().contains("yearFrom"));
        waitForResults();
        assertThat(resultCount()).startsWith("24 results");
    }

    @Test
    void theYearSelectsSetTheRangeByKeyboard() {
        open("/?q=briefing");
        waitForResults();
        new Select($("#year-from")).selectByValue("2020");
        waitUntil(d -> d.getCurrentUrl().contains("yearFrom=2020"));
        waitForResults();
        assertThat(driver.getCurrentUrl()).doesNotContain("yearTo");
        assertThat(resultCount()).startsWith("8 results"); // 2020 to 2023, two each
        assertThat($("#year-from").getAttribute("value")).isEqualTo("2020");

        driver.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().contains("yearFrom"));
        waitForResults();
        assertThat($("#year-from").getAttribute("value")).isEmpty();
    }

    @Test
    void aCountryChipOnAResultAddsThatFilter() {
        open("/?q=briefing&sort=oldest");
        waitForResults();
        WebElement chip = $("#results .hit button.tag--country");
        String country = chip.getAttribute("data-value");
        chip.click();
        waitUntil(d -> d.getCurrentUrl().contains("country=" + country.replace(" ", "+")));
        waitForResults();
        assertThat(chips()).containsExactly("country=" + country);
        assertThat($$("#results .hit")).allMatch(hit -> hit.getText().contains(country));
        assertThat($("#results .hit button.tag--country[data-value='" + country + "']").getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void zeroResultsSuggestWhichFilterToDrop() {
        open("/?q=ammunition&kind=article&country=Russia");
        waitForResults();
        assertThat(resultCount()).startsWith("No results");
        waitUntil(d -> $("#drop-suggestions").isDisplayed());
        assertThat($$("#drop-suggestions a")).extracting(WebElement::getText).containsExactly("Without Kind: article (1 result)");

        $("#drop-suggestions a").click();
        waitUntil(d -> !d.getCurrentUrl().contains("kind="));
        waitForResults();
        assertThat(resultTitles()).containsExactly(PODCAST);
        assertThat(chips()).containsExactly("country=Russia");
    }

    @Test
    void typingSearchesWithoutEnterAndLeavesOneHistoryEntry() {
        open("/?q=briefing");
        waitForResults();
        WebElement q = $("#q");
        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ammun");
        q.sendKeys("ition");
        waitUntil(d -> d.getCurrentUrl().endsWith("?q=ammunition"));
        waitForResults();
        assertThat(resultTitles()).containsExactly(PODCAST);
        assertThat(q.getAttribute("value")).isEqualTo("ammunition");

        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), "hostile");
        waitUntil(d -> d.getCurrentUrl().endsWith("?q=hostile"));
        waitForResults();
        assertThat(resultTitles()).hasSize(1).allMatch(t -> t.startsWith("Hostile"));

        driver.navigate().back();
        waitUntil(d -> d.getCurrentUrl().endsWith("?q=briefing"));
        waitForResults();
        assertThat($("#q").getAttribute("value")).isEqualTo("briefing");
    }

    @Test
    void aLateAnswerToAnOlderQueryNeverReplacesTheNewerResults() {
        open("/?q=briefing");
        waitForResults();
        // The answer for "ammunition" is held back 1.5 s and delivered even if the page aborts it;
        // staleDelivered turns true in a task after the page's own (microtask) handling of it.
        js("const real = window.fetch; window.staleDelivered = false;"
                + "window.fetch = (url, options) => !String(url).includes('/api/search?q=ammunition') ? real(url, options)"
                + "  : new Promise((resolve) => setTimeout(() => real(url).then((r) => r.text()).then((text) => resolve({"
                + "      ok: true, status: 200, headers: new Headers({'Content-Type': 'application/json'}),"
                + "      json: () => { setTimeout(() => { window.staleDelivered = true; }, 0); return Promise.resolve(JSON.parse(text)); }"
                + "    })), 1500));");
        WebElement q = $("#q");
        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ammunition");
        waitUntil(d -> d.getCurrentUrl().endsWith("?q=ammunition"));
        q.sendKeys(Keys.chord(Keys.CONTROL, "a"), "hostile", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().endsWith("?q=hostile"));
        waitForResults();
        waitUntil(d -> Boolean.TRUE.equals(js("return window.staleDelivered")));
        assertThat(resultTitles()).hasSize(1).allMatch(t -> t.startsWith("Hostile"));
        assertThat(resultCount()).startsWith("1 result for “hostile”");
    }

    @Test
    void slashJumpsToTheSearchBox() {
        open("/?q=briefing");
        waitForResults();
        $("#results-heading").click(); // focus somewhere that is not a field
        new Actions(driver).sendKeys("/").perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    }
}
