package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The features built on the newer API: autocomplete, the facet filter box and 'show more',
 * exclusions, did-you-mean, the matrix, the feed and similar documents.
 */
class ExploringBrowserTest extends BrowserTest {

    private static List<String> options() {
        return $$("#q-suggestions [role='option'] .suggestion__value").stream().map(WebElement::getText).toList();
    }

    @Test
    void autocompleteIsDrivenByTheKeyboard() {
        open("/");
        waitForResults();
        WebElement q = $("#q");
        q.sendKeys("chen");
        waitUntil(d -> $("#q-suggestions").isDisplayed() && options().contains("Chen Wei"));
        assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
        int chen = options().indexOf("Chen Wei");

        for (int i = 0; i <= chen; i++) {
            q.sendKeys(Keys.ARROW_DOWN);
        }
        String active = q.getAttribute("aria-activedescendant");
        assertThat($("#" + active).getAttribute("aria-selected")).isEqualTo("true");
        assertThat($("#" + active).getText()).startsWith("Chen Wei");
        q.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertThat(q.getAttribute("aria-activedescendant")).isEqualTo(active);

        q.sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("speaker=Chen+Wei"));
        waitForResults();
        assertThat(driver.getCurrentUrl()).doesNotContain("q=");
        assertThat(chips()).containsExactly("speaker=Chen Wei");
        assertThat(q.getAttribute("value")).isEmpty();
        assertThat($("#q-suggestions").isDisplayed()).isFalse();
    }

    @Test
    void escapeClosesTheSuggestionsAndATitleSuggestionOpensItsDocument() {
        open("/");
        waitForResults();
        WebElement q = $("#q");
        q.sendKeys("briefing 18");
        waitUntil(d -> $("#q-suggestions").isDisplayed() && options().contains("Briefing 18: Trade and China"));
        q.sendKeys(Keys.ESCAPE);
        waitUntil(d -> !$("#q-suggestions").isDisplayed());
        assertThat(q.getAttribute("value")).isEqualTo("briefing 18");
        assertThat(q.getAttribute("aria-expanded")).isEqualTo("false");

        q.sendKeys(Keys.ARROW_DOWN); // reopens
        waitUntil(d -> $("#q-suggestions").isDisplayed() && options().contains("Briefing 18: Trade and China"));
        int index = options().indexOf("Briefing 18: Trade and China");
        for (int i = 0; i <= index; i++) {
            q.sendKeys(Keys.ARROW_DOWN);
        }
        q.sendKeys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("document.html?id="));
        waitForDocument();
        assertThat($("#doc-title").getText()).isEqualTo("Briefing 18: Trade and China");
    }

    @Test
    void longFacetListsFoldAndHaveAFilterBox() {
        open("/?q=briefing");
        waitForResults();
        assertThat($$("#facets fieldset[data-facet='speaker'] .facet__item")).hasSize(8);
        $("#facets fieldset[data-facet='speaker'] .facet__more").click();
        waitUntil(d -> $$("#facets fieldset[data-facet='speaker'] .facet__item").size() == 12);

        WebElement filter = $("#facets input.facet__filter[data-facet='speaker']");
        filter.sendKeys("gav");
        waitUntil(d -> $$("#facets fieldset[data-facet='speaker'] .facet__item").size() == 1);
        facetBox("speaker", "Goran Gavric").click();
        waitUntil(d -> d.getCurrentUrl().contains("speaker=Goran+Gavric"));
        waitForResults();
        assertThat(resultCount()).startsWith("4 results");
        assertThat(facetBox("speaker", "Goran Gavric").isSelected()).isTrue();
    }

    @Test
    void languagesAreNamedAndExclusionsAreChips() {
        open("/?q=briefing&country.not=China");
        waitForResults();
        assertThat(resultCount()).startsWith("16 results");
        assertThat($("#active-filter-list button[data-kind='excluded']").getAttribute("aria-label")).isEqualTo("Remove filter Country is not: China");
        assertThat($("#active-filter-list button[data-invert]").getText()).isEqualTo("not");
        assertThat($("#facets fieldset[data-facet='language']").getText()).contains("English");

        $("#active-filter-list button[data-kind='excluded']").click();
        waitUntil(d -> !d.getCurrentUrl().contains("country.not"));
        waitForResults();
        assertThat(resultCount()).startsWith("24 results");
    }

    @Test
    void didYouMeanOffersTheCorrectedQuery() {
        open("/?q=sanctoins");
        waitForResults();
        waitUntil(d -> $("#did-you-mean").isDisplayed());
        assertThat($("#did-you-mean").getText()).isEqualTo("Did you mean sanctions?");
        $("#did-you-mean button").click();
        waitUntil(d -> d.getCurrentUrl().contains("q=sanctions"));
        waitForResults();
        assertThat(resultCount()).doesNotStartWith("No results");
        assertThat($("#did-you-mean").isDisplayed()).isFalse();
    }

    @Test
    void theMatrixCrossesTwoFacetsAndACellAppliesBoth() {
        open("/?q=briefing");
        waitForResults();
        $("#view-toggle").click();
        waitUntil(d -> d.getCurrentUrl().contains("view=matrix"));
        waitUntil(d -> !$$("#matrix table").isEmpty());
        assertThat($("#view-toggle").getAttribute("aria-pressed")).isEqualTo("true");
        WebElement cell = $("#matrix button[data-row='China'][data-col='sanctions']");
        assertThat(cell.getText()).isEqualTo("4");
        assertThat(cell.findElement(org.openqa.selenium.By.xpath("..")).getAttribute("class")).contains("heat-5");

        cell.click();
        waitUntil(d -> d.getCurrentUrl().contains("country=China") && d.getCurrentUrl().contains("topic=sanctions"));
        waitForResults();
        assertThat(resultCount()).startsWith("4 results");
        waitUntil(d -> !$$("#matrix button[data-row='China'][data-col='sanctions']").isEmpty());

        new Select($("#matrix-cols")).selectByValue("kind");
        waitUntil(d -> d.getCurrentUrl().contains("cols=kind"));
        waitUntil(d -> !$$("#matrix button[data-col-facet='kind']").isEmpty());

        driver.navigate().refresh();
        waitForResults();
        waitUntil(d -> !$$("#matrix button[data-col-facet='kind']").isEmpty());
        assertThat(new Select($("#matrix-cols")).getFirstSelectedOption().getAttribute("value")).isEqualTo("kind");
    }

    @Test
    void theSearchCanBeFollowedAsAFeed() {
        open("/?q=briefing&country=China");
        waitForResults();
        String href = $("#feed-link").getAttribute("href");
        assertThat(href).endsWith("/feed.atom?q=briefing&country=China");
        assertThat($("link[rel='alternate'][type='application/atom+xml']").getAttribute("href")).isEqualTo(href);
        assertThat($("#export-csv").getAttribute("href")).contains("/api/export?format=csv&q=briefing&country=China");

        Http http = new Http(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
        Http.Response feed = http.get(href.substring(base.length()));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed").contains("Briefing");
        assertThat(http.get($("#export-csv").getAttribute("href").substring(base.length())).status()).isEqualTo(200);
    }

    @Test
    void aDocumentListsSimilarDocumentsAndMarksTheSummary() {
        open("/?q=sanctions&country=China");
        waitForResults();
        $("#results .hit__title a").click();
        waitForDocument();
        waitUntil(d -> $("#similar").isDisplayed());
        assertThat($$("#similar a")).isNotEmpty().allMatch(a -> a.getAttribute("href").contains("document.html?id="));
        assertThat($$(".doc__meta a[href*='source=']")).isNotEmpty();
        assertThat($(".doc__meta a[href*='language=']").getText()).isEqualTo("English");
        assertThat($$("#doc-body mark")).extracting(WebElement::getText).allMatch(t -> t.toLowerCase().startsWith("sanction"));
    }

    @Test
    void markupInASuggestedTitleIsShownAsText() {
        open("/");
        waitForResults();
        $("#q").sendKeys("hostile");
        waitUntil(d -> $("#q-suggestions").isDisplayed() && options().stream().anyMatch(o -> o.startsWith("Hostile")));
        assertThat(options()).contains("Hostile <script>alert(1)</script> Markup <img src=x onerror=alert(1)> Test");
        assertThat($$("#q-suggestions img, #q-suggestions script")).isEmpty();
    }

    @Test
    void aFilterChipTurnsIntoAnExclusionAndBack() {
        open("/?q=briefing&country=China");
        waitForResults();
        assertThat(resultCount()).startsWith("8 results");
        $("#active-filter-list button[data-invert]").click();
        waitUntil(d -> d.getCurrentUrl().contains("country.not=China"));
        waitForResults();
        assertThat(resultCount()).startsWith("16 results");
        assertThat(driver.getCurrentUrl()).doesNotContain("country=China");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("not");

        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(d -> d.getCurrentUrl().contains("country=China") && !d.getCurrentUrl().contains("country.not"));
        waitForResults();
        assertThat(resultCount()).startsWith("8 results");
    }
}
