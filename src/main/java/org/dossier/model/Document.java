package org.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One structured document: what extraction produces from a file, what the index stores, and what
 * {@code /api/documents/{id}} returns.
 *
 * <p>{@code passages} split the body into speaker turns (or paragraphs) for passage search.
 * {@code id}, {@code sourcePath} and {@code checksum} are set by ingestion (they describe the file,
 * not its text); extraction leaves them null. {@code year} is kept apart from {@code date} because a
 * text may state its year without a full date.
 */
public record Document(
        String id,
        String title,
        Kind kind,
        String source,
        String url,
        LocalDate date,
        Integer year,
        List<String> countries,
        List<String> topics,
        List<String> speakers,
        String language,
        String summary,
        List<String> chapters,
        String body,
        String sourcePath,
        String checksum,
        List<Passage> passages) {

    public Document {
        kind = kind == null ? Kind.OTHER : kind;
        countries = copy(countries);
        topics = copy(topics);
        speakers = copy(speakers);
        chapters = copy(chapters);
        passages = passages == null ? List.of() : List.copyOf(passages);
        if (year == null && date != null) {
            year = date.getYear();
        }
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id).title(title).kind(kind).source(source).url(url).date(date).year(year)
                .countries(countries).topics(topics).speakers(speakers).language(language)
                .summary(summary).chapters(chapters).body(body).sourcePath(sourcePath).checksum(checksum)
                .passages(passages);
    }

    /** Mutable builder, since most producers fill a document field by field. */
    public static final class Builder {
        private String id;
        private String title;
        private Kind kind;
        private String source;
        private String url;
        private LocalDate date;
        private Integer year;
        private List<String> countries;
        private List<String> topics;
        private List<String> speakers;
        private String language;
        private String summary;
        private List<String> chapters;
        private String body;
        private String sourcePath;
        private String checksum;
        private List<Passage> passages;

        private Builder() {}

        public Builder id(String value) { id = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder kind(Kind value) { kind = value; return this; }
        public Builder source(String value) { source = value; return this; }
        public Builder url(String value) { url = value; return this; }
        public Builder date(LocalDate value) { date = value; return this; }
        public Builder year(Integer value) { year = value; return this; }
        public Builder countries(List<String> value) { countries = value; return this; }
        public Builder topics(List<String> value) { topics = value; return this; }
        public Builder speakers(List<String> value) { speakers = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder chapters(List<String> value) { chapters = value; return this; }
        public Builder body(String value) { body = value; return this; }
        public Builder sourcePath(String value) { sourcePath = value; return this; }
        public Builder checksum(String value) { checksum = value; return this; }
        public Builder passages(List<Passage> value) { passages = value; return this; }

        public Document build() {
            return new Document(id, title, kind, source, url, date, year, countries, topics, speakers,
                    language, summary, chapters, body, sourcePath, checksum, passages);
        }
    }
}
