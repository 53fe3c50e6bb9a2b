package org.dossier.index;

import static org.dossier.solr.SolrFields.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.dossier.model.Document;
import org.dossier.model.Passage;

/**
 * Turns a {@link Document} into the fields of {@code schema.xml}: the document itself, and one
 * Solr document per passage that carries its parent's facet fields, so passage search filters
 * with the same parameters.
 */
public final class SolrDocumentMapper {
    private SolrDocumentMapper() {}

    public static SolrInputDocument toSolr(Document doc, Instant indexedAt) {
        SolrInputDocument solr = new SolrInputDocument();
        solr.setField(ID, doc.id());
        solr.setField(DOC_TYPE, DOCUMENT);
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

    /** The document's passages as Solr documents; their ids are the document's id, '#' and the position. */
    public static List<SolrInputDocument> passages(Document doc, Instant indexedAt) {
        List<SolrInputDocument> passages = new ArrayList<>(doc.passages().size());
        Date date = doc.date() == null ? null : Date.from(doc.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        Date indexed = Date.from(indexedAt);
        for (Passage passage : doc.passages()) {
            SolrInputDocument solr = new SolrInputDocument();
            solr.setField(ID, passageId(doc.id(), passage.position()));
            solr.setField(DOC_TYPE, PASSAGE);
            solr.setField(PARENT_ID, doc.id());
            put(solr, PARENT_TITLE, doc.title());
            solr.setField(POSITION, passage.position());
            put(solr, START_SECONDS, passage.startSeconds());
            put(solr, SPEAKER, passage.speaker()); // the passage's own speaker: speaker facets count passages
            put(solr, PASSAGE_TEXT, passage.text());
            put(solr, KIND, doc.kind().id());
            put(solr, SOURCE, doc.source());
            put(solr, DATE, date);
            put(solr, YEAR, doc.year());
            putAll(solr, COUNTRY, doc.countries());
            putAll(solr, TOPIC, doc.topics());
            put(solr, LANGUAGE, doc.language());
            solr.setField(INDEXED_AT, indexed);
            passages.add(solr);
        }
        return passages;
    }

    static String passageId(String documentId, int position) {
        return documentId + "#" + position;
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
