package org.dossier.extract.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Ways pages write their own date, and the dates they merely mention. */
class DateFamiliesTest {
    private static final DateExtractor DATES = DateExtractor.bundled();
    private static final String PROSE = "The talks went on for hours and the ministers agreed on little beyond a date for the next round of meetings.";

    private static DateExtractor.Found header(String dateLine) {
        return DATES.extract("Sanctions Talks Stall Again\n" + dateLine, PROSE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // US weekday + month/day/year; the weekday picks the reading
        "Tue, 3/5/2024 · 9:00 AM · 41 min|2024-03-05",
        "Tuesday, 6/3/2025|2025-06-03",
        // a part over 12 proves the order
        "Published: 18/03/2025 17:40 CET|2025-03-18",
        "Posted 11/23/2023|2023-11-23",
        // dotted day-first dates
        "14.02.2022, 11:15|2022-02-14",
        "Stand: 03.10.2021|2021-10-03",
        "Aktualisiert am 01.06.2020, 07:45|2020-06-01",
        "Joint statement · 05.11.2022|2022-11-05",
        // Korean and Chinese styles
        "2023.09.14|2023-09-14",
        "2022年11月3日|2022-11-03",
        "2021년 02월 07일|2021-02-07",
        // month names in several languages and orders
        "7 июля 2022 г.|2022-07-07",
        "9. Oktober 2023|2023-10-09",
        "Publié le 2 février 2021|2021-02-02",
        "October 9th, 2023|2023-10-09",
        "the 9th of October 2023|2023-10-09",
        "Oct. 9, 2023|2023-10-09",
        // ISO with time, RFC 822 (RSS pubDate)
        "2023-10-09T08:30:00Z|2023-10-09",
        "2023-10-09T08:30:00+09:00|2023-10-09",
        "Mon, 09 Oct 2023 08:30:00 GMT|2023-10-09",
        "Date: 2023-10-09|2023-10-09",
    })
    void headerDates(String line, String expected) {
        assertThat(header(line).date()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void platformLabelsInsideALine() {
        assertThat(header("3.1K views  Streamed live on Sep 12, 2023").date()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(header("640 views · Premiered Jan 8, 2022").date()).isEqualTo(LocalDate.of(2022, 1, 8));
        assertThat(DATES.extractLabelled("YouTube\nSign in\nA title\n12K views  Streamed live on Nov 2, 2021\nmore").date())
                .isEqualTo(LocalDate.of(2021, 11, 2));
        // only labels count in set-aside lines: a bare date there may be a related item's
        assertThat(DATES.extractLabelled("Related\nNov 2, 2021\nAnother episode").year()).isNull();
    }

    @Test
    void releaseDateBeatsRecordingAndUpdate() {
        assertThat(header("Recorded 2023-05-01 · Released 2023-05-04").date()).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(DATES.extract("A Title\nUpdated: March 9, 2022\nPublished: March 2, 2022", PROSE).date())
                .isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(DATES.extract("A Title\nUpdated: March 9, 2022 | Published: March 2, 2022", PROSE).date())
                .isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(header("Published 2 March 2022 · Updated 9 March 2022").date()).isEqualTo(LocalDate.of(2022, 3, 2));
        assertThat(DATES.extract("A Title\nLast updated: March 9, 2022", PROSE).date())
                .isEqualTo(LocalDate.of(2022, 3, 9));
    }

    @Test
    void ambiguousSlashDateKeepsTheYear() {
        DateExtractor.Found f = header("Posted 5/6/2022");
        assertThat(f.year()).isEqualTo(2022);
        assertThat(f.date()).isNull();
        // a weekday that fits neither reading decides nothing (6 March and 3 June 2025 are no Wednesday)
        assertThat(header("Wednesday, 6/3/2025").date()).isNull();
        assertThat(header("Wednesday, 6/3/2025").year()).isEqualTo(2025);
        assertThat(header("5 de marzo de 2024").date()).isEqualTo(LocalDate.of(2024, 3, 5));
        // another slash date of the page shows the order
        assertThat(DATES.extract("A Title\nPosted 5/6/2022", PROSE + "\nComments closed 25/6/2022").date())
                .isEqualTo(LocalDate.of(2022, 6, 5));
        // a Cyrillic page writes the day first
        assertThat(DATES.extract("Заголовок\n05/06/2022", "Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей неделе.").date())
                .isEqualTo(LocalDate.of(2022, 6, 5));
    }

    @Test
    void scriptDecidesAmbiguousSlashDates() {
        assertThat(DateExtractor.dayFirstScript("Die Außenministerin äußerte sich am Montag zur Lage. Für die Grünen "
                + "ist das Ergebnis enttäuschend, hieß es.")).isTrue();
        assertThat(DateExtractor.dayFirstScript(("Türkiye's role is central to the Black Sea grain deal and to NATO's "
                + "southern flank, where allies have long disagreed over what the alliance should do about Russia, Syria "
                + "and the wider region, and over how much weight to give Ankara's concerns. ").repeat(5))).isFalse();
        assertThat(DateExtractor.weekdayBefore("Fri, 7/12/2024", 5)).isEqualTo(5);
        assertThat(DateExtractor.weekdayBefore("Friday 7/12/2024", 7)).isEqualTo(5);
        assertThat(DateExtractor.weekdayBefore("Frida 7/12/2024", 6)).isZero();
    }

    @Test
    void mentionedDatesAreNotTheDocumentsDate() {
        String body = "The treaty entered into force on 01/03/1999 and was reviewed on 12.09.2004 in Geneva, long before the "
                + "current crisis. Officials met again on 5 March 2019 and on March 7th, 2020 without result.\n"
                + "© Example Media 2019–2025 · accessed on 04.05.2025";
        assertThat(DATES.extract("Why the Treaty Matters", body).year()).isNull();
        assertThat(header("Version 1.12.2024.5").year()).isNull();
        assertThat(header("Accessed on 4 May 2025").year()).isNull();
        assertThat(header("Scraped: 2025-05-04T10:00:00Z").year()).isNull();
        assertThat(DATES.extract("A Title\nRetrieved 2025-05-04\nPublished: 2023-01-02", PROSE).date())
                .isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(header("Score 31/31/2024").year()).isNull();
    }

    @Test
    void monthAndYearAsThePagesOwnDateLine() {
        // a platform's date line with the episode's length, a bare month line, a label
        assertThat(header("Coastline Media\nMar 2023 · 52 min").year()).isEqualTo(2023);
        assertThat(header("Coastline Media\nMar 2023 · 52 min").date()).isNull();
        assertThat(header("September 2021").year()).isEqualTo(2021);
        assertThat(header("Published: June 2022").year()).isEqualTo(2022);
        assertThat(header("2020년 4월").year()).isEqualTo(2020);
        assertThat(header("2019年11月").year()).isEqualTo(2019);
        // a full date still wins and keeps its day
        assertThat(header("Mar 2023 · 52 min\nPosted 14 March 2023").date()).isEqualTo(LocalDate.of(2023, 3, 14));
        // a month and year in running text or inside a longer line is only mentioned
        assertThat(DATES.extract("Sanctions Talks Stall Again", "In March 2023 the ministers met in Vienna and agreed on little. " + PROSE).year()).isNull();
        assertThat(header("Since the talks of March 2023 nothing has moved on the question of frozen reserves").year()).isNull();
        assertThat(header("Maybe 2023 · 52 min").year()).isNull(); // not a month name
    }

    @Test
    void printAndRetrievalLinesNameASiteBeforeTheDate() {
        assertThat(header("Printed from www.eastwind-journal.example on 04/09/2024").year()).isNull();
        assertThat(header("Retrieved from https://archive.example.org/item/4411 on 2 May 2025").year()).isNull();
        assertThat(header("Downloaded via Factiva on 2025-01-07").year()).isNull();
        // the page's own date beside such a line still counts
        assertThat(DATES.extract("A Title\nPrinted from www.eastwind-journal.example on 04/09/2024\nPublished: 2022-10-11", PROSE).date())
                .isEqualTo(LocalDate.of(2022, 10, 11));
        // "from" alone (no print or retrieval word) is no veto
        assertThat(header("From the archive · 12 June 2021").date()).isEqualTo(LocalDate.of(2021, 6, 12));
    }

    @Test
    void htmlDateMetaOfRepositoriesAndSchemaOrg() {
        org.dossier.extract.parse.HtmlParser html = new org.dossier.extract.parse.HtmlParser();
        String body = "<body><h1>Grain Corridors</h1><div class=content><p>" + PROSE + "</p></div></body>";
        for (String[] c : new String[][] {
            {"<meta name=\"citation_publication_date\" content=\"2021/05/17\">", "2021"},
            {"<meta name=\"citation_date\" content=\"2020-02-03\">", "2020"},
            {"<meta name=\"DC.date.issued\" content=\"2019-08-30\">", "2019"},
            {"<meta property=\"article:published_time\" content=\"2022-12-01T10:00:00Z\">", "2022"},
            {"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2018-04-22T08:00:00Z\"}</script>", "2018"},
        }) {
            org.dossier.extract.parse.ParsedPage p = html.parse("<html><head>" + c[0] + "</head>" + body + "</html>");
            assertThat(DATES.extract(p.header, p.body).year()).as(c[0]).isEqualTo(Integer.valueOf(c[1]));
        }
        // a citation author or title meta is no date; JSON-LD's other fields neither
        org.dossier.extract.parse.ParsedPage none = html.parse("<html><head><meta name=\"citation_author\" content=\"Roe, Jane\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"Person\",\"name\":\"Jane Roe 2019\"}</script></head>" + body + "</html>");
        assertThat(DATES.extract(none.header, none.body).year()).isNull();
    }

    @Test
    void jsonRecordsDateFields() {
        org.dossier.extract.parse.JsonDocumentParser json = new org.dossier.extract.parse.JsonDocumentParser();
        assertThat(json.parse("{\"title\":\"Panel\",\"event_date\":\"2023-06-01\",\"text\":\"" + PROSE + "\"}").explicitDate).isEqualTo("2023-06-01");
        assertThat(json.parse("{\"title\":\"Ep\",\"air_date\":\"2022-02-02\",\"body\":\"" + PROSE + "\"}").explicitDate).isEqualTo("2022-02-02");
        assertThat(json.parse("{\"title\":\"Ep\",\"pubDate\":\"Tue, 01 Mar 2022 10:00:00 GMT\"}").explicitDate).startsWith("Tue, 01 Mar 2022");
        // a scrape's own time is no date of the document
        assertThat(json.parse("{\"title\":\"Ep\",\"scraped\":\"2025-09-18\",\"scraped_at\":\"2025-09-18T10:00:00Z\",\"body\":\""
                + PROSE + "\"}").explicitDate).isNull();
    }
}
