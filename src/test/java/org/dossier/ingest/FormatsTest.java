package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.extract.DocumentExtractor;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each supported document format read and extracted as indexing does it: Tika's text goes through
 * the same extraction as every other file, and the format's metadata fills what the text lacks.
 * Fixtures and how they were made: src/test/resources/ingest/formats/HOW-MADE.txt.
 */
class FormatsTest {
    static final Path FIXTURES = Path.of("src/test/resources/ingest/formats");
    private static final DocumentLoader LOADER = new DocumentLoader(DocumentExtractor.withDefaults());
    private static final String TITLE = "Sanctions Talks Resume in Geneva";
    private final SourceFileReader reader = new SourceFileReader();

    @TempDir
    Path dir;

    private Document load(String name) throws Exception {
        return LOADER.load(reader.read(FIXTURES.resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "odt", "rtf", "epub"})
    void documentFormatsGiveTitleAndBody(String format) throws Exception {
        Document d = load("sanctions." + format);
        assertThat(d.title()).isEqualTo(TITLE);
        assertThat(d.body())
                .contains("Diplomats from South Korea and the United States met in Geneva")
                .contains(format + "marker")
                .contains("Officials said a joint statement would follow within a week.");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.id()).isEqualTo(DocumentIds.forPath(FIXTURES.resolve("sanctions." + format)));
        assertThat(d.checksum()).matches("[0-9a-f]{64}/x\\d+"); // the file's SHA-256 and the extraction version
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "odt", "rtf", "epub"})
    void aHeadingIsALineOfItsOwnAndTablesOfContentsAreNotBodyText(String format) throws Exception {
        Document d = load("sanctions." + format);
        // the extractor finds titles and turns by lines: an ODT heading ran into the paragraph under it
        assertThat(d.body().lines().map(String::strip)).contains("Next steps", "Officials said a joint statement would follow within a week.");
        // an EPUB's navigation document and a PDF's outline repeat the headings: a contents list, not text
        assertThat(d.body()).doesNotContain("nav.xhtml").doesNotContain("Title Page");
        assertThat(d.body().split("Next steps", -1)).as("'Next steps' once").hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt", "epub"})
    void metadataGivesTheDateAndAuthorTheTextLacks(String format) throws Exception {
        Document d = load("sanctions." + format);
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(d.year()).isEqualTo(2021);
        assertThat(d.speakers()).containsExactly("Jane Marlowe");
    }

    @Test
    void aDateInTheTextWinsOverTheMetadataAndAWrappedTitleIsMadeWhole() throws Exception {
        // the PDF's metadata has the date it was converted; its text says 4 March 2021
        Document pdf = load("sanctions.pdf");
        assertThat(pdf.date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(pdf.title()).isEqualTo(TITLE); // the text's first line is "Sanctions Talks Resume in"
    }

    @Test
    void plainTextInLegacyEncodingsIsDecoded() throws Exception {
        Document cp1252 = load("cafe-cp1252.txt");
        assertThat(cp1252.title()).isEqualTo("Caf\u00e9 diplomacy: the \u201cquiet channel\u201d between Seoul and Pyongyang");
        assertThat(cp1252.body()).contains("r\u00e9sum\u00e9", "na\u00efve", "d\u00e9tente", "cp1252marker");
        // "On 12 May 2020 an envoy met officials" dates an event the text reports, not the text
        // itself: no year rather than a possibly wrong one (issue 3's rule)
        assertThat(cp1252.date()).isNull();

        Document koi8 = load("moscow-koi8r.txt");
        assertThat(koi8.title()).isEqualTo("\u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0432 \u041c\u043e\u0441\u043a\u0432\u0435");
        assertThat(koi8.body()).contains("koimarker", "\u0441\u0430\u043d\u043a\u0446\u0438\u0438");
        assertThat(koi8.language()).isEqualTo("ru");
        assertThat(koi8.year()).isNull(); // "15 апреля 2019 года министры ... обсудили": the event's date, as above
    }

    @Test
    void aDocumentThatIsNotWhatItsNameSaysIsAnErrorWithAReason() throws Exception {
        Path fake = Files.writeString(dir.resolve("report.docx"), "%PDF-1.4 this is not a Word file");
        assertThatThrownBy(() -> reader.read(fake)).isInstanceOfSatisfying(IngestException.class, e -> {
            assertThat(e.reason()).isNotBlank();
            assertThat(e.path()).isEqualTo(fake.toAbsolutePath());
        });
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).hasMessage("empty file");
    }

    @Test
    void aDocumentOverTheSizeLimitIsSkippedWithAMessage() throws Exception {
        SourceFileReader small = new SourceFileReader(1024);
        assertThatThrownBy(() -> small.read(FIXTURES.resolve("sanctions.pdf")))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.isSkipped()).isTrue())
                .hasMessageStartingWith("too large (" + Files.size(FIXTURES.resolve("sanctions.pdf")) + " bytes; the limit is 1024)");
    }
}
