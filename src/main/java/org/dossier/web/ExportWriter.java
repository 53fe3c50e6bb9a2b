package org.dossier.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dossier.search.ExportedDocument;

/** Writes exported documents one by one as JSON Lines or CSV, never holding them all. */
final class ExportWriter implements AutoCloseable {
    static final Set<String> FORMATS = Set.of("jsonl", "csv");
    /** Separator of list values (countries, speakers...) inside one CSV cell. */
    static final String LIST_SEPARATOR = "; ";

    private final SequenceWriter csvWriter;
    private final ObjectMapper json;
    private final OutputStream out;
    private final boolean csv;

    ExportWriter(String format, OutputStream out, ObjectMapper json) throws IOException {
        this.csv = format.equals("csv");
        this.json = json;
        this.out = out;
        if (csv) {
            CsvMapper mapper = new CsvMapper();
            CsvSchema schema = CsvSchema.builder()
                    .addColumns(java.util.List.of("id", "title", "kind", "source", "url", "date", "year", "countries",
                            "topics", "speakers", "language", "summary", "body", "fileName"), CsvSchema.ColumnType.STRING)
                    .build().withHeader();
            csvWriter = mapper.writer(schema).writeValues(out);
        } else {
            csvWriter = null;
        }
    }

    static String contentType(String format) {
        return format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
    }

    void write(ExportedDocument doc) {
        try {
            if (csv) {
                csvWriter.write(row(doc));
            } else {
                out.write(json.writeValueAsBytes(doc));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The client stopped reading the export", e);
        }
    }

    private static Map<String, Object> row(ExportedDocument d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("title", d.title());
        row.put("kind", d.kind());
        row.put("source", d.source());
        row.put("url", d.url());
        row.put("date", d.date() == null ? null : d.date().toString());
        row.put("year", d.year() == null ? null : d.year().toString());
        row.put("countries", String.join(LIST_SEPARATOR, d.countries()));
        row.put("topics", String.join(LIST_SEPARATOR, d.topics()));
        row.put("speakers", String.join(LIST_SEPARATOR, d.speakers()));
        row.put("language", d.language());
        row.put("summary", d.summary());
        row.put("body", d.body());
        row.put("fileName", d.fileName());
        return row;
    }

    @Override
    public void close() throws IOException {
        if (csvWriter != null) {
            csvWriter.close();
        }
        out.flush();
    }
}
