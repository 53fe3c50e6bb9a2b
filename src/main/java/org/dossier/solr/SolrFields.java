package org.dossier.solr;

/** Names of the fields in {@code solr-config/conf/schema.xml}, shared by indexing and search. */
public final class SolrFields {
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String TITLE_SORT = "title_sort";
    public static final String KIND = "kind";
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String COUNTRY = "country";
    public static final String TOPIC = "topic";
    public static final String SPEAKER = "speaker";
    public static final String LANGUAGE = "language";
    public static final String SUMMARY = "summary";
    public static final String CHAPTERS = "chapters";
    public static final String BODY = "body";
    public static final String SOURCE_PATH = "source_path";
    public static final String CHECKSUM = "checksum";
    public static final String INDEXED_AT = "indexed_at";
    public static final String DOC_TYPE = "doc_type";
    public static final String PARENT_ID = "parent_id";
    public static final String PARENT_TITLE = "parent_title";
    public static final String POSITION = "position";
    public static final String START_SECONDS = "start_seconds";
    public static final String PASSAGE_TEXT = "passage_text";
    /** doc_type of a passage; documents say "document". */
    public static final String PASSAGE = "passage";
    public static final String DOCUMENT = "document";

    private SolrFields() {}
}
