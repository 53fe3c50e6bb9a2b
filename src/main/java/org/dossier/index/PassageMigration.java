package org.dossier.index;

import static org.dossier.solr.SolrFields.DOC_TYPE;
import static org.dossier.solr.SolrFields.ID;
import static org.dossier.solr.SolrFields.PASSAGE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.dossier.solr.SolrConnection;

/**
 * Moves the passages that Dossier before the split kept beside their documents (same collection,
 * {@code doc_type} "passage") into the passage collection, once, at the first start after an
 * upgrade; afterwards it costs one empty query per start. Every passage field is stored, so the
 * passages are copied as they are, without the files being read or extracted again.
 *
 * <p>Safe to interrupt: the copy is committed before the originals are deleted, and copying again
 * replaces by id. The passages are read through the {@code /passages} handler, whose filter keeps
 * to passages in the old and the new configset alike.
 */
public final class PassageMigration {
    private static final int PAGE = 1_000;

    private PassageMigration() {}

    /** Moves the passages still in the document collection; how many were moved (0 almost always). */
    public static long run(SolrConnection solr, Consumer<String> log) {
        long total = read(solr, page(CursorMarkParams.CURSOR_MARK_START, 0)).getResults().getNumFound();
        if (total == 0) {
            return 0;
        }
        long start = System.nanoTime();
        log.accept(String.format("Moving %,d passages from '%s' into their own collection '%s' (once, after an upgrade)...",
                total, solr.collection(), solr.passageCollection()));
        long moved = 0;
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            QueryResponse response = read(solr, page(cursor, PAGE));
            List<SolrInputDocument> copies = new ArrayList<>(response.getResults().size());
            for (SolrDocument passage : response.getResults()) {
                copies.add(copyOf(passage));
            }
            if (!copies.isEmpty()) {
                call(solr, "copying passages", () -> solr.client().add(solr.passageCollection(), copies));
                moved += copies.size();
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        call(solr, "committing the copied passages", () -> solr.client().commit(solr.passageCollection(), true, true));
        call(solr, "removing the moved passages", () -> solr.client().deleteByQuery(solr.collection(), "{!term f=" + DOC_TYPE + "}" + PASSAGE));
        call(solr, "committing", () -> solr.client().commit(solr.collection(), true, true));
        log.accept(String.format("Moved %,d passages in %.1f s.", moved, (System.nanoTime() - start) / 1e9));
        return moved;
    }

    private static SolrQuery page(String cursor, int rows) {
        SolrQuery query = new SolrQuery();
        query.setRows(rows);
        query.setFields("*");
        query.setSort(ID, SolrQuery.ORDER.asc);
        query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        query.set("timeAllowed", -1);
        return query;
    }

    private static QueryResponse read(SolrConnection solr, SolrQuery query) {
        QueryRequest request = new QueryRequest(query, SolrRequest.METHOD.POST);
        request.setPath("/passages");
        return call(solr, "reading passages to move", () -> request.process(solr.client(), solr.collection()));
    }

    /** Every stored field but Solr's own version; copy-field targets are rebuilt by the schema. */
    private static SolrInputDocument copyOf(SolrDocument passage) {
        SolrInputDocument copy = new SolrInputDocument();
        for (String field : passage.getFieldNames()) {
            if (!"_version_".equals(field)) {
                copy.setField(field, passage.getFieldValues(field));
            }
        }
        return copy;
    }

    private interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    private static <T> T call(SolrConnection solr, String what, SolrCall<T> call) {
        try {
            return call.call();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw IndexException.of(solr, what, e, " (moving passages into their own collection; run the same command again to resume)");
        }
    }
}
