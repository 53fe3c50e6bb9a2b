package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The Quotes view (passages: who said what, where exactly) and the document view's transcript
 * turns, on the roundtable fixture (transcript-turns.json: NAME (00:00:31): and NAME: turns).
 */
class QuotesBrowserTest extends BrowserTest {
    static final String ROUNDTABLE = "Sanctions Roundtable: Artillery, Oil and the Leaking Regime";

    static List<String> quoteSpeakers() {
        return $$("#results .quote__speaker").stream().map(WebElement::getText).toList();
    }

    /** The quote whose time reads {@code time} (h:mm:ss). */
    static WebElement quoteAt(String time) {
        return $$("#results .quote").stream()
                .filter(q -> q.findElements(org.openqa.selenium.By.cssSelector(".quote__time")).stream()
                        .anyMatch(t -> t.getText().equals(time)))
                .findFirst().orElseThrow(() -> new AssertionError("No quote at " + time + " in " + quoteSpeakers()));
    }

    /** Opens Victor Cha's quote at 0:01:20 (passage 3 of the roundtable) from the Quotes view. */
    static void openChaQuote() {
        open("/?q=sanctions&view=quotes&speaker=Victor+Cha");
        waitForResults();
        quoteAt("0:01:20").findElement(org.openqa.selenium.By.cssSelector("a.quote__doc")).click();
        waitUntil(d -> d.getCurrentUrl().contains("document.html?id="));
        waitForDocument();
    }

