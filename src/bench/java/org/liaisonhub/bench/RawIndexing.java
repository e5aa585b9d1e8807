package org.liaisonhub.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LiaisonSearchMapping;
import org.liaisonhub.search.analysis.ScriptTextBridge;

/**
 * Case 5's floor: the same rows read with plain JDBC and written with one Lucene IndexWriter, fields as Liaison's
 * mapping has them (text fields with the mapping's analyzers, each with the same analysed copies the mapping adds:
 * exact forms, suggestions; the combined text in English, as folded words and in the languages of its scripts;
 * keyword fields with doc values, stored projections). Reading the database
 * is part of it, as it is for the mass indexer.
 */
final class RawIndexing {

    private RawIndexing() {}

    /** Writes every entry into a fresh index at {@code directory}; answers the number of documents. */
    static long index(DataSource dataSource, Map<String, Analyzer> analyzers, Path directory)
            throws IOException, SQLException {
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        long docs = 0;
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(directory), config);
                Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select a.id, a.entry_key, a.visibility, a.name, a.localName, a.country,"
                    + " a.kind, a.description, a.version from authority a")) {
                Map<Long, String> networks = collect(c, "select authority_id, network from authority_network");
                while (rs.next()) {
                    Document d = common("authority", rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(9));
                    text(d, "localName", rs.getString(5));
                    keyword(d, "country", rs.getString(6), true);
                    keyword(d, "kind", rs.getString(7), false);
                    text(d, "summary", rs.getString(8));
                    d.add(new StoredField("summary", nonNull(rs.getString(8))));
                    text(d, "network_text", networks.get(rs.getLong(1)));
                    combined(d, rs.getString(4), rs.getString(5), rs.getString(8));
                    writer.addDocument(withCopies(d, analyzers.keySet()));
                    docs++;
                }
            }
            try (ResultSet rs = s.executeQuery("select c.id, c.entry_key, c.visibility, c.role, a.name, a.localName,"
                    + " a.country, c.version from contact_point c join authority a on a.id = c.authority_id")) {
                Map<Long, String> networks = collect(c, "select contact_id, network from contact_network");
                while (rs.next()) {
                    Document d = common("contact", rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(8));
                    text(d, "authority.title", rs.getString(5));
                    text(d, "authority.localName", rs.getString(6));
                    keyword(d, "country", rs.getString(7), true);
                    String summary =
                            rs.getString(6) == null ? rs.getString(5) : rs.getString(5) + " (" + rs.getString(6) + ")";
                    text(d, "summary", summary);
                    d.add(new StoredField("summary", summary));
                    text(d, "network_text", networks.get(rs.getLong(1)));
                    combined(d, rs.getString(4), summary);
                    writer.addDocument(withCopies(d, analyzers.keySet()));
                    docs++;
                }
            }
            try (ResultSet rs = s.executeQuery("select id, entry_key, visibility, name, acronym, description, operator,"
                    + " kind, version from network_resource")) {
                while (rs.next()) {
                    Document d = common("resource", rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(9));
                    text(d, "acronym", rs.getString(5));
                    text(d, "summary", rs.getString(6));
                    d.add(new StoredField("summary", nonNull(rs.getString(6))));
                    text(d, "operator", rs.getString(7));
                    keyword(d, "kind", rs.getString(8), false);
                    combined(d, rs.getString(4), rs.getString(5), rs.getString(6));
                    writer.addDocument(withCopies(d, analyzers.keySet()));
                    docs++;
                }
            }
            try (ResultSet rs =
                    s.executeQuery("select id, entry_key, visibility, title, country, summary, body, version"
                            + " from good_practice")) {
                Map<Long, String> answers = collect(c, "select practice_id, answer from practice_answer");
                while (rs.next()) {
                    Document d = common("practice", rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(8));
                    text(d, "title_text", rs.getString(4));
                    keyword(d, "country", rs.getString(5), true);
                    text(d, "summary", rs.getString(6));
                    d.add(new StoredField("summary", nonNull(rs.getString(6))));
                    text(d, "body", rs.getString(7));
                    text(d, "answers.answer", answers.get(rs.getLong(1)));
                    combined(d, rs.getString(4), rs.getString(6), rs.getString(7), answers.get(rs.getLong(1)));
                    writer.addDocument(withCopies(d, analyzers.keySet()));
                    docs++;
                }
            }
            writer.commit();
        }
        return docs;
    }

    private static Document common(String type, String key, String visibility, String title, long version) {
        Document d = new Document();
        keyword(d, "type", type, true);
        keyword(d, "key", key, true);
        keyword(d, "visibility", visibility, false);
        d.add(new TextField("title", title, Field.Store.YES));
        TEXTS.put("title", title);
        d.add(new SortedSetDocValuesField("title_sort", new BytesRef(title.toLowerCase(Locale.ROOT))));
        d.add(new StoredField("version", version));
        return d;
    }

    /**
     * The combined text as the mapping indexes it ({@code LiaisonSearchMapping}: the entity's search text): English,
     * the folded dictionary words, and each language's copy of the parts written in its script.
     */
    private static void combined(Document d, String... parts) {
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            d.add(new TextField(LiaisonSearchMapping.TEXT, part, Field.Store.NO));
            d.add(new TextField(LiaisonSearchMapping.WORDS, part, Field.Store.NO));
            for (String language : LiaisonAnalyzers.LANGUAGES) {
                if (new ScriptTextBridge(ScriptTextBridge.scriptsOf(language)).toIndexedValue(part, null) != null) {
                    d.add(new TextField(LiaisonSearchMapping.TEXT + "_" + language, part, Field.Store.NO));
                }
            }
        }
    }

    private static void keyword(Document d, String field, String value, boolean stored) {
        if (value != null) {
            d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
            d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    /** The text fields of the document being built, for {@link #withCopies}. */
    private static final Map<String, String> TEXTS = new HashMap<>();

    private static void text(Document d, String field, String value) {
        if (value != null) {
            d.add(new TextField(field, value, Field.Store.NO));
            TEXTS.put(field, value);
        }
    }

    /**
     * Adds every analysed copy the mapping has of the document's text fields ({@code summary_fr},
     * {@code title_text_ru}, {@code title_exact}, {@code localName_suggest}, …): a copy's source is its name with
     * suffixes taken off until a field the document has ({@code title_text_ru} → {@code title_text} → {@code title}).
     */
    private static Document withCopies(Document d, java.util.Set<String> mapped) {
        for (String field : mapped) {
            if (TEXTS.containsKey(field)) {
                continue;
            }
            String source = field;
            while (source.lastIndexOf('_') > 0 && !TEXTS.containsKey(source)) {
                source = source.substring(0, source.lastIndexOf('_'));
            }
            if (TEXTS.containsKey(source)) {
                d.add(new TextField(field, TEXTS.get(source), Field.Store.NO));
            }
        }
        TEXTS.clear();
        return d;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Child rows joined per parent id (networks, answers), one text per parent. */
    private static Map<Long, String> collect(Connection c, String sql) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.merge(rs.getLong(1), nonNull(rs.getString(2)), (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }
}
