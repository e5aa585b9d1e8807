package org.liaisonhub.search.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.liaisonhub.catalog.LiaisonAnalyzers;
import org.liaisonhub.search.analysis.LuceneAnalyzerChains;

/**
 * The curated synonym list ({@code search/synonyms.txt}, or the file named by the system property
 * {@value #PROPERTY}), applied to queries only: Lucene's {@link SynonymGraphFilter} runs over the folded query
 * words, and each alternative it offers for a stretch of the query ("mla" → "mutual legal assistance",
 * "entraide judiciaire", …) becomes an extra, lower-weighted phrase of the search. Expanding in the application
 * keeps the index free of synonyms (editing the list needs no re-indexing) and works the same on either backend.
 */
public final class Synonyms {

    public static final String PROPERTY = "liaison.search.synonyms";
    static final String RESOURCE = "search/synonyms.txt";
    static final int MAX_ALTERNATIVES = 24;

    private final SynonymMap map;
    private final Analyzer words = LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY);

    private Synonyms(SynonymMap map) {
        this.map = map;
    }

    /** The operator's file when {@value #PROPERTY} is set, else the list shipped in the WAR. */
    public static Synonyms load() {
        String path = System.getProperty(PROPERTY);
        try {
            if (path != null && !path.isBlank()) {
                try (Reader reader = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
                    return parse(reader);
                }
            }
            InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search synonyms " + (path == null ? RESOURCE : path), e);
        }
    }

    /** Synonyms from Solr-format text: {@code a, b, c} per line, {@code #} comments. */
    public static Synonyms parse(Reader reader) throws IOException {
        SolrSynonymParser parser =
                new SolrSynonymParser(true, true, LuceneAnalyzerChains.get(LiaisonAnalyzers.SUGGEST_QUERY));
        try {
            parser.parse(reader);
            return new Synonyms(parser.build());
        } catch (ParseException e) {
            throw new IllegalArgumentException("Synonym list line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The other ways of saying parts of {@code text}: for each stretch of the query that the list knows, its
     * equivalents (folded words joined by spaces), at most {@value #MAX_ALTERNATIVES}, never the query's own words.
     */
    public List<String> alternatives(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Segment segment : segments(text)) {
            for (String alternative : segment.others()) {
                if (out.size() < MAX_ALTERNATIVES) {
                    out.add(alternative);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The whole query said otherwise, one stretch at a time ("MLA Brazil" → "mutual legal assistance brazil",
     * "entraide judiciaire brazil", …), at most {@value #MAX_ALTERNATIVES}; empty when the list knows no part of it.
     */
    public List<String> variants(String text) {
        List<Segment> segments = segments(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            for (String alternative : segments.get(i).others()) {
                List<String> parts = new ArrayList<>();
                for (int j = 0; j < segments.size(); j++) {
                    parts.add(j == i ? alternative : segments.get(j).original());
                }
                if (out.size() < MAX_ALTERNATIVES) {
                    out.add(String.join(" ", parts).strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /** A stretch of the query between articulation points of the synonym graph: the words typed, and the others. */
    record Segment(String original, List<String> others) {}

    private List<Segment> segments(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        Analyzer withSynonyms = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                org.apache.lucene.analysis.standard.StandardTokenizer tokenizer =
                        new org.apache.lucene.analysis.standard.StandardTokenizer();
                TokenStream folded = new org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter(
                        new org.apache.lucene.analysis.LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, new SynonymGraphFilter(folded, map, true));
            }
        };
        Set<String> own = new LinkedHashSet<>(tokens(text));
        List<Segment> out = new ArrayList<>();
        try (TokenStream stream = withSynonyms.tokenStream("q", text)) {
            // The graph resets, reads and ends the stream itself.
            GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
            int[] cuts = graph.articulationPoints();
            int start = 0;
            for (int i = 0; i <= cuts.length; i++) {
                int end = i < cuts.length ? cuts[i] : -1;
                List<String> paths = new ArrayList<>();
                Iterator<TokenStream> it = graph.getFiniteStrings(start, end);
                while (it.hasNext() && paths.size() <= MAX_ALTERNATIVES) {
                    paths.add(String.join(" ", terms(it.next())));
                }
                String original = paths.stream()
                        .filter(p -> own.containsAll(List.of(p.split(" "))))
                        .findFirst()
                        .orElse(paths.isEmpty() ? "" : paths.get(0));
                List<String> others = paths.stream()
                        .filter(p -> !own.containsAll(List.of(p.split(" "))))
                        .toList();
                out.add(new Segment(original, others));
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            withSynonyms.close();
        }
        return out;
    }

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("q", text)) {
            out.addAll(terms(stream));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> out = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term.toString());
        }
        stream.end();
        return out;
    }
}
