package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search page in a real browser: searching, facets, chips, paging and the history. */
class SearchPageBrowserTest extends BrowserTest {

    @Test
    void searchingShowsTheMatchWithAMarkedSnippetAndTheCount() {
        open("/");
        waitForResults();
        assertThat(resultCount()).contains(BrowserFixtures.BRIEFINGS + 2 + BrowserFixtures.FIXTURES.length + " results"); // + the two seeds

        $("#q").sendKeys("ammunition", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("q=ammunition"));
        waitForResults();

        assertThat(resultTitles()).containsExactly(PODCAST);
        assertThat(resultCount()).isEqualTo("1 result for “ammunition”");
        assertThat($("#result-time").getText()).matches("in \\d+ ms");
        assertThat($$("#results .snippet mark")).extracting(WebElement::getText).contains("ammunition");
        assertThat($("#result-count").getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void aFacetClickFiltersAndASecondValueWidensTheResult() {
        open("/?q=briefing");
        waitForResults();
        assertThat(resultCount()).startsWith("24 results");

        facetBox("country", "China").click();
        waitUntil(d -> d.getCurrentUrl().contains("country=China"));
        waitForResults();
        assertThat(resultCount()).startsWith("8 results");
        assertThat(facetBox("country", "China").isSelected()).isTrue();
        assertThat(chips()).containsExactly("country=China");

        facetBox("country", "Russia").click();
        waitUntil(d -> d.getCurrentUrl().contains("country=Russia"));
        waitForResults();
        assertThat(resultCount()).startsWith("16 results");
        assertThat(chips()).containsExactly("country=China", "country=Russia");

        facetBox("kind", "podcast").click();
        waitUntil(d -> d.getCurrentUrl().contains("kind=podcast"));
        waitForResults();
        assertThat($$("#results .hit .badge")).isNotEmpty().extracting(b -> b.getAttribute("data-kind")).containsOnly("podcast");
    }

    @Test
    void chipsRemoveOneFilterAndClearAllRemovesEvery() {
        open("/?q=briefing&country=China&country=Russia&topic=sanctions");
        waitForResults();
        assertThat(chips()).containsExactly("country=China", "country=Russia", "topic=sanctions");

        $("#active-filter-list button[data-value='Russia']").click();
        waitUntil(d -> !d.getCurrentUrl().contains("Russia"));
        waitForResults();
        assertThat(chips()).containsExactly("country=China", "topic=sanctions");
        assertThat($$("#facets input[data-value='Russia']")).noneMatch(WebElement::isSelected);

        $("#clear-all").click();
        waitUntil(d -> !d.getCurrentUrl().contains("country"));
        waitForResults();
        assertThat(chips()).isEmpty();
        assertThat($("#active-filters").isDisplayed()).isFalse();
        assertThat(driver.getCurrentUrl()).endsWith("/?q=briefing");
        assertThat(resultCount()).startsWith("24 results");
    }

    @Test
    void pagingMovesThroughTheResultsAndNumbersThem() {
        open("/?q=briefing&sort=oldest");
        waitForResults();
        List<String> first = resultTitles();
        assertThat(first).hasSize(10);
        assertThat($("#pagination [aria-current='page']").getText()).contains("1");

        $("#pagination a[rel='next']").click();
        waitUntil(d -> d.getCurrentUrl().contains("page=2"));
        waitForResults();
        assertThat(resultTitles()).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat($("#results ol").getAttribute("start")).isEqualTo("11");
        assertThat(resultCount()).contains("page 2 of 3");

        $("#pagination a[data-page='3']").click();
        waitUntil(d -> d.getCurrentUrl().contains("page=3"));
        waitForResults();
        assertThat(resultTitles()).hasSize(4);
    }

    @Test
    void pageSizeAndSortAreKeptInTheUrl() {
        open("/?q=briefing");
        waitForResults();
        new org.openqa.selenium.support.ui.Select($("#page-size")).selectByValue("20");
        waitUntil(d -> d.getCurrentUrl().contains("pageSize=20"));
        waitForResults();
        assertThat(resultTitles()).hasSize(20);

        new org.openqa.selenium.support.ui.Select($("#sort")).selectByValue("oldest");
        waitUntil(d -> d.getCurrentUrl().contains("sort=oldest"));
        waitForResults();
        assertThat(resultTitles().get(0)).isEqualTo(BrowserFixtures.titleOf(22)); // November 2012, the oldest
    }

    @Test
    void backAndForwardRestoreExactlyWhatWasShown() {
        open("/?q=briefing");
        waitForResults();
        facetBox("topic", "sanctions").click();
        waitUntil(d -> d.getCurrentUrl().contains("topic=sanctions"));
        waitForResults();
        List<String> filtered = resultTitles();
        String filteredCount = resultCount();

        $("#q").clear();
        $("#q").sendKeys("ammunition", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("q=ammunition"));
        waitForResults();

        driver.navigate().back();
        waitUntil(d -> d.getCurrentUrl().contains("q=briefing"));
        waitForResults();
        assertThat($("#q").getAttribute("value")).isEqualTo("briefing");
        assertThat(facetBox("topic", "sanctions").isSelected()).isTrue();
        assertThat(chips()).containsExactly("topic=sanctions");
        assertThat(resultTitles()).isEqualTo(filtered);
        assertThat(resultCount()).isEqualTo(filteredCount);

        driver.navigate().back();
        waitUntil(d -> !d.getCurrentUrl().contains("topic"));
        waitForResults();
        assertThat(chips()).isEmpty();
        assertThat(resultCount()).startsWith("24 results");

        driver.navigate().forward();
        waitUntil(d -> d.getCurrentUrl().contains("topic=sanctions"));
        waitForResults();
        assertThat(resultTitles()).isEqualTo(filtered);

        driver.navigate().refresh();
        waitForResults();
        assertThat(resultTitles()).isEqualTo(filtered);
        assertThat(facetBox("topic", "sanctions").isSelected()).isTrue();
    }

    @Test
    void markupInADocumentIsShownAsText() {
        open("/?q=hostile");
        waitForResults();
        assertThat(resultTitles()).containsExactly("Hostile <script>alert(1)</script> Markup <img src=x onerror=alert(1)> Test");
        assertThat($$("#results img, #results script, #results b, #results a[href^='javascript']")).isEmpty();
        assertThat($("#results .snippet").getText()).contains("<img src=x onerror=alert(1)>").contains("&lt;mark&gt;");
        assertThat($$("#results .snippet mark")).extracting(WebElement::getText).allMatch(t -> t.equalsIgnoreCase("hostile")
                || t.equalsIgnoreCase("sanctions") || t.isEmpty() || !t.contains("<"));
    }
}
