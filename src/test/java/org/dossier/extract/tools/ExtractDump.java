package org.dossier.extract.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.extract.DocumentExtractor;
import org.dossier.model.Document;

/** Development aid: prints what the extractor makes of the given files (body shortened). */
public final class ExtractDump {
    public static void main(String[] args) throws Exception {
        DocumentExtractor x = DocumentExtractor.withDefaults();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        boolean full = Boolean.getBoolean("full");
        for (String a : args) {
            Path p = Path.of(a);
            Document d = x.extract(p.getFileName().toString(), Files.readString(p));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.getFileName().toString());
            m.put("title", d.title());
            m.put("kind", d.kind().id());
            m.put("source", d.source());
            m.put("url", d.url());
            m.put("date", d.date() == null ? null : d.date().toString());
            m.put("year", d.year());
            m.put("speakers", d.speakers());
            m.put("countries", d.countries());
            m.put("topics", d.topics());
            m.put("language", d.language());
            String s = d.summary();
            m.put("summary", s == null || full ? s : s.substring(0, Math.min(80, s.length())));
            m.put("chapters", d.chapters());
            String b = d.body();
            m.put("body", full ? b : b.substring(0, Math.min(120, b.length())) + " ... " + b.substring(Math.max(0, b.length() - 120)));
            System.out.println(json.writeValueAsString(m));
        }
    }
}
