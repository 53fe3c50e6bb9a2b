package org.dossier.extract.passage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    @Test
    void nameColonTurnsAreNormalisedToTheDocumentsSpeakers() {
        String body = """
                CHA: Thank you, Andrew. The treaty is a big deal.
                ANDREW: Why?

                Because it is mutual.
                VICTOR CHA: And it will last.
                """;
        List<Passage> passages = PassageSplitter.split(body, List.of("Victor Cha", "Andrew Schwartz"));
        assertThat(passages).extracting(Passage::position, Passage::speaker, Passage::text).containsExactly(
                tuple(0, "Victor Cha", "Thank you, Andrew. The treaty is a big deal."),
                tuple(1, "Andrew Schwartz", "Why?\n\nBecause it is mutual."),
                tuple(2, "Victor Cha", "And it will last."));
    }

    @Test
    void timestampedTurnsKeepTheirStartTime() {
        String body = """
                Sue Mi Terry (00:31): Sanctions are leaking.
                Jenny Town (1:02:03): Through Russia, mostly.
                """;
        assertThat(PassageSplitter.split(body, List.of("Sue Mi Terry", "Jenny Town")))
                .extracting(Passage::speaker, Passage::startSeconds, Passage::text).containsExactly(
                        tuple("Sue Mi Terry", 31, "Sanctions are leaking."),
                        tuple("Jenny Town", 3723, "Through Russia, mostly."));
    }

    @Test
    void genericSpeakerLabelsAndQAreTurnsWithoutANamedSpeaker() {
        String body = """
                Speaker 1 (00:01): Welcome back.
                Speaker 2 (00:05): Glad to be here.
                Q: What changed?
                A: Everything.
                """;
        assertThat(PassageSplitter.split(body, List.of()))
                .extracting(Passage::speaker, Passage::startSeconds, Passage::text).containsExactly(
                        tuple(null, 1, "Welcome back."), tuple(null, 5, "Glad to be here."),
                        tuple(null, null, "What changed?"), tuple(null, null, "Everything."));
    }

    @Test
    void bracketedAndBareTimestampsOpenTurns() {
        String body = """
                [00:00:54] The talks resumed in Geneva.
                [00:01:10] KIM: We will not disarm.
                00:02:03 Officials declined to comment.
                """;
        assertThat(PassageSplitter.split(body, List.of("Kim Yo Jong")))
                .extracting(Passage::speaker, Passage::startSeconds, Passage::text).containsExactly(
                        tuple(null, 54, "The talks resumed in Geneva."),
                        tuple("Kim Yo Jong", 70, "We will not disarm."),
                        tuple(null, 123, "Officials declined to comment."));
    }

    @Test
    void linesThatOnlyLookLikeTurnsStayText() {
        String body = """
                Note: this transcript was edited for length.

                At 10:30 a.m. the delegates met. 10:45 was the deadline.

                Washington: officials said the talks would go on. This paragraph is long enough to stand alone as a passage of its own in the document, and it keeps going with more detail about the talks.
                """;
        List<Passage> passages = PassageSplitter.split(body, List.of("Victor Cha"));
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.speaker()).isNull();
            assertThat(p.startSeconds()).isNull();
        });
        assertThat(passages.get(0).text()).startsWith("Note: this transcript");
        assertThat(String.join(" ", passages.stream().map(Passage::text).toList())).contains("Washington: officials said");
    }

    @Test
    void withoutTurnsParagraphsBecomePassagesAndShortOnesAreMerged() {
        String longParagraph = "Sentence about sanctions. ".repeat(20).strip();
        String body = "Short one.\n\nAnother short.\n\n" + longParagraph + "\n\n" + longParagraph;
        List<Passage> passages = PassageSplitter.split(body, List.of());
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).text()).startsWith("Short one.\n\nAnother short.\n\nSentence");
        assertThat(passages).extracting(Passage::speaker).containsOnlyNulls();
    }

    @Test
    void longTurnsAreCutAtParagraphBoundaries() {
        String paragraph = "A long answer about the alliance and its history. ".repeat(20).strip();
        String body = "CHA: " + paragraph + "\n\n" + paragraph + "\n\n" + paragraph + "\nANDREW: Thanks.\nCHA: Sure.";
        List<Passage> passages = PassageSplitter.split(body, List.of("Victor Cha", "Andrew"));
        assertThat(passages).extracting(Passage::speaker)
                .containsExactly("Victor Cha", "Victor Cha", "Andrew", "Victor Cha");
        assertThat(passages.get(0).text().length()).isLessThanOrEqualTo(2 * paragraph.length() + 2);
        assertThat(passages).extracting(Passage::position).containsExactly(0, 1, 2, 3);
    }

    @Test
    void anEmptyBodyHasNoPassages() {
        assertThat(PassageSplitter.split("  ", List.of())).isEmpty();
        assertThat(PassageSplitter.split(null, List.of())).isEmpty();
    }
}