    @Test
    void switchingToQuotesShowsSpeakersAndMarkedText() {
        open("/?q=sanctions&sort=title");
        waitForResults();
        assertThat($("#view-documents").getAttribute("aria-pressed")).isEqualTo("true");
        $("#view-quotes").click();
        String search = waitForResults();

        assertThat(search).contains("view=quotes").doesNotContain("sort=title");
        assertThat($("#view-quotes").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("view-quotes");
        assertThat($("#results-heading").getText()).isEqualToIgnoringCase("Quotes");
        assertThat(resultCount()).matches("\\d+ quotes for “sanctions”.*");
        // Turns of the roundtable carry their speaker; paragraphs of the briefings have none.
        assertThat(quoteSpeakers()).contains("Unknown speaker")
                .anyMatch(s -> List.of("Victor Cha", "Andrew Schwartz", "Sue Mi Terry").contains(s));
        assertThat($$("#results .quote__text mark")).isNotEmpty()
                .extracting(WebElement::getText).allMatch(t -> t.toLowerCase().startsWith("sanction"));
        assertThat($$("#results a.quote__doc")).extracting(a -> a.getAttribute("href"))
                .allMatch(h -> h.contains("document.html?id=") && h.contains("passage=") && h.contains("view=quotes"));
        // Sorting by title does not apply to quotes; neither do the matrix and the document exports.
        assertThat($("#sort option[value='title']").getAttribute("disabled")).isNotNull();
        assertThat($("#view-toggle").isDisplayed()).isFalse();
        assertThat($("#results-tools").isDisplayed()).isFalse();
        assertThat($("#facets .facet__note").getText()).contains("who says the most");

        $("#view-documents").click();
        assertThat(waitForResults()).doesNotContain("view=");
        assertThat(resultTitles()).isNotEmpty();
        assertThat($("#sort option[value='title']").getAttribute("disabled")).isNull();
    }

    @Test
    void filteringBySpeakerInTheQuotesView() {
        open("/?q=sanctions&view=quotes");
        waitForResults();
        facetBox("speaker", "Victor Cha").click();
        String search = waitForResults();
        assertThat(search).contains("view=quotes").contains("speaker=Victor+Cha");
        assertThat(quoteSpeakers()).hasSize(3).containsOnly("Victor Cha");
        assertThat($$("#results .quote__time")).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("0:00:31", "0:01:20", "0:03:15");
        assertThat(resultCount()).startsWith("3 quotes for “sanctions”");
        assertThat(chips()).containsExactly("speaker=Victor Cha");
        // The speaker facet counts quotes: Victor Cha says "sanctions" in three of them.
        assertThat($("#facets fieldset[data-facet='speaker']").getText()).contains("Victor Cha").contains("3");
    }

    @Test
    void aQuoteLinkOpensTheDocumentAtThePassage() {
        openChaQuote();
        assertThat(driver.getCurrentUrl()).contains("passage=3");
        assertThat($("#doc-title").getText()).isEqualTo(ROUNDTABLE);
        WebElement passage = $("#passage-3");
        assertThat(passage.getAttribute("class")).contains("is-target");
        assertThat(passage.getText()).contains("Victor Cha").contains("0:01:20").contains("Coordinate sanctions with Japan");
        waitUntil(d -> "passage-3".equals(d.switchTo().activeElement().getAttribute("id")));
        Boolean inView = (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;", passage);
        assertThat(inView).as("the passage is scrolled into view").isTrue();
        assertThat($("#passage-note").getText()).contains("Victor Cha").contains("0:01:20");
        assertThat(passage.getAttribute("aria-label")).contains("Victor Cha");
        // Keyboard: the passage has focus, so Tab goes on from there; "n" steps to the match in it.
        new org.openqa.selenium.interactions.Actions(driver).sendKeys("n").perform();
        waitUntil(d -> !$$("#passage-3 mark.is-current").isEmpty());
        // "Back to results" returns to the Quotes view with the same filters.
        assertThat($("#back-link").getAttribute("href")).contains("view=quotes").contains("speaker=Victor+Cha")
                .doesNotContain("passage=");
    }

    @Test
    void theTranscriptRendersAsTurnsWithSpeakerLabels() {
        openChaQuote();
        List<WebElement> turns = $$("#doc-body .turn");
        assertThat(turns).hasSize(9);
        assertThat($$("#doc-body .turn__speaker")).extracting(WebElement::getText)
                .containsExactly("Andrew Schwartz", "Victor Cha", "Andrew Schwartz", "Victor Cha", "Sue Mi Terry",
                        "Andrew Schwartz", "Sue Mi Terry", "Victor Cha", "Andrew Schwartz");
        assertThat(turns.get(1).findElement(org.openqa.selenium.By.cssSelector(".turn__time")).getText()).isEqualTo("0:00:31");
        assertThat(turns.get(4).findElements(org.openqa.selenium.By.cssSelector(".turn__time"))).isEmpty();
        // The labels are not repeated in the text; the query's matches are marked in the turns.
        assertThat(turns.get(1).findElement(org.openqa.selenium.By.cssSelector(".turn__text")).getText()).startsWith("North Korea");
        assertThat($$("#doc-body mark")).hasSizeGreaterThanOrEqualTo(5)
                .extracting(WebElement::getText).allMatch(t -> t.toLowerCase().startsWith("sanction"));
        assertThat($(".doc__matches [role='status']").getText()).contains("matches for “sanctions”");
    }

    @Test
    void aQuoteFromATextWithoutTurnsOpensAtItsParagraphs() {
        open("/?q=briefing+number+17&view=quotes&speaker.not=Victor+Cha");
        waitForResults();
        WebElement first = $("#results .quote");
        assertThat(first.getText()).contains("Unknown speaker").contains("Briefing 17");
        first.findElement(org.openqa.selenium.By.cssSelector("a.quote__doc")).click();
        waitForDocument();
        assertThat($("#doc-title").getText()).startsWith("Briefing 17");
        assertThat($$("#doc-body .turn")).isEmpty();
        WebElement target = $("#doc-body .passage.is-target");
        assertThat(target.getText()).contains("Briefing number 17");
        waitUntil(d -> target.equals(d.switchTo().activeElement()));
        assertThat($("#passage-note").getText()).contains("quoted passage");
    }

    @Test
    void theBackButtonRestoresTheQuotesView() {
        openChaQuote();
        driver.navigate().back();
        String search = waitForResults();
        assertThat(search).contains("view=quotes").contains("speaker=Victor+Cha");
        assertThat($("#view-quotes").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(quoteSpeakers()).containsOnly("Victor Cha");
        assertThat(facetBox("speaker", "Victor Cha").isSelected()).isTrue();
    }

    @Test
    void markupInATranscriptTurnIsShownAsText() {
        open("/?q=transponders&view=quotes");
        waitForResults();
        assertThat(quoteSpeakers()).containsExactly("Sue Mi Terry");
        open("/?q=measures&view=quotes&speaker=Andrew+Schwartz");
        waitForResults();
        assertThat($("#results .quote__text").getText()).contains("<script>alert('turn')</script>").contains("<b>bold</b>");
        assertThat($$("#results script, #results b")).isEmpty();

        $("#results a.quote__doc").click();
        waitForDocument();
        WebElement turn = $("#doc-body .turn.is-target");
        assertThat(turn.getText()).contains("Andrew Schwartz").contains("<script>alert('turn')</script>").contains("<b>bold</b>");
        assertThat($$("#doc script, #doc b, #doc img")).isEmpty();
    }

    @Test
    void axeFindsNothingSeriousOnTheQuotesViewAndTheTurns() {
        open("/?q=sanctions&view=quotes&speaker=Victor+Cha");
        waitForResults();
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the Quotes view");
        openChaQuote();
        BrowserSupport.assertNoSeriousAxeViolations(driver, "the document view with transcript turns");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            BrowserSupport.assertNoSeriousAxeViolations(driver, "the transcript turns in the dark colour scheme");
            open("/?q=sanctions&view=quotes");
            waitForResults();
            BrowserSupport.assertNoSeriousAxeViolations(driver, "the Quotes view in the dark colour scheme");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
    }
}
