package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileReaderTest {
    @TempDir
    Path dir;

    private final SourceFileReader reader = new SourceFileReader(1024);

    @Test
    void readsUtf8TextDroppingAByteOrderMark() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.write(file, ("\uFEFF핵 협상과 제재").getBytes(StandardCharsets.UTF_8));
        SourceFile source = reader.read(file);
        assertThat(source.text()).isEqualTo("핵 협상과 제재");
        assertThat(source.checksum()).hasSize(64);
        assertThat(source.id()).isEqualTo(DocumentIds.forPath(file)).hasSize(16);
    }

    @Test
    void readsUtf16WhenAByteOrderMarkSaysSo() throws Exception {
        Path le = dir.resolve("le.txt");
        Files.write(le, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kim Jong Un 김정은".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(reader.read(le).text()).isEqualTo("Kim Jong Un 김정은");
        Path be = dir.resolve("be.txt");
        Files.write(be, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Seoul".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(reader.read(be).text()).isEqualTo("Seoul");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theIdDependsOnThePathAndTheChecksumOnTheContent() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "same text");
        Path b = Files.writeString(dir.resolve("b.txt"), "same text");
        assertThat(reader.read(a).id()).isNotEqualTo(reader.read(b).id());
        assertThat(reader.read(a).checksum()).isEqualTo(reader.read(b).checksum());
        assertThat(reader.read(a).id()).isEqualTo(reader.read(dir.resolve("sub/../a.txt")).id());
    }

    @Test
    void refusesWhatIsNotText() throws Exception {
        assertReason(Files.write(dir.resolve("empty.txt"), new byte[0]), "empty file");
        assertReason(Files.writeString(dir.resolve("blank.txt"), " \n\t "), "no text (only white space)");
        assertReason(Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'}), "binary file (NUL byte at offset 1)");
        assertReason(Files.write(dir.resolve("junk.txt"), new byte[] {'a', 1, 2, 3, (byte) 0x93, 4, 5, (byte) 0xFF, 6, 7}),
                "binary file (not text in any common encoding)");
        assertReason(Files.writeString(dir.resolve("big.txt"), "x".repeat(2000)), "too large (2000 bytes; the limit is 1024)");
        assertReason(dir.resolve("missing.txt"), "no such file");
    }

    @Test
    void readsTextInALegacyEncodingWhichStrictUtf8Refuses() throws Exception {
        Path cp1252 = Files.write(dir.resolve("cp1252.txt"),
                "The \u201cquiet channel\u201d: caf\u00e9 diplomacy and a na\u00efve r\u00e9sum\u00e9 of d\u00e9tente".getBytes("windows-1252"));
        assertThat(reader.read(cp1252).text()).isEqualTo("The \u201cquiet channel\u201d: caf\u00e9 diplomacy and a na\u00efve r\u00e9sum\u00e9 of d\u00e9tente");
        assertThatThrownBy(() -> SourceFileReader.decode(cp1252, Files.readAllBytes(cp1252)))
                .hasMessage("not UTF-8 text (invalid byte sequence at offset 4)");
    }

    @Test
    void aStampIsTheIdAndChecksumOfRead() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "some text");
        FileStamp stamp = reader.stamp(file);
        SourceFile read = reader.read(file);
        assertThat(stamp.id()).isEqualTo(read.id());
        assertThat(stamp.checksum()).isEqualTo(read.checksum());
        assertThat(stamp.size()).isEqualTo(9);
        assertThatThrownBy(() -> reader.stamp(Files.writeString(dir.resolve("big.txt"), "x".repeat(2000))))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.isSkipped()).isTrue())
                .hasMessage("too large (2000 bytes; the limit is 1024)");
    }

    private void assertReason(Path file, String reason) {
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.path().getFileName()).isEqualTo(file.getFileName());
                });
    }

    @Test
    void scannerWalksFoldersInOrderSkipsHiddenOnesAndReportsOtherTypes() throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/2.md"), "two");
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("b/.git/config"), "x");
        Files.writeString(dir.resolve(".notes.txt"), "hidden");
        Files.writeString(dir.resolve("photo.JPG"), "x");
        Files.writeString(dir.resolve("draft.txt~"), "backup");
        Files.writeString(dir.resolve("~$report.docx"), "owner file");
        Files.writeString(dir.resolve("b/notes.md.swp"), "swap");
        FileScanner.Scan scan = new FileScanner().scan(List.of(dir, dir.resolve("nope")));
        assertThat(scan.files()).containsExactly(dir.resolve("a.txt"), dir.resolve("b/2.md"));
        assertThat(scan.problems()).extracting(IngestException::reason)
                .containsExactlyInAnyOrder(
                        "unsupported file type .jpg (supported: doc, docx, epub, htm, html, json, markdown, md, odt, pdf, rtf, text, txt, xhtml)",
                        "no such file or folder");
    }
}
