package org.liaisonhub.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.liaisonhub.catalog.EntryType;

/**
 * Case 2, the floor: plain Lucene on the very index Liaison wrote (its four directories under one MultiReader), with
 * an equivalent query written by hand: Lucene's SimpleQueryParser over every full-text field the Hibernate Search
 * metamodel lists, each with the analyzer the mapping gives it, visibility and facet filters as term filters, the
 * same sort (score, title_sort, key), the same stored fields read for the page and the same facet counts (a
 * collector over the doc values), multi-select like Liaison's.
 */
final class RawLuceneCase implements SearchCase {

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Float> fields = new HashMap<>();
    private final Analyzer analyzer;
    private final Sort sort;

    RawLuceneCase(LiaisonUnit unit) throws IOException {
        List<IndexReader> readers = new ArrayList<>();
        for (String index : unit.indexNames()) {
            readers.add(DirectoryReader.open(FSDirectory.open(unit.indexRoot().resolve(index))));
        }
        this.reader = new MultiReader(readers.toArray(IndexReader[]::new), true);
        this.searcher = new IndexSearcher(reader);
        Map<String, Analyzer> analyzers = unit.fullTextFields(true);
        analyzers.keySet().forEach(f -> fields.put(f, 1f));
        this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
        this.sort = new Sort(SortField.FIELD_SCORE, sortField("title_sort"), sortField("key"));
    }

    private SortField sortField(String field) {
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        return info != null && info.getDocValuesType() == DocValuesType.SORTED_SET
                ? new SortedSetSortField(field, false)
                : new SortField(field, SortField.Type.STRING);
    }

    @Override
    public String name() {
        return "raw Lucene (same index)";
    }

    @Override
    public long run(BenchQuery query) throws IOException {
        Query text = query.text().isBlank()
                ? new MatchAllDocsQuery()
                : new SimpleQueryParser(analyzer, fields).parse(query.text());
        Query types = anyOf("type", query.types().stream().map(EntryType::code).toList());
        Query countries = anyOf("country", List.copyOf(query.countries()));
        int wanted = query.offset() + BenchQuery.PAGE_SIZE;
        TopFieldCollector top = TopFieldCollector.create(sort, wanted, Integer.MAX_VALUE);
        FacetCounter facets = new FacetCounter(
                query.types().isEmpty() ? "type" : null, query.countries().isEmpty() ? "country" : null);
        searcher.search(filtered(text, types, countries), MultiCollector.wrap(top, facets));
        TopFieldDocs docs = top.topDocs();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] hits = docs.scoreDocs;
        List<String> page = new ArrayList<>();
        for (int i = query.offset(); i < hits.length; i++) {
            var doc = stored.document(hits[i].doc, Set.of("type", "key", "title", "summary", "country"));
            page.add(doc.get("key") + doc.get("title") + doc.get("summary"));
        }
        // Multi-select facets: a facet's own filter is left out when counting it, as Liaison does.
        Map<String, Map<String, Integer>> counts = new HashMap<>(facets.result());
        if (types != null) {
            FacetCounter typeCounts = new FacetCounter("type", null);
            searcher.search(filtered(text, null, countries), typeCounts);
            counts.putAll(typeCounts.result());
        }
        if (countries != null) {
            FacetCounter countryCounts = new FacetCounter(null, "country");
            searcher.search(filtered(text, types, null), countryCounts);
            counts.putAll(countryCounts.result());
        }
        if (counts.size() != 2 || page.size() > BenchQuery.PAGE_SIZE) {
            throw new IllegalStateException("facets or page missing: " + counts.keySet());
        }
        return docs.totalHits.value;
    }

    private static Query filtered(Query text, Query types, Query countries) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new TermQuery(new Term("visibility", "PUBLIC")), Occur.FILTER);
        if (types != null) {
            bool.add(types, Occur.FILTER);
        }
        if (countries != null) {
            bool.add(countries, Occur.FILTER);
        }
        return bool.build();
    }

    private static Query anyOf(String field, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Counts hits per value of up to two keyword fields from their doc values (what a terms facet does). */
    private static final class FacetCounter extends SimpleCollector {
        private final String[] fields;
        private final List<Object[]> perLeaf = new ArrayList<>();
        private SortedSetDocValues[] values;
        private int[][] counts;

        FacetCounter(String first, String second) {
            this.fields = java.util.stream.Stream.of(first, second)
                    .filter(java.util.Objects::nonNull)
                    .toArray(String[]::new);
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = new SortedSetDocValues[fields.length];
            counts = new int[fields.length][];
            for (int i = 0; i < fields.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields[i]);
                counts[i] = new int[(int) values[i].getValueCount()];
            }
            perLeaf.add(new Object[] {values, counts});
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < fields.length; i++) {
                if (values[i].advanceExact(doc)) {
                    for (int k = 0; k < values[i].docValueCount(); k++) {
                        counts[i][(int) values[i].nextOrd()]++;
                    }
                }
            }
        }

        Map<String, Map<String, Integer>> result() throws IOException {
            Map<String, Map<String, Integer>> out = new HashMap<>();
            for (Object[] leaf : perLeaf) {
                SortedSetDocValues[] v = (SortedSetDocValues[]) leaf[0];
                int[][] c = (int[][]) leaf[1];
                for (int i = 0; i < fields.length; i++) {
                    Map<String, Integer> byValue = out.computeIfAbsent(fields[i], f -> new HashMap<>());
                    for (int ord = 0; ord < c[i].length; ord++) {
                        if (c[i][ord] > 0) {
                            BytesRef term = v[i].lookupOrd(ord);
                            byValue.merge(term.utf8ToString(), c[i][ord], Integer::sum);
                        }
                    }
                }
            }
            return out;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
