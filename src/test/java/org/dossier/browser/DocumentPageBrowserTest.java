package org.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The document view: metadata, the text with the query's matches and the match stepper. */
class DocumentPageBrowserTest extends BrowserTest {

    @Test
    void aResultOpensItsDocumentWithMatchesToStepThrough() {
        open("/?q=ammunition");
        waitForResults();
        $("#results .hit__title a").click();
        waitUntil(d -> d.getCurrentUrl().contains("document.html?id="));
        waitForDocument();

        assertThat($("#doc-title").getText()).isEqualTo(PODCAST);
        assertThat($(".doc__meta").getText()).contains("Victor Cha").contains("2024");
        List<WebElement> marks = $$("#doc-body mark");
        assertThat(marks).isNotEmpty();
        assertThat(marks).extracting(WebElement::getText).allMatch(t -> t.equalsIgnoreCase("ammunition"));

        $(".doc__matches button[aria-label='Next match']").click();
        waitUntil(d -> $(".doc__matches [role='status']").getText().startsWith("Match 1 of " + marks.size()));
        assertThat($$("#doc-body mark.is-current")).hasSize(1);
        if (marks.size() > 1) {
            $(".doc__matches button[aria-label='Next match']").click();
            waitUntil(d -> $(".doc__matches [role='status']").getText().startsWith("Match 2 of"));
        }
        $(".doc__matches button[aria-label='Previous match']").click();
        waitUntil(d -> $(".doc__matches [role='status']").getText().startsWith("Match 1 of"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys("p").perform(); // wraps round to the last
        waitUntil(d -> $(".doc__matches [role='status']").getText().startsWith("Match " + marks.size() + " of"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys("n").perform();
        waitUntil(d -> $(".doc__matches [role='status']").getText().startsWith("Match 1 of"));

        $("#back-link").click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/?q=ammunition"));
        waitForResults();
        assertThat(resultTitles()).containsExactly(PODCAST);
    }

    @Test
    void theChineseSummaryIsShownWithItsLanguage() {
        open("/?q=ammunition");
        waitForResults();
        $("#results .hit__title a").click();
        waitForDocument();
        WebElement summary = $(".doc__summary");
        assertThat(summary.getText()).contains("俄罗斯");
        assertThat(summary.getAttribute("lang")).isEqualTo("zh");
    }

    @Test
    void markupInADocumentIsShownAsText() {
        open("/?q=hostile");
        waitForResults();
        $("#results .hit__title a").click();
        waitForDocument();
        assertThat($("#doc-title").getText()).isEqualTo("Hostile <script>alert(1)</script> Markup <img src=x onerror=alert(1)> Test");
        assertThat(driver.getTitle()).startsWith("Hostile <script>");
        assertThat($("#doc-body").getText()).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>")
                .contains("<a href=\"javascript:alert(1)\">a link</a>");
        assertThat($$("#doc img, #doc script, #doc b, #doc a[href^='javascript']")).isEmpty();
    }

    @Test
    void anUnknownDocumentSaysSo() {
        open("/document.html?id=nope");
        waitUntil(d -> $("#error").isDisplayed());
        assertThat($("#error").getText()).contains("Document not found");
        // The 404 of the API call is expected here; the console must hold nothing else.
        List<String> errors = BrowserSupport.severeConsoleEntries(driver);
        assertThat(errors).allMatch(e -> e.contains("/api/documents/nope") && e.contains("404"));
    }
}
