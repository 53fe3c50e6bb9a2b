package org.dossier.index;

import static org.dossier.solr.SolrFields.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import org.apache.solr.common.SolrInputDocument;
import org.dossier.model.Document;

/** Turns a {@link Document} into the fields of {@code schema.xml}. */
public final class SolrDocumentMapper {
    private SolrDocumentMapper() {}

    public static SolrInputDocument toSolr(Document doc, Instant indexedAt) {
        SolrInputDocument solr = new SolrInputDocument();
        solr.setField(ID, doc.id());
        put(solr, TITLE, doc.title());
        put(solr, TITLE_SORT, doc.title());
        put(solr, KIND, doc.kind().id());
        put(solr, SOURCE, doc.source());
        put(solr, URL, doc.url());
        if (doc.date() != null) {
            solr.setField(DATE, Date.from(doc.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        put(solr, YEAR, doc.year());
        putAll(solr, COUNTRY, doc.countries());
        putAll(solr, TOPIC, doc.topics());
        putAll(solr, SPEAKER, doc.speakers());
        put(solr, LANGUAGE, doc.language());
        put(solr, SUMMARY, doc.summary());
        putAll(solr, CHAPTERS, doc.chapters());
        put(solr, BODY, doc.body());
        put(solr, SOURCE_PATH, doc.sourcePath());
        put(solr, CHECKSUM, doc.checksum());
        solr.setField(INDEXED_AT, Date.from(indexedAt));
        return solr;
    }

    private static void put(SolrInputDocument solr, String field, Object value) {
        if (value instanceof String s && s.isBlank()) {
            return;
        }
        if (value != null) {
            solr.setField(field, value);
        }
    }

    private static void putAll(SolrInputDocument solr, String field, Collection<String> values) {
        for (String value : values) {
            if (!value.isBlank()) {
                solr.addField(field, value);
            }
        }
    }
}
